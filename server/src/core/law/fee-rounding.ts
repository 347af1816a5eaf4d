/**
 * Court fee rounded to whole yuan (spec §8.6): many courts charge the 案件受理费 in whole yuan. The full fee is rounded
 * half-up to the yuan first, then halved for 简易程序 (办法第16条) — so 1,087.50 → 1,088 → 544.00, where halving
 * first would give 543.75 → 544 too but 1,086.50 → 1,087 → 543.50 against 543.25 → 543. The report keeps the exact
 * fee as well (`courtFee.exact`, `ordinary`, `simplified` to the fen) [UNCONFIRMED: courts' rounding varies].
 */
import Decimal from 'decimal.js';
import { fixed2 } from './money';

export interface RoundedYuan { ordinary: string; simplified: string }

export function roundedYuan(exact: Decimal): RoundedYuan {
  const whole = exact.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return { ordinary: fixed2(whole), simplified: fixed2(whole.dividedBy(2)) };
}
