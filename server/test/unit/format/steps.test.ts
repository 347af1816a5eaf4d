/**
 * The formatter's generator form (core/steps.ts): it pauses every few hundred atoms, so the language server can run
 * it in slices, and what it returns is the canonical layout worked out by hand below. `formatEdits` runs the same
 * generator straight through; the other format tests check its answers on every kind of input.
 */
import * as assert from 'assert';
import { applyEdits, formatEdits, formatEditSteps, OffsetEdit } from '../../../src/core/format/format';
import { layoutMarkSteps } from '../../../src/core/format/layout';
import { cleanItems, scan, scanSteps } from '../../../src/core/format/scan';
import { stepped } from '../../stepped';


const N = 5000;
const parties = Array.from({ length: N }, (_, i) => `当事人 甲${i}\n`).join('') + '案件 x { 原告 甲1 被告 甲2 }\n';
// The layout by hand: one blank line between top-level items, the case one item per line, indented two spaces.
const partiesFormatted = Array.from({ length: N }, (_, i) => `当事人 甲${i}\n\n`).join('') + '案件 x {\n  原告 甲1\n  被告 甲2\n}\n';

describe('formatter: generator form (pauses, same layout)', () => {
  it(`pauses many times over ${N} parties and gives the layout worked out by hand, in ${N} + 3 minimal edits`, () => {
    const { value: edits, pauses } = stepped(formatEditSteps(parties));
    // Each of the ~10,000 tokens passes at least one loop that pauses every 512: at least 10,000 / 512 ≈ 19 pauses.
    assert.ok(pauses >= 19, `${pauses} pauses`);
    assert.strictEqual(applyEdits(parties, edits), partiesFormatted);
    // A blank line before each item but the first (4,999 parties + the case), and 3 line breaks inside the case.
    assert.strictEqual(edits.length, N + 3);
    // The first inserts one line break at the start of line 1 (offset 7: `当事人 甲0\n` is 7 characters).
    assert.deepStrictEqual(edits[0], { start: 7, end: 7, newText: '\n' });
    // formatEdits, the same generator run straight through, gives the same edits.
    assert.deepStrictEqual(formatEdits(parties), edits);
  });

  it('two formattings stepped in turns (as two requests in slices) each give their own layout', () => {
    const messy = '案件   X{法院 某法院 起诉日 2024-01-01\n原告 甲 被告 乙 { 自然人 }\n}';
    const a = formatEditSteps(parties), b = formatEditSteps(messy);
    let ra = a.next(), rb = b.next();
    while (!ra.done || !rb.done) {
      if (!ra.done) ra = a.next();
      if (!rb.done) rb = b.next();
    }
    assert.strictEqual(applyEdits(parties, ra.value as OffsetEdit[]), partiesFormatted);
    assert.strictEqual(applyEdits(messy, rb.value as OffsetEdit[]), '案件 X {\n  法院 某法院\n  起诉日 2024-01-01\n\n  原告 甲\n  被告 乙 { 自然人 }\n}\n');
  });

  it('a range inside one of many items: only that item’s edits, still pausing', () => {
    // Line 2 (`当事人 甲2`) selected: the blank line before it (offset 14 = 2 lines of 7 characters) is its only edit.
    const { value: edits, pauses } = stepped(formatEditSteps(parties, { start: 14, end: 16 }));
    assert.ok(pauses >= 19, `${pauses} pauses`);
    assert.deepStrictEqual(edits, [{ start: 14, end: 14, newText: '\n' }]);
  });

  it('the layout marks pause between top-level items and mark each party as one needing a blank line before it', () => {
    const s = scan(parties)!;
    const { value: marks, pauses } = stepped(layoutMarkSteps(s.items, cleanItems(s), () => false));
    // 5,001 top-level items, a pause after every 512: 10.
    assert.strictEqual(pauses, 10);
    // Each party's start, and the case's start, `{`, 原告, 被告 and `}`.
    assert.strictEqual(marks.size, N + 5);
    assert.deepStrictEqual(marks.get(0), { kind: 'item', depth: 0, inline: false, blankBefore: false });
    // 甲512 starts the second batch: the item before it (甲511, the first batch's last) still asks for the blank line.
    assert.deepStrictEqual(marks.get(parties.indexOf('当事人 甲512\n')), { kind: 'item', depth: 0, inline: false, blankBefore: true });
  });

  it('a loan of 3,000 deliveries: the formatting pauses and puts each delivery on its own line', () => {
    const rows = Array.from({ length: 3000 }, () => '交付 2023-01-10 1元 转账').join(' ');
    const text = `案件 x { 借款 L { ${rows} } }`;
    const { value: edits, pauses } = stepped(formatEditSteps(text));
    // 12,008 tokens (4 a delivery, 8 around them): the scan and the gaps each pause every 512 atoms, 23 times at least.
    assert.ok(pauses >= 2 * 23, `${pauses} pauses`);
    assert.strictEqual(applyEdits(text, edits), `案件 x {\n  借款 L {\n${Array.from({ length: 3000 }, () => '    交付 2023-01-10 1元 转账\n').join('')}  }\n}\n`);
  });

  it('the scan pauses after the lexer, after the parser and every 512 tokens, and keeps every token', () => {
    const { value: s, pauses } = stepped(scanSteps(parties));
    // 2 + floor(10,008 tokens / 512) = 2 + 19: 5,000 × 2 tokens, and 8 in 案件 x { 原告 甲1 被告 甲2 }.
    assert.ok(pauses >= 21, `${pauses} pauses`);
    assert.strictEqual(s!.atoms.length, N * 2 + 8);
  });
});
