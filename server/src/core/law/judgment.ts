/**
 * After judgment (spec §7.4; rules.md §18): the last day to apply for enforcement (民诉法第250条), the doubled part of
 * the 迟延履行期间的债务利息 (民诉法第264条; 法释〔2014〕8号) and the enforcement fee (办法第14条(一)).
 *
 * - Enforcement window: two years from the last day of the performance period (履行期限), or from the effective date
 *   when the judgment sets none; the start day is not counted, a last day on a rest day moves to the next working day
 *   (as limitation does, 民法典第203条). A payment on the judgment after the start is the debtor agreeing to perform
 *   (时效规定第14条), which interrupts the window (第250条 applies the limitation rules): two years from the payment.
 * - Delay interest: unpaid judgment money (判决金额, general interest excluded) × 0.000175 × days, from the day after
 *   履行期限 (or from the effective date) through the as-of date, both ends counted. A payment reduces the base from
 *   the day after it (the paid part accrues through the day it is paid, 迟延利息解释第3条) and goes to the judgment
 *   money first (第4条). Each row is rounded half-up to the fen; the total is the sum of rows.
 */
import Decimal from 'decimal.js';
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Judgment, Party } from '../model/types';
import { assessAwards, AwardReport, JudgmentDebtor, OutstandingItem } from './awards';
import { DoubledPart, InstallmentDelay, StayCounted, tranchesOf } from './doubled-part';
import { checkInstallments, checkPayerWords } from './installment-checks';
import { checkAwards } from './award-checks';
import { addDays, addYears, diffDays, inclusiveDays, IsoDate } from '../text/dates';
import { extendPastRestDays } from './calendar';
import { LawContext } from './context';
import { enforcementFee } from './fees';
import { fixed2, round2, ZERO } from './money';

/** 日万分之一点七五 (迟延利息解释第1条第3款): a daily rate, no 360/365 conversion. */
export const DELAY_DAILY_RATE = new Decimal('0.000175');

export interface DelayRow { from: IsoDate; to: IsoDate; days: number; base: string; interest: string; installment?: number }

export interface JudgmentReport {
  caseNumber: string;
  court: string | null;
  effective: IsoDate | null;
  performBy: IsoDate | null;
  awarded: string | null;
  /** Sum of the payments on the judgment recorded up to the as-of date. */
  paid: string;
  unpaid: string | null;
  /** Last day to apply for enforcement (民诉法第250条), holiday rule applied; null without 履行期限 and 生效. */
  enforcementDeadline: IsoDate | null;
  /** The day before the holiday rule moved it; set only when it moved. */
  enforcementDeadlineUnextended?: IsoDate;
  enforcementStatus: 'running' | 'lapsed' | 'unknown';
  /** Payments that restarted the window. */
  enforcementInterruptions: IsoDate[];
  /** Years whose official holiday notice is not known: the extension could not be confirmed. */
  holidayCalendarUnknown: string[];
  /** The doubled part of the delay interest (迟延利息解释第1条); general interest as ordered is not included. */
  delayInterest: {
    from: IsoDate | null; through: IsoDate; dailyRate: string; rows: DelayRow[]; total: string;
    /** With 判项: the general interest of the same period (一般债务利息, 迟延利息解释第1条第2款; part of the running award interest). */
    general?: string;
    /** With 判项: what payments covered of the doubled part (paid last, 第4条). */
    paid?: string;
    /** With 分期 only: each instalment's doubled part from the day after its deadline (迟延利息解释第2条). */
    installments?: InstallmentDelay[];
    /** With 中止 only: the stayed days left out of the doubled part (第3条第3款). */
    stays?: StayCounted[];
  };
  /** What an enforcement application asks for: unpaid judgment money + delay interest to the as-of date. */
  enforcementAmount: string | null;
  /** 办法第14条(一) on enforcementAmount; null without 判决金额. */
  enforcementFee: string | null;
  /**
   * Spec §8.2 (law/awards.ts). With 判项, `awarded` is the money ordered (every item, running interest to the as-of
   * date), `unpaid` what of it is unpaid and `delayInterest` the doubled part on the money other than general interest.
   */
  awards: AwardReport[];
  /** Every party ordered to pay: the `由` names (or every defendant not in a `连带` item), then the `连带` guarantors. */
  debtors: JudgmentDebtor[];
  /** Running award interest accrued to the as-of date (一般债务利息); '0.00' without running interest. */
  generalInterest: string;
  /** What is still owed, item by item, the doubled part last (item null). Empty without 判项. */
  outstanding: OutstandingItem[];
}

interface Payment { date: IsoDate; amount: Decimal }

