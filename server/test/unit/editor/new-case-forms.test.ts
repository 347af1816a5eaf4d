/** 「新建案件」 (issue 19): every literal form of the language is accepted, and the file and case are named in Chinese. */
import * as assert from 'assert';
import { AMOUNT, RATE, isDateText } from '../../../../client/src/commands/new-case-forms';
import { analyze } from '../../../src/core/analyze';
import { caseName, newCaseText } from '../../../src/core/templates/new-case';

describe('editor: New Case accepts the language\'s forms', () => {
  it('amounts, dates and rates as a lawyer types them; impossible dates refused', () => {
    for (const a of ['50000', '50,000.50', '8万元', '8万', '5.5万元', '¥80,000', '80000元']) assert.ok(AMOUNT.test(a), a);
    for (const a of ['8万元元', '5.123', 'abc', '']) assert.ok(!AMOUNT.test(a), a);
    for (const d of ['2024-03-05', '2024-3-5', '2024/3/5', '2024年3月5日', '2024年2月29日']) assert.ok(isDateText(d), d);
    for (const d of ['2023年2月29日', '2024-02-30', '2024.3.5', '3月5日']) assert.ok(!isDateText(d), d);
    for (const r of ['12', '12%', '1.5%/月', '0.05%/日', '12% per year']) assert.ok(RATE.test(r), r);
    assert.ok(!RATE.test('十二'));
  });

  it('a skeleton from 8万元, 2024年3月5日 and 1.5%/月 parses with no syntax error and reads the same figures', () => {
    const answers = { lender: '王小明', borrower: '赵大', amount: '8万元', delivered: '2024年3月5日', rate: '1.5%/月', filing: '2025年6月1日', keywords: 'zh' as const };
    const text = newCaseText(answers);
    assert.match(text, /金额 8万元\n/);
    assert.match(text, /利率 1\.5%\/月\n/);
    assert.match(text, /起诉日 2025年6月1日\n/);
    const a = analyze('file:///x.debt', text, { read: () => undefined }, { today: '2026-01-01' });
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.code.startsWith('DEBT1')).map((d) => d.message), []);
    const loan = a.model.cases[0].loans[0];
    assert.strictEqual(loan.deliveries[0].amount.value.toFixed(2), '80000.00'); // 8万 = 80,000.00
    assert.strictEqual(loan.deliveries[0].date.value, '2024-03-05');
    assert.strictEqual(a.model.cases[0].filing?.value, '2025-06-01');
  });

  it('names the case in Chinese whatever the keyword language, and invents no court', () => {
    const en = { lender: 'Wang', borrower: 'Zhao', amount: '50000', delivered: '2024-03-05', keywords: 'en' as const };
    assert.strictEqual(caseName(en), 'Wang诉Zhao民间借贷纠纷');
    const text = newCaseText(en);
    assert.doesNotMatch(text, /SomeDistrictCourt|某某/);
    assert.doesNotMatch(text, /^\s*court /m);
    assert.match(text, /interest none|amount 50000\n/);
  });
});
