/**
 * `debt summary FILE…|DIR [--out book.xlsx|book.csv] [--as-of DATE]` (spec §8.7): one row per case with the figures a
 * collections manager sorts by. Files are analysed one at a time and each row is written as it is made (exceljs's
 * streaming writer, or CSV lines), so a book of 100,000 cases never sits in memory at once. Without --out, CSV on stdout.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import Decimal from 'decimal.js';
import { analyze, Analysis, FileHost } from './core/analyze';
import { caseData } from './core/documents/case-data';
import { paymentOrderRefusals } from './core/documents/payment-order';
import { caseDiagnostics } from './core/documents/problems';
import { Settings } from './core/settings';
import { withoutBom } from './core/text/bom';
import { parseDateLiteral } from './core/text/date-literal';
import { settingsForFile } from './cli-settings';
import { expandInputs } from './cli-book';

export const SUMMARY_COLUMNS = [
  '文件 file', '案件 case', '借款人 borrower', '本金 principal', '利息 interest', '标的额 claim', '诉讼费 court fee',
  '时效 limitation', '时效末日 last day', '可申请支付令 payment order', '警告 warnings', '错误 errors', '第一个错误 first error',
];

const STATUS_ZH: Record<string, string> = { running: '未届满', lapsed: '已届满', unknown: '无法确定' };

/** The row of case `i` of an analysed file. Limitation: the earliest last day of its loans; lapsed if any loan is. */
export function summaryRow(file: string, a: Analysis, i: number): string[] {
  const c = a.model.cases[i], r = a.cases[i];
  const diags = caseDiagnostics(a, i);
  const errors = diags.filter((d) => d.severity === 'error'), warnings = diags.filter((d) => d.severity === 'warning');
  const defendants = c.parties.filter((p) => p.role === 'defendant').map((p) => p.name).join('、');
  if (!r) return [file, c.name, defendants, '', '', '', '', '', '', '', String(warnings.length), String(errors.length), errors[0] ? `${errors[0].code} ${errors[0].message}` : ''];
  let principal = new Decimal(0), interest = new Decimal(0);
  for (const l of r.loans) {
    principal = principal.plus(l.outstanding.principal);
    interest = interest.plus(l.outstanding.interest).plus(l.outstanding.penalty).plus(l.outstanding.fees);
  }
  const lims = r.loans.map((l) => l.limitation);
  const status = lims.some((l) => l.status === 'lapsed') ? 'lapsed' : lims.some((l) => l.status === 'unknown') || lims.length === 0 ? 'unknown' : 'running';
  const ends = lims.map((l) => l.end).filter((e): e is string => !!e).sort();
  const po = errors.length ? ['案件有错误'] : paymentOrderRefusals(caseData(a, i), 'zh');
  return [
    file, c.name, defendants, principal.toFixed(2), interest.toFixed(2), r.claimAmount, r.courtFee.ordinary,
    STATUS_ZH[status], ends[0] ?? '', po.length ? `否：${po[0]}` : '是', String(warnings.length), String(errors.length),
    errors[0] ? `${errors[0].code} ${errors[0].message}` : '',
  ];
}

interface RowSink { add(row: string[]): void; close(): Promise<void> }

async function csvSink(write: (s: string) => void): Promise<RowSink> {
  const { stringify: stringifyCsv } = await import('csv-stringify/sync');
  return { add: (row) => write(stringifyCsv([row])), close: async () => undefined };
}

async function xlsxSink(file: string): Promise<RowSink> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true });
  const ws = wb.addWorksheet('案件汇总');
  ws.columns = SUMMARY_COLUMNS.map((h, k) => ({ header: h, width: k < 3 ? 28 : k === 12 ? 60 : 14 }));
  const numeric = new Set([3, 4, 5, 6, 10, 11]);
  return {
    // Figures as numbers (a manager sorts and sums them in Excel); amounts are exact to the fen in the report.
    add: (row) => ws.addRow(row.map((v, k) => (numeric.has(k) && v !== '' ? Number(v) : v))).commit(),
    close: async () => { ws.commit(); await wb.commit(); },
  };
}

export async function runSummary(a: { files: string[]; asOf?: string; out?: string; locale: 'zh' | 'en' }, flags: Partial<Settings>,
  out: (s: string) => void, err: (s: string) => void, host: FileHost): Promise<number> {
  if (a.files.length === 0) { err('debt summary 需要文件或文件夹 / needs FILE… or DIR\n'); return 2; }
  let asOf: string | undefined;
  if (a.asOf !== undefined) {
    asOf = parseDateLiteral(a.asOf);
    if (!asOf) { err(`--as-of: 不是有效日期 / not a valid date: ${a.asOf}\n`); return 2; }
  }
  if (a.out && !/\.(xlsx|csv)$/i.test(a.out)) { err(`--out: 应为 .xlsx 或 .csv 文件 / expected a .xlsx or .csv file: ${a.out}\n`); return 2; }
  const inputs = expandInputs(a.files);
  if (inputs.errors.length) { err(inputs.errors.join('\n') + '\n'); return 2; }
  let sink: RowSink;
  let fd: number | undefined;
  if (a.out && /\.xlsx$/i.test(a.out)) sink = await xlsxSink(a.out);
  else if (a.out) { fd = fs.openSync(a.out, 'w'); const f = fd; fs.writeSync(f, '\ufeff'); sink = await csvSink((s) => fs.writeSync(f, s)); } else sink = await csvSink(out);
  sink.add(SUMMARY_COLUMNS);
  let rows = 0, code = 0;
  for (const file of inputs.files) {
    let text: string;
    try { text = withoutBom(fs.readFileSync(file, 'utf8')); } catch (e) { err(`${file}: 无法读取文件 / cannot read file (${(e as Error).message})\n`); code = 1; continue; }
    const local = settingsForFile(file, flags);
    const an = analyze(pathToFileURL(path.resolve(file)).href, text, host, { locale: a.locale, asOf, settings: local.settings });
    for (let i = 0; i < an.model.cases.length; i++) { sink.add(summaryRow(file, an, i)); rows++; }
  }
  await sink.close();
  if (fd !== undefined) fs.closeSync(fd);
  if (a.out) err(`${a.out}: ${rows} 个案件 / ${rows} cases\n`);
  return code;
}
