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
import { CaseData, sum } from './case-data';
import { date, money, moneyUpper, rowRate, t } from './format';
import { GUARANTOR, jointly, LoanDebt, loanDebts, PRIMARY, primaryDebtors } from './debts';
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

/** How a claim names a loan: nothing when the case has one; 「经营借款」 or 「“借款一”借款」 when several. */
export function loanWord(d: CaseData, loan: Loan): string {
  if (d.loans.length < 2) return '';
  return /款$/.test(loan.name) ? loan.name : `“${loan.name}”借款`;
}

/** The borrowers who owe a loan (from the obligations) and the lender, as a claim names them. */
function parties(d: CaseData, loan: Loan): { debtors: string; creditor: string; together: string } {
  const who = primaryDebtors(d, loan.name);
  return { debtors: `被告${who.join('、') || '＿＿＿＿'}`, creditor: `原告${loan.lender?.name ?? '＿＿＿＿'}`, together: jointly(who) };
}

/** The LPR a row's rate is when nothing was agreed (民间借贷规定第28条第2款第1项): 「（2025年5月20日发布的一年期贷款市场报价利率）」. */
export function lprBasis(r: LoanReport, row: { rate: string; from: string; kind: string }, asOf: string): string {
  if (r.overdueBasis !== 'lpr' || row.kind !== 'overdue') return '';
  const first = r.schedule.find((x) => x.kind === 'overdue')?.from ?? row.from;
  for (const [at, when] of [[first, `逾期第一日${date(first)}`], [asOf, '起诉时']] as const) {
    const look = lpr.on(at);
    if (look.rate && look.published && look.rate.equals(new Decimal(row.rate))) return `（${when}适用的一年期贷款市场报价利率，${date(look.published)}发布）`;
  }
  return '';
}

function rowText(d: CaseData, r: LoanReport, row: LoanReport['schedule'][number]): string {
  return `以${money(row.base)}为基数，按年利率${rowRate(row)}${capReason(r, row.rate, row.from, d.report.asOf)}${lprBasis(r, row, d.report.asOf)}，自${date(row.from)}起计算至${date(row.to)}止（${row.days}天）的${ROW_KIND[row.kind] ?? '利息'}${money(row.interest)}`;
}

/** A long schedule summarised by kind, so the prayer itself states each kind's amount and rate (the attachment has the rows). */
function kindSummary(d: CaseData, loan: Loan, r: LoanReport, rows: LoanReport['schedule']): string[] {
  const out: string[] = [];
  for (const kind of ['period', 'overdue', 'fees']) {
    const of = rows.filter((x) => x.kind === kind);
    if (!of.length) continue;
    const rates = [...new Set(of.map((x) => `${rowRate(x)}${capReason(r, x.rate, x.from, d.report.asOf)}${lprBasis(r, x, d.report.asOf)}`))].join('、');
    const total = money(sum(of.map((x) => x.interest)));
    const when = `自${date(of[0].from)}起至${date(of[of.length - 1].to)}止`;
    if (kind === 'overdue' && loan.installments.length) {
      out.push(`逾期利息${total}（以各期到期未还本金为基数，自各期还款日次日起按年利率${rates}计算，${when}）`);
    } else out.push(`${ROW_KIND[kind]}${total}（${kind === 'period' ? '以借款本金为基数' : '以逾期本金为基数'}，按年利率${rates}计算，${when}）`);
  }
  return out;
}

/** Schedule rows a prayer states: interest and rate-based fees, never a row at 0.00 % (a loan with no interest agreed). */
function claimedRows(r: LoanReport): LoanReport['schedule'] {
  return r.schedule.filter((row) => (row.kind === 'period' || row.kind === 'overdue' || row.kind === 'fees') && !new Decimal(row.rate).isZero());
}

