/** Repayments: an agreed allocation first on its day (民法典第561条 「当事人另有约定的除外」), and interest above the cap credited to principal. */
import * as assert from 'assert';
import { law, loan0, personCase } from './law-helpers';
import { rangeOf, show } from '../diagnostics/fixture';

describe('allocation of repayments', () => {
  it('two repayments on one day: the one with 冲抵 利息 is applied first, whatever the file order', () => {
    // Interest through 2023-06-30: 10,000 × 12 % × 181/365 = 595.068 → 595.07.
    const text = personCase('2023-08-01', '交付 2023-01-01 10000元 转账\n到期 2023-12-31\n利率 12%',
      '还款 2023-07-01 1000元 转账\n  还款 2023-07-01 500元 冲抵 利息 转账');
    const al = loan0(law(text)).allocations.map((x: any) => `${x.amount}: i ${x.interest} p ${x.principal}`);
    assert.deepStrictEqual(al, [
      '500.00: i 500.00 p 0.00',     // the agreed allocation: all 500 to interest
      '1000.00: i 95.07 p 904.93',   // then the statutory order on the rest: 595.07 − 500 = 95.07 interest
    ]);
  });

  it('an interest payment partly above the cap: the split at the repayment (DEBT414)', () => {
    // Formed 2023-01-10: cap 4 × 3.65 % = 14.60 %. Through 2023-07-09 (181 days):
    // lawful 10,000 × 14.60 % × 181/365 = 1,460 × 181/365 = 724.00 (exactly 4.00 a day);
    // above the cap 10,000 × 9.40 % × 181/365 = 466.137 → 466.14. 2,000 put to interest: 724.00 interest, 1,276.00 principal.
    const text = personCase('2023-12-01', '交付 2023-01-10 10000元 转账\n到期 2023-12-31\n利率 24%',
      '还款 2023-07-10 2000元 冲抵 利息 转账');
    const a = law(text);
    const d = a.diagnostics.filter((x) => x.code === 'DEBT414');
    assert.strictEqual(d.length, 1);
    assert.strictEqual(show(d[0]), rangeOf(text, '2000元'));
    assert.strictEqual(d[0].message, '2023年7月10日的还款2,000.00元约定冲抵利息，但当时依法可主张的利息仅724.00元：按约定利率计算超出LPR四倍上限的利息466.14元不受支持（民间借贷规定第25条），该笔还款其余1,276.00元冲抵本金（超付利息抵充本金为法院通常做法，待确认）。诉状中可按此主张该笔还款的抵充。');
    const al = loan0(a).allocations[0];
    assert.deepStrictEqual([al.interest, al.principal, al.aboveCap], ['724.00', '1276.00', '466.14']);
  });

  it('no DEBT414 without 冲抵 利息, nor when the rate is within the cap', () => {
    const within = personCase('2023-12-01', '交付 2023-01-10 10000元 转账\n到期 2023-12-31\n利率 12%', '还款 2023-07-10 2000元 冲抵 利息 转账');
    const plain = personCase('2023-12-01', '交付 2023-01-10 10000元 转账\n到期 2023-12-31\n利率 24%', '还款 2023-07-10 2000元 转账');
    assert.ok(!law(within).diagnostics.some((x) => x.code === 'DEBT414'));
    assert.ok(!law(plain).diagnostics.some((x) => x.code === 'DEBT414'));
  });
});
