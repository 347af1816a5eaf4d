/**
 * The claim amount X on which the court fee is assessed (民诉法解释第201条; rules.md §13): the money claimed,
 * computed through interestThrough. Interest "至实际清偿之日止" after that day is not included [UNCONFIRMED practice].
 */
import Decimal from 'decimal.js';
import { Case, Loan } from '../model/types';
import { inclusiveDays, IsoDate } from '../text/dates';
import { LoanInterest, ScheduleRow } from './interest';
import { maxDec, round2, ZERO } from './money';
import { pleadedInterestAmount, pleadsInterest } from './pleaded-claims';

/**
 * Interest (and rate-based fees) accrued through `until`: rows after it drop out, a row running past it is
 * recomputed for its days up to `until` with the same base and rate (rounded like any row).
 */
export function accruedThrough(rows: ScheduleRow[], kinds: ScheduleRow['kind'][], until: IsoDate, daycount: number): Decimal {
  let total = ZERO;
  for (const r of rows) {
    if (!kinds.includes(r.kind) || r.from > until) continue;
    total = total.plus(r.to <= until ? r.interest
      : round2(r.base.times(r.rate).times(inclusiveDays(r.from, until)).dividedBy(100 * daycount)));
  }
  return total;
}

export function claimAmount(c: Case, loans: { loan: Loan; li: LoanInterest }[], interestThrough: IsoDate): Decimal {
  const kinds = new Set(c.claims.map((cl) => cl.kind));
  // `请求 利息 至 DATE`: interest only through that date (never past interestThrough). Payments settle the oldest
  // interest first (they cover what accrued before their day), so the unpaid part up to DATE is accrued − paid.
  const until = c.claims.flatMap((cl) => (cl.kind === 'interest' && cl.until && cl.until.value !== 'paid' ? [cl.until.value] : []))
    .sort().pop();
  let x = ZERO;
  for (const { loan, li } of loans) {
    if (kinds.has('principal')) x = x.plus(li.outstanding.principal);
    if (kinds.has('interest')) {
      // Spec §8.3: 按 RATE, 自 DATE|起诉日, a fixed sum — each interest claim counted as pleaded (pleaded-claims.ts).
      if (pleadsInterest(c)) x = x.plus(pleadedInterestAmount(c, loan, li, interestThrough));
      else if (until && until < interestThrough) {
        const accrued = accruedThrough(li.schedule, ['period', 'overdue'], until, loan.daycount);
        const fees = accruedThrough(li.schedule, ['fees'], until, loan.daycount);
        x = x.plus(maxDec(accrued.minus(li.paid.interest), ZERO)).plus(maxDec(fees.minus(li.paid.fees), ZERO));
        // Fixed-amount fees (counted once overdue) are not tied to a day: claimed whole.
        x = x.plus(li.fixedCharges.filter((f) => f.what === 'fees').reduce((s, f) => s.plus(f.supported), ZERO));
      } else {
        x = x.plus(li.outstanding.interest).plus(li.outstanding.fees);
      }
    }
    if (kinds.has('penalty')) x = x.plus(li.outstanding.penalty);
  }
  for (const cl of c.claims) if (cl.kind === 'fees') x = x.plus(cl.amount.value);
  return x;
}
