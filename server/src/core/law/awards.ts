/**
 * What the judgment awarded (spec §8.2): the money ordered item by item, who pays each item, the running (general)
 * interest the judgment ordered, the doubled part of the delay interest, and partial performance applied to them.
 *
 * - Running interest (判项 利息 基数 B 按 R 自 A 至 D|实际清偿之日): B × annual rate ÷ 365 × days, both ends counted,
 *   through the earlier of D and the as-of date; each row rounded half-up to the fen. Rows split at a payment (the base
 *   falls from the day after, when the payment reached principal) and at the first day of delay (so the general
 *   interest of the delay period can be stated, 迟延利息解释第1条第2款).
 * - The doubled part (迟延利息解释第1条第3款, 第2条): unpaid money ordered other than general interest (principal, fees,
 *   court and preservation fees) × 0.000175 × days, from the day after 履行期限 through the as-of date; the paid part
 *   accrues through the day it is paid (第3条).
 * - A payment goes to the money ordered before the doubled part (第4条); within the money ordered, to fees, then
 *   interest, then principal (民法典第561条), items of one class in file order. A payment that reaches principal lowers
 *   the base of the running interest from the next day (以未还本金为基数; the earliest running item first).
 * - With `分期` the doubled part runs per instalment from the day after its date, and `中止` days are left out
 *   (迟延利息解释第2条、第3条第3款; law/doubled-part.ts); a payment's part that reached the money ordered pays the
 *   instalment due first first.
 * - Several names in one `由` owe it 共同 (the default), 连带 or 按份 (law/award-payers.ts).
 * - Who pays: `由` names; without it, every defendant not named in a `连带` item. A `连带` party is a joint guarantor of
 *   every item (范围 全部, the default: 民法典第691条), of the principal items only (范围 本金), or up to a sum.
 */
import Decimal from 'decimal.js';
import { Award, Judgment, Party } from '../model/types';
import { addDays, inclusiveDays, IsoDate } from '../text/dates';
import { annualise } from './rates';
import { fixed2, maxDec, minDec, round2, ZERO } from './money';
import { DelayRow } from './judgment';
import { DoubledPart, InstallmentDelay, StayCounted, tranchesOf } from './doubled-part';
import { liabilityOf, PayerLiability, sharesOf } from './award-payers';

export type AwardKind = Award['kind'];

export interface InterestRow { from: IsoDate; to: IsoDate; days: number; base: string; rate: string; interest: string }

/** One award item of the report (spec §8.2 `awards`): its figure to the as-of date and who pays it. */
export interface AwardReport {
  /** 1-based, in the order the file writes them (the document's 第N项). */
  item: number;
  kind: AwardKind;
  /** The figure ordered: the sum written, or the running interest accrued through `accruedThrough`. */
  amount: string;
  /** Whether it is general interest (一般债务利息): not in the base of the doubled part (迟延利息解释第1条第3款). */
  generalInterest: boolean;
  /** Who pays (names of parties). */
  by: string[];
  /** A fee's description (律师费 …). */
  description?: string;
  /** Several payers only: how they owe it (law/award-payers.ts) and whether the file wrote the word (共同/连带/按份). */
  liability?: PayerLiability;
  liabilityWritten?: boolean;
  /** 按份 only: each payer's share of `amount`, in the order of `by`. */
  shares?: { name: string; amount: string }[];
  /** A fixed interest's end (利息 MONEY 至 DATE). */
  until?: IsoDate | 'paid';
  /** Running interest only: how the judgment states it, and its rows to the as-of date. */
  base?: string;
  /** Annual rate in percent, two decimals. */
  rate?: string;
  from?: IsoDate;
  accruedThrough?: IsoDate | null;
  rows?: InterestRow[];
}

export type JudgmentLiability = 'principal' | 'joint-guarantor';

/** A party the judgment orders to pay (spec §8.2 `debtors`). */
export interface JudgmentDebtor {
  name: string;
  liability: JudgmentLiability;
  /** The award items this party answers for. */
  items: number[];
  /** A joint guarantor's scope: 'all', 'principal' or a sum. */
  scope?: 'all' | 'principal' | string;
  /** What this party may be made to pay as of the as-of date (its items outstanding, the doubled part, a cap). */
  owes: string;
}

