/**
 * The one-year LPR (贷款市场报价利率) by date: the latest publication on or before the date (lpr.md).
 * Data: server/data/lpr.json (bundled) plus newer publications from the settings / `.debt-lpr.json`.
 * Past the last known publication the last value is carried forward, never silently: the caller reports it.
 */
import Decimal from 'decimal.js';
import bundled from '../../../data/lpr.json';
import { LprEntry } from '../settings';

export const LPR_START = '2019-08-20';

export interface LprLookup {
  /** Percent per year; undefined before 2019-08-20 (no LPR existed). */
  rate?: Decimal;
  /** The publication used. */
  published?: string;
  /** True when the date is after the last known publication (value carried forward). */
  beyondTable: boolean;
  /** The last known publication date. */
  lastPublished: string;
}

export class LprTable {
  private readonly rows: { date: string; oneYear: Decimal }[];

  constructor(extra: LprEntry[] = []) {
    const byDate = new Map<string, Decimal>();
    for (const r of bundled as LprEntry[]) byDate.set(r.date, new Decimal(r.oneYear));
    for (const r of extra) byDate.set(r.date, new Decimal(r.oneYear));
    this.rows = [...byDate.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, oneYear]) => ({ date, oneYear }));
  }

  get lastPublished(): string { return this.rows[this.rows.length - 1].date; }

  /** Publications are monthly; a date after the last one by more than a month is not covered. */
  on(date: string): LprLookup {
    const last = this.lastPublished;
    if (date < LPR_START) return { beyondTable: false, lastPublished: last };
    let lo = 0, hi = this.rows.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.rows[mid].date <= date) lo = mid; else hi = mid - 1;
    }
    const row = this.rows[lo];
    return { rate: row.oneYear, published: row.date, beyondTable: date > nextPublicationDue(last), lastPublished: last };
  }

  /** Publications in (from, to] whose one-year rate differs from the one before: where a floating rate changes (spec §8.3). */
  changesBetween(from: string, to: string): string[] {
    const out: string[] = [];
    for (let i = 1; i < this.rows.length; i++) {
      const r = this.rows[i];
      if (r.date > from && r.date <= to && !r.oneYear.equals(this.rows[i - 1].oneYear)) out.push(r.date);
    }
    return out;
  }

  isPublicationDay(date: string): boolean {
    return this.rows.some((r) => r.date === date);
  }
}

/** The LPR is published around the 20th of each month: a date before the next month's 20th is still covered. */
function nextPublicationDue(last: string): string {
  const y = Number(last.slice(0, 4)), m = Number(last.slice(5, 7));
  const ny = m === 12 ? y + 1 : y, nm = m === 12 ? 1 : m + 1;
  return `${ny}-${String(nm).padStart(2, '0')}-19`;
}

/** The LPR table for a list of newer publications: built once per distinct list (every edit and hover reuses it). */
let lastTable: { key: string; table: LprTable } | undefined;
export function lprTableFor(extra: LprEntry[] = []): LprTable {
  const key = JSON.stringify(extra);
  if (lastTable?.key !== key) lastTable = { key, table: new LprTable(extra) };
  return lastTable.table;
}
