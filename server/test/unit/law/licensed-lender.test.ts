/** Spec §7.1: a licensed lender's loan is outside 民间借贷规定 (规定第1条第2款; 批复 一; rules.md §1.1). */
import * as assert from 'assert';
import { law, loan0 } from './law-helpers';
import { rangeOf, show } from '../diagnostics/fixture';

const lenderCase = (institution: string, extra = '') => `案件 小贷公司诉乙 {
  法院 某某人民法院
  起诉日 2025-03-01
  原告 某小额贷款有限公司 { 法人 ${institution} 统一社会信用代码 91110108MA01ABCD1E 住所 "北京市" }
  被告 乙 { 自然人 身份证号 110108199001011231 住所 "北京市海淀区" }
  借款 L {
    出借人 某小额贷款有限公司
    借款人 乙
    签订 2024-01-01 证据 合同
    交付 2024-01-01 100000元 转账 证据 回单
    到期 2024-12-31
    利率 24%
    逾期利率 36%
  }
  证据 合同 { 类型 借款合同 原件 }
  证据 回单 { 类型 转账记录 }
  ${extra}
}
`;
const rows = (l: { schedule: { kind: string; from: string; to: string; days: number; rate: string; interest: string }[] }) =>
  l.schedule.map((r) => `${r.kind} ${r.from}..${r.to} ${r.days}d @${r.rate} = ${r.interest}`);

describe('licensed lenders (spec §7.1)', () => {
  it('a small-loan company: agreed rates as agreed, no cap, regime reported, capRate null', () => {
    const text = lenderCase('机构类型 小额贷款公司');
    const l = loan0(law(text));
    assert.deepStrictEqual(rows(l), [
      'period 2024-01-01..2024-12-31 366d @24.00 = 24065.75',  // 100,000 × 24 % × 366/365 = 24,065.753
      'overdue 2025-01-01..2025-02-28 59d @36.00 = 5819.18',   // 100,000 × 36 % × 59/365 = 5,819.178
    ]);
    assert.strictEqual(l.capRate, null);
    assert.strictEqual(l.regime, 'licensed-lender');
  });

  it('the same company without 机构类型: 4 × LPR of 2023-12-20 (3.45 % → 13.80 %) and DEBT401/402', () => {
    const a = law(lenderCase(''));
    const l = loan0(a);
    assert.strictEqual(l.capRate, '13.80');
    assert.strictEqual(l.regime, 'private-lending');
    // 100,000 × 13.80 % × 366/365 = 13,837.808
    assert.strictEqual(l.schedule[0].interest, '13837.81');
    assert.ok(a.diagnostics.some((d) => d.code === 'DEBT401') && a.diagnostics.some((d) => d.code === 'DEBT402'));
  });

  it('DEBT413 at the lender of the loan, naming the rules set aside; no cap diagnostics', () => {
    const text = lenderCase('机构类型 小额贷款公司');
    const a = law(text);
    const d = a.diagnostics.find((x) => x.code === 'DEBT413')!;
    assert.strictEqual(show(d), rangeOf(text, '某小额贷款有限公司', 2));
    assert.strictEqual(d.severity, 'warning');
    assert.match(d.message, /^出借人“某小额贷款有限公司”为小额贷款公司：地方金融组织.*不适用民间借贷规定（最高人民法院关于新民间借贷司法解释适用范围问题的批复第一条）/);
    assert.match(d.message, /未适用一年期LPR四倍的利率上限和民间借贷规定第25条至第31条.*诉讼时效、诉讼费和程序规则照常适用/);
    assert.deepStrictEqual(d.citations, ['民间借贷规定第1条']);
    for (const code of ['DEBT401', 'DEBT402', 'DEBT403', 'DEBT409', 'DEBT412']) assert.ok(!a.diagnostics.some((x) => x.code === code), code);
  });

  it('a bank cites 规定第1条第2款, not the 批复', () => {
    const d = law(lenderCase('institution bank')).diagnostics.find((x) => x.code === 'DEBT413')!;
    assert.match(d.message, /为银行：经金融监管部门批准设立的从事贷款业务的金融机构.*（民间借贷规定第1条第2款）/);
    assert.doesNotMatch(d.message, /批复/);
  });

  it('limitation, fees and procedure still apply: last day 2027-12-31, fee on the claim amount', () => {
    const a = law(lenderCase('机构类型 小额贷款公司'));
    const l = loan0(a);
    assert.deepStrictEqual([l.limitation.start, l.limitation.end], ['2024-12-31', '2027-12-31']);
    // X = 100,000 + 24,065.75 + 5,819.18 = 129,884.93; fee 2,300 + 29,884.93 × 2 % = 2,897.6986 → 2,897.70
    assert.strictEqual((a.cases[0] as any).claimAmount, '129884.93');
    assert.strictEqual((a.cases[0] as any).courtFee.ordinary, '2897.70');
  });

  it('the private-lending evidence rules are not applied: no DEBT303 for large cash, no DEBT304 for transfer-only proof', () => {
    const text = lenderCase('机构类型 典当行').replace('签订 2024-01-01 证据 合同', '签订 2024-01-01 证据 回单')
      .replace('交付 2024-01-01 100000元 转账 证据 回单', '交付 2024-01-01 200000元 现金 证据 回单');
    const a = law(text);
    assert.ok(!a.diagnostics.some((d) => d.code === 'DEBT303' || d.code === 'DEBT304'));
    const plain = law(lenderCase('').replace('签订 2024-01-01 证据 合同', '签订 2024-01-01 证据 回单')
      .replace('交付 2024-01-01 100000元 转账 证据 回单', '交付 2024-01-01 200000元 现金 证据 回单'));
    assert.ok(plain.diagnostics.some((d) => d.code === 'DEBT303') && plain.diagnostics.some((d) => d.code === 'DEBT304'));
  });
});
