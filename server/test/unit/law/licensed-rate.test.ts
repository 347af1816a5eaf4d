/**
 * A licensed lender's loan with an unclear or no agreed rate (spec §7.1; rules.md §1.1, §4–§5): 民法典第680条 governs
 * every loan contract, so DEBT404/405 still say what the period interest is — citing 民法典 only (民法典第676条 for the
 * overdue interest), never 民间借贷规定第24、28条, which do not apply to such a lender.
 */
import * as assert from 'assert';
import { law, loan0 } from './law-helpers';
import { rangeOf, show } from '../diagnostics/fixture';

/** As licensed-lender.test.ts: signed and delivered 2024-01-01, due 2024-12-31, filed 2025-03-01. */
const lenderCase = (rate: string, lenderKind = '法人 机构类型 小额贷款公司') => `案件 小贷公司诉乙 {
  法院 某某人民法院
  起诉日 2025-03-01
  原告 某小额贷款有限公司 { ${lenderKind} 统一社会信用代码 91110108MA01ABCD1E 住所 "北京市" }
  被告 乙 { 自然人 身份证号 110108199001011231 住所 "北京市海淀区" }
  借款 L {
    出借人 某小额贷款有限公司
    借款人 乙
    签订 2024-01-01 证据 合同
    交付 2024-01-01 100000元 转账 证据 回单
    到期 2024-12-31
${rate}  }
  证据 合同 { 类型 借款合同 原件 }
  证据 回单 { 类型 转账记录 }
}
`;
const rows = (l: { schedule: { kind: string; from: string; to: string; days: number; rate: string; interest: string }[] }) =>
  l.schedule.map((r) => `${r.kind} ${r.from}..${r.to} ${r.days}d @${r.rate} = ${r.interest}`);
const one = (text: string, code: string) => {
  const ds = law(text).diagnostics.filter((d) => d.code === code);
  assert.strictEqual(ds.length, 1, `${code}: ${ds.length}`);
  return ds[0];
};

