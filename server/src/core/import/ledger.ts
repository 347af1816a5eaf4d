/**
 * A lender's loan ledger → case files (spec §8.7 `debt import`). Pure: rows of cells in, file texts and the rows that
 * could not be read out; the CLI (cli-import.ts) reads the CSV or workbook and writes the files.
 *
 * One case file per borrower with all their loans; the lender is a `当事人` in a shared party file that every case
 * `引用`s. Nothing is invented: what the ledger does not say (evidence, a missing address) stays out, and the analysis
 * then says what is missing. A row that cannot be read is reported with its row number, column and reason, and nothing
 * is written for its borrower.
 */
import Decimal from 'decimal.js';
import { creditCodeCheckChar, isCreditCodeShape, isResidentIdShape, residentIdCheckDigit } from '../checks/ids';
import { readDate, readMoney, readRate } from '../model/values';
import { nameText } from '../syntax/name-text';
import { IsoDate } from '../text/dates';

/** The ledger's columns: key, Chinese header, English header, required. */
export const LEDGER_COLUMNS = [
  ['borrower', '借款人', 'borrower', true],
  ['id', '身份证号', 'id', false],
  ['creditCode', '统一社会信用代码', 'credit-code', false],
  ['address', '住所', 'address', false],
  ['phone', '电话', 'phone', false],
  ['contract', '合同编号', 'contract', false],
  ['signed', '签订日', 'signed', false],
  ['delivered', '放款日', 'delivered', true],
  ['amount', '放款金额', 'amount', true],
  ['due', '到期日', 'due', false],
  ['rate', '年利率', 'rate', false],
  ['overdueRate', '逾期年利率', 'overdue-rate', false],
  ['repayments', '还款记录', 'repayments', false],
  ['guarantor', '保证人', 'guarantor', false],
  ['guarantorId', '保证人身份证号', 'guarantor-id', false],
  ['guaranteeType', '保证方式', 'guarantee-type', false],
] as const;

export type ColumnKey = typeof LEDGER_COLUMNS[number][0];

/** One example row of the template (both languages write the same facts). */
export const EXAMPLE_ROW: Record<ColumnKey, string> = {
  borrower: '王小明', id: '110101199003074514', creditCode: '', address: '北京市东城区东长安街1号', phone: '13800000000',
  contract: 'JK-2024-001', signed: '2024-03-05', delivered: '2024-03-05', amount: '8万元', due: '2025-03-04', rate: '12%',
  overdueRate: '18%', repayments: '2024-06-05:2400;2024-09-05:2400', guarantor: '赵大海', guarantorId: '110101198501011239',
  guaranteeType: '连带',
};

/** A cell as the reader gives it: text, a number (Excel number cell) or a date (Excel date cell). */
export type CellValue = string | number | Date | null | undefined;

export interface LedgerProblem { row: number; column?: string; reason: string }

export interface ImportOptions {
  lender: string;
  court?: string;
  filing?: IsoDate;
  /** Rows dated after this day are errors (a date in the future): the filing date, else today. */
  today: IsoDate;
  /** The shared party file's name, as written in each case's `引用`. */
  lenderFile: string;
  /** The ledger's file name, named in each case file's first line. */
  source: string;
}

export interface ImportResult {
  /** File name → text: the lender's party file and one case file per borrower. */
  files: Map<string, string>;
  problems: LedgerProblem[];
  /** Rows read into a case file. */
  rowsRead: number;
  headerErrors: string[];
}

interface Loan {
  row: number; contract: string; signed?: IsoDate; delivered: IsoDate; amount: Decimal; due?: IsoDate;
  rate?: string; overdueRate?: string; repayments: { date: IsoDate; amount: Decimal }[];
  guarantor?: { name: string; id?: string; type: 'joint' | 'general' }; notes: string[];
}

interface Borrower { name: string; id?: string; creditCode?: string; address?: string; phone?: string; rows: number[]; loans: Loan[]; bad: boolean }

