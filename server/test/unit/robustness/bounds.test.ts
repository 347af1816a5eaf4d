/**
 * Inputs found by fuzzing that crashed or stalled the analysis: a date near the end of the calendar (DEBT111), an
 * amount of 200,000 digits (DEBT112), 130,000 used parties and 200,000 deliveries (argument spreading overflowed the
 * stack). Each now gives a diagnostic on its own text and a full analysis of the rest.
 */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { catalogue } from '../../../src/core/diagnostics/catalogue';
import { addDays, addMonths, addYears } from '../../../src/core/text/dates';
import { groupThousands, yuan } from '../../../src/core/law/money';
import { money } from '../../../src/lsp/hover';
import Decimal from 'decimal.js';
import { edit, rangeOf, show } from '../diagnostics/fixture';

const URI = 'file:///cases/c.debt';
const run = (text: string, files: Record<string, string> = {}) =>
  analyze(URI, text, { read: (u) => files[u] }, { today: '2024-06-01', locale: 'zh' });

describe('robustness: bounds on dates, amounts and list sizes', function () {
  this.timeout(60000);

  describe('DEBT111 dates outside 1900-01-01 … 2199-12-31', () => {
    it('a due date of 9997 is reported on its text and left out; the analysis completes', () => {
      const text = edit({ 11: '    到期 9997-01-01' });
      const a = run(text);
      const d = a.diagnostics.filter((x) => x.code === 'DEBT111');
      assert.deepStrictEqual(d.map(show), [rangeOf(text, '9997-01-01')]);
      assert.strictEqual(d[0].message, '日期“9997-01-01”超出可计算的范围（1900年1月1日至2199年12月31日）：请核对年份。该日期不参与计算。');
      assert.strictEqual(a.model.cases[0].loans[0].due, undefined);
      assert.strictEqual(a.cases.length, 1);
    });
    it('every spelling and every date field: 9998年1月1日 as a delivery date, 1899/12/31 as a filing date', () => {
      const text = edit({ 3: '  起诉日 1899/12/31', 10: '    交付 9998年1月1日 10000元 转账 证据 回单' });
      const a = run(text);
      assert.deepStrictEqual(a.diagnostics.filter((x) => x.code === 'DEBT111').map(show), [rangeOf(text, '1899/12/31'), rangeOf(text, '9998年1月1日')]);
    });
    it('the ends of the range are accepted', () => {
      const a = run(edit({ 9: '    签订 1900-01-01 证据 借条', 11: '    到期 2199-12-31' }));
      assert.deepStrictEqual(a.diagnostics.filter((x) => x.code === 'DEBT111'), []);
      assert.strictEqual(a.model.cases[0].loans[0].due?.value, '2199-12-31');
      // Limitation: three years on from the due date 2199-12-31 reaches 2202-12-31; the holiday extension looks at years
      // the holiday calendar does not know, without crashing, and the end is no earlier than that day.
      assert.ok((a.cases[0].loans[0].limitation.end ?? '') >= '2202-12-31');
    });
    it('date arithmetic saturates at 9999-12-31 instead of failing (the crash in the holiday extension)', () => {
      assert.strictEqual(addYears('9997-01-01', 3), '9999-12-31');
      assert.strictEqual(addMonths('9999-12-01', 1), '9999-12-31');
      assert.strictEqual(addDays('9999-12-30', 5), '9999-12-31');
      assert.strictEqual(addDays('2024-01-01', Number.POSITIVE_INFINITY), '9999-12-31');
      assert.strictEqual(addDays('2024-01-01', Number.NaN), '1000-01-01');
      // 2024-02-29 + 12 months = 2025-02-28 (month end, 民法典第202条): normal arithmetic unchanged.
      assert.strictEqual(addMonths('2024-02-29', 12), '2025-02-28');
    });
    it('English message', () =>
      assert.strictEqual(catalogue.DEBT111.en({ text: '9997-01-01' }), 'Date "9997-01-01" is outside the range the calculator handles (1900-01-01 to 2199-12-31): check the year. The date is left out of every computation.'));
  });

  describe('DEBT112 amounts of more than 13 integer digits', () => {
    it('a 200,000-digit amount: one diagnostic quoting 30 digits, the analysis completes', () => {
      const digits = '9'.repeat(200_000);
      const text = edit({ 10: `    交付 2023-01-10 ${digits}元 转账 证据 回单` });
      const a = run(text);
      const d = a.diagnostics.filter((x) => x.code === 'DEBT112');
      assert.deepStrictEqual(d.map(show), [rangeOf(text, `${digits}元`)]);
      assert.strictEqual(d[0].message, `金额“${'9'.repeat(30)}…”的整数部分有 200000 位，超过 13 位（万亿元以上）：请核对金额。该金额不参与计算。`);
      assert.ok(a.diagnostics.every((x) => x.message.length < 500), 'no message quotes the whole amount');
    });
    it('13 digits are read; 14 are not; 万 counts four digits; leading zeros do not count', () => {
      const ok = run(edit({ 10: '    交付 2023-01-10 9999999999999.99元 转账 证据 回单' }));
      assert.deepStrictEqual(ok.diagnostics.filter((x) => x.code === 'DEBT112'), []);
      assert.strictEqual(ok.model.cases[0].loans[0].deliveries[0].amount?.value.toFixed(2), '9999999999999.99');
      const zeros = run(edit({ 10: '    交付 2023-01-10 0000000000000010000元 转账 证据 回单' }));
      assert.deepStrictEqual(zeros.diagnostics.filter((x) => x.code === 'DEBT112'), []);
      for (const [amount, digits] of [['10000000000000元', 14], ['1000000000万元', 14], ['¥12,345,678,901,234.00', 14]] as const) {
        const a = run(edit({ 10: `    交付 2023-01-10 ${amount} 转账 证据 回单` }));
        const d = a.diagnostics.filter((x) => x.code === 'DEBT112');
        assert.strictEqual(d.length, 1, amount);
        assert.match(d[0].message, new RegExp(`有 ${digits} 位`), amount);
      }
    });
    it('DEBT105 quotes at most 30 characters of a long amount too', () => {
      const a = run(edit({ 10: `    交付 2023-01-10 1.${'1'.repeat(5000)}元 转账 证据 回单` }));
      const d = a.diagnostics.find((x) => x.code === 'DEBT105')!;
      assert.ok(d.message.length < 200);
    });
    it('thousands grouping is linear: 200,000 digits at once, same result as by hand', () => {
      assert.deepStrictEqual(['1', '12', '123', '1234', '1234567', '-1234567', '-123'].map(groupThousands),
        ['1', '12', '123', '1,234', '1,234,567', '-1,234,567', '-123']);
      const g = groupThousands('1'.repeat(200_000));
      // 200,000 digits: 66,666 groups of three after a first group of two ('11'), so 66,666 commas.
      assert.strictEqual(g.length, 200_000 + 66_666);
      assert.strictEqual(g.slice(0, 6), '11,111');
      assert.strictEqual(yuan(new Decimal('50000')), '50,000.00元');
      assert.strictEqual(money('1234567.80'), '1,234,567.80元');
    });
  });

  describe('lists of any length (no argument spreading)', () => {
    it('130,000 parties in a used file', () => {
      const lib = Array.from({ length: 130_000 }, (_, i) => `当事人 甲${i}\n`).join('');
      const a = analyze(URI, '引用 "lib.debt"\n案件 x { 原告 甲1 被告 甲2 }', { read: (u) => (u === 'file:///cases/lib.debt' ? lib : undefined) }, { structureOnly: true });
      assert.strictEqual(a.model.parties.length, 130_000);
    });
    it('200,000 deliveries in one loan', () => {
      const rows = Array.from({ length: 200_000 }, () => '    交付 2023-01-10 1元 转账');
      const text = edit({ 10: rows.join('\n') });
      const a = run(text);
      assert.strictEqual(a.model.cases[0].loans[0].deliveries.length, 200_000);
      // Principal: 200,000 × 1元 = 200,000.00元.
      assert.strictEqual(a.cases[0].loans[0].principal, '200000.00');
    });
  });
});
