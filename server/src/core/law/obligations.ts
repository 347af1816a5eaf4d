/**
 * Who owes what (spec §8.1): the one place that decides, for each party and each loan, whether and how the party owes
 * and how much. Every document, diagnostic, hover and the report ask it; none decides liability on its own.
 *
 * - 借款人 (the first name): the borrower. Further names after 借款人 and every 共同借款人: co-borrowers, jointly
 *   liable for the whole loan (民法典第518条、第178条).
 * - 债务加入: jointly liable with the debtor (民法典第552条).
 * - 配偶: a 夫妻共同债务 only on a basis of 民法典第1064条; without one, the spouse owes nothing on record.
 * - 保证人: a guarantee covers the loan it is written in (第681条; 合同相对性 第465条第2款), 全部 unless 范围 says
 *   otherwise (第691条); a guarantee period that ended without a demand (joint) or a suit (general) releases the
 *   guarantor (第693条): they owe nothing.
 *
 * Amounts come from the loan's LoanReport (outstanding as of the as-of date), never recomputed. Each debtor of a loan
 * owes the whole (joint liability): the creditor recovers the loan's total once, from any of them (docs/conventions.md).
 */
import Decimal from 'decimal.js';
import { Case, Loan, SpouseBasis } from '../model/types';
import { Range } from '../text/range';
import type { CaseReport, LoanReport } from './analyze-law';
import { fixed2, minDec, ZERO } from './money';

export type Liability = 'borrower' | 'co-borrower' | 'joined' | 'spouse' | 'joint-guarantor' | 'general-guarantor';

export interface LoanObligation {
  loan: string;
  liability: Liability;
  /** Two-decimal strings like the rest of the report. */
  principal: string;
  interest: string;
  /** Principal + interest + 违约金 + other fees outstanding, capped by a guarantee's scope. */
  total: string;
  /** Guarantors: 'all' | 'principal' | a money string (the cap). */
  scope?: 'all' | 'principal' | string;
  spouseBasis?: SpouseBasis;
  /** Guarantors: the last day of the guarantee period (when the main debt's due date is known). */
  guaranteeUntil?: string;
  /** Guarantors: the period ended without a demand (joint) or a suit (general). Never true in `debtors`. */
  guaranteeLapsed?: boolean;
  /** Citation ids as used elsewhere, e.g. '民法典第688条'. */
  citations: string[];
}

export interface DebtorReport { name: string; loans: LoanObligation[] }

/**
 * One tie of a party to a loan as the file writes it, owing or not: a released guarantor and a spouse without a basis
 * are ties that owe nothing. `range` is the party's name in the loan (for diagnostics).
 */
export interface Tie {
  party: string;
  owes: boolean;
  /** Why a tie owes nothing. */
  reason?: 'guarantee-lapsed' | 'no-basis' | 'nothing-outstanding';
  obligation: LoanObligation;
  uri: string;
  range: Range;
}

/** Principal liabilities first: a party tied twice to one loan (borrower and guarantor) is held by the stronger tie. */
const RANK: Record<Liability, number> = { borrower: 0, 'co-borrower': 1, joined: 2, spouse: 3, 'joint-guarantor': 4, 'general-guarantor': 5 };

const CITES: Record<Liability, string[]> = {
  borrower: ['民法典第667条', '民法典第675条'],
  'co-borrower': ['民法典第675条', '民法典第518条', '民法典第178条'],
  joined: ['民法典第552条'],
  spouse: ['民法典第1064条'],
  'joint-guarantor': ['民法典第688条', '民法典第691条'],
  'general-guarantor': ['民法典第687条', '民法典第691条'],
};

interface Owed { principal: Decimal; interest: Decimal; total: Decimal }

/** What a principal debtor owes on a loan: its outstanding principal, interest, 违约金 and fees as of the as-of date. */
function loanOwed(r: LoanReport): Owed {
  const o = r.outstanding;
  const principal = new Decimal(o.principal), interest = new Decimal(o.interest);
  return { principal, interest, total: principal.plus(interest).plus(o.penalty).plus(o.fees) };
}

/**
 * What a guarantor owes within its scope: 本金 → the principal only; a sum → principal first, then interest, the total
 * never above the sum (docs/conventions.md); 全部 → as the debtor.
 */
function withinScope(owed: Owed, scope: 'all' | 'principal' | Decimal): Owed {
  if (scope === 'all') return owed;
  if (scope === 'principal') return { principal: owed.principal, interest: ZERO, total: owed.principal };
  const principal = minDec(owed.principal, scope);
  const interest = minDec(owed.interest, scope.minus(principal));
  return { principal, interest, total: minDec(owed.total, scope) };
}

const NOTHING: Owed = { principal: ZERO, interest: ZERO, total: ZERO };

/** Every tie of every party of the case to every loan, in loan order, then borrower, co-borrowers, joined, spouses, guarantors. */
export function tiesOf(c: Case, loans: LoanReport[]): Tie[] {
  const ties: Tie[] = [];
  c.loans.forEach((loan, i) => {
    const r = loans[i];
    if (r) ties.push(...loanTies(loan, r));
  });
  return ties;
}

