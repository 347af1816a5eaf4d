// What the code-server UI tests share: the packaged extension, a fresh workspace in VS Code in chromium, a screenshot
// of a failed test, and running a command from the palette (shared/guides/vscode-e2e.md).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { launchBrowser, root, startCodeServer } from '../../scripts/code-server.mjs';

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
export const vsix = path.join(root, `debt-lang-${pkg.version}.vsix`);
export const shots = path.join(root, 'test-results/ui');

/** code-server with the packaged .vsix on a new temp folder that `fill(folder)` populates, open in chromium. */
export async function openWorkspace(prefix, fill) {
  assert.ok(fs.existsSync(vsix), `${vsix} missing: run npm run package`);
  fs.mkdirSync(shots, { recursive: true });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fill(workspace);
  const server = await startCodeServer({ workspace, installVsix: vsix });
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  await page.goto(`http://${server.host}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
  return { server, browser, page, workspace };
}

export async function closeWorkspace(s) {
  await s?.browser?.close();
  s?.server?.stop();
  if (s?.workspace) fs.rmSync(s.workspace, { recursive: true, force: true });
}

/** In afterEach: a screenshot of the page when the test failed, named after it. */
export async function shotIfFailed(test, page, prefix) {
  if (test?.state !== 'failed' || !page) return;
  await page.screenshot({ path: path.join(shots, `${prefix}${test.title.slice(0, 40).replace(/[^\w\u4e00-\u9fff]+/g, '-')}.png`) }).catch(() => {});
}

/** Runs a command by its palette title (F1). */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 15000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').filter({ hasText: title }).first().waitFor({ timeout: 15000 });
  await page.keyboard.press('Enter');
}