function interestClaim(d: CaseData, cl: Extract<Claim, { kind: 'interest' }>, loan: Loan, r: LoanReport): Run[] {
  const { debtors, creditor, together } = parties(d, loan);
  // Spec §8.3: 按 RATE, 自 DATE|起诉日, a fixed sum — phrased in documents/pleaded-claims.ts.
  const pleaded = pleadedInterestRuns(d, cl, loan, r, `${debtors}${together}`, creditor);
  if (pleaded) return pleaded;
  const through = d.report.interestThrough;
  const until = cl.until?.value;
  const rows = claimedRows(r);
  const owed = sum([r.outstanding.interest, r.outstanding.fees]);
  const what = `${loanWord(d, loan)}利息`;
  const runs: Run[] = [];
  if (until && until !== 'paid' && until < through) {
    // Interest only up to a date the lawyer chose: the report's claimedInterest (the figure the claim amount counts).
    const amount = r.claimedInterest && r.claimedInterest.until === until ? `${money(r.claimedInterest.amount)}` : undefined;
    // After a 结算 the interest before it became principal (规定27): the claimed interest runs from the settlement's day.
    const settledFrom = (r.settlements ?? []).map((x) => x.date).filter((x) => x <= until).sort().pop();
    runs.push(t(`判令${debtors}${together}向${creditor}支付自${date(settledFrom ?? rows[0]?.from ?? through)}起计算至${date(until)}止的${what}${amount ?? ''}（分段计算方式见附件《利息计算表》，${amount ? `为截至该日各段利息之和扣除已付利息${settledFrom ? '及结算时计入本金的利息' : ''}` : '金额以该日为止的各段之和扣除已付利息确定'}）`, src(cl)));
    return runs;
  }
  runs.push(t(`判令${debtors}${together}向${creditor}支付${what}${money(owed)}（暂计至${date(through)}）`, src(cl)));
  const parts: string[] = [];
  if (rows.length <= INLINE_ROWS) parts.push(...rows.map((row) => rowText(d, r, row)));
  else parts.push(...kindSummary(d, loan, r, rows), `各段基数、利率、天数见附件《利息计算表》`);
  if (new Decimal(r.paid.interest).greaterThan(0)) parts.push(`扣除已付利息${money(r.paid.interest)}`);
  if (parts.length) runs.push(t(`，其中：${parts.join('；')}`));
  if (oldRulesApplied(r, d.report.asOf)) {
    runs.push(t('；原告请求对2020年8月19日以前的利息适用当时的司法解释计算（《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第三十一条第二款）'));
  }
  if (r.continuing && (!until || until === 'paid') && new Decimal(r.continuing.rate).greaterThan(0)) {
    // The LPR of the first overdue day, fixed for the whole overdue period (民间借贷规定第28条第2款第1项); a floating rate says so.
    const firstOverdue = r.schedule.find((x) => x.kind === 'overdue')?.from ?? r.continuing.from;
    const basis = lprBasis(r, { rate: r.continuing.rate, from: firstOverdue, kind: 'overdue' }, d.report.asOf);
    const rateText = continuingRateText(loan, r, d.report.asOf);
    runs.push(t(`；并自${date(r.continuing.from)}起，以${money(r.continuing.base)}为基数，${rateText}${rateText.startsWith('按年利率') ? basis : ''}计算至实际清偿之日止`, cl.until?.range));
  }
  return runs;
}

/** 「第1、2项」, 「第1—3项」 (three or more in a row), 「第1、3项」. */
export function itemRefs(ns: number[]): string {
  const sorted = [...ns].sort((a, b) => a - b);
  const run = sorted.length > 2 && sorted.every((n, i) => i === 0 || n === sorted[i - 1] + 1);
  return `第${run ? `${sorted[0]}—${sorted[sorted.length - 1]}` : sorted.join('、')}项`;
}

/** The loans a 实现债权费用 claim rests on: those whose contract puts the fees on the borrower, else every loan. */
export function feeLoans(d: CaseData): Loan[] {
  const owed = d.loans.filter(({ r }) => r).map(({ loan }) => loan);
  const agreed = owed.filter((l) => l.fees);
  return agreed.length ? agreed : owed;
}

const SPOUSE_BASIS: Record<string, string> = {
  'joint-signature': '夫妻双方共同签名', ratified: '夫妻一方事后追认', 'daily-needs': '为家庭日常生活需要所负',
  'common-use': '用于夫妻共同生活', 'common-business': '用于夫妻共同生产经营',
};

