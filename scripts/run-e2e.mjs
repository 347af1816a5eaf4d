// Extension-host tests inside code-server: the mocha suite of client/src/test runs in VS Code's real extension
// host, as @vscode/test-electron would run it; counts are written for scripts/test-all.mjs.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { launchBrowser, root, startCodeServer } from './code-server.mjs';

const results = path.join(os.tmpdir(), `debt-e2e-${process.pid}.json`);
fs.rmSync(results, { force: true });
// A copy of the fixture workspace: the suite writes generated documents and edits files, and the repository stays clean.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-e2e-ws-'));
fs.cpSync(path.join(root, 'test/fixtures/workspace'), workspace, { recursive: true });
const server = await startCodeServer({ workspace, env: { DEBT_E2E_RESULTS: results } });
const browser = await launchBrowser();
let exitCode = 1;
try {
  const page = await browser.context.newPage();
  const done = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
  await page.exposeFunction('codeAutomationLog', (type, args) => { if (process.env.DEBUG_E2E) console.log(type, ...args); });
  const remote = (p) => `vscode-remote://${server.host}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(path.join(root, 'out/client/src/test/index.js'))],
  ]);
  await page.goto(`http://${server.host}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  exitCode = await Promise.race([done, new Promise((r) => setTimeout(() => r('timeout'), 180000))]);
  if (exitCode === 'timeout') { console.error('extension-host tests did not finish in 180 s'); console.error(server.log().slice(-3000)); exitCode = 1; }
} finally {
  await browser.close();
  server.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
}
if (fs.existsSync(results)) {
  const r = JSON.parse(fs.readFileSync(results, 'utf8'));
  console.log('  debt-lang in VS Code (code-server, extension host)');
  for (const l of r.lines) console.log(l);
  console.log(`  ${r.passed} passing, ${r.failed} failing`);
  if (process.env.DEBT_TEST_COUNTS) fs.writeFileSync(process.env.DEBT_TEST_COUNTS, JSON.stringify({ passed: r.passed, failed: r.failed }));
} else {
  console.error('the extension-host suite wrote no results');
}
process.exit(exitCode === 0 ? 0 : 1);
