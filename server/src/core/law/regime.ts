/**
 * Which interest regime applies (rules.md §1–§3): the formation date of the contract and the cap in force.
 *   formed on/after 2020-08-20 → 4 × LPR at formation for the whole life (民间借贷规定第25条);
 *   formed before → 24 % up to 2020-08-19 (2015年民间借贷规定第26条, on the lender's request) and
 *                   4 × LPR at filing from 2020-08-20 (民间借贷规定第31条).
 */
import Decimal from 'decimal.js';
import { Case, Field, Institution, Loan } from '../model/types';
import { LprLookup, LprTable } from './lpr';

export const SPLIT_DATE = '2020-08-20';
export const OLD_CAP = new Decimal(24);

/** A loan between two natural persons is formed when the money is provided (民法典第679条); otherwise when signed. */
export function formationDate(c: Case, loan: Loan): string | undefined {
  const first = loan.deliveries.map((d) => d.date.value).sort()[0];
  return betweenNaturalPersons(c, loan) ? first : loan.signed?.value ?? first;
}

export function betweenNaturalPersons(c: Case, loan: Loan): boolean {
  const kind = (name: string | undefined) => c.parties.find((p) => p.name === name)?.kind ?? 'person';
  return kind(loan.lender?.name) === 'person' && loan.borrowers.every((b) => kind(b.name) === 'person');
}

/**
 * The lender's institution kind, when the lender is licensed (spec §7.1): the loan is then outside 民间借贷规定
 * (规定第1条第2款; 批复 一), so no 4 × LPR cap and no 规定25–31 [rules.md §1.1].
 */
export function lenderInstitution(c: Case, loan: Loan): Field<Institution> | undefined {
  return loan.lender ? c.parties.find((p) => p.name === loan.lender!.name)?.institution : undefined;
}

/** The "cap" of a licensed lender's loan: none; a number no agreed rate reaches, so every rate is taken as agreed. */
const UNCAPPED = new Decimal('1e9');

export interface Regime {
  /** A licensed lender's loan (spec §7.1): no cap (`capRate` is then not reported). */
  licensed: boolean;
  formation: string;
  /** The cap in force at formation, for the report (`capRate`). */
  capRate: Decimal;
  /** The cap on a given day. */
  capOn(day: string): Decimal;
  /** LPR look-ups made, for diagnostics (beyond the table, before the LPR existed). */
  lookups: { purpose: 'formation' | 'filing' | 'overdue'; date: string; result: LprLookup }[];
  /** Contract formed before 2020-08-20: rows split at that date. */
  split: boolean;
}

export function regimeFor(formation: string, asOf: string, lpr: LprTable, applyOldRules: boolean, licensed = false): Regime {
  const lookups: Regime['lookups'] = [];
  if (licensed) return { formation, licensed, capRate: UNCAPPED, capOn: () => UNCAPPED, lookups, split: false };
  const look = (purpose: 'formation' | 'filing', date: string) => { const r = lpr.on(date); lookups.push({ purpose, date, result: r }); return r; };
  if (formation >= SPLIT_DATE) {
    const r = look('formation', formation);
    const cap = r.rate!.times(4);
    return { formation, licensed, capRate: cap, capOn: () => cap, lookups, split: false };
  }
  const atFiling = look('filing', asOf).rate?.times(4) ?? OLD_CAP;
  return {
    formation, licensed, capRate: OLD_CAP, lookups, split: true,
    capOn: (day) => (applyOldRules && day < SPLIT_DATE ? OLD_CAP : atFiling),
  };
}
