/**
 * Old law on limitation (spec §8.5): a period that began before the General Part of the civil law took effect on
 * 2017-10-01 was two years (民法通则第135条). One still running on that day became three years (法释〔2018〕12号第2条);
 * one that had already ended stays ended (第3条); one that begins on or after it is three years (第1条; now 民法典第188条).
 * An interruption before 2017-10-01 restarted a two-year period, judged the same way. The holiday rule (the day after the
 * rest days) applies to both.
 */
import { addYears, IsoDate } from '../text/dates';
import { Extended, extendPastRestDays } from './calendar';

export const GENERAL_PART_IN_FORCE = '2017-10-01';

/** How the old law decided a period: it ended under the two-year rule, or it became three years. */
export interface OldLaw { start: IsoDate; twoYearEnd: IsoDate; ended: boolean }

/** The last day of a period that starts (or restarts) on `day`, and the old-law decision when it started before 2017-10-01. */
export function periodFrom(day: IsoDate): { end: Extended; oldLaw?: OldLaw } {
  const three = extendPastRestDays(addYears(day, 3));
  if (day >= GENERAL_PART_IN_FORCE) return { end: three };
  const two = extendPastRestDays(addYears(day, 2));
  // 「尚未满二年」 on 2017-10-01: the last day of the two years is on or after that day.
  if (two.day < GENERAL_PART_IN_FORCE) return { end: two, oldLaw: { start: day, twoYearEnd: two.day, ended: true } };
  return { end: three, oldLaw: { start: day, twoYearEnd: two.day, ended: false } };
}