/** What is still owed, item by item (spec §8.2 `outstanding`); `item` null for the doubled part of the delay interest. */
export interface OutstandingItem { item: number | null; kind: AwardKind | 'delay-interest'; ordered: string; paid: string; outstanding: string }

export interface AwardsResult {
  awards: AwardReport[];
  debtors: JudgmentDebtor[];
  /** Running award interest accrued to the as-of date. */
  generalInterest: Decimal;
  /** The part of it in the delay period (from the first day of delay). */
  generalInterestInDelay: Decimal;
  /** Every award item's figure summed (running interest to the as-of date). */
  ordered: Decimal;
  /** Money ordered other than general interest (the doubled part's base before any payment). */
  nonInterest: Decimal;
  paid: Decimal;
  /** Payments above everything owed. */
  overpaid: Decimal;
  delayRows: DelayRow[];
  delayTotal: Decimal;
  delayPaid: Decimal;
  outstanding: OutstandingItem[];
  /** Outstanding money ordered (every award item), the doubled part excluded. */
  unpaid: Decimal;
  /** First day of the doubled part (the earliest instalment's, 迟延利息解释第2条); null when none is known. */
  delayStart: IsoDate | null;
  /** Per instalment (分期): its deadline, amount, what payments covered and its doubled part. Empty without 分期. */
  installments: InstallmentDelay[];
  /** Stays (中止) as counted: their days inside the delay period through the as-of date (第3条第3款). */
  stays: StayCounted[];
}

interface Payment { date: IsoDate; amount: Decimal }

const isInterest = (k: AwardKind) => k === 'interest' || k === 'running-interest';
/** 民法典第561条: 实现债权的有关费用, then 利息, then 主债务. */
const CLASS_ORDER: Record<AwardKind, number> = { 'court-fee': 0, 'preservation-fee': 0, fees: 0, interest: 1, 'running-interest': 1, principal: 2 };

interface ItemState {
  a: Award; due: Decimal; paid: Decimal;
  /** Running interest: the current base, the next day to accrue, the rows. */
  base: Decimal; next?: IsoDate; rows: InterestRow[];
}

