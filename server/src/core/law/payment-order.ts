/**
 * 支付令 (督促程序, rules.md §15): what an application may claim, and DEBT603 suggesting it. The application may
 * ask for interest only where the documents agree interest, late interest or 违约金 (民诉法解释第428条): for a loan
 * without, principal only — so the fee (a third of the acceptance fee, 诉讼费用交纳办法第14条) is on that amount.
 */
import Decimal from 'decimal.js';
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case, Demand, Evidence, Loan } from '../model/types';
import { IsoDate } from '../text/dates';
import { LawContext } from './context';
import { LoanInterest } from './interest';
import { claimAmount } from './claim-amount';
import { courtFee } from './fees';
import { betweenNaturalPersons } from './regime';
import { yuan, ZERO } from './money';
import { addDays, addYears } from '../text/dates';
import { extendPastRestDays } from './calendar';
import { hasPreSuitPreservation } from './preservation';

/** The documents agree interest, late interest or 违约金 (a rate or a sum) for this loan. */
export function agreesCharges(loan: Loan): boolean {
  return !!loan.overdueInterest || !!loan.penalty || (!!loan.interest && typeof loan.interest.value !== 'string');
}

/** What a payment-order application may claim: the claim amount, with no interest for a loan whose documents agree none. */
export function paymentOrderAmount(c: Case, loans: { loan: Loan; li: LoanInterest }[], interestThrough: IsoDate): Decimal {
  const charged = loans.filter((x) => agreesCharges(x.loan));
  const principalClaimed = c.claims.some((cl) => cl.kind === 'principal');
  const uncharged = loans.filter((x) => !agreesCharges(x.loan))
    .reduce((s, x) => s.plus(principalClaimed ? x.li.outstanding.principal : ZERO), ZERO);
  return claimAmount(c, charged, interestThrough).plus(uncharged);
}

/** 借条 / 借款合同 as the file has it (the loan's agreement evidence), for the message. */
function documentWord(c: Case, loans: Loan[], zh: boolean): string {
  const kinds = new Set(loans.flatMap((l) => [...l.proofs, ...l.signedProofs])
    .map((r) => c.evidence.find((e: Evidence) => e.name === r.name)?.kind?.value));
  if (kinds.has('contract') && kinds.has('iou')) return zh ? '借条、借款合同' : 'IOU and contract';
  if (kinds.has('contract')) return zh ? '借款合同' : 'contract';
  if (kinds.has('iou')) return zh ? '借条' : 'IOU';
  return zh ? '借款凭证' : 'documents';
}

/**
 * DEBT603: only when no procedure was chosen, every loan is due with a fixed amount and none is time-barred on the
 * limitation reading of this tool (a lapsed claim invites an objection that ends the order).
 */
export function checkPaymentOrder(c: Case, ctx: LawContext, loans: { loan: Loan; li: LoanInterest }[], anyLapsed: boolean, amount: Decimal): DebtDiagnostic[] {
  if (c.procedure || anyLapsed || loans.length === 0 || amount.lessThanOrEqualTo(0)) return [];
  // Already applied for, or barred by a pre-suit preservation (民诉法解释第427条(七)).
  if (paymentOrderDemand(c) || hasPreSuitPreservation(c)) return [];
  const allDue = loans.every(({ li }) => li.dueDate !== undefined && li.dueDate < ctx.asOf && li.principal.greaterThan(0));
  // Interest the documents leave unclear (a rate the court must set) makes the amount uncertain (民诉法解释第428条).
  const amountFixed = !c.loans.some((l) => l.interest?.value === 'unclear' && !betweenNaturalPersons(c, l));
  if (!allDue || !amountFixed) return [];
  const zh = ctx.locale === 'zh';
  const interestClaimed = c.claims.some((cl) => cl.kind === 'interest');
  const without = interestClaimed ? loans.filter((x) => !agreesCharges(x.loan)).map((x) => x.loan) : [];
  return [diag('DEBT603', {
    amount: yuan(amount), fee: yuan(courtFee(amount).paymentOrder),
    loansWithout: without.length ? without.map((l) => l.name).join(zh ? '、' : ', ') : undefined,
    document: documentWord(c, without, zh),
  }, { uri: c.uri, range: c.nameRange }, ctx.locale)];
}

/** 民诉法第227条第2款: days from receipt of the order to pay or object in writing. */
export const OBJECTION_DAYS = 15;

export interface PaymentOrderReport {
  /** The application: the date of the `催收 … 支付令` item (also the filing date if it turns into a suit, 民诉法解释第439条). */
  applied: IsoDate;
  /** The day the order reached the debtor (`送达`). */
  served: IsoDate | null;
  /** Last day to pay or object (第227条), the start day not counted, moved past rest days (民诉法第85条). */
  objectionDeadline: IsoDate | null;
  /** The day before the holiday rule moved it; set only when it moved. */
  objectionDeadlineUnextended?: IsoDate;
  /** Last day to apply for enforcement of the order: two years from the objection deadline (民诉法解释第440条; 民诉法第250条). */
  enforcementDeadline: IsoDate | null;
}

/** The case's payment-order application: its latest `催收 … 支付令` (a demand's channel marks the route, spec §3.4). */
export function paymentOrderDemand(c: Case): Demand | undefined {
  const all = c.events.filter((e): e is Demand => e.kind === 'demanded' && e.channel?.value === 'payment-order');
  return all.sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : 0)).pop();
}

/** DEBT515 (the objection window and what follows) and DEBT615 (barred by a pre-suit preservation). */
export function assessPaymentOrder(c: Case, ctx: LawContext): { report: PaymentOrderReport | null; diagnostics: DebtDiagnostic[] } {
  const out: DebtDiagnostic[] = [];
  const d = paymentOrderDemand(c);
  if (hasPreSuitPreservation(c)) {
    const at = d?.channel ?? (c.procedure?.value === 'payment-order' ? c.procedure : undefined);
    if (at) out.push(diag('DEBT615', {}, { uri: c.uri, range: at.range }, ctx.locale));
  }
  if (!d) return { report: null, diagnostics: out };
  const report: PaymentOrderReport = { applied: d.date.value, served: d.served?.value ?? null, objectionDeadline: null, enforcementDeadline: null };
  const at = { uri: d.uri, range: d.channel!.range };
  if (!d.served) {
    out.push(diag('DEBT515', {}, at, ctx.locale));
    return { report, diagnostics: out };
  }
  const last = extendPastRestDays(addDays(d.served.value, OBJECTION_DAYS));
  report.objectionDeadline = last.day;
  if (last.extended) report.objectionDeadlineUnextended = last.from;
  report.enforcementDeadline = extendPastRestDays(addYears(last.day, 2)).day;
  out.push(diag('DEBT515', { served: d.served.value, last: last.day, moved: last.extended ? last.from : undefined, enforceBy: report.enforcementDeadline }, at, ctx.locale));
  return { report, diagnostics: out };
}
