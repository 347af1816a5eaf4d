/**
 * The defences the case's own findings support (spec §8.4; issue 18): the one place that decides which grounds a
 * 民事答辩状 or 支付令异议书 may raise, each with its figure and article. Nothing here is boilerplate: a ground exists
 * only when the analysis found its fact — a lapsed limitation period, an agreed rate above the cap, interest kept
 * back from the principal, repayments, a guarantee period that ended, a court the case does not connect to.
 * Amounts are the report's strings (two decimals); rates percent per year.
 */
import Decimal from 'decimal.js';
import { Case, Loan } from '../model/types';
import { Range } from '../text/range';
import { IsoDate } from '../text/dates';
import { LoanInterest } from './interest';
import { LimitationReport } from './limitation';
import { JurisdictionReport } from './jurisdiction';
import { fixed2 } from './money';
import type { Tie } from './obligations';

export type DefenceGround =
  /** The limitation period ended on `end` and the debtor did not waive it (民法典第188条、第192条). */
  | { kind: 'limitation'; loan: string; end: IsoDate }
  /** An agreed rate (period, overdue, or overdue + 违约金 + fees) above the cap (民间借贷规定第25条、第28条、第29条). */
  | { kind: 'rate-cap'; loan: string; which: 'period' | 'overdue' | 'combined'; agreed: string; cap: string; unsupported: string; interest: string; through: IsoDate }
  /**
   * A licensed lender's loan whose interest, penalty interest, 违约金 and fees together exceed 24 % a year: courts reduce
   * the excess on the borrower's request (法发〔2017〕22号 第2条; spec §8.6). Rates only: the reduced figure is not ours.
   */
  | { kind: 'licensed-cap'; loan: string; total: string; parts: { what: 'period' | 'overdue' | 'penalty' | 'fees'; rate: string }[] }
  /** Interest kept back: the principal is what was delivered (民法典第670条; 民间借贷规定第26条). */
  | { kind: 'deducted'; loan: string; written: string | null; deducted: string; principal: string; licensed: boolean }
  /** Repayments made, applied as the law applies them (民法典第561条): what is still owed after them. */
  | { kind: 'repayments'; loan: string; count: number; total: string; paid: { fees: string; interest: string; principal: string; penalty: string }; principal: string; interest: string; fees: string; penalty: string; through: IsoDate }
  /** A guarantor released: the guarantee period ended with no claim (民法典第693条). */
  | { kind: 'guarantee-lapsed'; loan: string; party: string; end: IsoDate | null}
  /**
   * A spouse sued for the borrower's debt with no basis of 民法典第1064条 recorded (`basis` null), or on 共同生活 /
   * 共同生产经营 without proof (the creditor must prove the use, 第1064条第2款).
   */
  | { kind: 'spouse'; loan: string; party: string; borrower: string | null; basis: 'common-use' | 'common-business' | null }
  /** The chosen court matches no connecting point the case records (民诉法第24条、第35条). */
  | { kind: 'jurisdiction'; court: string; permitted: { place: string; party?: string }[]};

/** A ground and the text it rests on (for the debtor-side diagnostic DEBT642). */
export interface FoundGround { ground: DefenceGround; at: { uri: string; range: Range } }

/** The articles each kind of ground rests on (ids of data/citations.json). */
export const GROUND_CITATIONS: Record<DefenceGround['kind'], string[]> = {
  limitation: ['民法典第188条', '民法典第192条', '民法典第193条'],
  'rate-cap': ['民间借贷规定第25条', '民间借贷规定第28条', '民间借贷规定第29条'],
  deducted: ['民法典第670条', '民间借贷规定第26条'],
  'licensed-cap': [],
  repayments: ['民法典第561条'],
  'guarantee-lapsed': ['民法典第692条', '民法典第693条'],
  spouse: ['民法典第1064条'],
  jurisdiction: ['民诉法第24条', '民诉法第35条'],
};

/** The citations of one ground: a licensed lender's loan is outside 民间借贷规定 (spec §7.1), so only 民法典第670条. */
export function groundCitations(g: DefenceGround): string[] {
  return g.kind === 'deducted' && g.licensed ? ['民法典第670条'] : GROUND_CITATIONS[g.kind];
}

export interface LoanFacts { loan: Loan; li: LoanInterest; limitation: LimitationReport; outstandingInterest: string }

const two = (d: Decimal) => fixed2(d);