/** The liability item of a debtor who is not named in the money items (guarantor, spouse, joined party). */
function liabilityText(x: LoanDebt): string {
  if (x.liability === 'spouse') return '承担共同清偿责任（夫妻共同债务）';
  if (x.liability === 'joined') return '承担连带清偿责任（债务加入）';
  if (x.liability === 'general-guarantor') return '承担一般保证责任（就债务人财产依法强制执行后仍不能履行的部分承担清偿责任）';
  return '承担连带清偿责任';
}

/** What of a loan's items a guarantor's scope covers: all of them, the principal only, or all up to an amount. */
function scopeOf(x: LoanDebt): { principalOnly: boolean; cap?: string } {
  if (!GUARANTOR.has(x.liability) || !x.scope || x.scope === 'all') return { principalOnly: false };
  if (x.scope === 'principal') return { principalOnly: true };
  return { principalOnly: false, cap: x.scope };
}

/**
 * Numbered claim items: per loan, its money items (本金, 利息, 违约金 in the order of the case's claims) against the
 * borrowers who owe it (「共同」 when several); then 实现债权的费用; then, per debtor who is not a borrower, an item
 * naming exactly the items of the loans they owe (a guarantor within its scope, a spouse, a party who joined the
 * debt); then the other claims and costs. Nobody is named as owing a loan the obligations say they do not owe.
 */