const HEADER_KEYS = new Map<string, ColumnKey>();
for (const [key, zh, en] of LEDGER_COLUMNS) { HEADER_KEYS.set(zh, key); HEADER_KEYS.set(en, key); HEADER_KEYS.set(en.replace('-', ''), key); }

function normaliseHeader(h: CellValue): string {
  return String(h ?? '').replace(/[\s\u3000*＊]/g, '').toLowerCase();
}

/** Which column holds which field; unknown headers are kept as notes (备注). */
export function readHeader(header: CellValue[]): { columns: (ColumnKey | { note: string } | undefined)[]; errors: string[] } {
  const columns = header.map((h) => {
    const text = normaliseHeader(h);
    if (!text) return undefined;
    return HEADER_KEYS.get(text) ?? HEADER_KEYS.get(String(h).trim()) ?? { note: String(h).trim() };
  });
  const have = new Set(columns.filter((c): c is ColumnKey => typeof c === 'string'));
  const errors = LEDGER_COLUMNS.filter(([key, , , required]) => required && !have.has(key))
    .map(([, zh, en]) => `缺少列 ${zh} / missing column ${en}`);
  return { columns, errors };
}

/** Excel serial day numbers (1900 system) and Date cells to ISO dates; text through the language's date forms. */
function cellDate(v: CellValue): IsoDate | undefined {
  if (v instanceof Date) {
    if (isNaN(v.getTime())) return undefined;
    // exceljs gives date cells as UTC midnight of the day shown.
    return v.toISOString().slice(0, 10);
  }
  if (typeof v === 'number') {
    if (!Number.isInteger(v) || v < 1 || v > 2958465) return undefined;
    const ms = Date.UTC(1899, 11, 30) + v * 86400000;
    return new Date(ms).toISOString().slice(0, 10);
  }
  const s = String(v ?? '').trim();
  const r = readDate(s);
  return r.ok ? r.value : undefined;
}

/** Money as the language writes it (`8万元`, `80,000.00`, `¥80000`), with thousands groups of three (`1,0000` is wrong). */
function cellMoney(v: CellValue): Decimal | string {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) return '不是有效金额 / not a valid amount';
    const d = new Decimal(String(v));
    return d.decimalPlaces() > 2 ? '金额最多两位小数（分）/ at most two decimals' : d;
  }
  const s = String(v ?? '').trim();
  if (s.length > 30) return '金额过长 / amount too long';
  const digits = s.replace(/^(?:[¥￥]|CNY)\s*/, '').replace(/[元万\s]/g, '');
  if (digits.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) return `千位分隔符位置不对：${s} / misplaced thousands separator`;
  const r = readMoney(s);
  if (!r.ok) return r.reason === 'money-decimals' ? '金额最多两位小数（分）/ at most two decimals' : `不是有效金额：${s} / not a valid amount`;
  return r.value;
}

/** A rate column: `12%`, `1.5%/月`, `0.05%/日`, a bare number (percent a year) or an Excel percentage cell (0.12). */
function cellRate(v: CellValue): string | undefined | false {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) return false;
    // An Excel percentage cell holds the fraction (0.12 for 12 %); a plain number cell holds the percent (12).
    const pctValue = v < 1 ? new Decimal(String(v)).times(100) : new Decimal(String(v));
    return `${pctValue.toString()}%/年`;
  }
  const s = String(v).trim();
  if (/^\d+(\.\d+)?$/.test(s)) return `${s}%/年`;
  const r = readRate(s);
  if (!r.ok) return false;
  const period = r.value.period === 'year' ? '年' : r.value.period === 'month' ? '月' : '日';
  return `${r.value.value.toString()}%/${period}`;
}

function checkId(id: string): string | undefined {
  if (!isResidentIdShape(id)) return `身份证号应为18位 / a resident ID has 18 characters: ${id}`;
  const want = residentIdCheckDigit(id);
  return id[17].toUpperCase() === want ? undefined : `身份证号校验码错误，应为 ${want} / wrong check digit, expected ${want}: ${id}`;
}

