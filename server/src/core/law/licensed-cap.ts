/**
 * A licensed lender's loan (spec §7.1, §8.6): outside 民间借贷规定, so the rates are computed as agreed. Courts commonly
 * reduce the total of interest, compound interest, penalty interest, 违约金 and other fees of a financial loan above
 * 24 % a year (法发〔2017〕22号 第2条), so a warning gives the figure at 24 % (DEBT417), and the setting
 * `debt.interest.licensedCap` lets the lawyer claim at the reduced figure ('24') or at 4 × the one-year LPR ('4xLPR'),
 * computed with the same machinery as the private-lending caps: the period rate up to the cap, and overdue interest,
 * 违约金 and fees together up to it (DEBT419 says which figure is claimed).
 */
import Decimal from 'decimal.js';
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case, Loan } from '../model/types';
import { LicensedCap } from '../settings';
import { LawContext } from './context';
import { computeInterest, LoanInterest } from './interest';
import { LprTable } from './lpr';
import { maxDec, pct, yuan, ZERO } from './money';
import { lenderInstitution } from './regime';

const TWENTY_FOUR = new Decimal(24);

/** Interest, 违约金 and fees outstanding through the last day of interest. */
const charges = (li: LoanInterest) => li.outstanding.interest.plus(li.outstanding.penalty).plus(li.outstanding.fees);

/** The highest annual total the agreement charges: the period rate, or overdue interest + 违约金 + fees. */
function agreedTotal(li: LoanInterest): Decimal {
  const a = li.agreed;
  return maxDec(a.period ?? ZERO, (a.overdue ?? a.period ?? ZERO).plus(a.penalty ?? ZERO).plus(a.fees ?? ZERO));
}

/** DEBT417 (as agreed, above 24 %) or DEBT419 (claimed under the setting), at the loan's rate. */
export function checkLicensedCap(c: Case, loan: Loan, li: LoanInterest, lpr: LprTable, ctx: LawContext): DebtDiagnostic[] {
  if (!li.regime?.licensed || !li.formation) return [];
  const total = agreedTotal(li);
  if (total.lessThanOrEqualTo(TWENTY_FOUR)) return [];
  const setting = ctx.settings.licensedCap;
  const under = (cap: LicensedCap) => (cap === setting ? li
    : computeInterest(c, loan, { asOf: ctx.asOf, interestThrough: ctx.interestThrough, settings: { ...ctx.settings, licensedCap: cap }, lpr }));
  const agreed = charges(under('none'));
  const at24 = charges(under('24'));
  const args = {
    lender: lenderInstitution(c, loan) ? loan.lender!.name : '', rate: pct(total), through: ctx.interestThrough,
    agreed: yuan(agreed), at24: yuan(at24), diff: yuan(agreed.minus(at24)), setting,
    capped: setting === 'none' ? undefined : yuan(charges(li)), cap: setting === '4xLPR' ? pct(li.regime.capRate) : undefined,
  };
  const at = { uri: loan.uri, range: loan.interest?.range ?? loan.overdueInterest?.range ?? loan.nameRange };
  if (setting === 'none') return agreed.greaterThan(at24) ? [diag('DEBT417', args, at, ctx.locale)] : [];
  return [diag('DEBT419', args, at, ctx.locale)];
}
