/**
 * The doubled part of the delay interest (加倍部分债务利息) by tranche, for a judgment that orders payment in instalments
 * or whose enforcement was stayed (法释〔2014〕8号 第2条、第3条):
 *
 * - 第2条: each instalment's doubled part runs from the day after its own deadline (自每次履行期间届满之日起); without
 *   instalments the whole money ordered is one tranche from the day after 履行期限 (or from the effective date).
 * - 第1条第3款: on the unpaid part of that tranche only (money ordered other than general interest) × 0.000175 × days.
 * - 第3条第1款: a payment's part that reached the money ordered reduces the tranches from the day after it, the tranche
 *   due first first (the paid part accrues through the day it is paid).
 * - 第3条第3款: days of a stay not at the debtor's request (中止 A 至 B, both ends) are not counted.
 *
 * Rows are rounded half-up to the fen one by one; the total is their sum. Without instalments and stays the rows are
 * exactly those of the single-base computation (law/awards.ts, law/judgment.ts).
 */
import Decimal from 'decimal.js';
import { addDays, inclusiveDays, IsoDate } from '../text/dates';
import { fixed2, minDec, round2, ZERO } from './money';
import type { DelayRow } from './judgment';

const DAILY = new Decimal('0.000175');

export interface Tranche {
  /** 1-based instalment number; undefined for the single tranche of a judgment without instalments. */
  installment?: number;
  /** First day of the doubled part. */
  start: IsoDate;
  amount: Decimal;
}

export interface Stay { from: IsoDate; to: IsoDate }

/** One instalment as the report shows it. */
export interface InstallmentDelay { installment: number; due: IsoDate; amount: string; paid: string; from: IsoDate; total: string }

/** A stay as counted: the days of it inside the delay period through the as-of date. */
export interface StayCounted { from: IsoDate; to: IsoDate; days: number }

interface State { t: Tranche; unpaid: Decimal; next: IsoDate; total: Decimal }

/**
 * Tranches of `money` (money ordered other than general interest): one per instalment in date order (a sum beyond the
 * money ordered is not counted), the rest — if the instalments do not reach it — due with `fallbackStart`.
 */
export function tranchesOf(money: Decimal, installments: { date: IsoDate; amount: Decimal }[], fallbackStart: IsoDate | null): Tranche[] {
  if (!installments.length) return fallbackStart ? [{ start: fallbackStart, amount: money }] : [];
  const sorted = installments.map((x, i) => ({ ...x, i })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.i - b.i));
  const out: Tranche[] = [];
  let left = money;
  sorted.forEach((x, k) => {
    const amount = minDec(x.amount, left);
    left = left.minus(amount);
    out.push({ installment: k + 1, start: addDays(x.date, 1), amount });
  });
  if (left.greaterThan(0)) out.push({ start: fallbackStart ?? out[out.length - 1].start, amount: left });
  return out;
}

export class DoubledPart {
  private readonly states: State[];
  readonly rows: DelayRow[] = [];
  total = ZERO;

  constructor(tranches: Tranche[], private readonly stays: Stay[]) {
    this.states = tranches.map((t) => ({ t, unpaid: t.amount, next: t.start, total: ZERO }));
  }

  /** First day of delay of any tranche (null: none). */
  get start(): IsoDate | null {
    return this.states.reduce<IsoDate | null>((m, s) => (m === null || s.t.start < m ? s.t.start : m), null);
  }

  /** Accrue every tranche through `through` (inclusive) on its unpaid part, stays left out. */
  accrue(through: IsoDate): void {
    for (const s of this.states) {
      if (through < s.next) continue;
      if (s.unpaid.greaterThan(0)) {
        for (const [from, to] of this.counted(s.next, through)) {
          const days = inclusiveDays(from, to);
          const interest = round2(s.unpaid.times(DAILY).times(days));
          const row: DelayRow = { from, to, days, base: fixed2(s.unpaid), interest: fixed2(interest) };
          if (s.t.installment !== undefined) row.installment = s.t.installment;
          this.rows.push(row);
          s.total = s.total.plus(interest);
          this.total = this.total.plus(interest);
        }
      }
      s.next = addDays(through, 1);
    }
  }

  /** A payment's part that reached the money ordered: the tranche due first first. Returns what it could not place. */
  reduce(amount: Decimal): Decimal {
    let left = amount;
    for (const s of [...this.states].sort((a, b) => (a.t.start < b.t.start ? -1 : a.t.start > b.t.start ? 1 : 0))) {
      if (left.lessThanOrEqualTo(0)) break;
      const take = minDec(left, s.unpaid);
      s.unpaid = s.unpaid.minus(take);
      left = left.minus(take);
    }
    return left;
  }

  /** Rows grouped by instalment (then by date), as a schedule reads. */
  sortedRows(): DelayRow[] {
    return this.rows.map((r, i) => ({ r, i }))
      .sort((a, b) => (a.r.installment ?? 0) - (b.r.installment ?? 0) || a.i - b.i).map((x) => x.r);
  }

  installments(): InstallmentDelay[] {
    return this.states.filter((s) => s.t.installment !== undefined).map((s) => ({
      installment: s.t.installment!, due: addDays(s.t.start, -1), amount: fixed2(s.t.amount), paid: fixed2(s.t.amount.minus(s.unpaid)),
      from: s.t.start, total: fixed2(s.total),
    }));
  }

  /** The stays as counted: their days from the first day of delay through `through`. */
  staysCounted(through: IsoDate): StayCounted[] {
    const first = this.start;
    if (!first) return this.stays.map((x) => ({ from: x.from, to: x.to, days: 0 }));
    // One entry per stay, in file order (a stay with no day inside the period: 0 days, its dates as written).
    return this.stays.map((x) => {
      const from = x.from < first ? first : x.from, to = x.to > through ? through : x.to;
      return to < from ? { from: x.from, to: x.to, days: 0 } : { from, to, days: inclusiveDays(from, to) };
    });
  }

  /** [from, to] without the stayed days, as maximal intervals. */
  private counted(from: IsoDate, to: IsoDate): [IsoDate, IsoDate][] {
    let parts: [IsoDate, IsoDate][] = [[from, to]];
    for (const x of this.stays) {
      if (x.to < x.from) continue;
      parts = parts.flatMap(([a, b]): [IsoDate, IsoDate][] => {
        if (x.to < a || x.from > b) return [[a, b]];
        const out: [IsoDate, IsoDate][] = [];
        if (x.from > a) out.push([a, addDays(x.from, -1)]);
        if (x.to < b) out.push([addDays(x.to, 1), b]);
        return out;
      });
    }
    return parts;
  }
}
