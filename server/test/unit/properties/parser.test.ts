/** Robustness properties: any text, any mutation of a valid file — no throw, and every range inside the document. */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { LineIndex } from '../../../src/core/text/range';
import { specExample } from '../syntax/spec-example.test';

function checkRanges(text: string): void {
  const a = analyze('file:///p.debt', text, { read: () => undefined }, { today: '2026-11-24' });
  const idx = new LineIndex(text);
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of a.diagnostics) {
    if (d.uri !== 'file:///p.debt') continue;
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < idx.lineCount, `${d.code} line ${p.line} outside 0..${idx.lineCount - 1}`);
      assert.ok(Number.isInteger(p.character) && p.character >= 0 && p.character <= lines[p.line].length, `${d.code} character ${p.character} outside line ${p.line}`);
    }
    const s = d.range.start, e = d.range.end;
    assert.ok(s.line < e.line || (s.line === e.line && s.character <= e.character), `${d.code} range ends before it starts`);
  }
}

describe('parser robustness (fast-check)', function () {
  this.timeout(60000);
  const example = specExample();

  it('arbitrary text never throws and keeps every range inside the document', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (t) => checkRanges(t)), { numRuns: 300 });
  });

  it('arbitrary text built from the language\'s own pieces never throws', () => {
    const piece = fc.constantFrom('案件', '借款', '{', '}', '"', '“', '”', '/*', '*/', '//', '\n', ' ', '交付', '2023-01-10', '5万元',
      '12%/年', '还款', '证据', '原告', '张三', '、', ',', '；', '\u3000', '\r\n', '\uFEFF', '2023-02-30', '1.234元', '请求', '利息', '至');
    fc.assert(fc.property(fc.array(piece, { maxLength: 200 }), (ps) => checkRanges(ps.join(''))), { numRuns: 300 });
  });

  it('mutations of the spec example (deletions, insertions, swaps) never throw', () => {
    const mutation = fc.record({ at: fc.nat(example.length), len: fc.nat(20), insert: fc.string({ maxLength: 5 }) });
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (ms) => {
      let t = example;
      for (const m of ms) { const at = m.at % (t.length + 1); t = t.slice(0, at) + m.insert + t.slice(at + m.len); }
      checkRanges(t);
    }), { numRuns: 200 });
  });
});
