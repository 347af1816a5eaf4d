/**
 * Calendar dates as ISO strings 'YYYY-MM-DD' (no time, no zone): they compare correctly as strings
 * and print as themselves in the JSON report. All arithmetic is on the proleptic Gregorian calendar in UTC.
 */
export type IsoDate = string;

const DAY_MS = 86_400_000;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1];
}

/** Returns the ISO date, or undefined when the day does not exist (2023-02-30). */
export function makeDate(y: number, m: number, d: number): IsoDate | undefined {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parts(d: IsoDate): [number, number, number] {
  return [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];
}

/**
 * Day numbers and ISO strings, kept once worked out: interest schedules and limitation periods convert the same few
 * hundred dates over and over (a Date object and toISOString per call were a tenth of the law engine's time).
 */
const dayOf = new Map<IsoDate, number>();
const isoOf = new Map<number, IsoDate>();
const KEEP = 50_000;

function toEpochDay(d: IsoDate): number {
  let n = dayOf.get(d);
  if (n === undefined) {
    const [y, m, day] = parts(d);
    n = Math.round(Date.UTC(y, m - 1, day) / DAY_MS);
    if (dayOf.size >= KEEP) dayOf.clear();
    dayOf.set(d, n);
  }
  return n;
}

/** Day numbers of 1000-01-01 and 9999-12-31: computed dates saturate there (file dates stay far inside, date-range.ts). */
const FIRST_DAY = Math.round(Date.UTC(1000, 0, 1) / DAY_MS), LAST_DAY = Math.round(Date.UTC(9999, 11, 31) / DAY_MS);

function fromEpochDay(n: number): IsoDate {
  if (!(n >= FIRST_DAY)) n = FIRST_DAY; else if (n > LAST_DAY) n = LAST_DAY;
  let d = isoOf.get(n);
  if (d === undefined) {
    d = new Date(n * DAY_MS).toISOString().slice(0, 10);
    if (isoOf.size >= KEEP) isoOf.clear();
    isoOf.set(n, d);
  }
  return d;
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromEpochDay(toEpochDay(d) + n);
}

/** b − a in days (positive when b is later). */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** Inclusive day count of [from, to]: to − from + 1. */
export function inclusiveDays(from: IsoDate, to: IsoDate): number {
  return diffDays(from, to) + 1;
}

/** Same calendar day n months later; month-end when that day does not exist (民法典 第202条). */
export function addMonths(d: IsoDate, n: number): IsoDate {
  const [y, m, day] = parts(d);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12), nm = (total % 12) + 1;
  // Saturates at the ends of the calendar rather than returning undefined (which crashed the holiday extension).
  if (ny > 9999) return '9999-12-31';
  if (ny < 1000) return '1000-01-01';
  return makeDate(ny, nm, Math.min(day, daysInMonth(ny, nm)))!;
}

export function addYears(d: IsoDate, n: number): IsoDate {
  return addMonths(d, 12 * n);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(d: IsoDate): number {
  return (((toEpochDay(d) + 4) % 7) + 7) % 7;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate { return a <= b ? a : b; }
export function maxDate(a: IsoDate, b: IsoDate): IsoDate { return a >= b ? a : b; }

/** Today's date in China (UTC+8), the lawyer's calendar day. */
export function todayInChina(now: Date = new Date()): IsoDate {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** '2023年1月10日', the way dates are written in Chinese legal documents. */
export function formatChineseDate(d: IsoDate): string {
  const [y, m, day] = parts(d);
  return `${y}年${m}月${day}日`;
}
