/**
 * Spec §8.3: RATE += LPR everywhere a rate is written, so 违约金 and 其他费用 may float with the LPR too. Worked by hand
 * (half-up to the fen per row; days with both ends; LPR of lpr.json: 3.55 from 2023-06-20, 3.45 from 2023-08-21):
 *   delivered 2023-06-01 100,000, due 2023-06-30, no period interest, 逾期利率 6 %/年, 违约金 LPR, filed 2024-01-01.
 *   Overdue from 2023-07-01; rows split at 2023-08-21 (the LPR change inside the overdue period):
 *     2023-07-01…2023-08-20  51 d: overdue 100000 × 6 % × 51 / 365 = 838.36;   违约金 × 3.55 % = 181050/365 = 496.03
 *     2023-08-21…2023-12-31 133 d: overdue 100000 × 6 % × 133 / 365 = 2,186.30; 违约金 × 3.45 % = 458850/365 = 1,257.12
 *   overdue 3,024.66, 违约金 1,753.15; 6 % + 3.55 % stays under the cap of 4 × 3.65 % = 14.60 % (民间借贷规定第29条).
 */
import * as assert from 'assert';
import { buildDocument, renderMarkdown } from '../../../src/core/documents';
import { law, loan0, personCase } from './law-helpers';

describe('LPR rates for 违约金 and 其他费用 (spec §8.3)', function () {
  this.timeout(20000);
  const text = (penalty: string) => personCase('2024-01-01', `交付 2023-06-01 100000元 转账\n    到期 2023-06-30\n    利率 无\n    逾期利率 6%/年\n    ${penalty}`);

  it('违约金 LPR floats with the LPR of each day and its rows split at the change', () => {
    const a = law(text('违约金 LPR'));
    assert.ok(!a.diagnostics.some((d) => d.severity === 'error'), a.diagnostics.map((d) => d.message).join('\n'));
    const l = loan0(a);
    assert.deepStrictEqual(l.schedule.filter((r: { kind: string }) => r.kind !== 'period').map((r: { from: string; to: string; days: number; rate: string; kind: string; interest: string }) => [r.from, r.to, r.days, r.rate, r.kind, r.interest]), [
      ['2023-07-01', '2023-08-20', 51, '6.00', 'overdue', '838.36'],
      ['2023-07-01', '2023-08-20', 51, '3.55', 'penalty', '496.03'],
      ['2023-08-21', '2023-12-31', 133, '6.00', 'overdue', '2186.30'],
      ['2023-08-21', '2023-12-31', 133, '3.45', 'penalty', '1257.12'],
    ]);
    assert.strictEqual(l.outstanding.interest, '3024.66');
    assert.strictEqual(l.outstanding.penalty, '1753.15');
  });

  it('其他费用 LPR ×0.5: half the LPR of each day (1.775 % then 1.725 %)', () => {
    // 100000 × 1.775 % × 51 / 365 = 248.01; × 1.725 % × 133 / 365 = 628.56.
    const l = loan0(law(text('其他费用 LPR ×0.5')));
    assert.deepStrictEqual(l.schedule.filter((r: { kind: string }) => r.kind === 'fees').map((r: { days: number; interest: string }) => [r.days, r.interest]), [[51, '248.01'], [133, '628.56']]);
  });

  it('the complaint pleads the rate in words: 逾期另按一年期贷款市场报价利率计付违约金', () => {
    const md = renderMarkdown(buildDocument(law(text('违约金 LPR')), 0, { kind: 'complaint', style: 'traditional' }));
    assert.match(md, /逾期另按一年期贷款市场报价利率计付违约金/);
  });
});

/**
 * `请求 利息 至 DATE` after a 结算 (spec §8.3): the interest rolled into principal is not claimed again.
 *   100,000 delivered 2024-01-01 at 12 %/年; 结算 2024-07-01 105,000 (the 5,983.56 of 2024-01-01…06-30, 182 d, rolled
 *   in: 100000 × 12 % × 182 / 365 = 5,983.56); interest claimed to 2024-12-31: 105000 × 12 % × 184 / 365 = 6,351.78.
 *   Claim amount 105,000.00 + 6,351.78 = 111,351.78.
 */
describe('interest claimed to a date after a 结算', () => {
  const text = personCase('2025-06-01', '交付 2024-01-01 100000元 转账\n    到期 2025-12-31\n    利率 12%/年',
    '结算 2024-07-01 105000元\n  请求 本金\n  请求 利息 至 2024-12-31\n  请求 诉讼费用');
  it('claimedInterest, the claim amount and the prayer leave the rolled interest out', () => {
    const a = law(text);
    const l = loan0(a);
    assert.deepStrictEqual(l.claimedInterest, { until: '2024-12-31', amount: '6351.78' });
    assert.strictEqual(a.cases[0].claimAmount, '111351.78');
    const md = renderMarkdown(buildDocument(a, 0, { kind: 'complaint', style: 'traditional' }));
    assert.match(md, /支付自2024年7月1日起计算至2024年12月31日止的利息6,351\.78元（分段计算方式见附件《利息计算表》，为截至该日各段利息之和扣除已付利息及结算时计入本金的利息）/);
  });
});
