/**
 * Re-reading only the top-level chunk an edit falls in (core/syntax/chunks.ts), and reusing the cases of the others,
 * gives exactly what reading the file afresh gives: the whole model with every range, the diagnostics, the figures.
 * Random edit sequences on samples and generated files, including edits that break the syntax and mend it again.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { analyze, Analysis } from '../../../src/core/analyze';
import { CaseLawCache } from '../../../src/core/law/case-cache';
import { commonPrefix, commonSuffix, IncrementalSyntax } from '../../../src/core/syntax/chunks';
import { generateFile } from '../../../../bench/generate';

const SAMPLES = path.resolve(__dirname, '../../../../../samples');
const host = { read: (uri: string) => { try { return fs.readFileSync(new URL(uri), 'utf8'); } catch { return undefined; } } };
const TODAY = '2026-11-27';

/** Everything a feature reads: the model (its ranges as positions), the diagnostics and the reports. */
function comparable(a: Analysis) {
  return JSON.parse(JSON.stringify({ model: a.model, diagnostics: a.diagnostics, cases: a.cases }));
}

class Session {
  syntax = new IncrementalSyntax();
  law = new CaseLawCache();
  constructor(readonly uri: string) {}
  /** How many checks re-read chunks only: the property runs must exercise that path, not only the full read. */
  static chunkReads = 0;
  static checks = 0;
  check(text: string): Analysis {
    const kept = analyze(this.uri, text, host, { today: TODAY, syntax: this.syntax, lawCache: this.law });
    const fresh = analyze(this.uri, text, host, { today: TODAY });
    assert.deepStrictEqual(comparable(kept), comparable(fresh));
    Session.checks++;
    if (this.syntax.lastRead === 'chunk') Session.chunkReads++;
    return kept;
  }
}

const PIECES = ['{', '}', '"', '“', '//', '/*', '*/', '\n', '\r\n', ' ', '案件', '当事人 丙\n', '借款', '金额 ', '5', '、', 'x', '\n案件 "新" {\n  原告 甲\n}\n', '\n当事人 丁 { 住所 "北京市" }\n'];

const BLOCKS = ['案件 "新案" {\n  原告 共用出借人\n  被告 乙 { 住所 "北京市海淀区" }\n}\n', '当事人 丁 { 住所 "北京市" }\n', '\n'];

/** One edit: `op` picks insert / delete / replace, `at` and `len` place it, `piece` what is typed. */
function edit(text: string, op: number, at: number, len: number, piece: number): string {
  const pos = Math.floor(at * (text.length + 1));
  const end = Math.min(text.length, pos + len);
  const typed = PIECES[piece % PIECES.length];
  if (op === 0) return text.slice(0, pos) + typed + text.slice(pos);
  if (op === 1) return text.slice(0, pos) + text.slice(end);
  if (op === 2) { const d = text.slice(pos).search(/\d/); return d < 0 ? text : text.slice(0, pos + d) + String((+text[pos + d] + 1) % 10) + text.slice(pos + d + 1); }
  const ls = text.lastIndexOf('\n', pos - 1) + 1;
  if (op === 3) return text.slice(0, ls) + '\n' + text.slice(ls);
  if (op === 4) return text.slice(0, pos) + typed + text.slice(end);
  // Edits that keep the syntax whole, as most keystrokes in a finished file do.
  if (op === 5) return text.slice(0, ls) + '// 备注\n' + text.slice(ls);
  if (op === 6) return text.slice(0, ls) + BLOCKS[piece % BLOCKS.length] + text.slice(ls);
  const le = text.indexOf('\n', pos);
  return le < 0 ? text : text.slice(0, le) + ' ' + text.slice(le);
}

