/**
 * A lender's whole book (spec §8.7): `debt import` of CSV and XLSX ledgers, `debt generate` over a folder with
 * --shard and --jobs (N shards = one run, as file sets and bytes), kept files on a repeated run, `debt summary`.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { run, fsHost } from '../../../src/cli';
import { analyze } from '../../../src/core/analyze';
import { residentIdCheckDigit } from '../../../src/core/checks/ids';
import { generateCase } from '../../../../bench/generate';
import { shardOf, CaseRef } from '../../../src/cli-book';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await run(args, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

const LENDER = '某某小额贷款有限公司';
/** A valid resident ID for borrower i: area 110108, born 1990-01-01, sequence i, and its check digit (GB 11643). */
function idOf(i: number): string {
  const first = `11010819900101${String(i % 1000).padStart(3, '0')}`;
  return first + residentIdCheckDigit(first);
}

interface GenJson {
  loans: { amount: string; signed: string; due: string; interest: { value: string }; overdueInterest: { value: string } }[];
  events: { kind: string; date: string; amount?: string }[];
}

/** Loan i of the bench's case generator as a ledger row; borrowers 10k and 10k+1 are one person (two loans). */
function ledgerRow(i: number): string[] {
  const j = generateCase(i).json as GenJson;
  const owner = i % 10 === 1 ? i - 1 : i;
  const l = j.loans[0];
  const repaid = j.events.find((e) => e.kind === 'repaid')!;
  return [`借款人${owner}`, idOf(owner), `北京市海淀区中关村大街${owner}号`, `C${i}`, l.signed, l.signed, l.amount, l.due,
    `${l.interest.value}%`, `${l.overdueInterest.value}%`, `${repaid.date}:${repaid.amount}`];
}
const HEADER = ['借款人', '身份证号', '住所', '合同编号', '签订日', '放款日', '放款金额', '到期日', '年利率', '逾期年利率', '还款记录'];

function csv(rows: string[][]): string {
  return rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n') + '\n';
}

/** The figures of case i written by hand by the generator: same lender, no demand (the ledger records none). */
function handWrittenLoan(i: number): { principal: string; interest: string; schedule: string } {
  const text = generateCase(i).text.replace(new RegExp(`出借人${i}`, 'g'), LENDER).replace(/\n {2}催收 [^\n]*/, '');
  const a = analyze('file:///hand.debt', text, { read: () => undefined }, {});
  const l = a.cases[0].loans[0];
  return { principal: l.outstanding.principal, interest: l.outstanding.interest, schedule: JSON.stringify(l.schedule.map((r) => [r.from, r.to, r.base, r.rate, r.interest])) };
}