/** The awards of `j` computed through `asOf`; `delayStart` is the first day of delay (null: none known). */
export function assessAwards(j: Judgment, parties: Party[], asOf: IsoDate, defaultDelayStart: IsoDate | null): AwardsResult {
  const payments: Payment[] = j.payments.filter((p) => p.date.value <= asOf).map((p) => ({ date: p.date.value, amount: p.amount.value }))
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const items: ItemState[] = j.awards.map((a) => a.kind === 'running-interest'
    ? { a, due: ZERO, paid: ZERO, base: a.base.value, next: a.from.value, rows: [] }
    : { a, due: a.amount.value, paid: ZERO, base: ZERO, rows: [] });
  // The doubled part by tranche (instalments, 迟延利息解释第2条) with stays left out (第3条第3款): law/doubled-part.ts.
  const nonInterestOrdered = items.reduce((t, s) => (isInterest(s.a.kind) ? t : t.plus(s.due)), ZERO);
  const doubled = new DoubledPart(tranchesOf(nonInterestOrdered, j.installments.map((x) => ({ date: x.date.value, amount: x.amount.value })), defaultDelayStart),
    j.suspensions.map((x) => ({ from: x.from.value, to: x.to.value })));
  const delayStart = doubled.start;

  // Running interest through `through` (inclusive), split at the first day of delay.
  const accrueRunning = (through: IsoDate) => {
    for (const s of items) {
      const a = s.a;
      if (a.kind !== 'running-interest' || !s.next) continue;
      const end = a.until.value === 'paid' || a.until.value > through ? through : a.until.value;
      const rate = annualise(a.rate.value, 365);
      const row = (from: IsoDate, to: IsoDate) => {
        if (to < from) return;
        const days = inclusiveDays(from, to);
        const interest = s.base.greaterThan(0) ? round2(s.base.times(rate).dividedBy(100).times(days).dividedBy(365)) : ZERO;
        if (s.base.greaterThan(0)) s.rows.push({ from, to, days, base: fixed2(s.base), rate: fixed2(rate), interest: fixed2(interest) });
        s.due = s.due.plus(interest);
      };
      if (delayStart && s.next < delayStart && end >= delayStart) { row(s.next, addDays(delayStart, -1)); row(delayStart, end); }
      else row(s.next, end);
      if (end >= s.next) s.next = addDays(end, 1);
    }
  };

  // The doubled part: base = unpaid money ordered other than general interest.
  let delayPaid = ZERO;
  const accrueDelay = (through: IsoDate) => doubled.accrue(through);

  const order = items.map((s, i) => ({ s, i })).sort((x, y) => CLASS_ORDER[x.s.a.kind] - CLASS_ORDER[y.s.a.kind] || x.i - y.i).map((x) => x.s);
  let paid = ZERO, overpaid = ZERO;
  for (const p of payments) {
    accrueRunning(p.date);
    accrueDelay(p.date);
    paid = paid.plus(p.amount);
    let left = p.amount;
    let toPrincipal = ZERO, toMoney = ZERO;
    for (const s of order) {
      if (left.lessThanOrEqualTo(0)) break;
      const take = minDec(left, maxDec(s.due.minus(s.paid), ZERO));
      s.paid = s.paid.plus(take);
      left = left.minus(take);
      if (s.a.kind === 'principal') toPrincipal = toPrincipal.plus(take);
      if (!isInterest(s.a.kind)) toMoney = toMoney.plus(take);
    }
    doubled.reduce(toMoney);
    // 迟延利息解释第4条: the doubled part last.
    const delayTake = minDec(left, maxDec(doubled.total.minus(delayPaid), ZERO));
    delayPaid = delayPaid.plus(delayTake);
    left = left.minus(delayTake);
    overpaid = overpaid.plus(left);
    for (const s of items) {
      if (toPrincipal.lessThanOrEqualTo(0)) break;
      if (s.a.kind !== 'running-interest') continue;
      const cut = minDec(toPrincipal, s.base);
      s.base = s.base.minus(cut);
      toPrincipal = toPrincipal.minus(cut);
    }
  }
  accrueRunning(asOf);
  accrueDelay(asOf);
  const delayTotal = doubled.total, delayRows = doubled.sortedRows();

  const defendants = parties.filter((p) => p.role === 'defendant').map((p) => p.name);
  const guarantors = new Set(j.joint.flatMap((x) => x.parties.map((r) => r.name)));
  const defaultPayers = defendants.filter((n) => !guarantors.has(n));
  const awards: AwardReport[] = items.map((s, i) => {
    const a = s.a;
    const r: AwardReport = {
      item: i + 1, kind: a.kind, amount: fixed2(s.due), generalInterest: isInterest(a.kind),
      by: a.by.length ? [...new Set(a.by.map((x) => x.name))] : defaultPayers,
    };
    if (a.kind === 'fees' && a.description) r.description = a.description.value;
    const how = liabilityOf(a, r.by.length);
    if (how) {
      r.liability = how.liability; r.liabilityWritten = how.written;
      if (how.liability === 'several') r.shares = sharesOf(s.due, r.by.length).map((x, k) => ({ name: r.by[k], amount: fixed2(x) }));
    }
    if (a.kind === 'interest' && a.until) r.until = a.until.value;
    if (a.kind === 'running-interest') {
      r.base = fixed2(a.base.value); r.rate = fixed2(annualise(a.rate.value, 365)); r.from = a.from.value; r.until = a.until.value;
      const last = s.rows.length ? s.rows[s.rows.length - 1].to : null;
      r.accruedThrough = last; r.rows = s.rows;
    }
    return r;
  });

  const outstanding: OutstandingItem[] = items.map((s, i) => ({
    item: i + 1, kind: s.a.kind, ordered: fixed2(s.due), paid: fixed2(s.paid), outstanding: fixed2(maxDec(s.due.minus(s.paid), ZERO)),
  }));
  outstanding.push({ item: null, kind: 'delay-interest', ordered: fixed2(delayTotal), paid: fixed2(delayPaid), outstanding: fixed2(delayTotal.minus(delayPaid)) });
  const left = (n: number) => maxDec(items[n - 1].due.minus(items[n - 1].paid), ZERO);
  const owedOn = (nums: number[]) => nums.reduce((t, n) => t.plus(left(n)), ZERO);
  // 按份: a payer owes its share of what is left of the item (payments are not told apart by payer: shared alike).
  const shareOf = (n: number, name: string) => {
    const a = awards[n - 1];
    if (a.liability !== 'several') return left(n);
    return sharesOf(left(n), a.by.length)[a.by.indexOf(name)];
  };
  const delayLeft = delayTotal.minus(delayPaid);

  const debtors: JudgmentDebtor[] = [];
  const payerNames = [...new Set(awards.flatMap((a) => a.by))];
  for (const name of payerNames) {
    const mine = awards.filter((a) => a.by.includes(name)).map((a) => a.item);
    // The doubled part in proportion to the money other than general interest this party answers for (the whole item, or
    // its 按份 share), as it is still owed (as ordered once all of it is paid): all of it for a party that answers for all.
    const money = mine.filter((n) => !isInterest(items[n - 1].a.kind));
    const owedMoney = items.reduce((t, x, k) => (isInterest(x.a.kind) ? t : t.plus(left(k + 1))), ZERO);
    const byOwed = owedMoney.greaterThan(0);
    const answered = money.reduce((t, n) => t.plus(byOwed ? shareOf(n, name) : awards[n - 1].liability === 'several'
      ? awards[n - 1].shares!.find((x) => x.name === name)!.amount : items[n - 1].due), ZERO);
    const whole = byOwed ? owedMoney : nonInterestOrdered;
    const delayPart = answered.greaterThanOrEqualTo(whole) ? delayLeft
      : whole.greaterThan(0) ? round2(delayLeft.times(answered).dividedBy(whole)) : ZERO;
    debtors.push({ name, liability: 'principal', items: mine, owes: fixed2(mine.reduce((t, n) => t.plus(shareOf(n, name)), ZERO).plus(delayPart)) });
  }
  for (const x of j.joint) {
    const scope = x.scope?.value ?? 'all';
    const all = awards.map((a) => a.item);
    const nums = scope === 'principal' ? awards.filter((a) => a.kind === 'principal').map((a) => a.item) : all;
    const full = owedOn(nums).plus(scope === 'principal' ? ZERO : delayLeft);
    const owes = scope instanceof Decimal ? minDec(scope, full) : full;
    for (const r of x.parties) {
      if (debtors.some((d) => d.name === r.name && d.liability === 'joint-guarantor')) continue;
      debtors.push({ name: r.name, liability: 'joint-guarantor', items: nums, scope: scope instanceof Decimal ? fixed2(scope) : scope, owes: fixed2(owes) });
    }
  }

  const ordered = items.reduce((t, s) => t.plus(s.due), ZERO);
  const generalInterest = items.reduce((t, s) => (s.a.kind === 'running-interest' ? t.plus(s.due) : t), ZERO);
  const generalInterestInDelay = !delayStart ? ZERO : items.reduce((t, s) => t.plus(s.rows.filter((r) => r.from >= delayStart)
    .reduce((u, r) => u.plus(r.interest), ZERO)), ZERO);
  const nonInterest = items.reduce((t, s) => (isInterest(s.a.kind) ? t : t.plus(s.due)), ZERO);
  const unpaid = items.reduce((t, s) => t.plus(maxDec(s.due.minus(s.paid), ZERO)), ZERO);
  return { awards, debtors, generalInterest, generalInterestInDelay, ordered, nonInterest, paid, overpaid, delayRows, delayTotal, delayPaid, outstanding, unpaid,
    delayStart, installments: doubled.installments(), stays: doubled.staysCounted(asOf) };
}
