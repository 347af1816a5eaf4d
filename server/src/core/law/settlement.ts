/**
 * `结算 DATE MONEY (借款 REFS)?` (spec §8.3, 对账/结算): from that day the settled sum is the principal of the named loans
 * (all loans when none is named). Several loans share it in proportion to their principal lent [our convention,
 * docs/conventions.md]. 民间借贷规定第27条:
 * - ¶1: interest rolled into the new principal is accepted only as far as it was lawful (at most 4 × LPR at formation):
 *   the new principal is at most the principal outstanding plus the lawful interest, 违约金 and fees still unpaid on that
 *   day; the rest of the settled sum is not principal (DEBT422);
 * - ¶2: what the borrower owes at the end of the term (principal plus the interest of the term) may not exceed the original
 *   principal plus interest on it at 4 × LPR over the whole term (DEBT423, a warning with the excess).
 */
import Decimal from 'decimal.js';
import { Case, Loan, Settlement } from '../model/types';
import { IsoDate } from '../text/dates';
import { maxDec, minDec, round2, ZERO } from './money';

/** The settlements of a loan, in date order. */
export function settlementsOf(c: Case, loan: Loan): Settlement[] {
  return (c.settlements ?? []).filter((s) => s.loanRefs.length === 0 || s.loanRefs.some((r) => r.name === loan.name))
    .sort((a, b) => (a.date.value < b.date.value ? -1 : 1));
}

/** The part of a settled sum that concerns one loan: in proportion to the principal lent of the loans it names. */
export function shareOf(c: Case, s: Settlement, loan: Loan): Decimal {
  const named = c.loans.filter((l) => s.loanRefs.length === 0 || s.loanRefs.some((r) => r.name === l.name));
  if (named.length <= 1) return s.amount.value;
  const lent = (l: Loan) => l.deliveries.reduce((x, d) => x.plus(d.amount.value), ZERO).minus(l.deducted?.value ?? ZERO);
  const total = named.reduce((x, l) => x.plus(lent(l)), ZERO);
  return total.isZero() ? ZERO : round2(s.amount.value.times(lent(loan)).dividedBy(total));
}

/** One settlement as applied to a loan (规定27 ¶1). */
export interface SettlementResult {
  settlement: Settlement;
  date: IsoDate;
  /** The loan's part of the settled sum. */
  amount: Decimal;
  principalBefore: Decimal;
  /** Lawful interest, 违约金 and fees unpaid on the day, rolled into the new principal. */
  interestBefore: Decimal;
  /** The interest and rate-based fees among them (the rows of kind period, overdue, fees): no longer owed as interest. */
  rolledInterest: Decimal;
  /** The new principal: the settled part, at most principal + lawful unpaid interest. */
  principalAfter: Decimal;
  /** The settled part that is not principal: interest above what was lawful (规定27 ¶1). */
  unsupported: Decimal;
}

export function applySettlement(s: Settlement, amount: Decimal, principalBefore: Decimal, interestBefore: Decimal,
  rolledInterest: Decimal): SettlementResult {
  const lawful = principalBefore.plus(maxDec(interestBefore, ZERO));
  const principalAfter = minDec(amount, lawful);
  const unsupported = maxDec(amount.minus(lawful), ZERO);
  return { settlement: s, date: s.date.value, amount, principalBefore, interestBefore, rolledInterest, principalAfter, unsupported };
}
