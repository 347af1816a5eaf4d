/** DOCX read back with mammoth (sections, claims, principal, schedule rows, escaping) and opened by LibreOffice when installed. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { buildDocument, renderDocx } from '../../../src/core/documents';
import { doc } from './samples';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const mammoth: { extractRawText(o: { buffer: Buffer }): Promise<{ value: string }> } = require('mammoth');

describe('DOCX', function () {
  this.timeout(120000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-docx-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('要素式 read back: sections, claims, principal, 标的总额, schedule rows', async () => {
    const buf = await renderDocx(doc('loan-basic.debt', 'element').d);
    assert.strictEqual(buf.subarray(0, 2).toString(), 'PK');
    const text = (await mammoth.extractRawText({ buffer: buf })).value;
    for (const want of ['民事起诉状', '（民间借贷纠纷）', '当事人信息', '诉讼请求', '约定管辖和诉前保全', '事实与理由', '对纠纷解决方式的意愿',
      '1. 判令被告李四向原告张三偿还借款本金49,975.34元；', '截至2026年11月30日止，尚欠本金49,975.34元',
      '74,104.53元（大写：人民币柒万肆仟壹佰零肆元伍角叁分）', '性别：男☑　女☐', '2023年1月10日至2023年7月9日', '2024年1月11日至2026年11月30日', '21,089.59元', '24,129.19元']) {
      assert.ok(text.includes(want), `missing ${want}`);
    }
  });

  it('traditional read back: 此致, the court, copies, and the interest claim with 至实际清偿之日止', async () => {
    const text = (await mammoth.extractRawText({ buffer: await renderDocx(doc('pre-2020-contract.debt', 'traditional').d) })).value;
    for (const want of ['此致', '成都市锦江区人民法院', '附：本起诉状副本1份', '以200,000.00元为基数，按年利率15.40%计算至实际清偿之日止', '46,027.40元']) {
      assert.ok(text.includes(want), `missing ${want}`);
    }
  });

  it('case text with markup stays text in the XML', async () => {
    const t = `案件 甲诉乙 { 起诉日 2024-06-01 原告 甲 { 身份证号 110105198503021233 住所 "<script>x</script>&\\"</div>" }
      被告 乙 { 身份证号 110108199001011231 住所 "北京" }
      借款 L { 出借人 甲 借款人 乙 交付 2023-01-10 10000元 到期 2023-06-30 利率 10% } }`;
    const a = analyze('file:///x.debt', t, { read: () => undefined }, { today: '2024-06-01' });
    const text = (await mammoth.extractRawText({ buffer: await renderDocx(buildDocument(a, 0, { kind: 'complaint', style: 'traditional' })) })).value;
    assert.ok(text.includes('住<script>x</script>&"</div>。'));
  });

  it('LibreOffice converts it to a non-empty PDF (when soffice is installed)', async () => {
    const which = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
    if (which.status !== 0) { console.log('      (soffice not on PATH: conversion not checked)'); return; }
    const file = path.join(dir, 'complaint.docx');
    fs.writeFileSync(file, await renderDocx(doc('loan-basic.debt', 'element').d));
    const r = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 110000 });
    const pdf = path.join(dir, 'complaint.pdf');
    assert.ok(fs.existsSync(pdf), `no PDF: ${r.stdout} ${r.stderr}`);
    assert.ok(fs.statSync(pdf).size > 1000);
    assert.strictEqual(fs.readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
  });
});