const edits = fc.array(fc.tuple(fc.integer({ min: 0, max: 7 }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  fc.integer({ min: 0, max: 12 }), fc.nat()), { minLength: 1, maxLength: 8 });

/** From `base`, random edit sequences, each checked against a fresh read after every edit. */
function editSequences(uri: string, base: string, numRuns: number, seed: number): void {
  fc.assert(fc.property(edits, (steps) => {
    const s = new Session(uri);
    let text = base;
    s.check(text);
    for (const [op, at, len, piece] of steps) { text = edit(text, op, at, len, piece); s.check(text); }
    return true;
  }), { numRuns, seed });
}

describe('incremental reading of a file (chunks)', function () {
  this.timeout(120000);

  for (const f of ['loan-basic.debt', 'shared-lender-zhou.debt', 'judgment-enforcement.debt', 'english-keywords.debt', 'company-installments.debt']) {
    it(`${f}: random edit sequences give what a fresh read gives`, () => {
      const file = path.join(SAMPLES, f);
      const uri = new URL(`file://${file}`).href;
      const base = fs.readFileSync(file, 'utf8');
      editSequences(uri, base, 30, 20261127);
    });
  }

  it('a generated 12-case file with top-level parties, in LF and CRLF: random edit sequences', () => {
    const base = '// 出借人的当事人库\n当事人 共用出借人 { 自然人 住所 "北京市朝阳区" }\n\n' + generateFile(12).text;
    for (const text0 of [base, base.replace(/\n/g, '\r\n')]) {
      editSequences('file:///bench/twelve.debt', text0, 40, 27);
    }
  });

  it('the random edits above re-read chunks in at least a quarter of the steps (about a third here)', () => {
    assert.ok(Session.chunkReads * 4 >= Session.checks, `${Session.chunkReads} of ${Session.checks}`);
  });

  it('an edit inside one case re-reads that chunk only and keeps the other cases as they were', () => {
    const text = generateFile(5).text;
    const s = new Session('file:///bench/five.debt');
    const before = s.check(text);
    const line4 = before.model.cases[4].range.start.line;
    assert.strictEqual(s.syntax.lastRead, 'whole');
    const at = text.indexOf('金额 ', text.indexOf('借款 借款2 {')) + 3;
    const after = s.check(text.slice(0, at) + '9' + text.slice(at + 1));
    assert.strictEqual(s.syntax.lastRead, 'chunk');
    for (const k of [0, 1, 3, 4]) assert.strictEqual(after.model.cases[k], before.model.cases[k], `case ${k} kept`);
    assert.notStrictEqual(after.model.cases[2], before.model.cases[2]);
    // A line added in case 1 moves cases 2–4 down by one line; their ranges follow.
    const nl = text.indexOf('\n', text.indexOf('借款 借款1 {')) + 1;
    const moved = s.check(text.slice(0, nl) + '  // 补充\n' + text.slice(nl));
    assert.strictEqual(moved.model.cases[4], before.model.cases[4]);
    assert.strictEqual(moved.model.cases[4].range.start.line, line4 + 1);
  });

  it('an edit that breaks the syntax reads the whole file, and the next clean edit reads chunks again', () => {
    const text = generateFile(3).text;
    const s = new Session('file:///bench/three.debt');
    s.check(text);
    const at = text.indexOf('{', text.indexOf('借款 借款1 {'));
    const broken = text.slice(0, at) + text.slice(at + 1);
    const a = s.check(broken);
    assert.strictEqual(s.syntax.lastRead, 'whole');
    assert.ok(a.diagnostics.some((d) => d.severity === 'error'));
    s.check(text);
    assert.strictEqual(s.syntax.lastRead, 'whole');
    s.check(text.replace('借款0', '借款X'));
    assert.strictEqual(s.syntax.lastRead, 'chunk');
  });
});

describe('the common prefix and suffix of two texts (where an edit falls)', () => {
  const naivePrefix = (a: string, b: string, limit: number) => { let p = 0; while (p < limit && a[p] === b[p]) p++; return p; };
  const naiveSuffix = (a: string, b: string, limit: number) => { let s = 0; while (s < limit && a[a.length - 1 - s] === b[b.length - 1 - s]) s++; return s; };
  // Long texts with one edit somewhere (blocks of 4,096 characters and the halving after them), and short random pairs.
  const edited = fc.tuple(fc.string({ minLength: 0, maxLength: 9000, unit: fc.constantFrom('a', '案', '\n', 'b') }), fc.nat(), fc.string({ maxLength: 3 }), fc.nat({ max: 3 }))
    .map(([a, at, insert, remove]) => { const i = at % (a.length + 1); return [a, a.slice(0, i) + insert + a.slice(i + remove)] as const; });
  const pairs = fc.oneof(edited, fc.tuple(fc.string(), fc.string()));

  it('agree with a character-by-character comparison', () => {
    fc.assert(fc.property(pairs, fc.nat(), ([a, b], cut) => {
      const limit = Math.min(a.length, b.length);
      const lim = cut % (limit + 1);
      assert.strictEqual(commonPrefix(a, b, limit), naivePrefix(a, b, limit));
      assert.strictEqual(commonPrefix(a, b, lim), naivePrefix(a, b, lim));
      assert.strictEqual(commonSuffix(a, b, limit), naiveSuffix(a, b, limit));
      assert.strictEqual(commonSuffix(a, b, lim), naiveSuffix(a, b, lim));
    }), { numRuns: 300 });
  });
});
