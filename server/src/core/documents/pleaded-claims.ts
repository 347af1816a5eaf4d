/**
 * The interest prayer of a claim written in a spec §8.3 form, as judgments and complaints phrase it: a fixed sum
 * (「支付利息3,000.00元（…）」); interest from a chosen day (「自…起计算至…止的利息…元（暂计至…）」); from the filing date only the
 * running interest (「以…为基数，按…，自…起计算至实际清偿之日止的利息」); a pleaded LPR rate as 「按一年期贷款市场报价利率
 * 的…倍」. Figures from the report (pleadedLoanReport), never recomputed. Undefined: the claim is not in such a form
 * (claims.ts phrases it); [] : nothing to claim from this loan (a fixed sum belongs to the case's first loan).
 */
import Decimal from 'decimal.js';
import { LoanReport } from '../law/analyze-law';
import { Claim, Loan } from '../model/types';
import { lprRateText } from '../model/lpr-literal';
import { CaseData } from './case-data';
import { date, money, rowRate, t } from './format';
import { lprTableFor } from '../law/lpr';
import { rateOn } from '../law/floating-rate';
import { Run } from './types';

type InterestClaim = Extract<Claim, { kind: 'interest' }>;

export function pleadedInterestRuns(d: CaseData, cl: InterestClaim, loan: Loan, r: LoanReport, debtors: string, creditor: string): Run[] | undefined {
  if (!cl.amount && !cl.from && !cl.rate) return undefined;
  const index = d.c.claims.filter((x) => x.kind === 'interest').indexOf(cl);
  const part = r.interestClaims?.[index];
  if (!part) return undefined;
  if (part.fixed) {
    if (new Decimal(part.amount).isZero()) return [];
    return [t(`判令${debtors}向${creditor}支付利息${money(part.amount)}${cl.description ? `（${cl.description.value}）` : ''}`, cl.range)];
  }
  const how = cl.rate?.value.lpr ? `按${lprRateText(cl.rate.value, 'doc')}` : continuingRateText(loan, r, d.report.asOf);
  const runs: Run[] = [];
  const through = d.report.interestThrough;
  const untilPaid = part.until === 'paid';
  if (part.from && part.from > through) {
    // 自 起诉日: nothing accrued before it is claimed; the running interest only.
    if (!r.continuing || !untilPaid) return [];
    runs.push(t(`判令${debtors}向${creditor}支付以${money(r.continuing.base)}为基数，${how}，自${date(part.from)}起计算至实际清偿之日止的利息`, cl.range));
    return runs;
  }
  const start = part.from ? `自${date(part.from)}起` : '';
  const end = untilPaid ? through : part.until;
  runs.push(t(`判令${debtors}向${creditor}支付${start}计算至${date(end)}止的利息${money(part.amount)}${untilPaid ? `（暂计至${date(through)}，分段计算方式见附件《利息计算表》）` : ''}`, cl.range));
  if (untilPaid && r.continuing && new Decimal(r.continuing.rate).greaterThan(0)) {
    runs.push(t(`；并自${date(r.continuing.from)}起，以${money(r.continuing.base)}为基数，${how}计算至实际清偿之日止`, cl.until?.range));
  }
  return runs;
}

/** 「双方约定分期还款：自2024年2月10日起按月等额本息分12期归还」 (spec §8.3). */
export function installmentPlanText(p: NonNullable<Loan['installmentPlan']>): string {
  return `双方约定分期还款：自${date(p.first.value)}起按月${p.method.value === 'equal-payment' ? '等额本息' : '等额本金'}分${p.count.value}期归还`;
}

/** The facts of a 结算 and of a 宣布到期 of one loan, from the report (spec §8.3). */
export function pleadedFacts(d: CaseData, loan: Loan, r: LoanReport): Run[] {
  const facts: { day: string; runs: Run[] }[] = [];
  for (const s of r.settlements ?? []) {
    const src = (d.c.settlements ?? []).find((x) => x.date.value === s.date);
    facts.push({ day: s.date, runs: [t(`${date(s.date)}，双方对账结算，确认欠款`, src?.date.range), t(money(s.amount), src?.amount.range),
      t(new Decimal(s.unsupported).greaterThan(0)
        ? `，其中超过法定上限的利息${money(s.unsupported)}不计入本金（《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十七条），自该日起以${money(s.principalAfter)}为借款本金。`
        : '，自该日起以该款为借款本金。')] });
  }
  const acc = (d.c.accelerations ?? []).find((a) => !a.loan || a.loan.name === loan.name);
  if (acc) facts.push({ day: acc.date.value, runs: [t(`原告依合同约定于${date(acc.date.value)}宣布借款提前到期，`, acc.date.range), t('尚未到期的各期借款自该日起全部到期。')] });
  return facts.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)).flatMap((f) => f.runs);
}

/**
 * 「按年利率12.00%」 for the running interest, or 「按一年期贷款市场报价利率的1.5倍」 when it runs at a floating LPR rate of the
 * contract that the cap does not cut (spec §8.3): the running rate then changes with the LPR, as the contract says.
 */
export function continuingRateText(loan: Loan, r: LoanReport, asOf: string): string {
  const c = r.continuing;
  if (!c) return '';
  const overdue = r.dueDate !== null && r.dueDate < asOf;
  const iv = loan.interest?.value;
  const governing = overdue && loan.overdueInterest ? loan.overdueInterest.value : iv && typeof iv === 'object' ? iv : undefined;
  if (governing?.lpr && !governing.lpr.fixed && r.formation) {
    const v = rateOn(governing, asOf, r.formation, lprTableFor(), loan.daycount);
    if (v && v.equals(c.exactRate ?? c.rate)) return `按${lprRateText(governing, 'doc')}`;
  }
  return `按年利率${rowRate(c)}`;
}