function loanTies(loan: Loan, r: LoanReport): Tie[] {
  const owed = loanOwed(r);
  const out: Tie[] = [];
  const tie = (party: string, liability: Liability, at: { uri: string; range: Range }, amounts: Owed, extra: Partial<LoanObligation> = {},
    reason?: Tie['reason']) => {
    if (party === loan.lender?.name) return; // the lender owes itself nothing (DEBT227)
    // A loan repaid in full (or nothing lent yet as of the as-of date): nobody owes anything on it.
    if (!reason && amounts.total.isZero()) reason = 'nothing-outstanding';
    out.push({
      party, owes: !reason, ...(reason ? { reason } : {}), uri: at.uri, range: at.range,
      obligation: {
        loan: loan.name, liability, principal: fixed2(amounts.principal), interest: fixed2(amounts.interest), total: fixed2(amounts.total),
        ...extra, citations: [...CITES[liability], ...(extra.citations ?? [])],
      },
    });
  };
  loan.borrowers.forEach((b, i) => tie(b.name, i === 0 ? 'borrower' : 'co-borrower', { uri: loan.uri, range: b.range }, owed));
  for (const d of loan.coBorrowers) tie(d.party.name, 'co-borrower', { uri: d.uri, range: d.party.range }, owed);
  for (const d of loan.joined) tie(d.party.name, 'joined', { uri: d.uri, range: d.party.range }, owed);
  for (const s of loan.spouses) {
    const at = { uri: s.uri, range: s.party.range };
    if (s.basis) tie(s.party.name, 'spouse', at, owed, { spouseBasis: s.basis.value });
    else tie(s.party.name, 'spouse', at, NOTHING, {}, 'no-basis');
  }
  loan.guarantors.forEach((g, i) => {
    const status = r.limitation.guarantors[i];
    const liability: Liability = g.type === 'joint' ? 'joint-guarantor' : 'general-guarantor';
    const scope = g.scope?.value ?? 'all';
    const lapsed = status?.status === 'released';
    const extra: Partial<LoanObligation> = {
      scope: scope instanceof Decimal ? fixed2(scope) : scope,
      ...(status?.periodEnd ? { guaranteeUntil: status.periodEnd } : {}),
      ...(lapsed ? { guaranteeLapsed: true, citations: ['民法典第693条'] } : {}),
    };
    const at = { uri: g.uri, range: g.party.range };
    if (lapsed) tie(g.party.name, liability, at, NOTHING, extra, 'guarantee-lapsed');
    else tie(g.party.name, liability, at, withinScope(owed, scope), extra);
  });
  return out;
}

/**
 * The report's `debtors` (spec §8.1): one entry per party of the case who owes, in the case's party order, each loan
 * once with the party's strongest tie to it. Names the file ties to a loan but never declared are left out (DEBT2xx).
 */
export function debtorsOf(c: Case, ties: Tie[]): DebtorReport[] {
  const out: DebtorReport[] = [];
  for (const p of c.parties) {
    const byLoan = new Map<string, LoanObligation>();
    for (const t of ties) {
      if (t.party !== p.name || !t.owes) continue;
      const prev = byLoan.get(t.obligation.loan);
      if (!prev || RANK[t.obligation.liability] < RANK[prev.liability]) byLoan.set(t.obligation.loan, t.obligation);
    }
    if (byLoan.size && !out.some((d) => d.name === p.name)) out.push({ name: p.name, loans: [...byLoan.values()] });
  }
  return out;
}

/** What `party` owes, loan by loan; [] = owes nothing. */
export function obligationsOf(report: CaseReport, party: string): LoanObligation[] {
  return report.debtors.find((d) => d.name === party)?.loans ?? [];
}

/** Who owes on `loan`, principal debtors first (in the case's party order), then guarantors. */
export function debtorsOfLoan(report: CaseReport, loan: string): { name: string; obligation: LoanObligation }[] {
  const out: { name: string; obligation: LoanObligation }[] = [];
  for (const d of report.debtors) for (const o of d.loans) if (o.loan === loan) out.push({ name: d.name, obligation: o });
  return out.sort((a, b) => Number(isGuarantor(a.obligation.liability)) - Number(isGuarantor(b.obligation.liability)));
}

/** Guarantees of `party` released by the end of the guarantee period (民法典第693条): loan and last day of the period. */
export function lapsedGuarantees(report: CaseReport, party: string): { loan: string; until?: string }[] {
  return report.loans.flatMap((l) => l.limitation.guarantors.filter((g) => g.name === party && g.status === 'released')
    .map((g) => ({ loan: l.name, ...(g.periodEnd ? { until: g.periodEnd } : {}) })));
}

export function isGuarantor(l: Liability): boolean {
  return l === 'joint-guarantor' || l === 'general-guarantor';
}

/**
 * The words of a claim for each liability, for the documents: 「判令被告吴强、郑丽共同偿还…」,
 * 「对…承担连带清偿责任」, 「…承担一般保证责任」, 「…承担共同清偿责任（夫妻共同债务）」. `several` false: a borrower who is
 * the loan's only principal debtor simply 「偿还」.
 */
export function liabilityWords(l: Liability, several = true): string {
  switch (l) {
    case 'borrower': case 'co-borrower': return several ? '共同偿还' : '偿还';
    case 'joined': return '连带清偿责任';
    case 'spouse': return '共同清偿责任（夫妻共同债务）';
    case 'joint-guarantor': return '连带清偿责任';
    case 'general-guarantor': return '一般保证责任';
  }
}

/** The liability as a lawyer names it (hover, messages). */
export function liabilityName(l: Liability, locale: 'zh' | 'en'): string {
  const zh: Record<Liability, string> = {
    borrower: '借款人', 'co-borrower': '共同借款人（连带债务）', joined: '债务加入人（连带债务）', spouse: '配偶（夫妻共同债务）',
    'joint-guarantor': '连带责任保证人', 'general-guarantor': '一般保证人',
  };
  const en: Record<Liability, string> = {
    borrower: 'borrower', 'co-borrower': 'co-borrower (joint debt)', joined: 'joined the debt (joint debt)', spouse: 'spouse (joint marital debt)',
    'joint-guarantor': 'joint guarantor', 'general-guarantor': 'general guarantor',
  };
  return (locale === 'zh' ? zh : en)[l];
}
