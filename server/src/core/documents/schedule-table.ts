/** 利息计算表: the report's schedule rows (起止日, 天数, 基数, 年利率, 金额) per loan, with totals, payments and the continuing rate. */
import { CaseData, sum } from './case-data';
import { date, money, rate, t } from './format';
import { Block, Cell, Run } from './types';

const KIND = { period: '借期内利息', overdue: '逾期利息', penalty: '违约金', fees: '其他费用' } as Record<string, string>;
const cell = (text: string, header = false, span?: number): Cell => ({ lines: [[t(text)]], header, ...(span ? { span } : {}) });

export function scheduleBlocks(d: CaseData): Block[] {
  const blocks: Block[] = [];
  for (const { loan, r } of d.loans) {
    if (!r) continue;
    if (d.loans.length > 1) blocks.push({ type: 'heading', level: 3, runs: [t(loan.name, loan.nameRange)] });
    const rows: Cell[][] = [['序号', '起止日期', '天数', '计息基数', '年利率', '类别', '金额'].map((h) => cell(h, true))];
    r.schedule.forEach((row, i) => rows.push([
      cell(String(i + 1)), cell(`${date(row.from)}至${date(row.to)}`), cell(String(row.days)), cell(money(row.base)),
      cell(rate(row.rate)), cell(KIND[row.kind] ?? row.kind), cell(money(row.interest)),
    ]));
    // Totals are sums of the rounded rows (spec §6); payments and the balance are the report's own figures.
    rows.push([cell('合计', true, 6), cell(money(sum(r.schedule.map((x) => x.interest))), true)]);
    rows.push([cell('已付利息（民法典第561条抵充）', false, 6), cell(money(r.paid.interest))]);
    rows.push([cell(`尚欠利息（暂计至${date(d.report.interestThrough)}）`, true, 6), cell(money(sum([r.outstanding.interest, r.outstanding.fees])), true)]);
    // Widths so that 「8.00%」 and 「300,000.00元」 stay on one line in the DOCX (小四 on a 156 mm text width).
    blocks.push({ type: 'table', widths: [7, 20, 7, 19, 11, 16, 20], rows });
    const after: Run[] = [t(`借款本金${money(r.principal)}，尚欠本金${money(r.outstanding.principal)}。`)];
    if (r.continuing) after.push(t(`自${date(r.continuing.from)}起，以${money(r.continuing.base)}为基数，按年利率${rate(r.continuing.rate)}计算至实际清偿之日止（每日${money(r.continuing.daily)}）。`));
    blocks.push({ type: 'paragraph', runs: after, indent: true });
  }
  blocks.push({ type: 'paragraph', note: true, runs: [t('计算方法：' + d.report.conventions.slice(0, 2).join('；') + '。')] });
  return blocks;
}