export function claimItems(d: CaseData): ClaimItem[] {
  const items: ClaimItem[] = [];
  const perLoan = new Map<string, { principal?: number; all: number[] }>();
  const loansOwed = d.loans.filter(({ r }) => r !== undefined);
  const moneyClaims = d.c.claims.filter((cl) => cl.kind === 'principal' || cl.kind === 'interest' || cl.kind === 'penalty');
  const push = (loan: Loan, kind: ClaimItem['kind'], runs: Run[]) => {
    items.push({ kind, runs });
    const e = perLoan.get(loan.name) ?? { all: [] };
    e.all.push(items.length);
    if (kind === 'principal') e.principal = items.length;
    perLoan.set(loan.name, e);
  };
  for (const { loan, r } of loansOwed) {
    if (!primaryDebtors(d, loan.name).length && loan.borrowers.length) continue;
    const { debtors, creditor, together } = parties(d, loan);
    for (const cl of moneyClaims) {
      if (cl.kind === 'principal') {
        if (new Decimal(r.outstanding.principal).isZero()) continue;
        push(loan, 'principal', [t(`判令${debtors}${together}向${creditor}偿还${loanWord(d, loan) || '借款'}本金${money(r.outstanding.principal)}`, cl.range)]);
      } else if (cl.kind === 'interest') {
        if (!cl.amount && sum([r.outstanding.interest, r.outstanding.fees]).isZero() && (!r.continuing || new Decimal(r.continuing.rate).isZero())) continue;
        const runs = interestClaim(d, cl, loan, r);
        if (runs.length === 0) continue; // (a fixed sum is claimed once, with the first loan)
        push(loan, 'interest', runs);
      } else if (cl.kind === 'penalty') {
        if (new Decimal(r.outstanding.penalty).isZero()) continue;
        push(loan, 'penalty', [t(`判令${debtors}${together}向${creditor}支付${loanWord(d, loan)}违约金${money(r.outstanding.penalty)}（暂计至${date(d.report.interestThrough)}${r.regime === 'licensed-lender' ? '' : '，与逾期利息合计不超过一年期贷款市场报价利率四倍的限度'}）`, cl.range)]);
      }
    }
  }
  // 实现债权的费用 (律师费): owed by the borrowers of the loans whose contract puts it on them.
  const fl = feeLoans(d);
  const feeItems: number[] = [];
  for (const cl of d.c.claims) {
    if (cl.kind !== 'fees') continue;
    const who = [...new Set(fl.flatMap((l) => primaryDebtors(d, l.name)))];
    const creditor = fl[0]?.lender?.name ?? '＿＿＿＿';
    const what = cl.description?.value ?? '实现债权的费用';
    items.push({ kind: 'fees', runs: [t(`判令被告${who.join('、') || '＿＿＿＿'}${jointly(who)}向原告${creditor}支付${what}${money(cl.amount.value)}`, cl.range)] });
    feeItems.push(items.length);
  }
  // A fee item belongs to a loan's items when that loan alone carries it (a guarantee of the whole debt covers it, 民法典第691条).
  if (fl.length === 1 && feeItems.length) perLoan.get(fl[0].name)?.all.push(...feeItems);

  const claimedGuarantee = new Map(d.c.claims.flatMap((cl) => (cl.kind === 'guarantee' ? [[cl.party.name, cl] as const] : [])));
  const defendants = new Set(d.c.parties.filter((p) => p.role === 'defendant').map((p) => p.name));
  const others = new Map<string, { x: LoanDebt; loan: Loan }[]>();
  for (const { loan } of loansOwed) {
    for (const x of loanDebts(d, loan.name)) {
      if (PRIMARY.has(x.liability) || !perLoan.has(loan.name)) continue;
      // A guarantor is sued only when the lawyer claims the guarantee; a spouse or a joined party when a defendant.
      if (GUARANTOR.has(x.liability) ? !claimedGuarantee.has(x.name) : !defendants.has(x.name)) continue;
      others.set(x.name, [...(others.get(x.name) ?? []), { x, loan }]);
    }
  }
  for (const [name, owes] of others) {
    const range = claimedGuarantee.get(name)?.range;
    // One item per debtor and liability: 「对第1、2项（经营借款）和第4项（周转借款）承担连带清偿责任」.
    const groups = new Map<string, { x: LoanDebt; loan: Loan }[]>();
    for (const o of owes) {
      const s = scopeOf(o.x);
      const key = `${liabilityText(o.x)}|${s.cap ?? ''}`;
      groups.set(key, [...(groups.get(key) ?? []), o]);
    }
    for (const group of groups.values()) {
      const refs = group.map(({ x, loan }) => {
        const e = perLoan.get(loan.name)!;
        const s = scopeOf(x);
        const ns = s.principalOnly ? (e.principal ? [e.principal] : []) : e.all;
        if (!ns.length) return '';
        const label = d.loans.length > 1 ? `（${loanWord(d, loan)}${s.principalOnly ? '本金' : ''}）` : s.principalOnly ? '（借款本金）' : '';
        return `${itemRefs(ns)}${label}`;
      }).filter(Boolean);
      if (!refs.length) continue;
      const cap = scopeOf(group[0].x).cap;
      const within = cap ? `在${money(cap)}范围内` : '';
      const object = d.loans.length > 1 ? refs.join('和') : `上述${refs[0]}债务`;
      items.push({ kind: group[0].x.liability === 'spouse' || group[0].x.liability === 'joined' ? 'other' : 'guarantee',
        runs: [t(`判令被告${name}${within}对${object}${liabilityText(group[0].x)}`, range)] });
    }
  }
  for (const cl of d.c.claims) {
    if (cl.kind === 'costs') items.push({ kind: 'costs', runs: [t('判令本案诉讼费用（案件受理费、保全费等）由被告负担', cl.range)] });
    else if (cl.kind === 'other') items.push({ kind: 'other', runs: [t(cl.text.value, cl.text.range)] });
  }
  return items;
}

/** Whether a guarantee claim names a party who owes nothing as guarantor (released, or guaranteeing no loan of the case). */
export function unfoundedGuaranteeClaims(d: CaseData): string[] {
  return d.c.claims.flatMap((cl) => (cl.kind === 'guarantee' && !d.loans.some(({ loan }) => loanDebts(d, loan.name)
    .some((x) => x.name === cl.party.name && GUARANTOR.has(x.liability))) ? [cl.party.name] : []));
}

export { SPOUSE_BASIS };

/** 「以上合计暂计人民币…元」: the claim amount of the report (the fee base, rules.md §13). */
export function totalLine(d: CaseData): Run[] {
  return [t(`以上金额合计暂计${money(d.report.claimAmount)}（大写：${moneyUpper(d.report.claimAmount)}）。`)];
}
