/**
 * Rates tied to the one-year LPR (spec §8.3). `LPR ×m` floats: on each day it is m × the LPR in force that day (the
 * latest publication on or before it, lpr.md), so schedule rows split at every publication that changes the rate; the
 * multiple is applied exactly (3.85 × 1.5 = 5.775 %, not 5.78 %). `固定` fixes it at the LPR in force at formation.
 * The cap is still 4 × the LPR at formation (民间借贷规定第25条): a floating rate is checked day by day against it.
 */
import Decimal from 'decimal.js';
import { Rate } from '../model/types';
import { IsoDate } from '../text/dates';
import { LprTable } from './lpr';
import { annualise } from './rates';

export function isFloating(rate: Rate | undefined): boolean {
  return !!rate?.lpr && !rate.lpr.fixed;
}

/**
 * The annual rate on `day` in percent: as written (annualised), or m × the LPR of that day (floating) or of the
 * formation date (固定). Undefined before the LPR existed (2019-08-20).
 */
export function rateOn(rate: Rate, day: IsoDate, formation: IsoDate, lpr: LprTable, daycount: 365 | 360): Decimal | undefined {
  if (!rate.lpr) return annualise(rate, daycount);
  const look = lpr.on(rate.lpr.fixed ? formation : day);
  return look.rate ? look.rate.times(rate.lpr.multiple) : undefined;
}

/** The days in (from, to] on which a floating rate changes: LPR publications that changed the one-year rate. */
export function floatingBreaks(rates: (Rate | undefined)[], from: IsoDate, to: IsoDate, lpr: LprTable): IsoDate[] {
  return rates.some(isFloating) ? lpr.changesBetween(from, to) : [];
}