function checkCreditCode(code: string): string | undefined {
  if (!isCreditCodeShape(code)) return `统一社会信用代码应为18位 / a credit code has 18 characters: ${code}`;
  const want = creditCodeCheckChar(code);
  return code[17].toUpperCase() === want ? undefined : `统一社会信用代码校验码错误，应为 ${want} / wrong check character, expected ${want}: ${code}`;
}

const COMPANY = /(公司|银行|合作社|中心|事务所|集团|企业|厂|店)$/;

/** Reads the data rows (row numbers as the spreadsheet shows them: the header is row 1). */
export function importLedger(header: CellValue[], rows: CellValue[][], o: ImportOptions): ImportResult {
  const head = readHeader(header);
  const result: ImportResult = { files: new Map(), problems: [], rowsRead: 0, headerErrors: head.errors };
  if (head.errors.length) return result;
  const colName = (key: ColumnKey): string => LEDGER_COLUMNS.find((c) => c[0] === key)![1];
  const borrowers = new Map<string, Borrower>();
  rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => c === null || c === undefined || String(c).trim() === '')) return;
    const get = (key: ColumnKey): CellValue => cells[head.columns.indexOf(key)];
    const text = (key: ColumnKey): string => {
      const v = get(key);
      return v === null || v === undefined ? '' : v instanceof Date ? cellDate(v) ?? '' : String(v).trim();
    };
    const fail = (key: ColumnKey | undefined, reason: string): void => { result.problems.push({ row, column: key ? colName(key) : undefined, reason }); };
    const before = result.problems.length;
    const name = text('borrower');
    if (!name) fail('borrower', '借款人为空 / no borrower');
    const id = text('id').toUpperCase(), creditCode = text('creditCode').toUpperCase();
    if (id) { const e = checkId(id); if (e) fail('id', e); }
    if (creditCode) { const e = checkCreditCode(creditCode); if (e) fail('creditCode', e); }
    const date = (key: ColumnKey, required: boolean): IsoDate | undefined => {
      const v = get(key);
      if (v === null || v === undefined || String(v).trim() === '') { if (required) fail(key, '日期为空 / no date'); return undefined; }
      const d = cellDate(v);
      if (!d) { fail(key, `不是有效日期：${String(v)} / not a valid date（例如 2024-03-05、2024年3月5日）`); return undefined; }
      if (key !== 'due' && d > o.today) { fail(key, `日期在${o.today}之后 / date after ${o.today}: ${d}`); return undefined; }
      return d;
    };
    const signed = date('signed', false), delivered = date('delivered', true), due = date('due', false);
    const amountCell = get('amount');
    let amount: Decimal | undefined;
    if (amountCell === null || amountCell === undefined || String(amountCell).trim() === '') fail('amount', '放款金额为空 / no amount');
    else {
      const m = cellMoney(amountCell);
      if (typeof m === 'string') fail('amount', m); else if (m.isZero()) fail('amount', '放款金额为0 / amount is zero'); else amount = m;
    }
    if (delivered && due && due < delivered) fail('due', `到期日早于放款日 / due before delivery: ${due}`);
    if (signed && delivered && delivered < signed) fail('delivered', `放款日早于签订日 / delivered before signed: ${delivered}`);
    const rate = cellRate(get('rate')), overdueRate = cellRate(get('overdueRate'));
    if (rate === false) fail('rate', `不是有效利率：${text('rate')} / not a valid rate（例如 12%、1.5%/月）`);
    if (overdueRate === false) fail('overdueRate', `不是有效利率：${text('overdueRate')} / not a valid rate`);
    const repayments: Loan['repayments'] = [];
    const rep = text('repayments');
    if (rep) {
      for (const part of rep.split(/[;；\n]/).map((p) => p.trim()).filter(Boolean)) {
        const m = /^(.+?)[:：]\s*(.+)$/.exec(part);
        const d = m ? cellDate(m[1].trim()) : undefined;
        const a = m ? cellMoney(m[2].trim()) : undefined;
        if (!m || !d || typeof a === 'string' || !a) { fail('repayments', `还款记录应为 日期:金额;日期:金额，无法读取“${part}” / expected DATE:MONEY;…`); break; }
        if (d > o.today) { fail('repayments', `还款日期在${o.today}之后 / repayment after ${o.today}: ${d}`); break; }
        if (delivered && d < delivered) { fail('repayments', `还款日期早于放款日 / repayment before delivery: ${d}`); break; }
        repayments.push({ date: d, amount: a });
      }
    }
    const guarantorName = text('guarantor').replace(/[（(](一般|连带)[）)]$/, '');
    const typeText = text('guaranteeType') || (/[（(]一般[）)]$/.test(text('guarantor')) ? '一般' : '');
    const guarantorId = text('guarantorId').toUpperCase();
    if (guarantorId) { const e = checkId(guarantorId); if (e) fail('guarantorId', e); }
    if (typeText && !/^(一般|连带|general|joint)$/i.test(typeText)) fail('guaranteeType', `保证方式应为 一般 或 连带 / expected 一般 or 连带: ${typeText}`);
    if (guarantorName && guarantorName === name) fail('guarantor', '保证人与借款人相同 / guarantor is the borrower');
    const notes = head.columns.flatMap((c, k) => (c && typeof c === 'object' && cells[k] !== null && cells[k] !== undefined && String(cells[k]).trim()
      ? [`${c.note}：${cells[k] instanceof Date ? cellDate(cells[k]) : String(cells[k]).trim()}`] : []));
    const key = id || creditCode || name;
    let b = borrowers.get(key);
    if (!b) { b = { name, rows: [], loans: [], bad: false }; borrowers.set(key, b); }
    b.rows.push(row);
    if (result.problems.length > before || !delivered || !amount) { b.bad = true; return; }
    if (b.name !== name) { fail('borrower', `同一证件号的借款人姓名不一致：${b.name} / ${name} / one ID, two names`); b.bad = true; return; }
    b.id ??= id || undefined; b.creditCode ??= creditCode || undefined;
    b.address ??= text('address') || undefined; b.phone ??= text('phone') || undefined;
    b.loans.push({
      row, contract: text('contract'), signed, delivered, amount, due, rate: rate || undefined, overdueRate: overdueRate || undefined, repayments,
      guarantor: guarantorName ? { name: guarantorName, id: guarantorId || undefined, type: /^(一般|general)$/i.test(typeText) ? 'general' : 'joint' } : undefined,
      notes,
    });
  });
  result.files.set(o.lenderFile, lenderFileText(o));
  const used = new Set<string>();
  for (const b of borrowers.values()) {
    if (b.bad) {
      const others = b.rows.filter((r) => !result.problems.some((p) => p.row === r));
      if (others.length) {
        const first = result.problems.find((p) => b.rows.includes(p.row));
        if (first) first.reason += `（同一借款人的第${others.join('、')}行因此也未导入 / rows ${others.join(', ')} of the same borrower not imported either）`;
      }
      continue;
    }
    let fileName = safeFileName(`${o.lender}诉${b.name}`);
    for (let k = 2; used.has(fileName); k++) fileName = safeFileName(`${o.lender}诉${b.name}`) + `-${k}`;
    used.add(fileName);
    result.files.set(`${fileName}.debt`, caseFileText(b, o));
    result.rowsRead += b.loans.length;
  }
  return result;
}

