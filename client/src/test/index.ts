/**
 * The extension-host test entry (`extensionTestsPath`): runs the mocha suite in client/src/test/suite inside a
 * real VS Code — code-server here (scripts/run-e2e.mjs), or desktop VS Code via @vscode/test-electron.
 * Counts go to $DEBT_E2E_RESULTS so the runner can sum every layer; a failure makes run() reject.
 */
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const dir = path.join(__dirname, 'suite');
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.test.js')) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    let passed = 0, failed = 0;
    const lines: string[] = [];
    const runner = mocha.run((failures) => {
      const out = process.env.DEBT_E2E_RESULTS;
      if (out) fs.writeFileSync(out, JSON.stringify({ passed, failed, lines }));
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`)); else resolve();
    });
    runner.on('pass', (t) => { passed++; lines.push(`  ✔ ${t.fullTitle()}`); });
    runner.on('fail', (t, err) => { failed++; lines.push(`  ✘ ${t.fullTitle()}: ${(err as Error).message}`); });
  });
}
