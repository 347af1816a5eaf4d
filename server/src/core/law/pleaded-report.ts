/**
 * Spec §8.3 in the report and the diagnostics: the instalments of a 分期 plan, the 结算 applied (民间借贷规定第27条), the
 * interest claims as pleaded; DEBT420 (按 RATE above the cap), DEBT421 (a fixed sum above the lawful interest), DEBT422/423
 * (规定27), DEBT424 (宣布到期 without proof).
 */
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case } from '../model/types';
import { IsoDate, inclusiveDays } from '../text/dates';
import { LawContext } from './context';
import { LoanInterest } from './interest';
import { EffectiveLoan } from './installment-plan';
import { LprTable } from './lpr';
import { claimedParts, interestClaims, lawfulUnpaid, pleadedRate } from './pleaded-claims';
import { rateOn } from './floating-rate';
import { fixed2, maxDec, pct, round2, yuan, ZERO } from './money';
import { lprRateText } from '../model/lpr-literal';

type PlanRowReport = { no: number; date: IsoDate; payment: string; principal: string; interest: string; balance: string };
type SettlementReport = {
  date: IsoDate; amount: string; principalBefore: string; interestBefore: string; rolledInterest: string; principalAfter: string; unsupported: string;
};
type InterestClaimReport = { from: IsoDate | null; until: IsoDate | 'paid'; fixed: boolean; amount: string };
export const NO_PLEADED = { installmentPlan: null, settlements: null, interestClaims: null } as {
  installmentPlan: PlanRowReport[] | null; settlements: SettlementReport[] | null; interestClaims: InterestClaimReport[] | null;
};

export function pleadedLoanReport(c: Case, eff: EffectiveLoan, li: LoanInterest, interestThrough: IsoDate): typeof NO_PLEADED {
  const claims = interestClaims(c);
  return {
    installmentPlan: eff.plan?.map((r) => ({
      no: r.no, date: r.date, payment: fixed2(r.payment), principal: fixed2(r.principal), interest: fixed2(r.interest), balance: fixed2(r.balance),
    })) ?? null,
    settlements: li.settlements?.map((s) => ({
      date: s.date, amount: fixed2(s.amount), principalBefore: fixed2(s.principalBefore), interestBefore: fixed2(s.interestBefore),
      rolledInterest: fixed2(s.rolledInterest),
      principalAfter: fixed2(s.principalAfter), unsupported: fixed2(s.unsupported),
    })) ?? null,
    interestClaims: claims.some((cl) => cl.from || cl.amount || cl.rate)
      ? claimedParts(c, eff.loan, li, interestThrough).map((p) => ({ from: p.from ?? null, until: p.until, fixed: p.fixed, amount: fixed2(p.amount) }))
      : null,
  };
}

export function checkPleaded(c: Case, eff: EffectiveLoan, li: LoanInterest, lpr: LprTable, ctx: LawContext): DebtDiagnostic[] {
  const out: DebtDiagnostic[] = [];
  const L = ctx.locale, loan = eff.loan, r = li.regime;
  // DEBT420: the pleaded rate above the cap on any day it is used (a floating rate is checked at each LPR change).
  const pleaded = pleadedRate(c);
  if (pleaded && r && !r.licensed && li.formation) {
    const days = [li.formation, ...lpr.changesBetween(li.formation, ctx.interestThrough)];
    for (const day of days) {
      const v = rateOn(pleaded.value, day, li.formation, lpr, loan.daycount);
      if (v && v.greaterThan(r.capOn(day))) {
        const rate = pleaded.value.lpr ? lprRateText(pleaded.value, L) : pct(v);
        out.push(diag('DEBT420', { rate, value: pct(v), on: day, cap: pct(r.capOn(day)), loan: loan.name }, { uri: c.uri, range: pleaded.range }, L));
        break;
      }
    }
  }
  // DEBT422 / DEBT423: 民间借贷规定第27条.
  for (const s of li.settlements ?? []) {
    if (s.unsupported.greaterThan(0)) {
      out.push(diag('DEBT422', {
        date: s.date, amount: yuan(s.amount), principal: yuan(s.principalBefore), interest: yuan(s.interestBefore),
        unsupported: yuan(s.unsupported), loan: loan.name,
      }, { uri: s.settlement.uri, range: s.settlement.amount.range }, L));
    }
  }
  const last = li.settlements?.[li.settlements.length - 1];
  if (last && r && !r.licensed && li.formation && li.dueDate) {
    const end = li.dueDate > last.date ? li.dueDate : last.date;
    const whole = inclusiveDays(li.formation, end);
    const ceiling = li.principal.plus(round2(li.principal.times(r.capRate).times(whole).dividedBy(100 * loan.daycount)));
    // What is owed at the end of the term: the principal after the settlement plus the period interest on it to the due date.
    const later = li.schedule.filter((x) => x.kind === 'period' && x.from >= last.date && x.to <= end).reduce((s, x) => s.plus(x.interest), ZERO);
    const payable = last.principalAfter.plus(later);
    if (payable.greaterThan(ceiling)) {
      out.push(diag('DEBT423', {
        payable: yuan(payable), ceiling: yuan(ceiling), excess: yuan(payable.minus(ceiling)), principal: yuan(li.principal), cap: pct(r.capRate),
        from: li.formation, to: end, loan: loan.name,
      }, { uri: last.settlement.uri, range: last.settlement.amount.range }, L));
    }
  }
  // DEBT424: 宣布到期 rests on the contract's acceleration clause.
  const acc = eff.acceleration;
  // (Reported once: at the loan it names, or with the case's first loan.)
  if (acc && acc.proofs.length === 0 && (acc.loan ? acc.loan.name === loan.name : c.loans[0]?.name === loan.name)) {
    out.push(diag('DEBT424', { date: acc.date.value }, { uri: acc.uri, range: acc.date.range }, L));
  }
  return out;
}

/** DEBT421: a fixed interest sum above the lawful unpaid interest of the case's loans (to the day before filing). */
export function checkFixedInterest(c: Case, loans: LoanInterest[], ctx: LawContext): DebtDiagnostic[] {
  const lawful = loans.reduce((s, li) => s.plus(maxDec(lawfulUnpaid(li), ZERO)), ZERO);
  const out: DebtDiagnostic[] = [];
  for (const cl of interestClaims(c)) {
    if (!cl.amount || !cl.amount.value.greaterThan(lawful)) continue;
    out.push(diag('DEBT421', { claimed: yuan(cl.amount.value), lawful: yuan(lawful), excess: yuan(cl.amount.value.minus(lawful)) },
      { uri: cl.uri, range: cl.amount.range }, ctx.locale));
  }
  return out;
}

