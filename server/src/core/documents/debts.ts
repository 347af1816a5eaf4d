/**
 * Who owes what on each loan, as the documents need it: the one place a document asks "who owes this loan, with what
 * liability, and how much". Every claim, letter and application names a party as owing only through here, so no
 * document decides liability on its own (spec §8.1).
 */
import { CaseData, sum } from './case-data';

export type Liability = 'borrower' | 'co-borrower' | 'joined' | 'spouse' | 'joint-guarantor' | 'general-guarantor';

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

/**
 * Fallback while the report carries no `debtors`: borrowers (co-borrowers when several) and guarantors as the loan
 * records them, each owing the loan's whole outstanding amount; a guarantor released by the lapse of the guarantee
 * period (民法典第693条) owes nothing and is left out.
 */
function fromModel(d: CaseData, loanName: string): LoanDebt[] {
  const x = d.loans.find(({ loan }) => loan.name === loanName);
  if (!x || !x.r) return [];
  const { loan, r } = x;
  const o = r.outstanding;
  const principal = o.principal;
  const interestStr = sum([o.interest, o.fees, o.penalty]).toFixed(2);
  const total = sum([principal, interestStr]).toFixed(2);
  const out: LoanDebt[] = loan.borrowers.map((b) => ({
    name: b.name, loan: loan.name, liability: loan.borrowers.length > 1 ? 'co-borrower' : 'borrower', principal, interest: interestStr, total,
  }));
  const released = new Set(r.limitation.guarantors.filter((g) => g.status === 'released').map((g) => g.name));
  for (const g of loan.guarantors) {
    if (released.has(g.party.name)) continue;
    out.push({ name: g.party.name, loan: loan.name, liability: g.type === 'joint' ? 'joint-guarantor' : 'general-guarantor',
      principal, interest: interestStr, total, scope: 'all', guaranteeUntil: g.until?.value });
  }
  return out;
}

/** Everyone who owes something on this loan, borrowers first. */
export function loanDebts(d: CaseData, loanName: string): LoanDebt[] {
  return fromModel(d, loanName);
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
