/**
 * 诉讼请求 as lawyers phrase them (complaint-template.md §诉讼请求): principal; interest with base, rate, dates,
 * 暂计至 interestThrough and the amount, then 「以…为基数，按年利率…%计算至实际清偿之日止」; the 2020-08-20 split
 * with the express request for the earlier rules (民间借贷规定第31条); 违约金/fees; 保证责任; 诉讼费用.
 * Every figure is read from the report (the schedule already applies the cap), never recomputed.
 */
import Decimal from 'decimal.js';
import { LoanReport } from '../law/analyze-law';
import { LprTable } from '../law/lpr';
import { SPLIT_DATE } from '../law/regime';
import { Claim, Loan } from '../model/types';
import { CaseData, names, sum } from './case-data';
import { date, money, moneyUpper, rowRate, t } from './format';
import { Run } from './types';
import { continuingRateText, pleadedInterestRuns } from './pleaded-claims';

export interface ClaimItem { kind: Claim['kind'] | 'total'; runs: Run[] }

const ROW_KIND: Record<string, string> = { period: '借期内利息', overdue: '逾期利息', penalty: '违约金', fees: '其他费用' };
const lpr = new LprTable();

/** Rows listed inline up to this many; longer schedules are summarised and left to the appendix. */
const INLINE_ROWS = 4;

function src(cl: Claim) { return cl.range; }

/** Why a rate is what it is, when it is a cap: 「合同成立时一年期贷款市场报价利率3.65%的四倍」. */
export function capReason(r: LoanReport, rowRate: string, rowFrom: string, asOf: string): string {
  if (!r.formation) return '';
  const early = r.formation < SPLIT_DATE;
  if (early && rowFrom < SPLIT_DATE) return rowRate === '24.00' ? '（2020年8月20日前适用当时司法解释的年利率24%上限）' : '';
  const at = early ? asOf : r.formation;
  const look = lpr.on(at);
  if (!look.rate || !look.rate.times(4).equals(new Decimal(rowRate))) return '';
  return `（${early ? '起诉时' : '合同成立时'}一年期贷款市场报价利率${look.rate.toFixed(2)}%的四倍）`;
}

/** Whether the earlier rules were applied before 2020-08-20: a pre-split row above the cap at filing. */
export function oldRulesApplied(r: LoanReport, asOf: string): boolean {
  if (!r.formation || r.formation >= SPLIT_DATE) return false;
  const atFiling = lpr.on(asOf).rate?.times(4);
  return !!atFiling && r.schedule.some((row) => row.from < SPLIT_DATE && new Decimal(row.rate).greaterThan(atFiling));
}

function parties(d: CaseData, loan: Loan): { debtors: string; creditor: string } {
  return { debtors: `被告${names(loan.borrowers) || '＿＿＿＿'}`, creditor: `原告${loan.lender?.name ?? '＿＿＿＿'}` };
}

function rowText(d: CaseData, r: LoanReport, row: LoanReport['schedule'][number]): string {
  return `以${money(row.base)}为基数，按年利率${rowRate(row)}${capReason(r, row.rate, row.from, d.report.asOf)}，自${date(row.from)}起计算至${date(row.to)}止（${row.days}天）的${ROW_KIND[row.kind] ?? '利息'}${money(row.interest)}`;
}

function interestClaim(d: CaseData, cl: Extract<Claim, { kind: 'interest' }>, loan: Loan, r: LoanReport): Run[] {
  const { debtors, creditor } = parties(d, loan);
  // Spec §8.3: 按 RATE, 自 DATE|起诉日, a fixed sum — phrased in documents/pleaded-claims.ts.
  const pleaded = pleadedInterestRuns(d, cl, loan, r, debtors, creditor);
  if (pleaded) return pleaded;
  const through = d.report.interestThrough;
  const until = cl.until?.value;
  const rows = r.schedule.filter((row) => row.kind === 'period' || row.kind === 'overdue' || row.kind === 'fees');
  const owed = sum([r.outstanding.interest, r.outstanding.fees]);
  const runs: Run[] = [];
  if (until && until !== 'paid' && until < through) {
    // Interest only up to a date the lawyer chose: the report's claimedInterest (the figure the claim amount counts).
    const amount = r.claimedInterest && r.claimedInterest.until === until ? `${money(r.claimedInterest.amount)}` : undefined;
    runs.push(t(`判令${debtors}向${creditor}支付自${date(rows[0]?.from ?? through)}起计算至${date(until)}止的利息${amount ?? ''}（分段计算方式见附件《利息计算表》，${amount ? '为截至该日各段利息之和扣除已付利息' : '金额以该日为止的各段之和扣除已付利息确定'}）`, src(cl)));
    return runs;
  }
  runs.push(t(`判令${debtors}向${creditor}支付利息${money(owed)}（暂计至${date(through)}）`, src(cl)));
  const parts: string[] = [];
  if (rows.length <= INLINE_ROWS) parts.push(...rows.map((row) => rowText(d, r, row)));
  else parts.push(`自${date(rows[0].from)}起至${date(rows[rows.length - 1].to)}止分${rows.length}段计算，各段基数、利率、天数见附件《利息计算表》`);
  if (new Decimal(r.paid.interest).greaterThan(0)) parts.push(`扣除已付利息${money(r.paid.interest)}`);
  if (parts.length) runs.push(t(`，其中：${parts.join('；')}`));
  if (oldRulesApplied(r, d.report.asOf)) {
    runs.push(t('；原告请求对2020年8月19日以前的利息适用当时的司法解释计算（《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第三十一条第二款）'));
  }
  if (r.continuing && (!until || until === 'paid') && new Decimal(r.continuing.rate).greaterThan(0)) {
    runs.push(t(`；并自${date(r.continuing.from)}起，以${money(r.continuing.base)}为基数，${continuingRateText(loan, r, d.report.asOf)}计算至实际清偿之日止`, cl.until?.range));
  }
  return runs;
}

