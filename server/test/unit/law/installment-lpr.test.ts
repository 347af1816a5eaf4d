/**
 * Instalments with nothing agreed: overdue interest at the one-year LPR 「当时」 (民间借贷规定第28条第2款第（一）项) is the
 * LPR of the first day an instalment went unpaid, not of the day after the last instalment.
 * samples/installments-default.debt: 120,000 in four instalments of 30,000 (2024-04-10, 07-10, 10-10, 2025-01-10); the
 * first two paid on time. First default: 2024-10-11 → LPR of 2024-09-20 = 3.35 % (the 2024-10-21 cut to 3.10 % is later).
 *   2024-10-11..2025-01-10   92 d  30,000 × 3.35 % × 92 / 365  = 253.32
 *   2025-01-11..2025-08-17  219 d  60,000 × 3.35 % × 219 / 365 = 1,206.00
 *   overdue interest 1,459.32 (filing 2025-08-18, interest through the day before)
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';

const SAMPLE = path.resolve(__dirname, '../../../../../samples/installments-default.debt');

describe('instalments: the LPR of the first default', () => {
  const a = analyze('file:///installments-default.debt', fs.readFileSync(SAMPLE, 'utf8'), { read: () => undefined });
  const loan = a.cases[0].loans[0];

  it('overdue rows at 3.35 %, from the day after the first unpaid instalment', () => {
    assert.deepStrictEqual(loan.schedule.filter((r) => r.kind === 'overdue').map((r) => [r.from, r.to, r.days, r.base, r.rate, r.interest]), [
      ['2024-10-11', '2025-01-10', 92, '30000.00', '3.35', '253.32'],
      ['2025-01-11', '2025-08-17', 219, '60000.00', '3.35', '1206.00'],
    ]);
    assert.strictEqual(loan.outstanding.interest, '1459.32');
  });

  it('a default on the first instalment takes the LPR of that day', () => {
    // Nothing repaid: first default 2024-04-11 → LPR of 2024-03-20 = 3.45 %.
    const text = fs.readFileSync(SAMPLE, 'utf8').replace(/\n {2}还款 [^\n]*/g, '');
    const b = analyze('file:///x.debt', text, { read: () => undefined });
    const first = b.cases[0].loans[0].schedule.find((r) => r.kind === 'overdue')!;
    assert.deepStrictEqual([first.from, first.rate], ['2024-04-11', '3.45']);
  });
});