function safeFileName(s: string): string {
  return s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 60);
}

function lenderFileText(o: ImportOptions): string {
  const company = COMPANY.test(o.lender);
  return [
    `// 出借人（由 debt import 写出；请补全${company ? '统一社会信用代码、法定代表人、' : '身份证号、'}住所，所有案件文件通过 引用 使用）`,
    `当事人 ${nameText(o.lender)} {`,
    `  ${company ? '法人' : '自然人'}`,
    '}',
    '',
  ].join('\n');
}

function money(d: Decimal): string { return `${d.toFixed(2)}元`; }

/** A `"…"` string of the language (spec §2): `\\` and `\"` escaped; line breaks become spaces (a string is one line). */
function quoted(s: string): string {
  return `"${s.replace(/[\r\n]+/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function caseFileText(b: Borrower, o: ImportOptions): string {
  const lines: string[] = [];
  lines.push(`// 由 debt import 自 ${o.source} 第${b.rows.join('、')}行生成`);
  lines.push(`引用 ${quoted(o.lenderFile)}`);
  lines.push('');
  lines.push(`案件 ${nameText(`${o.lender}诉${b.name}民间借贷纠纷`)} {`);
  if (o.court) lines.push(`  法院 ${nameText(o.court)}`);
  if (o.filing) lines.push(`  起诉日 ${o.filing}`);
  lines.push(`  原告 ${nameText(o.lender)}`);
  const fields: string[] = [b.creditCode || COMPANY.test(b.name) ? '法人' : '自然人'];
  if (b.id) fields.push(`身份证号 ${b.id}`);
  if (b.creditCode) fields.push(`统一社会信用代码 ${b.creditCode}`);
  if (b.address) fields.push(`住所 ${quoted(b.address)}`);
  if (b.phone) fields.push(`电话 ${nameText(b.phone)}`);
  lines.push(`  被告 ${nameText(b.name)} { ${fields.join(' ')} }`);
  const guarantors = new Map<string, { id?: string }>();
  for (const l of b.loans) if (l.guarantor && !guarantors.has(l.guarantor.name)) guarantors.set(l.guarantor.name, { id: l.guarantor.id });
  for (const [g, { id }] of guarantors) lines.push(`  被告 ${nameText(g)} { ${COMPANY.test(g) ? '法人' : '自然人'}${id ? ` 身份证号 ${id}` : ''} }`);
  const loanNames = new Set<string>();
  b.loans.forEach((l, k) => {
    let ln = l.contract ? `借款${l.contract}` : `借款${k + 1}`;
    while (loanNames.has(ln)) ln += '-2';
    loanNames.add(ln);
    (l as Loan & { name: string }).name = ln;
    lines.push('');
    lines.push(`  借款 ${nameText(ln)} {`);
    lines.push(`    出借人 ${nameText(o.lender)}`);
    lines.push(`    借款人 ${nameText(b.name)}`);
    if (l.guarantor) lines.push(`    保证人 ${nameText(l.guarantor.name)} ${l.guarantor.type === 'general' ? '一般' : '连带'}`);
    lines.push(`    金额 ${money(l.amount)}`);
    if (l.signed) lines.push(`    签订 ${l.signed}`);
    lines.push(`    交付 ${l.delivered} ${money(l.amount)} 转账`);
    lines.push(`    到期 ${l.due ?? '未约定'}`);
    if (l.rate) lines.push(`    利率 ${l.rate}`);
    if (l.overdueRate) lines.push(`    逾期利率 ${l.overdueRate}`);
    lines.push('  }');
  });
  const several = b.loans.length > 1;
  for (const l of b.loans) {
    for (const r of l.repayments) lines.push(`  还款 ${r.date} ${money(r.amount)}${several ? ` 借款 ${nameText((l as Loan & { name: string }).name)}` : ''}`);
  }
  for (const l of b.loans) for (const n of l.notes) lines.push(`  备注 ${quoted(`第${l.row}行 ${n}`)}`);
  // The default claims (spec §3.6), written out because a guarantor's liability must be claimed by name.
  if (guarantors.size) {
    lines.push('', '  请求 本金', '  请求 利息 至 实际清偿之日');
    for (const g of guarantors.keys()) lines.push(`  请求 保证责任 ${nameText(g)}`);
    lines.push('  请求 诉讼费用');
  }
  lines.push('}');
  lines.push('');
  return lines.join('\n');
}
