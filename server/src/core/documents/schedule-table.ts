/** 利息计算表: the report's schedule rows (起止日, 天数, 基数, 年利率, 金额) per loan, with totals, payments and the continuing rate. */
import { SCHEDULE_METHOD_ZH } from '../law/analyze-law';
import { CaseData, sum } from './case-data';
import { date, money, rowRate, t } from './format';
import { Block, Cell, Run } from './types';

const KIND = { period: '借期内利息', overdue: '逾期利息', penalty: '违约金', fees: '其他费用' } as Record<string, string>;
const cell = (text: string, header = false, span?: number): Cell => ({ lines: [[t(text)]], header, ...(span ? { span } : {}) });

/** Spec §8.3: the instalments of a 分期 plan as the contract's table. */
type PlanRows = { no: number; date: string; payment: string; principal: string; interest: string; balance: string }[] | null;
function planBlocks(plan: PlanRows, method?: string): Block[] {
  if (!plan) return [];
  const rows: Cell[][] = [['期数', '还款日', '应还金额', '本金', '利息', '剩余本金'].map((h) => cell(h, true))];
  for (const p of plan) {
    rows.push([cell(String(p.no)), cell(date(p.date)), cell(money(p.payment)), cell(money(p.principal)), cell(money(p.interest)), cell(money(p.balance))]);
  }
  return [
    { type: 'paragraph', runs: [t(`分期还款计划（${method === 'equal-principal' ? '等额本金' : '等额本息'}，月利率＝年利率÷12，逐期四舍五入至分，末期补足余额）：`)], indent: true },
    { type: 'table', widths: [8, 22, 18, 18, 16, 18], rows },
  ];
}

export function scheduleBlocks(d: CaseData): Block[] {
  const blocks: Block[] = [];
  for (const { loan, r } of d.loans) {
    if (!r) continue;
    if (d.loans.length > 1) blocks.push({ type: 'heading', level: 3, runs: [t(loan.name, loan.nameRange)] });
    const rows: Cell[][] = [['序号', '起止日期', '天数', '计息基数', '年利率', '类别', '金额'].map((h) => cell(h, true))];
    r.schedule.forEach((row, i) => rows.push([
      cell(String(i + 1)), cell(`${date(row.from)}至${date(row.to)}`), cell(String(row.days)), cell(money(row.base)),
      cell(rowRate(row)), cell(KIND[row.kind] ?? row.kind), cell(money(row.interest)),
    ]));
    // Totals are sums of the rounded rows (spec §6); payments and the balance are the report's own figures.
    rows.push([cell('合计', true, 6), cell(money(sum(r.schedule.map((x) => x.interest))), true)]);
    rows.push([cell('已付利息（民法典第561条抵充）', false, 6), cell(money(r.paid.interest))]);
    // 2015 rules (spec §8.6): interest paid between 24 % and 36 % before 2020-08-20 stays paid, outside the lawful rows.
    if (r.naturalObligation !== '0.00') rows.push([cell('另付年利率24%至36%之间的利息（自愿支付，不抵充本金，2015年民间借贷规定第31条）', false, 6), cell(money(r.naturalObligation))]);
    // Spec §8.3: interest a 结算 turned into principal is no longer owed as interest.
    for (const s of r.settlements ?? []) rows.push([cell(`${date(s.date)}结算计入本金的利息（民间借贷规定第27条）`, false, 6), cell(money(s.rolledInterest))]);
    rows.push([cell(`尚欠利息（暂计至${date(d.report.interestThrough)}）`, true, 6), cell(money(sum([r.outstanding.interest, r.outstanding.fees])), true)]);
    // Widths so that 「8.00%」 and 「300,000.00元」 stay on one line in the DOCX (小四 on a 156 mm text width).
    blocks.push({ type: 'table', widths: [8, 21, 8, 18, 11, 16, 18], rows });
    const after: Run[] = [t(`借款本金${money(r.principal)}，尚欠本金${money(r.outstanding.principal)}。`)];
    if (r.continuing) after.push(t(`自${date(r.continuing.from)}起，以${money(r.continuing.base)}为基数，按年利率${rowRate(r.continuing)}计算至实际清偿之日止（每日${money(r.continuing.daily)}）。`));
    blocks.push({ type: 'paragraph', runs: after, indent: true });
    blocks.push(...planBlocks(r.installmentPlan, loan.installmentPlan?.method.value));
  }
  blocks.push({ type: 'paragraph', note: true, runs: [t('计算方法：' + SCHEDULE_METHOD_ZH.join('；') + '。')] });
  return blocks;
}
