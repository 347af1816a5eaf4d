/**
 * Interest paid under the 2015 rules (spec §8.6; rules.md §1.5, §7.4): for interest of a period before 2020-08-20,
 * when the lender asks for the rules then in force (民间借贷规定第31条第2款), 2015年民间借贷规定第26条 makes interest up
 * to 24 % a year enforceable and an agreement above 36 % void; 第31条 keeps what the borrower paid between the two
 * (a natural obligation: not enforceable, not returnable). So a payment put to interest first settles the lawful
 * interest (24 %), then this natural part (not credited to principal, not owed), and only the part above 36 % goes to
 * principal. Interest from 2020-08-20 on has no such band: a payment above the cap goes to principal as before.
 */
import Decimal from 'decimal.js';
import { IsoDate } from '../text/dates';
import { maxDec, minDec, round2, ZERO } from './money';
import { Regime, SPLIT_DATE } from './regime';

/** Above this annual rate an agreement on interest was void under 2015年民间借贷规定第26条第2款. */
export const OLD_VOID_ABOVE = new Decimal(36);

/** Whether interest of `day` is under the 2015 rules: a contract formed before 2020-08-20, the old rules asked for. */
export function underOldRules(regime: Regime, applyOldRules: boolean, day: IsoDate): boolean {
  return regime.split && applyOldRules && day < SPLIT_DATE;
}

/**
 * The natural-obligation interest of one schedule row: what the agreed rate, up to 36 %, adds above the lawful rate the
 * row was computed at; rounded half-up to 0.01 as every row is.
 */
export function naturalInterest(base: Decimal, agreed: Decimal | undefined, lawful: Decimal, days: number, daycount: number): Decimal {
  if (!agreed) return ZERO;
  const band = maxDec(minDec(agreed, OLD_VOID_ABOVE).minus(lawful), ZERO);
  return band.isZero() ? ZERO : round2(base.times(band).times(days).dividedBy(100 * daycount));
}
