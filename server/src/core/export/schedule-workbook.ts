/**
 * The 利息计算表 as a spreadsheet (exceljs) and as CSV: one sheet per case, every schedule row of every loan with
 * 起止日, 天数, 基数, 年利率, 金额, then the loan's totals — the same strings as the JSON report, so a lawyer can redo
 * the arithmetic in Excel. Amounts are written as numbers with two decimals for the sums; the text columns keep the
 * report's exact strings.
 */
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { CaseReport, LoanReport } from '../law/analyze-law';
import { Locale } from '../diagnostics/types';

const KIND: Record<string, { zh: string; en: string }> = {
  period: { zh: '借期内利息', en: 'Period interest' },
  overdue: { zh: '逾期利息', en: 'Overdue interest' },
  penalty: { zh: '违约金', en: 'Penalty' },
  fees: { zh: '其他费用', en: 'Fees' },
};

function headers(locale: Locale): string[] {
  return locale === 'zh'
    ? ['借款', '类别', '起始日', '截止日', '天数', '计息基数（元）', '年利率（%）', '金额（元）']
    : ['Loan', 'Kind', 'From', 'To', 'Days', 'Base (yuan)', 'Annual rate (%)', 'Amount (yuan)'];
}

/** Rows of one loan, then its total line; `total` is the report's own sum of the rounded rows. */
export function scheduleRows(loan: LoanReport, locale: Locale): (string | number)[][] {
  const rows: (string | number)[][] = loan.schedule.map((r) => [
    loan.name, KIND[r.kind]?.[locale] ?? r.kind, r.from, r.to, r.days, r.base, r.rate, r.interest,
  ]);
  const totalText = loan.schedule.reduce((s, r) => s.plus(r.interest), new Decimal(0)).toFixed(2);
  rows.push([loan.name, locale === 'zh' ? '合计' : 'Total', '', '', '', '', '', totalText]);
  return rows;
}

export async function scheduleWorkbook(cases: CaseReport[], locale: Locale): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'debt-lang';
  const used = new Set<string>();
  for (const c of cases) {
    // Sheet names: at most 31 characters, none of []:*?/\ and unique.
    let name = c.name.replace(/[[\]:*?/\\]/g, '_').slice(0, 28) || 'case';
    for (let i = 2; used.has(name); i++) name = `${name.slice(0, 26)}_${i}`;
    used.add(name);
    const ws = wb.addWorksheet(name);
    ws.addRow([locale === 'zh' ? `利息计算表（暂计至${c.interestThrough}）` : `Interest schedule (through ${c.interestThrough})`]);
    ws.addRow(headers(locale)).font = { bold: true };
    for (const loan of c.loans) {
      for (const row of scheduleRows(loan, locale)) {
        const r = ws.addRow(row.map((v, i) => (i >= 5 && typeof v === 'string' && v !== '' ? Number(v) : v)));
        for (const i of [6, 8]) r.getCell(i).numFmt = '#,##0.00';
        r.getCell(7).numFmt = '0.00';
        if (row[1] === '合计' || row[1] === 'Total') r.font = { bold: true };
      }
    }
    ws.columns.forEach((col, i) => { col.width = [16, 12, 12, 12, 6, 16, 12, 14][i] ?? 12; });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The same rows as CSV (UTF-8 with BOM so Excel reads the Chinese), one block per case. */
export function scheduleCsv(cases: CaseReport[], locale: Locale): string {
  const lines: string[] = [];
  for (const c of cases) {
    lines.push(csvCell(c.name));
    lines.push(headers(locale).map(csvCell).join(','));
    for (const loan of c.loans) for (const row of scheduleRows(loan, locale)) lines.push(row.map(csvCell).join(','));
    lines.push('');
  }
  return '\uFEFF' + lines.join('\r\n');
}