describe('debt import / generate --shard / summary (a whole book)', function () {
  this.timeout(240000);
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-book-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('1,000 loans imported: every loan has the figures of the same case written by hand; borrowers with two loans get one file', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ledgerRow(i));
    const ledger = path.join(dir, 'ledger.csv');
    fs.writeFileSync(ledger, '\ufeff' + csv([HEADER, ...rows]));
    const out = path.join(dir, 'cases');
    const r = await cli(['import', ledger, '--lender', LENDER, '--court', '某某市某某区人民法院', '--filing', '2026-08-01', '--out', out]);
    assert.strictEqual(r.code, 0, r.err);
    const files = fs.readdirSync(out).filter((f) => f.endsWith('.debt'));
    // 1,000 loans, every tenth pair one borrower: 900 borrowers, plus the lender's party file.
    assert.strictEqual(files.length, 901);
    assert.ok(files.includes(`${LENDER}.当事人.debt`));
    const check = await cli(['check', ...files.map((f) => path.join(out, f))]);
    assert.strictEqual(check.code, 0, check.out.split('\n').filter((l) => l.includes(' error ')).slice(0, 3).join('\n'));
    for (let i = 0; i < 1000; i++) {
      const owner = i % 10 === 1 ? i - 1 : i;
      const file = path.join(out, `${LENDER}诉借款人${owner}.debt`);
      const a = analyze(pathToFileURL(file).href, fs.readFileSync(file, 'utf8'), fsHost, {});
      assert.strictEqual(a.cases.length, 1);
      const loan = a.cases[0].loans.find((l) => l.name === `借款C${i}`);
      assert.ok(loan, `loan C${i} in ${file}`);
      const hand = handWrittenLoan(i);
      assert.deepStrictEqual(
        { principal: loan.outstanding.principal, interest: loan.outstanding.interest, schedule: JSON.stringify(loan.schedule.map((x) => [x.from, x.to, x.base, x.rate, x.interest])) },
        hand, `loan ${i}`);
    }
  });

  it('20 broken rows: exactly those row numbers reported with column and reason, nothing written for them, exit 1', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => ledgerRow(i * 10 + 2)); // no shared borrowers
    const broken = new Map<number, [number, string]>(); // data index → [column, bad value]
    const good = idOf(3), wrongId = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const bad: [number, string][] = [[1, wrongId], [6, '1,0000'], [5, '2099-01-01'], [7, '2024-02-30'], [8, '12%%'], [10, '2022-01-01;500'], [6, '-5'], [0, '']];
    for (let k = 0; k < 20; k++) broken.set(k * 5 + 1, bad[k % bad.length]);
    for (const [idx, [col, value]] of broken) rows[idx][col] = value;
    const ledger = path.join(dir, 'ledger.csv');
    fs.writeFileSync(ledger, csv([HEADER, ...rows]));
    const out = path.join(dir, 'cases');
    const r = await cli(['import', ledger, '--lender', LENDER, '--filing', '2026-08-01', '--out', out]);
    assert.strictEqual(r.code, 1);
    const reported = [...r.err.matchAll(/ledger\.csv:(\d+):/g)].map((m) => Number(m[1]));
    // Spreadsheet row numbers: the header is row 1, data index k is row k + 2.
    assert.deepStrictEqual([...new Set(reported)].sort((x, y) => x - y), [...broken.keys()].map((k) => k + 2).sort((x, y) => x - y));
    assert.match(r.err, /:3: 列 身份证号: 身份证号校验码错误/);
    assert.match(r.err, /列 放款金额: 千位分隔符位置不对：1,0000/);
    assert.match(r.err, /列 放款日: 日期在2026-08-01之后/);
    assert.match(r.err, /列 到期日: 不是有效日期：2024-02-30/);
    const written = fs.readdirSync(out).filter((f) => f.endsWith('.debt') && !f.includes('当事人'));
    assert.strictEqual(written.length, 80);
    for (const idx of broken.keys()) {
      const owner = idx * 10 + 2;
      assert.ok(!fs.existsSync(path.join(out, `${LENDER}诉借款人${owner}.debt`)), `row ${idx + 2} written`);
    }
  });

  it('XLSX with Excel date and number cells reads like the CSV; --template writes both languages and imports cleanly', async () => {
    const ExcelJS = require('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['borrower', 'id', 'address', 'delivered', 'amount', 'due', 'rate', 'overdue-rate']);
    // Excel cells: a real date, a number, a percentage (0.12 = 12 %).
    ws.addRow(['借款人7', idOf(7), '北京', new Date(Date.UTC(2024, 2, 5)), 80000, new Date(Date.UTC(2025, 2, 4)), 0.12, 18]);
    const file = path.join(dir, 'ledger.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await cli(['import', file, '--lender', LENDER, '--filing', '2026-12-01', '--out', dir]);
    assert.strictEqual(r.code, 0, r.err);
    const text = fs.readFileSync(path.join(dir, `${LENDER}诉借款人7.debt`), 'utf8');
    for (const want of ['交付 2024-03-05 80000.00元 转账', '到期 2025-03-04', '利率 12%/年', '逾期利率 18%/年', '引用 "某某小额贷款有限公司.当事人.debt"']) assert.ok(text.includes(want), want);

    const t = await cli(['import', '--template', '--out', path.join(dir, 't')]);
    assert.strictEqual(t.code, 0, t.err);
    assert.deepStrictEqual(fs.readdirSync(path.join(dir, 't')).sort(), ['ledger-template.csv', 'ledger-template.xlsx', '借款台账模板.csv', '借款台账模板.xlsx']);
    assert.match(fs.readFileSync(path.join(dir, 't', 'ledger-template.csv'), 'utf8'), /^\ufeffborrower,id,credit-code,address/);
    for (const tpl of ['借款台账模板.xlsx', 'ledger-template.csv']) {
      const o = path.join(dir, 'from-' + tpl);
      const imp = await cli(['import', path.join(dir, 't', tpl), '--lender', LENDER, '--filing', '2026-12-01', '--out', o]);
      assert.strictEqual(imp.code, 0, imp.err);
      const c = fs.readFileSync(path.join(o, `${LENDER}诉王小明.debt`), 'utf8');
      // The example row: 8万元 on 2024-03-05, two repayments of 2,400, a joint guarantor claimed by name.
      for (const want of ['金额 80000.00元', '保证人 赵大海 连带', '还款 2024-06-05 2400.00元', '请求 保证责任 赵大海']) assert.ok(c.includes(want), `${tpl}: ${want}`);
    }
    // Never overwritten without --force.
    const again = await cli(['import', file, '--lender', LENDER, '--filing', '2026-12-01', '--out', dir]);
    assert.strictEqual(again.code, 1);
    assert.match(again.err, /文件已存在，未覆盖/);
  });

  it('shards: the parts of I/N cover the case list once each, differing by at most one case', () => {
    const cases: CaseRef[] = Array.from({ length: 17 }, (_, i) => ({ file: `f${i >> 2}`, index: i & 3 }));
    for (const n of [1, 2, 3, 5, 17, 20]) {
      const parts = Array.from({ length: n }, (_, k) => shardOf(cases, { index: k + 1, count: n }));
      assert.deepStrictEqual(parts.flat(), cases);
      const sizes = parts.map((p) => p.length);
      assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1, `${n}: ${sizes}`);
    }
  });

  it('generate on a folder: 3 shards write exactly the files of one run, byte for byte; a repeated run keeps them; summary line', async () => {
    const book = path.join(dir, 'book');
    fs.mkdirSync(book);
    const rows = Array.from({ length: 30 }, (_, i) => ledgerRow(i));
    fs.writeFileSync(path.join(dir, 'l.csv'), csv([HEADER, ...rows]));
    assert.strictEqual((await cli(['import', path.join(dir, 'l.csv'), '--lender', LENDER, '--filing', '2026-08-01', '--court', '某某市某某区人民法院', '--out', book])).code, 0);
    const one = path.join(dir, 'one'), sharded = path.join(dir, 'sharded');
    const whole = await cli(['generate', book, '--out', one, '--jobs', '2']);
    assert.strictEqual(whole.code, 0, whole.err);
    // 30 loans, every tenth pair one borrower: 27 cases.
    assert.match(whole.err, /案件 27 件：写出 27 份，保留已有 0 份，拒绝 0 件，有错误 0 件/);
    let total = 0;
    for (let k = 1; k <= 3; k++) {
      const s = await cli(['generate', book, '--out', sharded, '--shard', `${k}/3`, '--jobs', '1']);
      assert.strictEqual(s.code, 0, s.err);
      total += s.out.trim().split('\n').length;
    }
    assert.strictEqual(total, 27, 'no document written twice');
    const a = fs.readdirSync(one).sort(), b = fs.readdirSync(sharded).sort();
    assert.deepStrictEqual(b, a);
    for (const f of a) assert.ok(fs.readFileSync(path.join(one, f)).equals(fs.readFileSync(path.join(sharded, f))), `${f} differs`);
    const again = await cli(['generate', book, '--out', one]);
    assert.strictEqual(again.code, 0);
    assert.strictEqual(again.out, '');
    assert.match(again.err, /写出 0 份，保留已有 27 份/);
    const bad = await cli(['generate', book, '--shard', '4/3']);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /--shard: 应为 I\/N/);
  });

  it('summary: one row per case with the report figures, CSV and XLSX', async () => {
    const samples = path.resolve(__dirname, '../../../../../samples');
    const r = await cli(['summary', path.join(samples, 'loan-basic.debt')]);
    assert.strictEqual(r.code, 0, r.err);
    const lines = r.out.trim().split('\n');
    assert.strictEqual(lines.length, 2);
    assert.match(lines[0], /^文件 file,案件 case,借款人 borrower,本金 principal/);
    // loan-basic (rules.md worked example, docx.test.ts): principal 49,975.34, claim 74,104.53, limitation 2028-06-01.
    assert.ok(lines[1].includes(',张三诉李四民间借贷纠纷,李四、北京某某科技有限公司,49975.34,'), lines[1]);
    assert.ok(lines[1].includes(',74104.53,'), lines[1]);
    assert.ok(lines[1].includes(',未届满,2028-06-01,'), lines[1]);
    const x = path.join(dir, 'book.xlsx');
    assert.strictEqual((await cli(['summary', samples, '--out', x])).code, 0);
    const ExcelJS = require('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(x);
    const ws = wb.worksheets[0];
    const names: string[] = [];
    ws.eachRow((row: { getCell(n: number): { value: unknown } }, n: number) => { if (n > 1) names.push(String(row.getCell(2).value)); });
    assert.ok(names.includes('张三诉李四民间借贷纠纷'));
    assert.ok(names.length >= 15, `${names.length} cases`);
  });
});
