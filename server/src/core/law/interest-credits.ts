/**
 * How a payment put to interest (`冲抵 利息`) was applied when the agreed rate was above the cap (spec §8.6): DEBT414 when
 * part of it went to principal, citing the rules of the interest it settled (4 × LPR, or the 24 % / 36 % of the 2015
 * rules for interest before 2020-08-20, or both); DEBT416 when, under the 2015 rules, the part between 24 % and 36 %
 * stayed paid and nothing went to principal.
 */
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { LawContext } from './context';
import { Allocation, LoanInterest } from './interest';
import { yuan } from './money';
import { SPLIT_DATE } from './regime';

/** Which rules the interest a payment settled was under: interest through the day before the payment. */
function regimeOfPayment(li: LoanInterest, a: Allocation, oldRules: boolean): 'new' | 'old' | 'mixed' {
  if (!li.regime?.split || !oldRules) return 'new';
  return a.repayment.date.value <= SPLIT_DATE ? 'old' : 'mixed';
}

const CITES = {
  new: ['民间借贷规定第25条'],
  old: ['2015年民间借贷规定第26条', '2015年民间借贷规定第31条', '民间借贷规定第31条'],
  mixed: ['2015年民间借贷规定第26条', '2015年民间借贷规定第31条', '民间借贷规定第25条', '民间借贷规定第31条'],
};

export function interestCredits(li: LoanInterest, ctx: LawContext): DebtDiagnostic[] {
  const out: DebtDiagnostic[] = [];
  for (const a of li.allocations) {
    const at = { uri: a.repayment.uri, range: a.repayment.amount.range };
    const regime = regimeOfPayment(li, a, ctx.settings.applyOldRulesBefore20200820);
    const natural = a.naturalObligation.greaterThan(0) ? yuan(a.naturalObligation) : undefined;
    const base = { date: a.repayment.date.value, amount: yuan(a.repayment.amount.value), interest: yuan(a.interest) };
    if (a.aboveCap.greaterThan(0)) {
      out.push(diag('DEBT414', { ...base, principal: yuan(a.principal), aboveCap: yuan(a.aboveCap), regime, natural }, at, ctx.locale,
        { citations: CITES[regime] }));
    } else if (natural) {
      out.push(diag('DEBT416', { ...base, natural }, at, ctx.locale));
    }
  }
  return out;
}
