// UI test: the packaged .vsix installed into code-server, driven like a lawyer would with playwright-core
// and Debian chromium. Screenshots go to test-results/ui/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { hoverOver, launchBrowser, root, startCodeServer } from '../../scripts/code-server.mjs';

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `debt-lang-${pkg.version}.vsix`);
const shots = path.join(root, 'test-results/ui');

describe('debt-lang UI in code-server (packaged .vsix)', function () {
  this.timeout(120000);
  let server, browser, page;

  before(async () => {
    assert.ok(fs.existsSync(vsix), `${vsix} missing: run npm run package`);
    fs.mkdirSync(shots, { recursive: true });
    server = await startCodeServer({ workspace: path.join(root, 'test/fixtures/workspace'), installVsix: vsix });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.goto(`http://${server.host}/?folder=${encodeURIComponent(path.join(root, 'test/fixtures/workspace'))}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  });
  after(async () => {
    await browser?.close();
    server?.stop();
  });

  it('opens a case file from the Explorer', async () => {
    const item = page.getByRole('treeitem', { name: /errors\.debt/ });
    await item.waitFor({ timeout: 60000 });
    await item.click();
    await page.locator('.view-lines').filter({ hasText: '起诉日' }).waitFor({ timeout: 30000 });
  });

  it('shows the language as 欠款案件 / Debt Case in the status bar', async () => {
    const mode = page.locator('#status\\.editor\\.mode');
    await mode.waitFor({ timeout: 30000 });
    assert.match(await mode.innerText(), /Debt Case|欠款案件/);
  });

  it('draws the server\'s error squiggle under the impossible date', async () => {
    await page.locator('.squiggly-error').first().waitFor({ timeout: 60000 });
    await page.screenshot({ path: path.join(shots, 'squiggle.png') });
  });

  it('shows the message on hover over the squiggle', async () => {
    const hover = page.locator('.monaco-hover').filter({ hasText: '2023-02-30' });
    await hoverOver(page, page.locator('.squiggly-error').first(), hover);
    await page.screenshot({ path: path.join(shots, 'hover.png') });
    await page.mouse.move(5, 5);
  });

  it('lists the diagnostic in the Problems panel with its code and message', async () => {
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: '2023-02-30' });
    await row.first().waitFor({ timeout: 30000 });
    const text = await row.first().innerText();
    // code-server's workbench runs in English here, so the server answers in English (Chinese is the default elsewhere).
    assert.match(text, /does not exist on the calendar|在日历上不存在/);
    assert.match(text, /DEBT201/);
    await page.screenshot({ path: path.join(shots, 'problems.png') });
  });
});

describe('debt-lang UI on the samples (packaged .vsix)', function () {
  this.timeout(120000);
  let server, browser, page;
  const samples = path.join(root, 'samples');

  before(async () => {
    server = await startCodeServer({ workspace: samples, installVsix: vsix });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.goto(`http://${server.host}/?folder=${encodeURIComponent(samples)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  });
  after(async () => {
    await browser?.close();
    server?.stop();
  });

  it('opens samples/loan-basic.debt (the spec example) from the Explorer and marks the overdue rate above the cap', async () => {
    const item = page.getByRole('treeitem', { name: /loan-basic\.debt/ });
    await item.waitFor({ timeout: 60000 });
    await item.click();
    await page.locator('.view-lines').filter({ hasText: '逾期利率' }).waitFor({ timeout: 30000 });
    await page.locator('.squiggly-warning').first().waitFor({ timeout: 60000 });
    await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'DEBT402' });
    await row.first().waitFor({ timeout: 30000 });
    assert.match(await row.first().innerText(), /18\.00%.*14\.60%/);
    await page.screenshot({ path: path.join(shots, 'sample-warning.png') });
  });
});
