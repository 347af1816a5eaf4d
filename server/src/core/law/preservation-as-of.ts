/**
 * A preservation application's figures as of its own day (spec §7.3 `保全 … 申请 DATE`; docs/conventions.md "Preservation
 * as of the application day"). The application claims what is owed when it is made, not on the filing date: the law
 * engine is asked once more with the application day as its as-of date (interest through the day before, as a
 * complaint counts to the day before filing), so no interest rule is repeated here. Without `申请`, or when the
 * application day is the case's as-of date, the case's own figures stand.
 */
import { IsoDate } from '../text/dates';
import type { CaseReport, LoanReport } from './analyze-law';
import type { DebtorReport } from './obligations';

/** The figures of the case as of an application day: what the application document states. */
export interface ClaimAsOf {
  asOf: IsoDate;
  interestThrough: IsoDate;
  claimAmount: string;
  loans: LoanReport[];
  debtors: DebtorReport[];
}

/**
 * The case's figures as of `day`, from `analyzeAt` (the law engine with that as-of date), each day asked once.
 * Returns undefined for the case's own as-of date: its report already holds those figures.
 */
export function claimsAsOf(caseAsOf: IsoDate, analyzeAt: (day: IsoDate) => CaseReport): (day: IsoDate) => ClaimAsOf | undefined {
  const seen = new Map<IsoDate, ClaimAsOf>();
  return (day) => {
    if (day === caseAsOf) return undefined;
    let c = seen.get(day);
    if (!c) {
      const r = analyzeAt(day);
      c = { asOf: r.asOf, interestThrough: r.interestThrough, claimAmount: r.claimAmount, loans: r.loans, debtors: r.debtors };
      seen.set(day, c);
    }
    return c;
  };
}
