/**
 * Official rest days (法定休假日) for 民法典第203条: the State Council's annual holiday notices as kept by the
 * `chinese-days` package (holidays and 调休 make-up working days). Saturdays and Sundays are rest days unless
 * a notice makes them working days; make-up working days are working days [rules.md §12, UNCONFIRMED reading].
 * Years the package does not cover (the notice is not published yet) are reported, not guessed.
 */
import data from 'chinese-days/dist/chinese-days.json';
import { addDays, dayOfWeek, IsoDate } from '../text/dates';

const holidays = new Set(Object.keys((data as { holidays: Record<string, string> }).holidays));
const workdays = new Set(Object.keys((data as { workdays: Record<string, string> }).workdays));
const coveredYears = new Set([...holidays].map((d) => d.slice(0, 4)));

export function calendarCovers(day: IsoDate): boolean {
  return coveredYears.has(day.slice(0, 4));
}

export function isRestDay(day: IsoDate): boolean {
  if (holidays.has(day)) return true;
  if (workdays.has(day)) return false;
  const w = dayOfWeek(day);
  return w === 0 || w === 6;
}

export interface Extended {
  /** The last day before extension (the corresponding day of the period, 民法典第202条). */
  from: IsoDate;
  /** The last day after extension. */
  day: IsoDate;
  extended: boolean;
  /** Years whose official calendar is not yet known, if the extension crossed one. */
  unknownYears: string[];
}

/** 民法典第203条: a period whose last day is a rest day ends on the day after the rest days. */
export function extendPastRestDays(last: IsoDate): Extended {
  let day = last;
  const unknown = new Set<string>();
  for (let i = 0; i < 60 && isRestDay(day); i++) {
    if (!calendarCovers(day)) unknown.add(day.slice(0, 4));
    day = addDays(day, 1);
  }
  if (!calendarCovers(day)) unknown.add(day.slice(0, 4));
  return { from: last, day, extended: day !== last, unknownYears: [...unknown] };
}
