/**
 * `请求 利息 至 DATE` before the cut-off: the complaint states the amount through that date, equal to the report's
 * `claimedInterest` and to what the claim amount counts. samples/loan-basic.debt with 利息 至 2024-01-10 (the due date):
 *   2023-01-10..2023-07-09 181 d 50,000.00 × 12 % = 2,975.34; 2023-07-10..2024-01-10 185 d 49,975.34 × 12 % = 3,039.60
 *   accrued 6,014.94 − paid 2,975.34 (the 3,000 repayment, 民法典第561条) = 3,039.60
 *   claim amount: principal 49,975.34 + 3,039.60 = 53,014.94
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { buildDocument } from '../../../src/core/documents';
import { lines } from './samples';

const SAMPLE = path.resolve(__dirname, '../../../../../samples/loan-basic.debt');

describe('interest claimed until a date', () => {
  const text = fs.readFileSync(SAMPLE, 'utf8').replace('请求 利息 至 实际清偿之日', '请求 利息 至 2024-01-10');
  const a = analyze('file:///loan-basic.debt', text, { read: () => undefined });

  it('the report gives the interest through that date and the claim amount counts it', () => {
    assert.deepStrictEqual(a.cases[0].loans[0].claimedInterest, { until: '2024-01-10', amount: '3039.60' });
    assert.strictEqual(a.cases[0].claimAmount, '53014.94');
  });

  it('the complaint states the amount, in both forms', () => {
    for (const style of ['traditional', 'element'] as const) {
      const all = lines(buildDocument(a, 0, { kind: 'complaint', style })).join('\n');
      assert.match(all, /自2023年1月10日起计算至2024年1月10日止的利息3,039\.60元/, style);
    }
  });

  it('runs to payment: no claimedInterest', () => {
    const b = analyze('file:///loan-basic.debt', fs.readFileSync(SAMPLE, 'utf8'), { read: () => undefined });
    assert.strictEqual(b.cases[0].loans[0].claimedInterest, null);
  });
});
