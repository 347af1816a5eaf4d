/** Claim amount (民诉法解释第201条) and the procedure hints built on it (rules.md §13–§15). */
import * as assert from 'assert';
import { law, case0, personCase } from './law-helpers';

const LOAN = '交付 2023-01-10 10000元 转账\n到期 2023-06-30\n利率 12%';

describe('claim amount and procedure', () => {
  it('default claims: outstanding principal + interest through the day before filing', () => {
    // 10,000 + 565.48 (1200 × 172/365) + 650.96 (1200 × 198/365)
    assert.strictEqual(case0(law(personCase('2024-01-15', LOAN))).claimAmount, '11216.44');
  });

  it('`利息 至 DATE` counts interest only to that date; 实现债权费用 (律师费) is added (民诉法解释第201条)', () => {
    const a = law(personCase('2024-01-15', LOAN, '请求 本金\n  请求 利息 至 2023-12-31\n  请求 实现债权费用 5000元 "律师费"'));
    // 10,000 + 565.48 + 604.93 (1200 × 184/365 = 604.932, 2023-07-01..2023-12-31) + 5,000
    assert.strictEqual(case0(a).claimAmount, '16170.41');
    // fee: 50 + 6,170.41 × 2.5 % = 204.26025 → 204.26
    assert.strictEqual(case0(a).courtFee.ordinary, '204.26');
  });

  it('principal alone: no interest in X', () => {
    assert.strictEqual(case0(law(personCase('2024-01-15', LOAN, '请求 本金'))).claimAmount, '10000.00');
  });

  it('small claims only against a threshold the lawyer set: X equal to it qualifies, one fen above does not', () => {
    const at = (t: string) => law(personCase('2024-01-15', LOAN), { settings: { smallClaimsThreshold: t } }).diagnostics.some((d) => d.code === 'DEBT602');
    assert.strictEqual(at('11216.44'), true);
    assert.strictEqual(at('11216.43'), false);
    assert.ok(!law(personCase('2024-01-15', LOAN)).diagnostics.some((d) => d.code === 'DEBT602'));
  });

  it('payment order: suggested once due with a fixed amount, at a third of the fee (办法第14条(三))', () => {
    const d = law(personCase('2024-01-15', LOAN)).diagnostics.find((x) => x.code === 'DEBT603')!;
    // fee on 11,216.44: 50 + 1,216.44 × 2.5 % = 80.411 → one third 26.803… → 26.80
    assert.match(d.message, /约26\.80元/);
  });

  it('payment order on a loan with no interest agreed: asking for interest gets it rejected (民诉法解释第428条(二)), principal only', () => {
    const noRate = personCase('2024-01-15', '交付 2023-01-10 10000元 转账\n到期 2023-06-30\n利率 无');
    assert.match(law(noRate).diagnostics.find((x) => x.code === 'DEBT603')!.message, /借款“L”的借款凭证未约定利息.*宜仅请求本金/);
    assert.doesNotMatch(law(personCase('2024-01-15', LOAN)).diagnostics.find((x) => x.code === 'DEBT603')!.message, /宜仅请求本金/);
    assert.doesNotMatch(law(noRate.replace('  \n}', '  请求 本金\n}')).diagnostics.find((x) => x.code === 'DEBT603')!.message, /宜仅请求本金/);
  });

  it('payment order: not before the due date', () => {
    assert.ok(!law(personCase('2023-05-01', LOAN)).diagnostics.some((d) => d.code === 'DEBT603'));
  });

  it('payment order: not when the interest is for the court to set (unclear, not between natural persons; 民诉法解释第428条)', () => {
    const text = personCase('2024-01-15', '交付 2023-01-10 10000元 转账\n到期 2023-06-30\n利率 约定不明')
      .replace('原告 甲 { 自然人 }', '原告 甲 { 法人 }');
    const a = law(text);
    assert.ok(a.diagnostics.some((d) => d.code === 'DEBT405'));
    assert.ok(!a.diagnostics.some((d) => d.code === 'DEBT603'));
  });
});
