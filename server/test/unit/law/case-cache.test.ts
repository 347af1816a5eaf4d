/**
 * The per-case law cache of the language server gives exactly what a fresh analysis gives, edit after edit: figures,
 * diagnostics and their ranges (moved when lines are added above a case), on samples and on a 40-case file.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { analyze, Analysis } from '../../../src/core/analyze';
import { CaseLawCache } from '../../../src/core/law/case-cache';
import { generateFile } from '../../../../bench/generate';

const SAMPLES = path.resolve(__dirname, '../../../../../samples');
const host = { read: (uri: string) => { try { return fs.readFileSync(new URL(uri), 'utf8'); } catch { return undefined; } } };
const TODAY = '2026-11-27';

function comparable(a: Analysis) {
  return { cases: JSON.parse(JSON.stringify(a.cases)), diagnostics: JSON.parse(JSON.stringify(a.diagnostics)) };
}

function sameAsFresh(uri: string, text: string, cache: CaseLawCache): void {
  const cached = analyze(uri, text, host, { today: TODAY, lawCache: cache });
  const fresh = analyze(uri, text, host, { today: TODAY });
  assert.deepStrictEqual(comparable(cached), comparable(fresh));
}

/** Edits a lawyer makes: a digit changed, a line added above or inside a case, a line removed, a comment typed. */
function edit(text: string, kind: number, at: number): string {
  const pos = Math.floor(at * text.length);
  const lineStart = text.lastIndexOf('\n', pos) + 1;
  switch (kind) {
    case 0: { const d = text.slice(pos).search(/\d/); return d < 0 ? text : text.slice(0, pos + d) + String((+text[pos + d] + 1) % 10) + text.slice(pos + d + 1); }
    case 1: return text.slice(0, lineStart) + '// 新增一行\n' + text.slice(lineStart);
    case 2: { const end = text.indexOf('\n', lineStart); return end < 0 ? text : text.slice(0, lineStart) + text.slice(end + 1); }
    case 3: return text.slice(0, pos) + ' ' + text.slice(pos);
    default: return text.slice(0, lineStart) + '\n\n' + text.slice(lineStart);
  }
}

describe('per-case law cache', function () {
  this.timeout(60000);
  for (const f of ['loan-basic.debt', 'company-installments.debt', 'shared-lender-zhou.debt', 'judgment-enforcement.debt']) {
    it(`${f}: cached = fresh after each of a series of edits`, () => {
      const uri = new URL(`file://${path.join(SAMPLES, f)}`).href;
      let text = fs.readFileSync(path.join(SAMPLES, f), 'utf8');
      const cache = new CaseLawCache();
      sameAsFresh(uri, text, cache);
      for (const [kind, at] of [[1, 0], [0, 0.5], [4, 0.3], [2, 0.6], [3, 0.2], [1, 0.9], [0, 0.1]] as const) {
        text = edit(text, kind, at);
        sameAsFresh(uri, text, cache);
      }
    });
  }

  it('a case moved within its first line (text typed before it) is analysed afresh: its ranges are not those of before', () => {
    const uri = 'file:///bench/two.debt';
    // A case without a loan: the law's finding about it (DEBT301-family) stands on its name, on the first line.
    const text = '案件 "新案" {\n  原告 甲\n  被告 乙 { 住所 "北京市海淀区" }\n}\n' + generateFile(1).text;
    const cache = new CaseLawCache();
    sameAsFresh(uri, text, cache);
    sameAsFresh(uri, '{' + text, cache);
  });

  it('a 40-case file: random edits, cached = fresh, and unchanged cases are reused', () => {
    const base = generateFile(40).text;
    const uri = 'file:///bench/forty.debt';
    fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.double({ min: 0, max: 0.999, noNaN: true })), { minLength: 1, maxLength: 6 }), (edits) => {
      const cache = new CaseLawCache();
      let text = base;
      sameAsFresh(uri, text, cache);
      for (const [k, at] of edits) { text = edit(text, k, at); sameAsFresh(uri, text, cache); }
      return true;
    }), { numRuns: 25, seed: 20261127 });
    const cache = new CaseLawCache();
    analyze(uri, base, host, { today: TODAY, lawCache: cache });
    cache.hits = 0; cache.misses = 0;
    analyze(uri, edit(base, 0, 0.5), host, { today: TODAY, lawCache: cache });
    assert.ok(cache.hits >= 38 && cache.misses <= 2, `hits ${cache.hits}, misses ${cache.misses}`);
  });
});
