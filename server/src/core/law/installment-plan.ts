/**
 * `分期 等额本息|等额本金 N期 首期 DATE` and `宣布到期 DATE` (spec §8.3).
 *
 * The plan: monthly instalments from the first date (same day of each later month, the month's last day where that
 * day does not exist, 民法典第202条), at the monthly rate = annual rate ÷ 12 (the banks' 月利率 = 年利率 ÷ 12):
 * - 等额本息: the fixed payment A = P·r·(1+r)^n / ((1+r)^n − 1), rounded half-up to the fen; each month's interest is
 *   the balance × r (rounded), the principal part A − interest; the last instalment takes the balance left;
 * - 等额本金: principal P ÷ n (rounded), the last one the balance left; interest the balance × r.
 * P is the principal actually lent (民法典第670条); the rate is the agreed period rate at formation (an LPR rate at the
 * LPR of formation), as the contract's table was drawn; the cap limits the interest computed, not the table.
 *
 * Acceleration: every instalment (and a single due date) later than the day of the call falls due on that day.
 * The law engine reads the loan with these instalments (`effectiveLoan`), so overdue interest and the limitation
 * period (民法典第189条: from the last instalment) follow.
 */
import Decimal from 'decimal.js';
import { Acceleration, Case, Installment, Loan } from '../model/types';
import { addMonths, IsoDate } from '../text/dates';
import { LprTable } from './lpr';
import { formationDate } from './regime';
import { rateOn } from './floating-rate';
import { maxDec, round2, ZERO } from './money';

export interface PlanRow { no: number; date: IsoDate; payment: Decimal; principal: Decimal; interest: Decimal; balance: Decimal }

export function planRows(principal: Decimal, annualRate: Decimal, method: 'equal-payment' | 'equal-principal', count: number, first: IsoDate): PlanRow[] {
  const r = annualRate.dividedBy(1200);
  const rows: PlanRow[] = [];
  let balance = principal;
  const annuity = r.isZero() ? principal.dividedBy(count)
    : principal.times(r).times(r.plus(1).pow(count)).dividedBy(r.plus(1).pow(count).minus(1));
  const payment = round2(annuity);
  const even = round2(principal.dividedBy(count));
  for (let k = 1; k <= count; k++) {
    const interest = round2(balance.times(r));
    let part = method === 'equal-payment' ? payment.minus(interest) : even;
    if (k === count || part.greaterThan(balance)) part = balance;
    part = maxDec(part, ZERO);
    balance = balance.minus(part);
    rows.push({ no: k, date: addMonths(first, k - 1), payment: part.plus(interest), principal: part, interest, balance });
  }
  return rows;
}

/** The acceleration that applies to a loan: the earliest `宣布到期` naming it, or naming no loan. */
export function accelerationOf(c: Case, loan: Loan): Acceleration | undefined {
  return (c.accelerations ?? []).filter((a) => !a.loan || a.loan.name === loan.name)
    .sort((a, b) => (a.date.value < b.date.value ? -1 : 1))[0];
}

export interface EffectiveLoan { loan: Loan; plan?: PlanRow[]; acceleration?: Acceleration }

/** The loan as the law engine reads it: plan instalments generated, acceleration applied. The same object when neither is written. */
export function effectiveLoan(c: Case, loan: Loan, lpr: LprTable): EffectiveLoan {
  const acc = accelerationOf(c, loan);
  const p = loan.installmentPlan;
  if (!p && !acc) return { loan };
  let installments: Installment[] = loan.installments;
  let plan: PlanRow[] | undefined;
  if (p) {
    const delivered = loan.deliveries.reduce((s, d) => s.plus(d.amount.value), ZERO);
    const principal = maxDec(delivered.minus(loan.deducted?.value ?? ZERO), ZERO);
    const formation = formationDate(c, loan);
    const iv = loan.interest?.value;
    const rate = formation && iv && typeof iv === 'object' ? rateOn(iv, formation, formation, lpr, loan.daycount) ?? ZERO : ZERO;
    if (principal.greaterThan(0)) {
      plan = planRows(principal, rate, p.method.value, p.count.value, p.first.value);
      installments = plan.map((row) => ({
        uri: p.uri, range: p.range, date: { value: row.date, range: p.first.range }, amount: { value: row.principal, range: p.count.range },
      }));
    }
  }
  let due = loan.due;
  if (acc) {
    const d = acc.date.value;
    installments = installments.map((i) => (i.date.value > d ? { ...i, date: { value: d, range: acc.date.range } } : i));
    if (due && due.value !== 'on-demand' && due.value > d) due = { value: d, range: acc.date.range };
  }
  return { loan: { ...loan, installments, due }, plan, acceleration: acc };
}
