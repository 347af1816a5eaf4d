/** The TypeScript passes the project's lint rules (eslint.config.mjs: eslint + typescript-eslint recommended). */
import * as assert from 'assert';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../../../..');

describe('lint', function () {
  this.timeout(180000);
  it('eslint finds no error in server/, client/ and bench/', async () => {
    // Loaded at run time: eslint is ESM-first and only the tests need it.
    const { ESLint } = require(require.resolve('eslint', { paths: [ROOT] }));
    const eslint = new ESLint({ cwd: ROOT });
    const results = await eslint.lintFiles(['server/src', 'client/src', 'bench', 'server/test']);
    const errors = results.flatMap((r: { filePath: string; messages: { severity: number; line: number; ruleId: string; message: string }[] }) =>
      r.messages.filter((m) => m.severity === 2).map((m) => `${path.relative(ROOT, r.filePath)}:${m.line} ${m.ruleId} ${m.message}`));
    assert.deepStrictEqual(errors, []);
  });
});
