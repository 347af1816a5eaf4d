// UI test (issue 19): 「新建案件 / New Case」 typed as a lawyer writes — 8万元, 2024年3月5日, 1.5%/月 — with the court suggested
// from the domiciles, in the packaged extension in code-server. The case file is named in Chinese and checks clean.
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { root } from '../../scripts/code-server.mjs';
import { closeWorkspace, openWorkspace, runCommand, shotIfFailed, shots } from './session.mjs';

/** Waits for the input box whose prompt contains `prompt`, returns what it holds, types `answer` (if given) and Enter. */
async function answer(page, prompt, text) {
  const box = page.locator('.quick-input-widget').filter({ hasText: prompt });
  await box.waitFor({ timeout: 30000 });
  const input = page.locator('.quick-input-widget input');
  const before = await input.inputValue();
  if (text !== undefined) await input.fill(text);
  // A moment for the box's validation: an answer it rejects keeps the box open, and the next prompt never comes.
  await page.waitForTimeout(300);
  await page.keyboard.press('Enter');
  await box.waitFor({ state: 'hidden', timeout: 15000 }).catch(() => {});
  return before;
}

describe('新建案件 / New Case in code-server (packaged .vsix)', function () {
  this.timeout(240000);
  let session, page, workspace;

  before(async () => {
    session = await openWorkspace('debt-ui-newcase-', (ws) => fs.copyFileSync(path.join(root, 'samples/loan-basic.debt'), path.join(ws, 'loan-basic.debt')));
    ({ page, workspace } = session);
  });
  afterEach(async function () { await shotIfFailed(this.currentTest, page, 'failed-new-case-'); });
  after(() => closeWorkspace(session));

  it('accepts 8万元, 2024年3月5日 and 1.5%/月, suggests the defendant\'s court, and writes 王小明诉赵大海民间借贷纠纷.debt that checks clean', async () => {
    // Open a case first so the language server is up (its code lens shows).
    const item = page.getByRole('treeitem', { name: /loan-basic\.debt/ });
    await item.waitFor({ timeout: 60000 });
    await item.click();
    await page.locator('.codelens-decoration').first().waitFor({ timeout: 120000 });

    await runCommand(page, 'New Case');
    await answer(page, 'Lender', '王小明');
    await answer(page, 'Borrower', '赵大海');
    await answer(page, 'Domicile of the lender', '上海市浦东新区世纪大道100号');
    await answer(page, 'Domicile of the borrower', '北京市朝阳区建国路88号');
    await answer(page, 'Amount delivered', '8万元');
    await answer(page, 'Date the money was delivered', '2024年3月5日');
    await answer(page, 'Due date', '2025年3月4日');
    await answer(page, 'Agreed annual rate', '1.5%/月');
    // The court box holds the borrower's district court (民诉法第22条): Enter keeps it.
    const court = await answer(page, 'Court');
    assert.strictEqual(court, '北京市朝阳区人民法院');
    await answer(page, 'Filing date', '2025年6月1日');

    const file = path.join(workspace, '王小明诉赵大海民间借贷纠纷.debt');
    const deadline = Date.now() + 30000;
    while (!fs.existsSync(file) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    assert.ok(fs.existsSync(file), `not written: ${fs.readdirSync(workspace).join(', ')}`);
    const text = fs.readFileSync(file, 'utf8');
    // The names and 证明 texts go into the complaint and the 证据目录: Chinese under the English UI too.
    for (const want of ['王小明', '赵大海', '8万元', '2024年3月5日', '2025年3月4日', '1.5%/月', '北京市朝阳区人民法院', '2025年6月1日', '北京市朝阳区建国路88号', '双方借贷合意与借款金额', '原告已实际交付借款']) {
      assert.ok(text.includes(want), `${want} missing from:\n${text}`);
    }
    await page.locator('.view-lines').filter({ hasText: '赵大海' }).first().waitFor({ timeout: 30000 });
    await page.screenshot({ path: path.join(shots, 'new-case.png') });
    // The file the command wrote has no error (the CLI runs the same core as the server).
    const check = cp.spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'check', file], { encoding: 'utf8' });
    assert.ok(!/\berror\b/.test(check.stdout), check.stdout);
    assert.strictEqual(check.status, 0, check.stdout + check.stderr);
  });

  it('renaming the defendant (F2) offers to update the case title; accepting it renames the title and its comment, in one undo step', async () => {
    const file = path.join(workspace, '王小明诉赵大海民间借贷纠纷.debt');
    const text = fs.readFileSync(file, 'utf8');
    // The defendant's declaration: `  defendant 赵大海 {` (1-based line and column of the name).
    const lines = text.split('\n');
    const line = lines.findIndex((l) => /^\s*(defendant|被告) 赵大海 \{/.test(l));
    assert.ok(line >= 0, text);
    const column = lines[line].indexOf('赵大海') + 2;
    await page.locator('.monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+G');
    const goto = page.locator('.quick-input-widget input');
    await goto.waitFor({ timeout: 15000 });
    await goto.fill(`:${line + 1}:${column}`);
    await page.keyboard.press('Enter');
    await page.keyboard.press('F2');
    const box = page.locator('.rename-box input, .rename-box textarea').first();
    await box.waitFor({ timeout: 30000 });
    await box.fill('赵大江');
    await page.keyboard.press('Enter');
    const offer = page.locator('.notifications-toasts .notification-toast').filter({ hasText: '王小明诉赵大江民间借贷纠纷' });
    await offer.waitFor({ timeout: 30000 });
    await page.screenshot({ path: path.join(shots, 'rename-offer.png') });
    await offer.getByRole('button', { name: /Update the case title|更新案件名称/ }).click();
    await page.locator('.view-lines').filter({ hasText: 'case 王小明诉赵大江民间借贷纠纷' }).first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Control+S');
    const deadline = Date.now() + 15000;
    let saved = '';
    while (Date.now() < deadline) { saved = fs.readFileSync(file, 'utf8'); if (saved.includes('case 王小明诉赵大江民间借贷纠纷')) break; await new Promise((r) => setTimeout(r, 250)); }
    assert.ok(saved.includes('case 王小明诉赵大江民间借贷纠纷 {'), saved);
    // Every use renamed, and New Case's first line, the comment repeating the title, with the title.
    assert.ok(saved.startsWith('// 王小明诉赵大江民间借贷纠纷\n'), saved);
    assert.ok(!/赵大海/.test(saved), saved);
    // The comment is part of the title's edit: one undo takes back both, and leaves the defendant's rename.
    await page.keyboard.press('Control+Z');
    await page.locator('.view-lines').filter({ hasText: 'case 王小明诉赵大海民间借贷纠纷' }).first().waitFor({ timeout: 15000 });
    await page.keyboard.press('Control+S');
    const undone = Date.now() + 15000;
    while (Date.now() < undone) { saved = fs.readFileSync(file, 'utf8'); if (saved.includes('case 王小明诉赵大海民间借贷纠纷')) break; await new Promise((r) => setTimeout(r, 250)); }
    assert.ok(saved.startsWith('// 王小明诉赵大海民间借贷纠纷\ncase 王小明诉赵大海民间借贷纠纷 {'), saved);
    assert.ok(saved.includes('defendant 赵大江 {'), saved);
  });
});
