/**
 * Who owes what on each loan, as the documents need it: the one place a document asks "who owes this loan, with what
 * liability, and how much". Every claim, letter and application names a party as owing only through here, so no
 * document decides liability on its own (spec §8.1).
 */
import { debtorsOfLoan, Liability } from '../law/obligations';
import { CaseData } from './case-data';

export type { Liability };

/** One debtor of one loan (the obligations model's LoanObligation, with the debtor's name). */
export interface LoanDebt {
  name: string;
  loan: string;
  liability: Liability;
  principal: string;
  interest: string;
  total: string;
  /** Guarantors: 全部 (default), 本金, or an amount cap ('50000.00'). */
  scope?: string;
  guaranteeUntil?: string;
  guaranteeLapsed?: boolean;
  spouseBasis?: string;
}

/** The borrower and co-borrowers: they are named in the money items themselves (「共同偿还」). */
export const PRIMARY: ReadonlySet<Liability> = new Set<Liability>(['borrower', 'co-borrower']);
export const GUARANTOR: ReadonlySet<Liability> = new Set<Liability>(['joint-guarantor', 'general-guarantor']);

/** Everyone who owes something on this loan, borrowers first: the obligations model's answer (law/obligations.ts). */
export function loanDebts(d: CaseData, loanName: string): LoanDebt[] {
  return debtorsOfLoan(d.report, loanName).map(({ name, obligation: o }) => ({
    name, loan: o.loan, liability: o.liability, principal: o.principal, interest: o.interest, total: o.total,
    ...(o.scope ? { scope: o.scope } : {}), ...(o.guaranteeUntil ? { guaranteeUntil: o.guaranteeUntil } : {}),
    ...(o.guaranteeLapsed ? { guaranteeLapsed: true } : {}), ...(o.spouseBasis ? { spouseBasis: o.spouseBasis } : {}),
  }));
}

/** What one party owes, loan by loan. */
export function debtsOf(d: CaseData, party: string): LoanDebt[] {
  return d.loans.flatMap(({ loan }) => loanDebts(d, loan.name).filter((x) => x.name === party));
}

/** Every party who owes on some loan, in the order the loans name them. */
export function allDebtors(d: CaseData): string[] {
  return [...new Set(d.loans.flatMap(({ loan }) => loanDebts(d, loan.name).map((x) => x.name)))];
}

/** The borrowers (and co-borrowers) of a loan. */
export function primaryDebtors(d: CaseData, loanName: string): string[] {
  return loanDebts(d, loanName).filter((x) => PRIMARY.has(x.liability)).map((x) => x.name);
}

/** 「共同」 before the verb when several borrowers owe one loan jointly (民法典第518条). */
export function jointly(names: string[]): string {
  return names.length > 1 ? '共同' : '';
}

/** The borrowers as the loan names them: 借款人 and every 共同借款人 (those who signed as borrowers). */
export function borrowerNames(loan: { borrowers: { name: string }[]; coBorrowers?: { party: { name: string } }[] }): string[] {
  return [...new Set([...loan.borrowers.map((b) => b.name), ...(loan.coBorrowers ?? []).map((c) => c.party.name)])];
}
