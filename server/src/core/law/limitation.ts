/**
 * 诉讼时效 of one loan (rules.md §12): start, interruptions, last day with the holiday rule, status on the
 * as-of date, the 20-year bound and waiver after expiry. A lapse is a warning, never a block: the court may
 * not raise it of its own motion (民法典第193条), but the debtor will.
 */
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case, Event, Loan } from '../model/types';
import { addYears, diffDays, IsoDate } from '../text/dates';
import { LawContext } from './context';
import { assessGuarantors, GuarantorReport } from './guarantee';
import { eventDate, onDemandDue } from './on-demand';
import { preSuitApplications } from './preservation';
import { OldLaw, periodFrom } from './old-limitation';

export interface LimitationReport {
  start?: IsoDate;
  end?: IsoDate;
  status: 'running' | 'lapsed' | 'unknown';
  interruptions: IsoDate[];
  /** How the start was found: due date, last instalment (民法典第189条), demand + grace (第675条). */
  basis?: 'due' | 'installments' | 'demand';
  /** 民法典第188条第2款: nothing after this day is protected, whatever the interruptions. */
  longStop?: IsoDate;
  holidayExtended: boolean;
  /** The last day before the holiday rule moved it (民法典第203条); set only when it moved. */
  unextendedEnd?: IsoDate;
  /** No term and the first demand named no deadline: the default grace period (days) that fixed the start. */
  defaultGraceDays?: number;
  /** Years whose official holiday notice is not yet known: the extension could not be confirmed. */
  holidayCalendarUnknown: string[];
  /** After expiry the debtor acknowledged or paid (民法典第192条第2款; 时效规定第19条). */
  waived?: IsoDate;
  guarantors: GuarantorReport[];
  /** The period (its last start) began before 2017-10-01: how the two years of 民法通则第135条 were decided (spec §8.5). */
  oldLaw?: OldLaw;
}

/**
 * Events that restart the period for the main debt: demands reaching a borrower (on the day they reached him when
 * `送达` is given, 时效规定第8条), acknowledgements, repayments — in the order of the day they count.
 */
function interrupting(c: Case, loan: Loan): Event[] {
  const borrowers = new Set(loan.borrowers.map((b) => b.name));
  return c.events.filter((e) => {
    if (!e.loans.includes(loan.name)) return false;
    // Contacting third parties or publishing the debt is no claim made to the debtor (spec §8.4): it interrupts nothing.
    if (e.kind === 'demanded' && (e.channel?.value === 'third-party' || e.channel?.value === 'disclosure')) return false;
    if (e.kind === 'demanded') return e.of.length === 0 || e.of.some((p) => borrowers.has(p.name));
    if (e.kind === 'acknowledged') return !e.by || borrowers.has(e.by.name);
    return true;
  }).sort((a, b) => (eventDate(a) < eventDate(b) ? -1 : eventDate(a) > eventDate(b) ? 1 : 0));
}

const CITE_BY_EVENT: Record<string, string> = { repaid: '时效规定第14条', acknowledged: '时效规定第14条', demanded: '时效规定第8条' };
const CITE_BY_CHANNEL: Record<string, string> = { lawsuit: '时效规定第10条', 'payment-order': '时效规定第11条', mediation: '时效规定第12条' };

/** The start event day S (rules.md §12) and what it rests on. */
export function limitationStart(c: Case, loan: Loan, graceDays: number): { start?: IsoDate; basis?: LimitationReport['basis']; starter?: Event; defaultGraceDays?: number } {
  if (loan.installments.length) return { start: loan.installments.map((i) => i.date.value).sort().pop(), basis: 'installments' };
  if (loan.due && loan.due.value !== 'on-demand') return { start: loan.due.value, basis: 'due' };
  // No term: the end of the time the first demand gave (民法典第675条; 时效规定第4条; spec §7.2).
  const d = onDemandDue(c, loan, graceDays);
  return d ? { start: d.due, basis: 'demand', starter: d.demand, defaultGraceDays: d.defaultGraceDays } : {};
}