export function assessDefences(c: Case, loans: LoanFacts[], jurisdiction: JurisdictionReport, asOf: IsoDate, interestThrough: IsoDate, ties: Tie[] = []): FoundGround[] {
  const out: FoundGround[] = [];
  const add = (ground: DefenceGround, uri: string, range: Range) => out.push({ ground, at: { uri, range } });
  for (const { loan, li, limitation, outstandingInterest } of loans) {
    const uri = loan.uri;
    if (limitation.status === 'lapsed' && !limitation.waived && limitation.end) {
      add({ kind: 'limitation', loan: loan.name, end: limitation.end }, uri, loan.due?.range ?? loan.installments[loan.installments.length - 1]?.date.range ?? loan.nameRange);
    }
    const r = li.regime;
    if (r && !r.licensed && li.formation) {
      const cap = r.capRate;
      if (li.agreed.period && li.agreed.period.greaterThan(cap) && li.unsupportedPeriod.greaterThan(0)) {
        add({ kind: 'rate-cap', loan: loan.name, which: 'period', agreed: two(li.agreed.period), cap: two(cap), unsupported: two(li.unsupportedPeriod),
          interest: outstandingInterest, through: interestThrough }, uri, loan.interest?.range ?? loan.nameRange);
      }
      // The overdue-phase cap as the interest checks apply it (DEBT402/403): the cap in force on the as-of date.
      const later = r.capOn(asOf);
      const combined = (li.agreed.overdue ?? li.agreed.period ?? new Decimal(0)).plus(li.agreed.penalty ?? 0).plus(li.agreed.fees ?? 0);
      if ((li.agreed.penalty || li.agreed.fees) && combined.greaterThan(later)) {
        add({ kind: 'rate-cap', loan: loan.name, which: 'combined', agreed: two(combined), cap: two(later), unsupported: two(li.unsupportedOverdue),
          interest: outstandingInterest, through: interestThrough }, uri, (loan.penalty ?? loan.fees)!.range);
      } else if (li.agreed.overdue && li.agreed.overdue.greaterThan(later)) {
        add({ kind: 'rate-cap', loan: loan.name, which: 'overdue', agreed: two(li.agreed.overdue), cap: two(later), unsupported: two(li.unsupportedOverdue),
          interest: outstandingInterest, through: interestThrough }, uri, loan.overdueInterest!.range);
      }
    }
    if (r?.licensed) {
      const a = li.agreed;
      const base = a.overdue && (!a.period || a.overdue.greaterThan(a.period)) ? { what: 'overdue' as const, rate: a.overdue } : a.period ? { what: 'period' as const, rate: a.period } : undefined;
      const parts = [...(base ? [base] : []), ...(a.penalty ? [{ what: 'penalty' as const, rate: a.penalty }] : []), ...(a.fees ? [{ what: 'fees' as const, rate: a.fees }] : [])];
      const total = parts.reduce((s, x) => s.plus(x.rate), new Decimal(0));
      if (total.greaterThan(24)) {
        add({ kind: 'licensed-cap', loan: loan.name, total: two(total), parts: parts.map((x) => ({ what: x.what, rate: two(x.rate) })) }, uri, (loan.fees ?? loan.penalty ?? loan.overdueInterest ?? loan.interest)?.range ?? loan.nameRange);
      }
    }
    if (loan.deducted && loan.deducted.value.greaterThan(0)) {
      add({ kind: 'deducted', loan: loan.name, written: loan.amount ? two(loan.amount.value) : null, deducted: two(loan.deducted.value), principal: two(li.principal), licensed: !!r?.licensed }, uri, loan.deducted.range);
    } else if (loan.amount && loan.deliveries.length > 0 && loan.amount.value.greaterThan(li.principal)) {
      add({ kind: 'deducted', loan: loan.name, written: two(loan.amount.value), deducted: two(loan.amount.value.minus(li.principal)), principal: two(li.principal), licensed: !!r?.licensed }, uri, loan.amount.range);
    }
    const repaid = c.events.filter((e) => e.kind === 'repaid' && e.loans.includes(loan.name));
    if (repaid.length) {
      const total = repaid.reduce((s, e) => (e.kind === 'repaid' ? s.plus(e.amount.value) : s), new Decimal(0));
      add({ kind: 'repayments', loan: loan.name, count: repaid.length, total: two(total),
        paid: { fees: two(li.paid.fees), interest: two(li.paid.interest), principal: two(li.paid.principal), penalty: two(li.paid.penalty) },
        principal: two(li.outstanding.principal), interest: outstandingInterest,
        fees: two(li.outstanding.fees), penalty: two(li.outstanding.penalty), through: interestThrough }, uri, repaid[0].date.range);
    }
    for (const g of limitation.guarantors) {
      if (g.status !== 'released') continue;
      const decl = loan.guarantors.find((x) => x.party.name === g.name);
      add({ kind: 'guarantee-lapsed', loan: loan.name, party: g.name, end: g.periodEnd ?? null }, uri, decl?.party.range ?? loan.nameRange);
    }
  }
  // Who owes as a spouse is the obligations engine's answer (law/obligations.ts): its ties, owing or not.
  for (const t of ties) {
    if (t.obligation.liability !== 'spouse') continue;
    const loan = c.loans.find((l) => l.name === t.obligation.loan);
    const sp = loan?.spouses.find((x) => x.party.name === t.party);
    const unproved = t.owes && (t.obligation.spouseBasis === 'common-use' || t.obligation.spouseBasis === 'common-business') && sp && sp.proofs.length === 0;
    if (t.reason === 'no-basis' || unproved) {
      add({ kind: 'spouse', loan: t.obligation.loan, party: t.party, borrower: loan?.borrowers[0]?.name ?? null,
        basis: t.reason === 'no-basis' ? null : t.obligation.spouseBasis as 'common-use' | 'common-business' }, t.uri, t.range);
    }
  }
  if (jurisdiction.matches === false && jurisdiction.chosen && c.court) {
    add({ kind: 'jurisdiction', court: jurisdiction.chosen, permitted: jurisdiction.permitted.map((p) => ({ place: p.place, ...(p.party ? { party: p.party } : {}) })) }, c.uri, c.court.range);
  }
  return out;
}
