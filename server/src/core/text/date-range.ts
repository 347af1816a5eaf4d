/**
 * The dates the calculator works with. Limitation periods add up to 20 years (民法典第188条) and loan terms and
 * instalments some decades more; the day arithmetic (text/dates.ts) is sound to 9999-12-31, so a file date is kept
 * well inside that: a date beyond 2199 is a typo (fuzzing found 9997-01-01 crashing the limitation period), and one
 * before 1900 predates any claim still in court. Outside the range the date is reported (DEBT111), not used.
 */
import { IsoDate } from './dates';

export const DATE_MIN: IsoDate = '1900-01-01';
export const DATE_MAX: IsoDate = '2199-12-31';

export function dateInRange(d: IsoDate): boolean {
  return d >= DATE_MIN && d <= DATE_MAX;
}
