// `npm test`: every test layer in turn, then one line "N passed, N failed" summing all of them.
// A layer that cannot start (crash before reporting) counts as one failure.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const only = process.argv.slice(2);
const layers = [
  { name: 'unit', cmd: ['npx', 'mocha', '--reporter', 'scripts/count-reporter.cjs', '--recursive', 'out/server/test/unit/**/*.test.js'] },
  { name: 'protocol', cmd: ['npx', 'mocha', '--reporter', 'scripts/count-reporter.cjs', '--exit', '--timeout', '20000', 'out/server/test/protocol/**/*.test.js'] },
  { name: 'extension-host', cmd: ['node', 'scripts/run-e2e.mjs'] },
  { name: 'ui', cmd: ['sh', '-c', 'npm run package --silent >/dev/null && npx mocha --reporter scripts/count-reporter.cjs --exit --timeout 180000 "test/ui/*.test.mjs"'] },
].filter((l) => only.length === 0 || only.includes(l.name));

let passed = 0, failed = 0;
for (const layer of layers) {
  const counts = path.join(os.tmpdir(), `debt-counts-${layer.name}-${process.pid}.json`);
  fs.rmSync(counts, { force: true });
  console.log(`\n=== ${layer.name} ===`);
  // A layer that hangs is stopped after 15 minutes and counted as a failure, so a run always ends with its summary.
  const r = spawnSync(layer.cmd[0], layer.cmd.slice(1), { stdio: 'inherit', env: { ...process.env, DEBT_TEST_COUNTS: counts }, timeout: 15 * 60 * 1000, killSignal: 'SIGKILL' });
  if (fs.existsSync(counts)) {
    const c = JSON.parse(fs.readFileSync(counts, 'utf8'));
    fs.rmSync(counts, { force: true });
    passed += c.passed; failed += c.failed;
    if (r.status !== 0 && c.failed === 0) failed++; // exited badly without a failing test: count the layer itself
    console.log(`--- ${layer.name}: ${c.passed} passed, ${c.failed} failed`);
  } else {
    failed++;
    console.log(`--- ${layer.name}: did not report (exit ${r.status}); counted as 1 failure`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
