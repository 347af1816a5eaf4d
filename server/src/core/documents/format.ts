/** How figures read in a court document: 50,000.00元, 人民币伍万元整, 2023年1月10日, 14.60%, and the visible blank. */
import Decimal from 'decimal.js';
import { yuan } from '../law/money';
import { formatChineseDate } from '../text/dates';
import { Range } from '../text/range';
import { Run } from './types';

// nzh ships CommonJS without types for the cn entry: toMoney(50000) === '人民币伍万元整'.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nzhcn: { toMoney(n: string | number, opts?: object): string } = require('nzh/cn');

/** The blank printed where the case records nothing (the lawyer fills it in by hand). */
export const BLANK = '＿＿＿＿';

/** '50,000.00元' from a report string ('50000.00') or a Decimal. */
export function money(v: string | Decimal): string {
  return yuan(typeof v === 'string' ? new Decimal(v) : v);
}

/** '人民币伍万元整' (大写), from a report string. */
export function moneyUpper(v: string | Decimal): string {
  // nzh writes 50000 as 人民币伍万元整 but '50000.00' as 人民币伍万元: a whole amount ends in 整 either way.
  const s = nzhcn.toMoney(new Decimal(v).toFixed(2));
  return s.endsWith('元') ? `${s}整` : s;
}

/** '50,000.00元（大写：人民币伍万元整）'. */
export function moneyBoth(v: string | Decimal): string {
  return `${money(v)}（大写：${moneyUpper(v)}）`;
}

export function date(d: string): string {
  return formatChineseDate(d);
}

/** '14.60%' from a report rate string. */
export function rate(r: string | Decimal): string {
  return `${new Decimal(r).toFixed(2)}%`;
}

/** A report row's rate as computed: '5.475%' for an exact LPR multiple (spec §8.3), else '14.60%'. */
export function rowRate(row: { rate: string; exactRate?: string }): string {
  return row.exactRate ? `${row.exactRate}%` : rate(row.rate);
}

export function t(text: string, source?: Range): Run {
  return source ? { text, source } : { text };
}

export function blank(): Run {
  return { text: BLANK, blank: true };
}

/** The value as a run with its source, or the blank. */
export function field(f: { value: string; range: Range } | undefined, show: (v: string) => string = (v) => v): Run {
  return f ? t(show(f.value), f.range) : blank();
}

/** ☑ / ☐ after a label, as the form prints 「男□」. */
export function box(label: string, checked: boolean, source?: Range): Run {
  return t(`${label}${checked ? '☑' : '☐'}`, source);
}

/** Plain text of runs. */
export function plain(runs: Run[]): string {
  return runs.map((r) => r.text).join('');
}