describe('licensed lenders: unclear or no agreed rate (民法典第680条, 第676条)', () => {
  describe('利率 约定不明', () => {
    const text = lenderCase('    利率 约定不明\n');

    it('computed at the LPR at formation (2024-01-01 → 3.45 %, published 2023-12-20), the same rate after the due date', () => {
      assert.deepStrictEqual(rows(loan0(law(text))), [
        'period 2024-01-01..2024-12-31 366d @3.45 = 3459.45', // 100,000 × 3.45 % × 366/365 = 3,459.452
        'overdue 2025-01-01..2025-02-28 59d @3.45 = 557.67',  // 100,000 × 3.45 % × 59/365 = 557.671
      ]);
    });

    it('DEBT405 at 约定不明: 民法典第680条第3款 and the LPR used, no 民间借贷规定', () => {
      const d = one(text, 'DEBT405');
      assert.strictEqual(show(d), rangeOf(text, '约定不明'));
      assert.strictEqual(d.severity, 'warning');
      assert.strictEqual(d.message, '借款“L”利息约定不明：当事人不能达成补充协议的，按照当地或者当事人的交易方式、交易习惯、市场利率等因素确定利息'
        + '（民法典第680条第3款）。本工具暂按2023年12月20日发布的一年期LPR 3.45%计算借期内利息；未约定逾期利率，逾期后沿用该利率（民法典第676条）。'
        + '该利率非法定标准，需在庭审中主张和论证，可举证出借人同类贷款的利率和交易习惯。');
      assert.deepStrictEqual(d.citations, ['民法典第680条', '民法典第676条']);
      assert.doesNotMatch(d.message, /民间借贷规定|自然人/);
    });

    it('with an agreed overdue rate of 18 %: overdue rows at 18 %, and the message says so', () => {
      const t = lenderCase('    利率 约定不明\n    逾期利率 18%\n');
      // 100,000 × 18 % × 59/365 = 2,909.589
      assert.strictEqual(rows(loan0(law(t)))[1], 'overdue 2025-01-01..2025-02-28 59d @18.00 = 2909.59');
      assert.match(one(t, 'DEBT405').message, /计算借期内利息，逾期利息按约定的逾期年利率18\.00%计算（民法典第676条）。该利率非法定标准/);
    });

    it('in English', () => {
      const d = law(text, { locale: 'en' }).diagnostics.find((x) => x.code === 'DEBT405')!;
      assert.strictEqual(d.message, 'Interest on "L" is unclear: failing a supplementary agreement it is set from local or the parties\' practice, usage and market rates '
        + '(Civil Code Art. 680(3)). The loan period is computed provisionally at the one-year LPR 3.45% published 2023-12-20; no overdue rate agreed, so the same '
        + 'rate runs after the due date (Civil Code Art. 676). That rate is a figure to be argued, not a rule: the lender\'s rates for similar loans and its dealings are the evidence.');
    });

    it('a lender with 机构类型 but no 法人 is still an institution: the LPR, not "natural persons: no interest"', () => {
      const t = lenderCase('    利率 约定不明\n', '机构类型 银行');
      assert.strictEqual(rows(loan0(law(t)))[0], 'period 2024-01-01..2024-12-31 366d @3.45 = 3459.45');
      assert.match(one(t, 'DEBT405').message, /^借款“L”利息约定不明：当事人不能达成补充协议的/);
    });

    it('the warning at the lender (DEBT413) stays, and no cap diagnostics', () => {
      const codes = law(text).diagnostics.map((d) => d.code);
      assert.ok(codes.includes('DEBT413'));
      for (const c of ['DEBT401', 'DEBT402', 'DEBT403', 'DEBT404', 'DEBT409', 'DEBT412']) assert.ok(!codes.includes(c), c);
    });
  });

  describe('no interest agreed', () => {
    it('利率 无: no period interest; overdue at the LPR of the first overdue day (2025-01-01 → 3.10 %, published 2024-12-20)', () => {
      const text = lenderCase('    利率 无\n');
      assert.deepStrictEqual(rows(loan0(law(text))), [
        'period 2024-01-01..2024-12-31 366d @0.00 = 0.00',
        'overdue 2025-01-01..2025-02-28 59d @3.10 = 501.10', // 100,000 × 3.10 % × 59/365 = 501.096
      ]);
      const d = one(text, 'DEBT404');
      assert.strictEqual(show(d), rangeOf(text, '无'));
      assert.strictEqual(d.severity, 'information');
      assert.strictEqual(d.message, '借款“L”未约定利息（或约定为无）：借期内不计利息（民法典第680条第2款）。未约定逾期利率：逾期利息按照约定或者国家有关规定支付'
        + '（民法典第676条），本工具暂按2024年12月20日发布的一年期LPR 3.10%计算逾期利息（非法定标准，需在庭审中主张和论证）。如借款合同约定了利息，请写 利率。');
      assert.deepStrictEqual(d.citations, ['民法典第680条', '民法典第676条']);
    });

    it('no 利率 line with an agreed overdue rate: DEBT404 at the loan\'s name, the agreed rate', () => {
      const text = lenderCase('    逾期利率 18%\n');
      const d = one(text, 'DEBT404');
      // The loan's name: `  借款 L {` is line 6, L its 6th character (the first L of the text).
      assert.strictEqual(show(d), '6:6-6:7');
      assert.strictEqual(rangeOf(text, 'L'), '6:6-6:7');
      assert.strictEqual(d.message, '借款“L”未约定利息（或约定为无）：借期内不计利息（民法典第680条第2款）。逾期利息按约定的逾期年利率18.00%计算（民法典第676条）。'
        + '如借款合同约定了利息，请写 利率。');
      // 100,000 × 18 % × 59/365 = 2,909.589
      assert.strictEqual(rows(loan0(law(text)))[1], 'overdue 2025-01-01..2025-02-28 59d @18.00 = 2909.59');
    });
  });

  it('private lending is unchanged: the same loan without 机构类型 cites 民间借贷规定第24条 (and 第28条 for DEBT404)', () => {
    const unclear = one(lenderCase('    利率 约定不明\n', '法人'), 'DEBT405');
    assert.deepStrictEqual(unclear.citations, ['民法典第680条', '民间借贷规定第24条']);
    assert.match(unclear.message, /（民法典第680条第3款；民间借贷规定第24条第2款）。本工具暂按一年期LPR 3\.45%计算/);
    const none = one(lenderCase('    利率 无\n', '法人'), 'DEBT404');
    assert.deepStrictEqual(none.citations, ['民法典第680条', '民间借贷规定第24条', '民间借贷规定第28条']);
    assert.match(none.message, /民间借贷规定第28条第2款第1项）/);
  });
});
