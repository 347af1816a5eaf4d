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
