/**
 * Preservation (spec §7.3; rules.md §13, §15): amount, fee (办法第14条(二)), suit deadline after a pre-suit ruling
 * (民诉法第104条, counted as 民诉法第85条 says), the limitation interruption (时效规定第11条), and the payment-order report.
 */
import * as assert from 'assert';
import Decimal from 'decimal.js';
import { analyze } from '../../../src/core/analyze';
import { preservationFee } from '../../../src/core/law/fees';
import { edit } from '../diagnostics/fixture';

const report = (extra: string[]) => analyze('file:///p.debt', edit({}, extra), { read: () => undefined }, { today: '2024-06-01' }).cases[0];

describe('preservation', () => {
  it('rules.md §13 fee examples: 50,000 → 520; 150,000 → 1,270; capped at 5,000 from 896,000', () => {
    // 30 + 49,000 × 1 % = 520; 1,020 + 50,000 × 0.5 % = 1,270; 1,020 + 796,000 × 0.5 % = 5,000
    const r = report(['  保全 诉前 金额 50000 担保 保函', '  保全 诉中 金额 150000', '  保全 诉中 金额 1000000']);
    assert.deepStrictEqual(r.preservation.map((p) => [p.stage, p.amount, p.fee, p.amountIsClaim]), [
      ['pre-suit', '50000.00', '520.00', false], ['in-suit', '150000.00', '1270.00', false], ['in-suit', '1000000.00', '5000.00', false]]);
    assert.strictEqual(preservationFee(new Decimal(896000)).toFixed(2), '5000.00');
  });
  it('without 金额 the amount is the claim amount of the report, and the fee is the report\'s preservation fee', () => {
    const r = report(['  保全 诉中 担保 现金']);
    assert.strictEqual(r.preservation[0].amount, r.claimAmount);
    assert.strictEqual(r.preservation[0].fee, r.courtFee.preservation);
    assert.strictEqual(r.preservation[0].amountIsClaim, true);
    assert.strictEqual(r.preservation[0].security, 'cash');
  });
  it('suit deadline: ruled 2024-09-01, +30 days = 2024-10-01, 国庆 holiday → 2024-10-08', () => {
    const r = report(['  财产 户 { 类型 银行账户 所有人 乙 }', '  保全 诉前 对象 户 担保 财产 申请 2024-08-30 裁定 2024-09-01']);
    const p = r.preservation[0];
    assert.deepStrictEqual([p.suitDeadline, p.suitDeadlineUnextended, p.applied, p.ruled, p.security, p.targets], ['2024-10-08', '2024-10-01', '2024-08-30', '2024-09-01', 'property', ['户']]);
  });
  it('a pre-suit application interrupts the limitation period (due 2023-06-30; applied 2024-05-06 → 2027-05-06)', () => {
    const before = report([]).loans[0].limitation;
    assert.deepStrictEqual([before.end, before.interruptions], ['2026-06-30', []]);
    const after = report(['  保全 诉前 担保 保函 申请 2024-05-06']).loans[0].limitation;
    assert.deepStrictEqual([after.end, after.interruptions], ['2027-05-06', ['2024-05-06']]);
    // An in-suit preservation is part of the suit: no interruption of its own.
    assert.deepStrictEqual(report(['  保全 诉中 申请 2024-05-06']).loans[0].limitation.interruptions, []);
  });
  it('payment order report: served 2024-05-10, objection deadline 2024-05-27 (25th a Saturday), enforcement by 2026-05-27', () => {
    const r = report(['  催收 2024-05-06 向 乙 支付令 送达 2024-05-10 证据 借条']);
    assert.deepStrictEqual(r.paymentOrder, {
      applied: '2024-05-06', served: '2024-05-10', objectionDeadline: '2024-05-27', objectionDeadlineUnextended: '2024-05-25', enforcementDeadline: '2026-05-27',
    });
    assert.strictEqual(report([]).paymentOrder, null);
  });
});
