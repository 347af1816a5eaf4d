/**
 * When a loan with no term falls due (spec §7.2; 民法典第675条; 时效规定第4条): at the end of the time the first
 * demand on a borrower gave (`限期 10日` / `限期 DATE`), or — only when that demand names none — of the
 * `onDemandGraceDays` default [UNCONFIRMED, rules.md §12]. Days are counted from the day the demand reached the
 * borrower (`送达`) when given, else from the demand's date. Interest and limitation both read this one function.
 */
import { Case, Demand, Event, Loan } from '../model/types';
import { addDays, IsoDate } from '../text/dates';

/** The day a demand takes effect: when it reached the debtor (时效规定第8条), else the day it was made. */
export function demandEffectiveDate(e: Demand): IsoDate {
  return e.served?.value ?? e.date.value;
}

/** Demands made through a court or mediator: they interrupt on the day of the application, not of service. */
const BY_APPLICATION = new Set(['payment-order', 'lawsuit', 'mediation']);

/**
 * The day an event counts for the limitation period: a demand when it reached the debtor (时效规定第8条); an
 * application for a payment order, a suit or mediation on the day it was made (时效规定第10条、第11条（一）、第12条); others on
 * their date.
 */
export function eventDate(e: Event): IsoDate {
  if (e.kind !== 'demanded') return e.date.value;
  return e.channel && BY_APPLICATION.has(e.channel.value) ? e.date.value : demandEffectiveDate(e);
}

/** Demands of this loan made on one of its borrowers (a demand naming no one is on every debtor), earliest first. */
export function demandsOnBorrowers(c: Case, loan: Loan): Demand[] {
  const borrowers = new Set(loan.borrowers.map((b) => b.name));
  return c.events
    .filter((e): e is Demand => e.kind === 'demanded' && e.loans.includes(loan.name) && (e.of.length === 0 || e.of.some((p) => borrowers.has(p.name))))
    .sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : 0));
}

export interface OnDemandDue {
  /** The last day the borrower had to pay: overdue interest from the day after, limitation from this day. */
  due: IsoDate;
  /** The first demand on a borrower, which fixed the due date. */
  demand: Demand;
  /** Set when the demand named no deadline and the default grace period was used. */
  defaultGraceDays?: number;
}

export function onDemandDue(c: Case, loan: Loan, graceDays: number): OnDemandDue | undefined {
  if (loan.installments.length || loan.due?.value !== 'on-demand') return undefined;
  const demand = demandsOnBorrowers(c, loan)[0];
  if (!demand) return undefined;
  const from = demandEffectiveDate(demand);
  const d = demand.deadline?.value;
  if (d && 'date' in d) return { due: d.date > from ? d.date : from, demand };
  if (d) return { due: addDays(from, d.days), demand };
  return { due: addDays(from, graceDays), demand, defaultGraceDays: graceDays };
}
