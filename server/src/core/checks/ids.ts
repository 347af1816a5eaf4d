/** Check characters of Chinese identity numbers. */
import { IsoDate, makeDate } from '../text/dates';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

export function isResidentIdShape(id: string): boolean {
  return /^\d{17}[\dXx]$/.test(id);
}

/** GB 11643-1999: Σ(digit × weight) mod 11 indexes "10X98765432". */
export function residentIdCheckDigit(id: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * ID_WEIGHTS[i];
  return ID_CHECK[sum % 11];
}

/** The birth date in positions 7–14, or undefined when it is not a real date. */
export function residentIdBirthDate(id: string): { text: string; date?: IsoDate } {
  const y = Number(id.slice(6, 10)), m = Number(id.slice(10, 12)), d = Number(id.slice(12, 14));
  return { text: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, date: makeDate(y, m, d) };
}

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function isCreditCodeShape(code: string): boolean {
  return code.length === 18 && [...code].every((c) => CODE_CHARS.includes(c));
}

/** GB 32100-2015: 31 − (Σ value × weight mod 31), with 31 written as 0. */
export function creditCodeCheckChar(code: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CODE_CHARS.indexOf(code[i]) * CODE_WEIGHTS[i];
  const c = 31 - (sum % 31);
  return CODE_CHARS[c === 31 ? 0 : c];
}
