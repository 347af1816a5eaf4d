/** Literal tokens → typed values (spec §2). Each returns undefined plus a reason when the text is not valid. */
import Decimal from 'decimal.js';
import { daysInMonth, IsoDate, makeDate } from '../text/dates';
import { dateParts } from '../text/date-literal';
import { Rate, RatePeriod } from './types';
import { dateInRange } from '../text/date-range';
import { integerDigits, MAX_AMOUNT_DIGITS } from './amount-bounds';

export type ValueResult<T> = { ok: true; value: T } | { ok: false; reason: 'date' | 'money-decimals' | 'money' | 'rate' | 'date-range' | 'money-digits' };

export function readDate(image: string): ValueResult<IsoDate> {
  const iso = isoDate(image);
  if (iso !== undefined) return dateInRange(iso) ? { ok: true, value: iso } : { ok: false, reason: 'date-range' };
  const p = dateParts(image);
  const d = p && makeDate(p.y, p.m, p.d);
  if (d && !dateInRange(d)) return { ok: false, reason: 'date-range' };
  return d ? { ok: true, value: d } : { ok: false, reason: 'date' };
}

/**
 * The Decimal of a plain decimal string, shared by equal strings: a case repeats its amounts (金额 and 交付) and a file
 * its rates, and a Decimal is never changed in place (decimal.js returns new ones), so one instance serves all.
 * Bounded: the table is emptied when it grows past a few thousand entries.
 */
const decimals = new Map<string, Decimal>();
function decimal(s: string): Decimal {
  let d = decimals.get(s);
  if (d === undefined) {
    if (decimals.size >= 4096) decimals.clear();
    d = new Decimal(s);
    decimals.set(s, d);
  }
  return d;
}

/** The commonest spelling, already ISO (2023-01-10): checked digit by digit and returned as is, or undefined. */
function isoDate(s: string): IsoDate | undefined {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  let y = 0, m = 0, d = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    if (i < 4) y = y * 10 + c; else if (i < 7) m = m * 10 + c; else d = d * 10 + c;
  }
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? s : undefined;
}

/** Plain digits, optionally followed by 元 (`50000元`): the digits, or undefined for any other spelling. */
function plainYuan(s: string): string | undefined {
  let n = s.length;
  if (n > 1 && s.charCodeAt(n - 1) === 0x5143) n--;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return n === 0 ? undefined : n === s.length ? s : s.slice(0, n);
}

/** `¥50,000.00元`, `5万元`, `5.5万`, `CNY 100`: exact decimal 元, at most two decimals (分) after 万 is applied. */
export function readMoney(image: string): ValueResult<Decimal> {
  const plain = plainYuan(image);
  if (plain !== undefined) return integerDigits(plain) > MAX_AMOUNT_DIGITS ? { ok: false, reason: 'money-digits' } : { ok: true, value: decimal(plain) };
  const wan = image.includes('万');
  const digits = image.replace(/^(?:[¥￥]|CNY)/, '').replace(/[\s,元万]/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(digits)) return { ok: false, reason: 'money' };
  if (integerDigits(digits) + (wan ? 4 : 0) > MAX_AMOUNT_DIGITS) return { ok: false, reason: 'money-digits' };
  const value = wan ? new Decimal(digits).times(10000) : new Decimal(digits);
  if (value.decimalPlaces() > 2) return { ok: false, reason: 'money-decimals' };
  return { ok: true, value };
}

const PERIODS: Record<string, RatePeriod> = { 年: 'year', 月: 'month', 日: 'day', year: 'year', month: 'month', day: 'day' };

/** `12%`, `1%/月`, `0.05%/日`, `12% per year`: percent per period, no period = per year. */
export function readRate(image: string): ValueResult<Rate> {
  const m = /^(\d+(?:\.\d+)?)[%％]\s*(?:[/／]\s*([年月日])|per\s+(year|month|day))?$/.exec(image.trim());
  if (!m) return { ok: false, reason: 'rate' };
  return { ok: true, value: { value: decimal(m[1]), period: PERIODS[m[2] ?? m[3] ?? 'year'] } };
}

/** The content of a string or name token: quotes removed, `\"` and `\\` unescaped. */
export function readText(image: string): string {
  const c = image.charCodeAt(0);
  if (c !== 34 && c !== 0x201c) return image;
  if (c === 34) {
    const inner = image.slice(1, image.endsWith('"') && image.length > 1 ? -1 : undefined);
    return inner.includes('\\') ? inner.replace(/\\(["\\])/g, '$1') : inner;
  }
  if (image.startsWith('“')) return image.slice(1, image.endsWith('”') ? -1 : undefined);
  return image;
}