export function assessLimitation(c: Case, loan: Loan, ctx: LawContext): { limitation: LimitationReport; diagnostics: DebtDiagnostic[] } {
  const out: DebtDiagnostic[] = [];
  const L = ctx.locale;
  const { start, basis, starter, defaultGraceDays } = limitationStart(c, loan, ctx.settings.onDemandGraceDays);
  const report: LimitationReport = { status: 'unknown', interruptions: [], holidayExtended: false, holidayCalendarUnknown: [], guarantors: [] };
  if (!start) {
    if (loan.deliveries.length) out.push(diag('DEBT501', { loan: loan.name }, { uri: loan.uri, range: loan.due?.range ?? loan.nameRange }, L));
    report.guarantors = assessGuarantors(c, loan, undefined, ctx, out);
    return { limitation: report, diagnostics: out };
  }
  report.start = start; report.basis = basis;
  if (defaultGraceDays !== undefined) report.defaultGraceDays = defaultGraceDays;
  report.longStop = addYears(start, 20);
  // No term: the first demand is what starts the period (and the overdue interest), not an interruption.
  if (starter && starter.proofs.length === 0) {
    out.push(diag('DEBT505', { kind: 'demanded', date: starter.date.value, loan: loan.name, role: 'start' },
      { uri: starter.uri, range: starter.date.range }, L, { citations: ['民法典第675条', '时效规定第4条'] }));
  }
  if (starter && defaultGraceDays !== undefined) {
    out.push(diag('DEBT510', { loan: loan.name, date: starter.date.value, days: defaultGraceDays, due: start },
      { uri: starter.uri, range: starter.date.range }, L));
  }
  let period = periodFrom(start);
  let end = period.end;
  let waiver: Event | undefined;
  // A pre-suit preservation application interrupts like a suit (时效规定第11条(四)); proved by the court's file.
  const preSuit = preSuitApplications(c).map((day) => ({ day, e: undefined as Event | undefined }));
  const steps = [...interrupting(c, loan).map((e) => ({ day: eventDate(e), e })), ...preSuit]
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  for (const { day, e } of steps) {
    if (!e) {
      if (day <= start || day > ctx.asOf || day > end.day) continue;
      period = periodFrom(day); end = period.end;
      report.interruptions.push(day);
      continue;
    }
    if (e === starter || day <= start || day > ctx.asOf) continue;
    if (day > end.day) {
      // After expiry only the debtor's acknowledgement or payment matters: it waives the defence.
      if (e.kind !== 'demanded' && !report.waived) { report.waived = day; waiver = e; }
      continue;
    }
    period = periodFrom(day); end = period.end;
    report.interruptions.push(day);
    if (e.proofs.length === 0) {
      const cite = (e.kind === 'demanded' && e.channel && CITE_BY_CHANNEL[e.channel.value]) || CITE_BY_EVENT[e.kind];
      out.push(diag('DEBT505', { kind: e.kind, date: day, loan: loan.name, role: 'interrupt' }, { uri: e.uri, range: e.date.range }, L,
        { citations: e.kind === 'repaid' ? [cite, '民诉法解释第92条'] : [cite] }));
    }
  }
  report.end = end.day;
  if (period.oldLaw) {
    report.oldLaw = period.oldLaw;
    out.push(diag('DEBT520', { ...period.oldLaw, end: end.day },
      { uri: loan.uri, range: loan.due?.range ?? loan.installments[loan.installments.length - 1]?.date.range ?? loan.nameRange }, L));
  }
  report.holidayExtended = end.extended;
  if (end.extended) report.unextendedEnd = end.from;
  report.holidayCalendarUnknown = end.unknownYears;
  report.status = ctx.asOf > end.day ? 'lapsed' : 'running';
  const at = { uri: loan.uri, range: loan.due?.range ?? loan.installments[loan.installments.length - 1]?.date.range ?? loan.nameRange };
  if (report.status === 'lapsed') {
    if (report.waived) out.push(diag('DEBT506', { end: end.day, waived: report.waived, by: waiver!.kind === 'repaid' ? 'payment' : 'acknowledgement' }, at, L));
    else out.push(diag('DEBT502', { end: end.day, asOf: ctx.asOf, defaultGraceDays }, at, L));
  } else {
    const left = diffDays(ctx.asOf, end.day);
    if (left <= ctx.settings.limitationWarnDays) {
      out.push(diag('DEBT503', {
        end: end.day, days: left, oneDayLater: basis === 'due' && report.interruptions.length === 0,
        original: end.extended ? end.from : undefined, originalDays: end.extended ? diffDays(ctx.asOf, end.from) : undefined, defaultGraceDays,
      }, at, L));
    }
  }
  if (ctx.asOf > report.longStop) out.push(diag('DEBT504', { start, longStop: report.longStop }, at, L));
  if (end.unknownYears.length) out.push(diag('DEBT507', { end: end.day, years: end.unknownYears.join('、'), extended: end.extended }, at, L));
  report.guarantors = assessGuarantors(c, loan, start, ctx, out);
  return { limitation: report, diagnostics: out };
}
