/**
 * Judgment and enforcement (spec §7.4; rules.md §13, §18): delay interest, enforcement window and fee, worked by hand.
 * The figures are read from the case report (`debt report`'s `cases[].judgment`).
 */
import * as assert from 'assert';
import Decimal from 'decimal.js';
import { analyze } from '../../../src/core/analyze';
import { delayRows } from '../../../src/core/law/judgment';
import { enforcementFee } from '../../../src/core/law/fees';

const judgmentOf = (block: string, filing: string) => analyze('file:///j.debt', [
  '案件 强制执行 {',
  '  法院 北京市朝阳区人民法院',
  `  起诉日 ${filing}`,
  '  原告 甲 { 住所 "北京市朝阳区" }',
  '  被告 乙 { 住所 "北京市朝阳区" }',
  `  ${block}`,
  '}',
].join('\n'), { read: () => undefined }, { today: filing }).cases[0].judgment!;

describe('judgment: delay interest, enforcement window and fee', () => {
  // 判决金额 100,000, 履行期限 2024-03-29, paid 40,000 on 2024-05-10, as of 2024-06-30:
  //   row 1: 2024-03-30 … 2024-05-10 = 2 (Mar) + 30 (Apr) + 10 (May) = 42 days × 100,000 × 0.000175 = 735.00
  //   row 2: 2024-05-11 … 2024-06-30 = 21 (May) + 30 (Jun) = 51 days × 60,000 × 0.000175 = 535.50
  //   total 1,270.50; enforcement amount 60,000 + 1,270.50 = 61,270.50;
  //   fee 50 + (61,270.50 − 10,000) × 1.5 % = 50 + 769.0575 = 819.0575 → 819.06
  //   window: 2024-03-29 + 2 years = 2026-03-29 (Sunday), but the payment of 2024-05-10 restarts it:
  //   2026-05-10 (Sunday) → 2026-05-11 (Monday).
  const j = judgmentOf('判决 "（2024）京0105民初1234号" { 法院 北京市朝阳区人民法院 生效 2024-03-19 履行期限 2024-03-29 判决金额 100000 还款 2024-05-10 40000 }', '2024-06-30');

  it('delay interest rows: the paid part accrues through the day it is paid', () => {
    assert.deepStrictEqual(j.delayInterest.rows, [
      { from: '2024-03-30', to: '2024-05-10', days: 42, base: '100000.00', interest: '735.00' },
      { from: '2024-05-11', to: '2024-06-30', days: 51, base: '60000.00', interest: '535.50' },
    ]);
    assert.strictEqual(j.delayInterest.total, '1270.50');
    assert.strictEqual(j.delayInterest.from, '2024-03-30');
    assert.strictEqual(j.delayInterest.through, '2024-06-30');
    assert.strictEqual(j.delayInterest.dailyRate, '0.000175');
  });
  it('paid, unpaid, enforcement amount and fee', () => {
    assert.deepStrictEqual([j.awarded, j.paid, j.unpaid, j.enforcementAmount, j.enforcementFee], ['100000.00', '40000.00', '60000.00', '61270.50', '819.06']);
  });
  it('enforcement deadline: two years from the payment that interrupted, moved past the Sunday', () => {
    assert.strictEqual(j.enforcementDeadline, '2026-05-11');
    assert.strictEqual(j.enforcementDeadlineUnextended, '2026-05-10');
    assert.deepStrictEqual(j.enforcementInterruptions, ['2024-05-10']);
    assert.strictEqual(j.enforcementStatus, 'running');
  });
  it('without 履行期限 the window runs from 生效 and the delay from that day (迟延利息解释第2条)', () => {
    // 2024-03-19 + 2 years = 2026-03-19 (Thursday); 2024-03-19 … 2024-03-28 = 10 days × 10,000 × 0.000175 = 17.50
    const k = judgmentOf('判决 "（2024）京0105民初1号" { 生效 2024-03-19 判决金额 10000 }', '2024-03-28');
    assert.strictEqual(k.enforcementDeadline, '2026-03-19');
    assert.deepStrictEqual(k.delayInterest.rows, [{ from: '2024-03-19', to: '2024-03-28', days: 10, base: '10000.00', interest: '17.50' }]);
  });
  it('rules.md §13 enforcement fee example: 1,234,567 → 50 + 490,000 × 1.5 % + 734,567 × 1 % = 14,745.67', () => {
    // Within the performance period there is no delay interest, so the fee is on the award alone.
    const k = judgmentOf('判决 "（2024）京0105民初2号" { 履行期限 2024-07-31 判决金额 1234567 }', '2024-06-30');
    assert.deepStrictEqual(k.delayInterest.rows, []);
    assert.strictEqual(k.enforcementFee, '14745.67');
    assert.strictEqual(enforcementFee(new Decimal(10000)).toFixed(2), '50.00');
    // 500,000: 50 + 490,000 × 1.5 % = 7,400
    assert.strictEqual(enforcementFee(new Decimal(500000)).toFixed(2), '7400.00');
  });
  it('a payment before the delay began lowers the base from its first day; a full payment ends the rows', () => {
    // 10,000 awarded, 4,000 paid 2024-03-01, performance by 2024-03-31, 6,000 paid 2024-04-10:
    // 2024-04-01 … 2024-04-10 = 10 days × 6,000 × 0.000175 = 10.50, then nothing is unpaid.
    const r = delayRows(new Decimal(10000), '2024-04-01', '2024-06-30', [
      { date: '2024-03-01', amount: new Decimal(4000) }, { date: '2024-04-10', amount: new Decimal(6000) }]);
    assert.deepStrictEqual(r.rows, [{ from: '2024-04-01', to: '2024-04-10', days: 10, base: '6000.00', interest: '10.50' }]);
    assert.strictEqual(r.total.toFixed(2), '10.50');
  });
  it('the report of a case without a judgment says null', () => {
    const a = analyze('file:///x.debt', '案件 甲 { 原告 甲 }', { read: () => undefined }, { today: '2024-06-01' });
    assert.strictEqual(a.cases[0].judgment, null);
  });
});
