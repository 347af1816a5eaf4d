/**
 * 支付令 (督促程序, rules.md §15): what an application may claim, and DEBT603 suggesting it. The application may
 * ask for interest only where the documents agree interest, late interest or 违约金 (民诉法解释第428条): for a loan
 * without, principal only — so the fee (a third of the acceptance fee, 诉讼费用交纳办法第14条) is on that amount.
 */
import Decimal from 'decimal.js';
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case, Evidence, Loan } from '../model/types';
import { IsoDate } from '../text/dates';
import { LawContext } from './context';
import { LoanInterest } from './interest';
import { claimAmount } from './claim-amount';
import { courtFee } from './fees';
import { betweenNaturalPersons } from './regime';
import { yuan, ZERO } from './money';

/** The documents agree interest, late interest or 违约金 (a rate or a sum) for this loan. */
function agreesCharges(loan: Loan): boolean {
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
