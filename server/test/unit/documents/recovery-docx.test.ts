/** The recovery documents as DOCX, read back with mammoth (as the complaint's docx.test.ts does). */
import * as assert from 'assert';
import { renderDocx } from '../../../src/core/documents';
import { sample } from './samples';
import { build, inlineCase, JUDGED, PRESERVED } from './recovery-fixtures';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const mammoth: { extractRawText(o: { buffer: Buffer }): Promise<{ value: string }> } = require('mammoth');
const text = async (buf: Buffer) => (await mammoth.extractRawText({ buffer: buf })).value;

describe('recovery documents as DOCX', function () {
  this.timeout(60000);

  it('律师函: letterhead, the report\'s figures, the deadline blank, the attached schedule', async () => {
    const buf = await renderDocx(build(sample('loan-basic.debt').a, 'demand-letter'));
    assert.strictEqual(buf.subarray(0, 2).toString(), 'PK');
    const s = await text(buf);
    for (const want of ['北京某某律师事务所', '律师函', '致：李四（地址：北京市海淀区中关村大街1号）', '合计74,104.53元（大写：人民币柒万肆仟壹佰零肆元伍角叁分）',
      '按年利率14.60%计算至实际清偿之日止', '请贵方于＿＿＿＿前', '诉讼时效中断', '律师：赵六', '21,089.59元']) assert.ok(s.includes(want), `missing ${want}`);
  });

  it('支付令申请书, 财产保全申请书, 强制执行申请书: title, amount, fee', async () => {
    const po = await text(await renderDocx(build(sample('loan-basic.debt').a, 'payment-order')));
    for (const want of ['支付令申请书', '被申请人：李四', '合计74,104.53元', '申请费：550.87元', '特向贵院申请支付令']) assert.ok(po.includes(want), `missing ${want}`);
    const pr = await text(await renderDocx(build(inlineCase(PRESERVED), 'preservation')));
    for (const want of ['财产保全申请书', '（诉前财产保全）', '50,000.00元（大写：人民币伍万元整）', '保全申请费：520.00元', '工资卡']) assert.ok(pr.includes(want), `missing ${want}`);
    const en = await text(await renderDocx(build(inlineCase(JUDGED), 'enforcement')));
    for (const want of ['强制执行申请书', '（2024）京0108民初100号', '994.00元', '申请执行费：1,114.91元', '2024年8月2日至2024年9月1日']) assert.ok(en.includes(want), `missing ${want}`);
  });
});
