import { IsoDate, makeDate } from './dates';

/** The three date spellings of the language: 2023-01-10, 2023/1/10, 2023年1月10日. */
export const DATE_PATTERN = /(\d{4})(?:-(\d{1,2})-(\d{1,2})|\/(\d{1,2})\/(\d{1,2})|年(\d{1,2})月(\d{1,2})日)/y;

export interface DateParts { y: number; m: number; d: number }

/** Splits a date literal into numbers, or undefined when it is not spelled as a date. */
export function dateParts(text: string): DateParts | undefined {
  DATE_PATTERN.lastIndex = 0;
  const m = DATE_PATTERN.exec(text);
  if (!m || m[0].length !== text.length) return undefined;
  const mo = m[2] ?? m[4] ?? m[6], d = m[3] ?? m[5] ?? m[7];
  return { y: Number(m[1]), m: Number(mo), d: Number(d) };
}

/** The ISO date of a literal, or undefined when it is misspelled or does not exist on the calendar. */
export function parseDateLiteral(text: string): IsoDate | undefined {
  const p = dateParts(text.trim());
  return p ? makeDate(p.y, p.m, p.d) : undefined;
}
