// UI test (issue 19): completion opens while typing, with no Ctrl+Space — Chinese (被 → 被告), pinyin (yqll → 逾期利率)
// and English (d → defendant) — in the packaged extension in code-server. Screenshots go to test-results/ui/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { root } from '../../scripts/code-server.mjs';
import { closeWorkspace, openWorkspace, runCommand, shotIfFailed, shots } from './session.mjs';

const ZH = '案件 甲诉乙 {\n  原告 甲 {}\n  借款 一 {\n    出借人 甲\n    \n  }\n  \n}\n';
const EN = 'case A {\n  plaintiff B {}\n  \n}\n';

/** Puts the cursor at 1-based line:column with Go to Line. */
async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 15000 });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
}

/** The labels the suggest widget shows. */
async function suggestions(page, wanted) {
  const row = page.locator('.suggest-widget .monaco-list-row').filter({ hasText: wanted });
  await row.first().waitFor({ timeout: 45000 });
  return page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts();
}

/** Presses Enter on the next quick pick (form, format …), returning the first row's text. */
async function enterOnPick(page) {
  const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first();
  await row.waitFor({ timeout: 30000 });
  const text = await row.innerText();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
  return text;
}

async function open(page, name, text) {
  const item = page.getByRole('treeitem', { name: new RegExp(name.replace('.', '\\.')) });
  await item.waitFor({ timeout: 60000 });
  await item.click();
  await page.locator('.view-lines').filter({ hasText: text }).waitFor({ timeout: 30000 });
  await page.locator('.monaco-editor textarea').first().focus();
}

describe('completion opens while typing (packaged .vsix in code-server)', function () {
  this.timeout(180000);
  let session, page, workspace;

  before(async () => {
    session = await openWorkspace('debt-ui-typing-', (ws) => {
      fs.writeFileSync(path.join(ws, 'typing.debt'), ZH);
      fs.writeFileSync(path.join(ws, 'english.debt'), EN);
      fs.copyFileSync(path.join(root, 'samples/loan-basic.debt'), path.join(ws, 'loan-basic.debt'));
    });
    ({ page, workspace } = session);
  });
  afterEach(async function () { await shotIfFailed(this.currentTest, page, 'failed-typing-'); });
  after(() => closeWorkspace(session));

  it('typing yqll in a loan (no Ctrl+Space) offers 逾期利率', async () => {
    await open(page, 'typing.debt', '出借人');
    // The language server is up once its code lens shows (a loaded machine can take tens of seconds).
    await page.locator('.codelens-decoration').first().waitFor({ timeout: 120000 });
    // The line is indented already, as VS Code indents it after Enter.
    await goTo(page, 5, 5);
    await page.keyboard.type('yqll', { delay: 80 });
    const labels = await suggestions(page, '逾期利率');
    assert.ok(labels.includes('逾期利率'), labels.join(' '));
    await page.screenshot({ path: path.join(shots, 'typing-pinyin.png') });
    await page.keyboard.press('Escape');
  });

  it('accepting 逾期利率 inserts it with a space and opens the list again with the rate forms', async () => {
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('l', { delay: 80 });
    await suggestions(page, '逾期利率');
    await page.keyboard.press('Enter');
    const labels = await suggestions(page, '%/年');
    assert.ok(labels.some((l) => /12%\/年/.test(l)), labels.join(' '));
    await page.locator('.view-lines').filter({ hasText: '逾期利率' }).waitFor({ timeout: 10000 });
    await page.screenshot({ path: path.join(shots, 'typing-rate-forms.png') });
    await page.keyboard.press('Escape');
  });

  it('typing 被 in a case offers 被告 first, before the snippets', async () => {
    await goTo(page, 7, 3);
    await page.keyboard.insertText('被');
    const labels = await suggestions(page, '被告');
    assert.strictEqual(labels[0], '被告', labels.join(' '));
    assert.ok(!labels.some((l) => /^[a-z]/.test(l)), `no English item in a Chinese file: ${labels.join(' ')}`);
    await page.screenshot({ path: path.join(shots, 'typing-chinese.png') });
    await page.keyboard.press('Escape');
  });

  it('typing d in an English-keyword case offers defendant, and no Chinese snippet', async () => {
    await open(page, 'english.debt', 'plaintiff');
    await page.locator('.codelens-decoration').filter({ hasText: /Preview|预览/ }).first().waitFor({ timeout: 120000 });
    await page.waitForTimeout(1000);
    await goTo(page, 3, 3);
    await page.keyboard.type('d', { delay: 80 });
    const labels = await suggestions(page, 'defendant');
    assert.ok(labels.includes('defendant'), labels.join(' '));
    assert.ok(!labels.some((l) => /[\u4e00-\u9fff]/.test(l)), labels.join(' '));
    await page.screenshot({ path: path.join(shots, 'typing-english.png') });
    await page.keyboard.press('Escape');
  });

  it('「生成起诉状」 a second time: the overwrite question defaults to Cancel, and Enter keeps the file', async () => {
    await open(page, 'loan-basic.debt', '逾期利率');
    await page.locator('.codelens-decoration').filter({ hasText: /Preview|预览/ }).first().waitFor({ timeout: 120000 });
    const file = path.join(workspace, '张三诉李四民间借贷纠纷.起诉状.docx');
    await runCommand(page, 'Generate Complaint');
    await enterOnPick(page); // form: 要素式
    await enterOnPick(page); // format: Word
    const deadline = Date.now() + 60000;
    while (!fs.existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    assert.ok(fs.existsSync(file), 'the first run writes the .docx');
    fs.writeFileSync(file, 'signed copy');
    await page.keyboard.press('Escape');
    await runCommand(page, 'Generate Complaint');
    await enterOnPick(page);
    await enterOnPick(page);
    const first = await enterOnPick(page); // the overwrite question: Enter takes its first row
    assert.match(first, /Cancel|取消/);
    await page.screenshot({ path: path.join(shots, 'overwrite-default.png') });
    await page.waitForTimeout(2000);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'signed copy', 'Enter kept the existing file');
  });
});