/** Numbered claim items in the order of the case's claims; guarantee items refer back to the money items. */
export function claimItems(d: CaseData): ClaimItem[] {
  const items: ClaimItem[] = [];
  const moneyItems: number[] = [];
  const loansOwed = d.loans.filter(({ r }) => r !== undefined);
  for (const cl of d.c.claims) {
    if (cl.kind === 'principal') {
      for (const { loan, r } of loansOwed) {
        if (new Decimal(r.outstanding.principal).isZero()) continue;
        const { debtors, creditor } = parties(d, loan);
        const label = d.loans.length > 1 ? `（${loan.name}）` : '';
        items.push({ kind: 'principal', runs: [t(`判令${debtors}向${creditor}偿还借款本金${money(r.outstanding.principal)}${label}`, cl.range)] });
        moneyItems.push(items.length);
      }
    } else if (cl.kind === 'interest') {
      for (const { loan, r } of loansOwed) {
        if (!cl.amount && sum([r.outstanding.interest, r.outstanding.fees]).isZero() && (!r.continuing || new Decimal(r.continuing.rate).isZero())) continue;
        const runs = interestClaim(d, cl, loan, r);
        if (runs.length === 0) continue; // (a fixed sum is claimed once, with the first loan)
        items.push({ kind: 'interest', runs });
        moneyItems.push(items.length);
      }
    } else if (cl.kind === 'penalty') {
      for (const { loan, r } of loansOwed) {
        if (new Decimal(r.outstanding.penalty).isZero()) continue;
        const { debtors, creditor } = parties(d, loan);
        items.push({ kind: 'penalty', runs: [t(`判令${debtors}向${creditor}支付违约金${money(r.outstanding.penalty)}（暂计至${date(d.report.interestThrough)}，与逾期利息合计不超过一年期贷款市场报价利率四倍的限度）`, cl.range)] });
        moneyItems.push(items.length);
      }
    } else if (cl.kind === 'fees') {
      const loan = d.loans[0]?.loan;
      const what = cl.description?.value ?? '实现债权的费用';
      items.push({ kind: 'fees', runs: [t(`判令${loan ? parties(d, loan).debtors : '被告'}向${loan ? parties(d, loan).creditor : '原告'}支付${what}${money(cl.amount.value)}`, cl.range)] });
      moneyItems.push(items.length);
    } else if (cl.kind === 'guarantee') {
      const g = d.c.loans.flatMap((l) => l.guarantors).find((x) => x.party.name === cl.party.name);
      const refs = moneyItems.length ? `上述第${moneyItems[0]}${moneyItems.length > 1 ? `—${moneyItems[moneyItems.length - 1]}` : ''}项债务` : '上述债务';
      const how = g?.type === 'joint' ? '承担连带清偿责任' : '承担一般保证责任（在债务人的财产依法强制执行后仍不能履行的部分承担清偿责任）';
      items.push({ kind: 'guarantee', runs: [t(`判令被告${cl.party.name}对${refs}${how}`, cl.range)] });
    } else if (cl.kind === 'costs') {
      items.push({ kind: 'costs', runs: [t('判令本案诉讼费用（案件受理费、保全费等）由被告负担', cl.range)] });
    } else if (cl.kind === 'other') {
      items.push({ kind: 'other', runs: [t(cl.text.value, cl.text.range)] });
    }
  }
  return items;
}

/** 「以上合计暂计人民币…元」: the claim amount of the report (the fee base, rules.md §13). */
export function totalLine(d: CaseData): Run[] {
  return [t(`以上金额合计暂计${money(d.report.claimAmount)}（大写：${moneyUpper(d.report.claimAmount)}）。`)];
}
