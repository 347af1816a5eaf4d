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
import { date, money, rate, t } from './format';
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
  const how = cl.rate?.value.lpr ? `按${lprRateText(cl.rate.value, 'doc')}` : r.continuing ? `按年利率${rate(r.continuing.rate)}` : '';
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