/** The doubled-interest rows from `start` through `through` on `awarded`, payments reducing the base. */
export function delayRows(awarded: Decimal, start: IsoDate, through: IsoDate, payments: Payment[]): { rows: DelayRow[]; total: Decimal } {
  const sorted = [...payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let base = awarded;
  // Payments before the delay began reduce the base from its first day.
  for (const p of sorted) if (p.date < start) base = base.minus(p.amount);
  const rows: DelayRow[] = [];
  let total = ZERO;
  let from = start;
  const row = (to: IsoDate) => {
    if (to < from || base.lessThanOrEqualTo(0)) return;
    const days = inclusiveDays(from, to);
    const interest = round2(base.times(DELAY_DAILY_RATE).times(days));
    rows.push({ from, to, days, base: fixed2(base), interest: fixed2(interest) });
    total = total.plus(interest);
  };
  for (const p of sorted) {
    if (p.date < start || p.date > through) continue;
    row(p.date);
    base = base.minus(p.amount);
    from = addDays(p.date, 1);
  }
  row(through);
  return { rows, total };
}

export function assessJudgment(j: Judgment, ctx: LawContext, parties: Party[] = []): { report: JudgmentReport; diagnostics: DebtDiagnostic[] } {
  if (j.awards.length) return assessJudgmentWithAwards(j, ctx, parties);
  const out: DebtDiagnostic[] = [];
  const zh = ctx.locale === 'zh';
  const payments = j.payments.filter((p) => p.date.value <= ctx.asOf).map((p) => ({ date: p.date.value, amount: p.amount.value }));
  const paid = payments.reduce((s, p) => s.plus(p.amount), ZERO);
  const awarded = j.awarded?.value;
  const unpaid = awarded ? Decimal.max(awarded.minus(paid), 0) : undefined;
  const windowStart = j.performBy?.value ?? j.effective?.value;
  const defaultStart = j.performBy ? addDays(j.performBy.value, 1) : j.effective?.value;
  const staged = j.installments.length || j.suspensions.length ? v2Doubled(j, awarded, defaultStart ?? null, payments, ctx.asOf) : undefined;
  const delayStart = staged ? staged.start ?? undefined : defaultStart;

  const missing: string[] = [];
  if (!windowStart) missing.push(zh ? '履行期限（或生效日期）' : 'perform-by (or effective) date');
  if (!awarded) missing.push(zh ? '判决金额' : 'the amount awarded');
  if (missing.length) out.push(diag('DEBT516', { caseNumber: j.caseNumber.value, missing: missing.join(zh ? '、' : ' and ') }, { uri: j.uri, range: j.caseNumber.range }, ctx.locale));

  const delay = staged ? { rows: staged.sortedRows(), total: staged.total }
    : awarded && delayStart ? delayRows(awarded, delayStart, ctx.asOf, payments) : { rows: [], total: ZERO };
  const report: JudgmentReport = {
    caseNumber: j.caseNumber.value,
    court: j.court?.value ?? null,
    effective: j.effective?.value ?? null,
    performBy: j.performBy?.value ?? null,
    awarded: awarded ? fixed2(awarded) : null,
    paid: fixed2(paid),
    unpaid: unpaid ? fixed2(unpaid) : null,
    enforcementDeadline: null,
    enforcementStatus: 'unknown',
    enforcementInterruptions: [],
    holidayCalendarUnknown: [],
    delayInterest: { from: delayStart ?? null, through: ctx.asOf, dailyRate: DELAY_DAILY_RATE.toString(), rows: delay.rows, total: fixed2(delay.total) },
    enforcementAmount: unpaid ? fixed2(unpaid.plus(delay.total)) : null,
    enforcementFee: unpaid ? fixed2(enforcementFee(unpaid.plus(delay.total))) : null,
    awards: [],
    // Without 判项 the judgment is read as ordering every defendant (the default of 由, spec §8.2).
    debtors: [
      ...parties.filter((p) => p.role === 'defendant' && !j.joint.some((x) => x.parties.some((r) => r.name === p.name)))
        .map((p) => ({ name: p.name, liability: 'principal' as const, items: [], owes: unpaid ? fixed2(unpaid.plus(delay.total)) : '0.00' })),
      ...j.joint.flatMap((x) => x.parties.map((r) => ({
        name: r.name, liability: 'joint-guarantor' as const, items: [], scope: x.scope ? (typeof x.scope.value === 'string' ? x.scope.value : fixed2(x.scope.value)) : 'all',
        owes: unpaid ? fixed2(x.scope && typeof x.scope.value !== 'string' ? Decimal.min(x.scope.value, unpaid.plus(delay.total)) : unpaid.plus(delay.total)) : '0.00',
      }))),
    ],
    generalInterest: '0.00',
    outstanding: [],
  };
  if (staged) addStaged(report, staged.installments(), staged.staysCounted(ctx.asOf), j);
  if (awarded) out.push(...checkInstallments(j, awarded, staged?.start ?? null, ctx));
  return finishJudgment(j, ctx, report, unpaid, out);
}

/** The enforcement window (民诉法第250条) and its warnings, the same with or without 判项. */
function finishJudgment(j: Judgment, ctx: LawContext, report: JudgmentReport, unpaid: Decimal | undefined, out: DebtDiagnostic[]): { report: JudgmentReport; diagnostics: DebtDiagnostic[] } {
  const payments = j.payments.filter((p) => p.date.value <= ctx.asOf).map((p) => ({ date: p.date.value, amount: p.amount.value }));
  // 民诉法第250条第2款: 法律文书规定分期履行的，从最后一期履行期限届满之日起计算.
  const lastInstallment = j.installments.reduce<IsoDate | undefined>((m, x) => (!m || x.date.value > m ? x.date.value : m), undefined);
  const windowStart = lastInstallment ?? j.performBy?.value ?? j.effective?.value;
  const at = { uri: j.uri, range: (j.performBy ?? j.effective ?? j.caseNumber).range };
  if (!windowStart) return { report, diagnostics: out };

  let end = extendPastRestDays(addYears(windowStart, 2));
  for (const p of payments) {
    if (p.date <= windowStart || p.date > end.day) continue;
    end = extendPastRestDays(addYears(p.date, 2));
    report.enforcementInterruptions.push(p.date);
  }
  report.enforcementDeadline = end.day;
  if (end.extended) report.enforcementDeadlineUnextended = end.from;
  report.holidayCalendarUnknown = end.unknownYears;
  report.enforcementStatus = ctx.asOf > end.day ? 'lapsed' : 'running';
  // A judgment paid in full needs no enforcement: no warning about its window.
  if (unpaid && unpaid.lessThanOrEqualTo(0)) return { report, diagnostics: out };
  if (report.enforcementStatus === 'lapsed') {
    out.push(diag('DEBT514', { caseNumber: j.caseNumber.value, last: end.day, asOf: ctx.asOf }, at, ctx.locale));
  } else {
    const left = diffDays(ctx.asOf, end.day);
    if (left <= ctx.settings.limitationWarnDays) out.push(diag('DEBT513', { caseNumber: j.caseNumber.value, last: end.day, days: left }, at, ctx.locale));
  }
  return { report, diagnostics: out };
}

/** Spec §8.2: the judgment with its award items (law/awards.ts), its parties ordered to pay and the checks on them. */
function assessJudgmentWithAwards(j: Judgment, ctx: LawContext, parties: Party[]): { report: JudgmentReport; diagnostics: DebtDiagnostic[] } {
  const out: DebtDiagnostic[] = [];
  const zh = ctx.locale === 'zh';
  const r = assessAwards(j, parties, ctx.asOf, j.performBy ? addDays(j.performBy.value, 1) : j.effective?.value ?? null);
  const delayStart = r.delayStart;
  if (!j.performBy && !j.effective) out.push(diag('DEBT516', { caseNumber: j.caseNumber.value, missing: zh ? '履行期限（或生效日期）' : 'perform-by (or effective) date' }, { uri: j.uri, range: j.caseNumber.range }, ctx.locale));
  out.push(...checkAwards(j, r, parties, ctx));
  out.push(...checkInstallments(j, r.nonInterest, r.delayStart, ctx), ...checkPayerWords(j, ctx));
  const delayLeft = r.delayTotal.minus(r.delayPaid);
  const owed = r.unpaid.plus(delayLeft);
  const report: JudgmentReport = {
    caseNumber: j.caseNumber.value,
    court: j.court?.value ?? null,
    effective: j.effective?.value ?? null,
    performBy: j.performBy?.value ?? null,
    awarded: fixed2(r.ordered),
    paid: fixed2(r.paid),
    unpaid: fixed2(r.unpaid),
    enforcementDeadline: null,
    enforcementStatus: 'unknown',
    enforcementInterruptions: [],
    holidayCalendarUnknown: [],
    delayInterest: { from: delayStart, through: ctx.asOf, dailyRate: DELAY_DAILY_RATE.toString(), rows: r.delayRows, total: fixed2(r.delayTotal), general: fixed2(r.generalInterestInDelay), paid: fixed2(r.delayPaid) },
    enforcementAmount: fixed2(owed),
    enforcementFee: fixed2(enforcementFee(owed)),
    awards: r.awards,
    debtors: r.debtors,
    generalInterest: fixed2(r.generalInterest),
    outstanding: r.outstanding,
  };
  addStaged(report, r.installments, r.stays, j);
  return finishJudgment(j, ctx, report, owed, out);
}

/** The v2 shortcut (判决金额 only) with 分期 or 中止: payments reach the money ordered first (迟延利息解释第4条). */
function v2Doubled(j: Judgment, awarded: Decimal | undefined, defaultStart: IsoDate | null, payments: Payment[], asOf: IsoDate): DoubledPart | undefined {
  if (!awarded) return undefined;
  const d = new DoubledPart(tranchesOf(awarded, j.installments.map((x) => ({ date: x.date.value, amount: x.amount.value })), defaultStart),
    j.suspensions.map((x) => ({ from: x.from.value, to: x.to.value })));
  let left = awarded;
  for (const p of [...payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    d.accrue(p.date);
    const take = Decimal.min(p.amount, left);
    d.reduce(take);
    left = left.minus(take);
  }
  d.accrue(asOf);
  return d;
}

/** Instalments and stays in the report, only when the judgment has them (the report of other judgments is unchanged). */
function addStaged(report: JudgmentReport, installments: InstallmentDelay[], stays: StayCounted[], j: Judgment): void {
  if (j.installments.length) report.delayInterest.installments = installments;
  if (j.suspensions.length) report.delayInterest.stays = stays;
}
