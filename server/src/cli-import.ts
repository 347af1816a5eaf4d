/**
 * `debt import LEDGER.csv|LEDGER.xlsx --lender NAME [--court NAME] [--filing DATE] [--out DIR] [--force]` and
 * `debt import --template [--out DIR]` (spec §8.7). Reads the ledger (csv-parse for CSV, exceljs for workbooks), hands
 * the rows to core/import/ledger.ts and writes what it returns, each file whole (cli-book.ts writeWhole).
 */
import * as fs from 'fs';
import * as path from 'path';
import { CellValue, EXAMPLE_ROW, importLedger, LEDGER_COLUMNS } from './core/import/ledger';
import { parseDateLiteral } from './core/text/date-literal';
import { todayInChina } from './core/text/dates';
import { writeWhole } from './cli-book';

interface ImportArgs { ledger?: string; lender?: string; court?: string; filing?: string; out?: string; force: boolean; template: boolean; errors: string[] }

function parseImportArgs(argv: string[]): ImportArgs {
  const a: ImportArgs = { force: false, template: false, errors: [] };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const value = (): string | undefined => {
      const v = argv[++i];
      if (v === undefined) a.errors.push(`${x}: 缺少值 / missing value`);
      return v;
    };
    if (x === '--lender') a.lender = value();
    else if (x === '--court') a.court = value();
    else if (x === '--filing') a.filing = value();
    else if (x === '--out') a.out = value();
    else if (x === '--force') a.force = true;
    else if (x === '--template') a.template = true;
    else if (x.startsWith('--')) a.errors.push(`未知选项 / unknown option: ${x}`);
    else if (!a.ledger) a.ledger = x;
    else a.errors.push(`只能导入一个台账 / one ledger at a time: ${x}`);
  }
  return a;
}

/** An exceljs cell value as text, number or date (rich text, formulas and links give their shown value). */
function excelValue(v: unknown): CellValue {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || v instanceof Date) return v;
  if (typeof v === 'boolean') return String(v);
  const o = v as { result?: unknown; text?: unknown; richText?: { text: string }[]; error?: string };
  if (o.richText) return o.richText.map((r) => r.text).join('');
  if ('result' in o) return excelValue(o.result);
  if (o.text !== undefined) return excelValue(o.text);
  if (o.error) return o.error;
  return String(v);
}

async function readLedger(file: string): Promise<CellValue[][]> {
  if (/\.xlsx$/i.test(file)) {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    if (!ws) return [];
    const rows: CellValue[][] = [];
    const width = ws.columnCount;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: CellValue[] = [];
      for (let c = 1; c <= width; c++) cells.push(excelValue(row.getCell(c).value));
      rows.push(cells);
    }
    return rows;
  }
  const text = fs.readFileSync(file);
  const { parse: parseCsv } = await import('csv-parse/sync');
  return parseCsv(text, { bom: true, relax_column_count: true, skip_empty_lines: false, trim: false }) as string[][];
}

async function writeTemplates(dir: string, force: boolean, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  // Loaded when asked for: `debt check` and the language server never pay for them.
  const { default: ExcelJS } = await import('exceljs');
  const { stringify: stringifyCsv } = await import('csv-stringify/sync');
  let code = 0;
  for (const [lang, base] of [['zh', '借款台账模板'], ['en', 'ledger-template']] as const) {
    const header = LEDGER_COLUMNS.map(([, zh, en]) => (lang === 'zh' ? zh : en));
    const example = LEDGER_COLUMNS.map(([key]) => EXAMPLE_ROW[key]);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(lang === 'zh' ? '借款台账' : 'ledger');
    ws.addRow(header).font = { bold: true };
    ws.addRow(example);
    ws.columns.forEach((c: { width?: number }) => { c.width = 18; });
    const files: [string, Buffer | string][] = [
      [path.join(dir, `${base}.xlsx`), Buffer.from(await wb.xlsx.writeBuffer())],
      [path.join(dir, `${base}.csv`), '\ufeff' + stringifyCsv([header, example])],
    ];
    for (const [f, data] of files) {
      if (writeWhole(f, data, force) === 'exists') { err(`${f}: 文件已存在，未覆盖（使用 --force 覆盖）/ file exists, not overwritten (use --force)\n`); code = 1; } else out(`${f}\n`);
    }
  }
  return code;
}

export async function runImport(argv: string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const a = parseImportArgs(argv);
  if (a.errors.length) { err(a.errors.join('\n') + '\n'); return 2; }
  const dir = a.out ?? (a.ledger && !a.template ? path.dirname(a.ledger) : '.');
  try { fs.mkdirSync(dir, { recursive: true }); } catch (e) { err(`--out ${dir}: 无法创建目录 / cannot create (${(e as Error).message})\n`); return 2; }
  if (a.template) return writeTemplates(dir, a.force, out, err);
  if (!a.ledger) { err('debt import 需要一个台账文件（.csv 或 .xlsx）/ needs LEDGER.csv or LEDGER.xlsx\n'); return 2; }
  if (!a.lender) { err('debt import 需要 --lender 出借人名称 / needs --lender NAME\n'); return 2; }
  let filing: string | undefined;
  if (a.filing !== undefined) {
    filing = parseDateLiteral(a.filing);
    if (!filing) { err(`--filing: 不是有效日期 / not a valid date: ${a.filing}\n`); return 2; }
  }
  let rows: CellValue[][];
  try { rows = await readLedger(a.ledger); } catch (e) {
    err(`${a.ledger}: 无法读取台账 / cannot read the ledger (${(e as Error).message})\n`);
    return 2;
  }
  if (rows.length === 0) { err(`${a.ledger}: 台账为空 / the ledger is empty\n`); return 1; }
  const lenderFile = `${a.lender.replace(/[\\/:*?"<>|]/g, '_')}.当事人.debt`;
  const today = todayInChina();
  const r = importLedger(rows[0], rows.slice(1), {
    lender: a.lender, court: a.court, filing, today: filing && filing < today ? filing : today, lenderFile, source: path.basename(a.ledger),
  });
  if (r.headerErrors.length) { err(r.headerErrors.map((e) => `${a.ledger}: ${e}`).join('\n') + '\n'); return 1; }
  for (const p of r.problems) err(`${a.ledger}:${p.row}:${p.column ? ` 列 ${p.column}:` : ''} ${p.reason}\n`);
  let kept = 0, written = 0;
  for (const [name, text] of r.files) {
    const target = path.join(dir, name);
    // The lender's party file is shared and may have been completed by hand: an existing one is always kept.
    const isLender = name === lenderFile;
    if (writeWhole(target, text, a.force && !isLender) === 'exists') {
      if (!isLender) { kept++; err(`${target}: 文件已存在，未覆盖（使用 --force 覆盖）/ file exists, not overwritten (use --force)\n`); }
      continue;
    }
    if (!isLender) written++;
    out(`${target}\n`);
  }
  const badRows = new Set(r.problems.map((p) => p.row)).size;
  err(`导入 ${r.rowsRead} 笔借款，写出 ${written} 个案件文件；无法读取 ${badRows} 行 / imported ${r.rowsRead} loans into ${written} case files; ${badRows} rows could not be read\n`);
  return badRows > 0 || kept > 0 ? 1 : 0;
}
