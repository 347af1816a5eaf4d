/**
 * Keyword token types are NameLike and NotClose (tokens.ts sets the categories in one pass rather than through
 * createToken): in a fresh process, before any parser is built (completion can ask first), and after, when chevrotain
 * has worked out the categories itself, the same tokens match the same categories.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as path from 'path';

const OUT = path.resolve(__dirname, '../../../src/core/syntax');

/** Runs in a child: per category, the sorted indices of the token types it matches; before and after a parser exists. */
const PROBE = `
const { tokenMatcher } = require('chevrotain');
const t = require(${JSON.stringify(path.join(OUT, 'tokens.js'))});
const cats = { NameLike: t.NameLike, NotClose: t.NotClose, NumberLike: t.NumberLike };
const snapshot = () => Object.fromEntries(Object.entries(cats).map(([n, c]) => [n, t.allTokens
  .filter((tt) => tokenMatcher({ tokenType: tt, tokenTypeIdx: tt.tokenTypeIdx }, c)).map((tt) => tt.name).sort()]));
const before = snapshot();
require(${JSON.stringify(path.join(OUT, 'parser.js'))}).parseTokens([], '');
process.stdout.write(JSON.stringify({ before, after: snapshot(), keywords: Object.keys(t.K) }));
`;

describe('keyword token categories', () => {
  const r = JSON.parse(cp.execFileSync(process.execPath, ['-e', PROBE], { cwd: path.resolve(__dirname, '../../../..'), encoding: 'utf8' }));

  it('every keyword is a NameLike and a NotClose before any parser is built, and none is a NumberLike', () => {
    for (const k of r.keywords) {
      assert.ok(r.before.NameLike.includes(k), `${k} is not NameLike`);
      assert.ok(r.before.NotClose.includes(k), `${k} is not NotClose`);
      assert.ok(!r.before.NumberLike.includes(k), `${k} is NumberLike`);
    }
  });

  it('the categories are the same after chevrotain worked them out for the parser', () => {
    assert.deepStrictEqual(r.before, r.after);
  });
});
