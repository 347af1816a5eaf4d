/**
 * Every kind of spec §8.4 generated for the samples as DOCX and read back with mammoth (title, a figure or fact the
 * case gives); `debt generate --format pdf` through LibreOffice when it is installed (one PDF per case, black only),
 * and the clear error when it is not.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateDocuments, renderDocx, SIDE_KINDS } from '../../../src/core/documents';
import { blackOnly } from '../../../src/core/documents/black';
import { run } from '../../../src/cli';
import { SAMPLES, sample } from './samples';
import { ALL, build, inline } from './sides-fixtures';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const mammoth: { extractRawText(o: { buffer: Buffer }): Promise<{ value: string }> } = require('mammoth');
// eslint-disable-next-line @typescript-eslint/no-var-requires
const JSZip: { loadAsync(b: Buffer): Promise<{ file(n: string): { async(t: 'string'): Promise<string> } | null }> } = require('jszip');
const text = async (buf: Buffer) => (await mammoth.extractRawText({ buffer: buf })).value;

/** Each kind, the sample it is made for, and what the read-back text must contain. */
const CASES: [string, string, string[]][] = [
  ['defence', 'debtor-harassed-relatives.debt', ['民事答辩状', '本金应为94,000.00元', '年利率13.80%', '尚欠本金88,539.31元']],
  ['objection', '', ['支付令异议书', '第二百二十七条第二款']],
  ['repayment-agreement', 'debtor-microloan-fees.debt', ['还款协议', '加速到期', '乙方（债务人）：周敏（借款人）']],
  ['acknowledgment', 'lapsed-part-payment.debt', ['债务确认书', '合计61,035.62元', '不以诉讼时效期间届满为由拒绝履行']],
  ['collection-complaint', 'debtor-harassed-relatives.debt', ['违法催收举报信', '当日达30次', '第二百九十三条之一']],
  ['power-of-attorney', 'debtor-microloan-fees.debt', ['授权委托书', '受托人：沈磊，浙江某某律师事务所律师', '一般授权☑']],
  ['firm-letter', 'loan-basic.debt', ['律师事务所函', '指派赵六律师']],
  ['representative-certificate', 'licensed-lender.debt', ['法定代表人身份证明书', '周明在我单位任董事长职务']],
  ['service-address', 'loan-basic.debt', ['送达地址确认书', '北京市朝阳区建国路1号院2号楼301室']],
  ['filing-list', 'loan-basic.debt', ['立案材料清单', '民事起诉状', '正本1份，副本2份（按被告人数）']],
  ['witness', 'debtor-harassed-relatives.debt', ['证人出庭作证申请书', '刘芳（被告之姐）']],
  ['investigation', 'loan-basic.debt', ['调查令申请书', '深圳市腾讯计算机系统有限公司']],
  ['amend-claims', 'loan-basic.debt', ['变更（增加）诉讼请求申请书', '偿还借款本金49,975.34元', '暂计至2026年11月30日为24,129.19元']],
];

describe('documents of both sides as DOCX (mammoth), and as PDF', function () {
  this.timeout(180000);

  it('every kind of spec §8.4 is listed here', () => assert.deepStrictEqual(CASES.map((c) => c[0]), [...SIDE_KINDS]));

  for (const [kind, file, want] of CASES) {
    it(`${kind}: ${file || 'ALL with a 支付令'} — ${want[0]}`, async () => {
      const a = file ? sample(file).a : inline(ALL.replace('  还款 2023-07-10', '  催收 2024-05-20 向 乙 支付令 送达 2024-05-24\n  还款 2023-07-10'));
      const buf = await renderDocx(build(a, kind as never));
      assert.strictEqual(buf.subarray(0, 2).toString(), 'PK');
      const s = await text(buf);
      for (const w of want) assert.ok(s.includes(w), `${kind}: missing ${w}\n${s}`);
      assert.doesNotMatch(s, /\b[A-Za-z]{4,}\b/, 'nothing in English (an ID or credit code is no word)');
    });
  }

  it('black only: a DOCX (and so the PDF made from it) has no coloured run; its blanks are underlined', async () => {
    const d = build(inline(ALL), 'defence');
    const xml = async (doc: typeof d) => (await JSZip.loadAsync(await renderDocx(doc))).file('word/document.xml')!.async('string');
    // Blanks are black and underlined in Word (issue 16); red only in the preview.
    assert.doesNotMatch(await xml(d), /w:color/);
    assert.match(await xml(d), /<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">＿＿＿＿<\/w:t>/);
    assert.doesNotMatch(await xml(blackOnly(d)), /w:color/);
  });

  it('generateDocuments names each case\'s file <案件名>.<文书>.docx and explains a refusal', async () => {
    const outs = await generateDocuments(sample('debtor-harassed-relatives.debt').a, { kind: 'objection', style: 'element', format: 'docx' });
    assert.strictEqual(outs[0].fileName, '陈建国诉刘洋民间借贷纠纷.支付令异议书.docx');
    assert.strictEqual(outs[0].data, undefined);
    assert.match(outs[0].refused!, /没有记载支付令/);
  });

  it('debt generate --format pdf: one PDF named as the filing system lists it (when LibreOffice is installed)', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-pdf-test-'));
    const which = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
    let o = '', e = '';
    const argv = ['generate', path.join(SAMPLES, 'debtor-harassed-relatives.debt'), '--kind', 'defence', '--format', 'pdf', '--out', out];
    if (which.status !== 0) {
      const saved = process.env.PATH;
      process.env.PATH = '/nonexistent';
      try { assert.strictEqual(await run(argv, (s) => { o += s; }, (s) => { e += s; }), 2); } finally { process.env.PATH = saved; }
      assert.match(e, /未找到 LibreOffice.*apt-get install/);
      return;
    }
    assert.strictEqual(await run(argv, (s) => { o += s; }, (s) => { e += s; }), 0, e);
    const pdf = path.join(out, '陈建国诉刘洋民间借贷纠纷.答辩状.pdf');
    assert.strictEqual(o.trim(), pdf);
    assert.strictEqual(fs.readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
    const t = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
    if (t.status === 0) assert.ok(t.stdout.replace(/\s/g, '').includes('民事答辩状'), t.stdout);
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('debt generate --format pdf without LibreOffice: exit 2 and how to install it', async () => {
    const saved = process.env.PATH, savedS = process.env.DEBT_SOFFICE;
    process.env.PATH = '/nonexistent';
    delete process.env.DEBT_SOFFICE;
    let e = '';
    try {
      const code = await run(['generate', path.join(SAMPLES, 'loan-basic.debt'), '--format', 'pdf', '--out', os.tmpdir()], () => undefined, (s) => { e += s; });
      if (fs.existsSync('/Applications/LibreOffice.app/Contents/MacOS/soffice')) return;
      assert.strictEqual(code, 2);
    } finally { process.env.PATH = saved; if (savedS !== undefined) process.env.DEBT_SOFFICE = savedS; }
    assert.match(e, /未找到 LibreOffice，无法生成 PDF.*libreoffice-writer/);
  });
});
