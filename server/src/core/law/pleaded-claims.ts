/**
 * Interest claims as pleaded (spec §8.3):
 * - `请求 利息 按 RATE`: the plaintiff asks less than the law allows, so every interest row of the loans is computed at
 *   the lower of that rate and the lawful one (interest.ts reads `pleadedRateOn`); a rate above the cap is DEBT420;
 * - `自 DATE|起诉日`: interest claimed from that day; from the filing date nothing accrues before it, only the
 *   running interest 「自起诉之日起…至实际清偿之日止」;
 * - `利息 MONEY STRING?`: a fixed sum claimed as interest, counted as written (DEBT421 when above the lawful interest).
 * Payments settle the oldest interest first (民法典第561条), so the interest still unpaid is the most recent: the unpaid
 * part of [from, until] is min(unpaid through until, accrued in [from, until]).
 */
import Decimal from 'decimal.js';
import { Case, Claim, Loan, Rate } from '../model/types';
import { addDays, inclusiveDays, IsoDate } from '../text/dates';
import { LoanInterest, ScheduleRow } from './interest';
import { LprTable } from './lpr';
import { rateOn } from './floating-rate';
import { accruedThrough } from './claim-amount';
import { maxDec, minDec, round2, ZERO } from './money';

export type InterestClaim = Extract<Claim, { kind: 'interest' }>;

export function interestClaims(c: Case): InterestClaim[] {
  return c.claims.filter((cl): cl is InterestClaim => cl.kind === 'interest');
}

/** The rate pleaded with `按` (the first interest claim that names one). */
export function pleadedRate(c: Case): InterestClaim['rate'] {
  return interestClaims(c).find((cl) => cl.rate)?.rate;
}

/** The pleaded rate on a day (annual percent), for interest.ts; undefined when none is pleaded. */
export function pleadedRateOn(c: Case, loan: Loan, formation: IsoDate, lpr: LprTable): ((day: IsoDate) => Decimal | undefined) | undefined {
  const r: Rate | undefined = pleadedRate(c)?.value;
  if (!r) return undefined;
  return (day) => rateOn(r, day, formation, lpr, loan.daycount);
}

/** Whether the case pleads interest in a §8.3 form (a start, a rate or a fixed sum): then this module sums the claim. */
export function pleadsInterest(c: Case): boolean {
  // With a 结算, interest rolled into principal is no longer owed as interest: this module takes it out.
  return interestClaims(c).some((cl) => cl.from || cl.amount || cl.rate) || (c.settlements?.length ?? 0) > 0;
}

/**
 * Interest (and rate-based fees) of the rows accrued in [from, to]: whole rows as computed, a row cut by either end
 * recomputed for its days inside (base × rate × days / daycount, rounded like any row).
 */
export function accruedBetween(rows: ScheduleRow[], kinds: ScheduleRow['kind'][], from: IsoDate, to: IsoDate, daycount: number): Decimal {
  let total = ZERO;
  for (const r of rows) {
    if (!kinds.includes(r.kind) || r.to < from || r.from > to) continue;
    const a = r.from > from ? r.from : from, b = r.to < to ? r.to : to;
    total = total.plus(a === r.from && b === r.to ? r.interest : round2(r.base.times(r.rate).times(inclusiveDays(a, b)).dividedBy(100 * daycount)));
  }
  return total;
}

export interface ClaimedPart { claim: InterestClaim; from?: IsoDate; until: IsoDate | 'paid'; amount: Decimal; fixed: boolean }

/** What each interest claim asks of one loan through interestThrough (the fee base: later interest is not counted). */
export function claimedParts(c: Case, loan: Loan, li: LoanInterest, interestThrough: IsoDate): ClaimedPart[] {
  const asOf = addDays(interestThrough, 1);
  const kinds: ScheduleRow['kind'][] = ['period', 'overdue'];
  return interestClaims(c).map((cl) => {
    // A fixed sum is one claim of the case: counted with its first loan, not once per loan.
    if (cl.amount) return { claim: cl, until: interestThrough, amount: loan.name === c.loans[0]?.name ? cl.amount.value : ZERO, fixed: true };
    const from = cl.from ? (cl.from.value === 'filing' ? asOf : cl.from.value) : undefined;
    const untilV = cl.until?.value;
    const until = untilV && untilV !== 'paid' && untilV < interestThrough ? untilV : interestThrough;
    // Interest a 结算 rolled into principal on or before `until` is no longer owed as interest (spec §8.3).
    const rolled = (li.settlements ?? []).filter((x) => x.date <= until).reduce((sum, x) => sum.plus(x.rolledInterest), ZERO);
    const unpaid = maxDec(accruedThrough(li.schedule, [...kinds, 'fees'], until, loan.daycount).minus(li.paid.interest).minus(li.paid.fees).minus(rolled), ZERO);
    const amount = from
      ? minDec(unpaid, accruedBetween(li.schedule, [...kinds, 'fees'], from, until, loan.daycount))
      : unpaid;
    return { claim: cl, from, until: untilV === 'paid' || !untilV ? 'paid' : untilV, amount: maxDec(amount, ZERO), fixed: false };
  });
}

/** The interest the claims of a §8.3 form ask of one loan (the claim amount's interest part). */
export function pleadedInterestAmount(c: Case, loan: Loan, li: LoanInterest, interestThrough: IsoDate): Decimal {
  return claimedParts(c, loan, li, interestThrough).reduce((s, p) => s.plus(p.amount), ZERO);
}

/** The lawful interest still unpaid through interestThrough (for DEBT421: a fixed sum above it). */
export function lawfulUnpaid(li: LoanInterest): Decimal {
  return li.outstanding.interest.plus(li.outstanding.fees);
}
