// Mocha reporter: the usual spec output, plus {passed, failed} written to $DEBT_TEST_COUNTS so that
// scripts/test-all.mjs can sum every layer into one "N passed, N failed" line.
const fs = require('fs');
const Mocha = require('mocha');

class CountReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    let passed = 0, failed = 0;
    runner.on('pass', () => passed++);
    runner.on('fail', () => failed++);
    runner.once('end', () => {
      if (process.env.DEBT_TEST_COUNTS) fs.writeFileSync(process.env.DEBT_TEST_COUNTS, JSON.stringify({ passed, failed }));
    });
  }
}
module.exports = CountReporter;
