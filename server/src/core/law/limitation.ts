/**
 * 诉讼时效 of one loan (rules.md §12): start, interruptions, last day with the holiday rule, status on the
 * as-of date, the 20-year bound and waiver after expiry. A lapse is a warning, never a block: the court may
 * not raise it of its own motion (民法典第193条), but the debtor will.
 */
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case, Event, Loan } from '../model/types';
import { addDays, addYears, diffDays, IsoDate } from '../text/dates';
import { extendPastRestDays } from './calendar';
import { LawContext } from './context';
import { assessGuarantors, GuarantorReport } from './guarantee';

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
  /** Years whose official holiday notice is not yet known: the extension could not be confirmed. */
  holidayCalendarUnknown: string[];
  /** After expiry the debtor acknowledged or paid (民法典第192条第2款; 时效规定第19条). */
  waived?: IsoDate;
  guarantors: GuarantorReport[];
}

/** Events that restart the period for the main debt: demands reaching a borrower, acknowledgements, repayments. */
function interrupting(c: Case, loan: Loan): Event[] {
  const borrowers = new Set(loan.borrowers.map((b) => b.name));
  return c.events.filter((e) => {
    if (!e.loans.includes(loan.name)) return false;
    if (e.kind === 'demanded') return e.of.length === 0 || e.of.some((p) => borrowers.has(p.name));
    if (e.kind === 'acknowledged') return !e.by || borrowers.has(e.by.name);
    return true;
  }).sort((a, b) => (a.date.value < b.date.value ? -1 : 1));
}

const CITE_BY_EVENT: Record<string, string> = { repaid: '时效规定第14条', acknowledged: '时效规定第14条', demanded: '时效规定第8条' };
const CITE_BY_CHANNEL: Record<string, string> = { lawsuit: '时效规定第10条', 'payment-order': '时效规定第11条', mediation: '时效规定第12条' };

/** The start event day S (rules.md §12) and what it rests on. */
export function limitationStart(c: Case, loan: Loan, graceDays: number): { start?: IsoDate; basis?: LimitationReport['basis'] } {
  if (loan.installments.length) return { start: loan.installments.map((i) => i.date.value).sort().pop(), basis: 'installments' };
  if (loan.due && loan.due.value !== 'on-demand') return { start: loan.due.value, basis: 'due' };
  // No term (or none written): the end of the grace period given in the first demand (民法典第675条; 时效规定第4条).
  const borrowers = new Set(loan.borrowers.map((b) => b.name));
  const demand = c.events.filter((e) => e.kind === 'demanded' && e.loans.includes(loan.name)
    && (e.of.length === 0 || e.of.some((p) => borrowers.has(p.name)))).map((e) => e.date.value).sort()[0];
  return demand ? { start: addDays(demand, graceDays), basis: 'demand' } : {};
}

export function assessLimitation(c: Case, loan: Loan, ctx: LawContext): { limitation: LimitationReport; diagnostics: DebtDiagnostic[] } {
  const out: DebtDiagnostic[] = [];
  const L = ctx.locale;
  const { start, basis } = limitationStart(c, loan, ctx.settings.onDemandGraceDays);
  const report: LimitationReport = { status: 'unknown', interruptions: [], holidayExtended: false, holidayCalendarUnknown: [], guarantors: [] };
  if (!start) {
    if (loan.deliveries.length) out.push(diag('DEBT501', { loan: loan.name }, { uri: loan.uri, range: loan.due?.range ?? loan.nameRange }, L));
    report.guarantors = assessGuarantors(c, loan, undefined, ctx, out);
    return { limitation: report, diagnostics: out };
  }
  report.start = start; report.basis = basis;
  report.longStop = addYears(start, 20);
  let end = extendPastRestDays(addYears(start, 3));
  for (const e of interrupting(c, loan)) {
    if (e.date.value <= start || e.date.value > ctx.asOf) continue;
    if (e.date.value > end.day) {
      // After expiry only the debtor's acknowledgement or payment matters: it waives the defence.
      if (e.kind !== 'demanded' && !report.waived) report.waived = e.date.value;
      continue;
    }
    end = extendPastRestDays(addYears(e.date.value, 3));
    report.interruptions.push(e.date.value);
    if (e.proofs.length === 0) {
      const cite = (e.kind === 'demanded' && e.channel && CITE_BY_CHANNEL[e.channel.value]) || CITE_BY_EVENT[e.kind];
      out.push(diag('DEBT505', { kind: e.kind, date: e.date.value }, { uri: e.uri, range: e.date.range }, L, { citations: [cite] }));
    }
  }
  report.end = end.day;
  report.holidayExtended = end.extended;
  report.holidayCalendarUnknown = end.unknownYears;
  report.status = ctx.asOf > end.day ? 'lapsed' : 'running';
  const at = { uri: loan.uri, range: loan.due?.range ?? loan.installments[loan.installments.length - 1]?.date.range ?? loan.nameRange };
  if (report.status === 'lapsed') {
    if (report.waived) out.push(diag('DEBT506', { end: end.day, waived: report.waived }, at, L));
    else out.push(diag('DEBT502', { end: end.day, asOf: ctx.asOf }, at, L));
  } else {
    const left = diffDays(ctx.asOf, end.day);
    if (left <= ctx.settings.limitationWarnDays) {
      out.push(diag('DEBT503', { end: end.day, days: left, oneDayLater: basis === 'due' && report.interruptions.length === 0 }, at, L));
    }
  }
  if (ctx.asOf > report.longStop) out.push(diag('DEBT504', { start, longStop: report.longStop }, at, L));
  if (end.unknownYears.length) out.push(diag('DEBT507', { end: end.day, years: end.unknownYears.join('、') }, at, L));
  report.guarantors = assessGuarantors(c, loan, start, ctx, out);
  return { limitation: report, diagnostics: out };
}
