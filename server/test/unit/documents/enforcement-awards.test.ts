/**
 * 强制执行申请书 with 判项 (spec §8.2): 申请执行人 / 被执行人 (2016 执行文书样式), every award item with its figure and what
 * was paid, the joint guarantor with its scope, the delay interest split into 一般债务利息 and 加倍部分 (迟延利息解释第1条),
 * and every asset of a 被执行人. The figures are worked by hand in ../law/awards-fixture.ts.
 */
import * as assert from 'assert';
import { lines } from './samples';
import { build, inlineCase } from './recovery-fixtures';
import { AWARDS_CASE } from '../law/awards-fixture';

describe('enforcement application with award items (spec §8.2)', () => {
  const all = lines(build(inlineCase(AWARDS_CASE), 'enforcement'));
  const req = all.slice(all.indexOf('请求事项：') + 1, all.indexOf('事实和理由：'));

  it('every party ordered to pay is a 被执行人, the guarantor too; the creditor is the 申请执行人', () => {
    assert.match(all[1], /^申请执行人：甲，/);
    assert.match(all[2], /^被执行人一：乙，.*住北京市朝阳区望京街10号。公民身份号码：110108199001011231。/);
    assert.match(all[3], /^被执行人二：丙，.*住北京市海淀区中关村大街20号。公民身份号码：11010519880707123X。/);
    assert.ok(!all.some((l) => /被申请人|责令被执行人＿/.test(l)));
  });

  it('each award item with its figure, the running interest to the as-of date, and what was paid', () => {
    assert.deepStrictEqual(req.slice(0, 6), [
      '1. 请求依法强制执行北京市朝阳区人民法院作出的（2024）京0105民初888号民事判决，责令被执行人乙向申请执行人支付下列款项：',
      '（一）借款本金100,000.00元（已履行7,460.00元，尚欠92,540.00元）；',
      '（二）利息：以100,000.00元为基数，按年利率14.60%，自2024年1月1日起计算至实际清偿之日止，暂计至2024年6月30日为7,127.82元（已履行5,240.00元，尚欠1,887.82元）；',
      '（三）律师费5,000.00元（已全部履行）；',
      '（四）案件受理费2,300.00元（已全部履行）。',
      '以上尚欠94,427.82元；',
    ]);
  });

  it('the joint guarantor within its scope (范围 本金)', () => {
    assert.strictEqual(req[6], '2. 请求责令被执行人丙对上述第1项（一）借款本金承担连带清偿责任；');
  });

  it('the delay interest split into 一般债务利息 and 加倍部分债务利息; the total and the fee', () => {
    assert.strictEqual(req[7], '3. 请求责令被执行人加倍支付迟延履行期间的债务利息：（1）一般债务利息按判决确定的方法计算，已列入上述第1项（二），其中迟延履行期间（自2024年3月30日起至2024年6月30日止）为3,567.82元；（2）加倍部分债务利息以尚未清偿的生效法律文书确定的除一般债务利息之外的金钱债务为基数，按日万分之一点七五，自2024年3月30日起暂计至2024年6月30日为1,614.58元，此后计算至实际履行之日止；');
    assert.deepStrictEqual(req.slice(9), ['5. 执行费用由被执行人负担。', '以上第1、3项合计96,042.40元（大写：人民币玖万陆仟零肆拾贰元肆角）。',
      '申请执行费：1,340.64元（《诉讼费用交纳办法》第十四条第（一）项，执行后交纳，由被执行人负担）。']);
  });

  it('the facts say what was performed; both calculation tables', () => {
    assert.ok(all.includes('申请执行人甲与被执行人乙、丙民间借贷纠纷一案，北京市朝阳区人民法院作出（2024）京0105民初888号民事判决，该判决已于2024年3月19日发生法律效力，履行期限届满日为2024年3月29日。判决生效后被执行人仅履行20,000.00元，未履行完毕。根据《中华人民共和国民事诉讼法》第二百四十七条、第二百六十四条之规定，特向贵院申请强制执行。'));
    assert.ok(all.includes('3 | 2024年5月11日至2024年6月30日 | 51 | 92,540.00元 | 14.60% | 1,887.82元'));
    assert.ok(all.includes('1 | 2024年3月30日至2024年5月10日 | 42 | 107,300.00元 | 0.000175 | 788.66元'));
  });

  it('every asset owned by a 被执行人 is a 财产线索, the guarantor\'s included', () => {
    const leads = all.slice(all.indexOf('财产线索：') + 1, all.indexOf('此致'));
    assert.deepStrictEqual(leads, ['1. 车辆一（被执行人乙名下）：京A12345。', '2. 房产一（被执行人丙名下）：北京市海淀区中关村大街20号院3号楼502室。']);
  });

  it('a guarantor for everything, and one capped by a sum', () => {
    const g = (scope: string) => lines(build(inlineCase(AWARDS_CASE.replace('连带 丙 范围 本金', scope)), 'enforcement'))
      .find((l) => l.startsWith('2. 请求责令被执行人丙'));
    assert.strictEqual(g('连带 丙'), '2. 请求责令被执行人丙对上述第1项所列全部款项及迟延履行期间的债务利息承担连带清偿责任；');
    assert.strictEqual(g('连带 丙 范围 50000元'), '2. 请求责令被执行人丙对上述第1项所列全部款项及迟延履行期间的债务利息在50,000.00元范围内承担连带清偿责任；');
  });

  it('without 判项 (判决金额 only): the defendants and the 连带 guarantor are 被执行人, never a blank', () => {
    // 判决金额 10,000, delay 2024-04-01 … 2024-04-10 = 10 days × 10,000 × 0.000175 = 17.50.
    const text = ['案件 甲诉乙 {', '  法院 北京市朝阳区人民法院', '  起诉日 2024-04-10', '  原告 甲 { 住所 "北京市朝阳区" }',
      '  被告 乙 { 住所 "北京市朝阳区" }', '  被告 丙 { 住所 "北京市海淀区" }',
      '  判决 "（2024）京0105民初1号" { 履行期限 2024-03-31 判决金额 10000 连带 丙 范围 5000元 }', '}'].join('\n');
    const ls = lines(build(inlineCase(text), 'enforcement'));
    assert.ok(ls.some((l) => l.startsWith('被执行人一：乙，')) && ls.some((l) => l.startsWith('被执行人二：丙，')));
    assert.ok(ls.includes('1. 请求依法强制执行北京市朝阳区人民法院作出的（2024）京0105民初1号民事判决，责令被执行人乙向申请执行人支付判决确定的款项10,000.00元（判决金额10,000.00元，已履行0.00元）；'));
    assert.ok(ls.includes('2. 请求责令被执行人丙对上述债务在5,000.00元范围内承担连带清偿责任；'));
    assert.ok(ls.some((l) => l.startsWith('3. 请求责令被执行人加倍支付迟延履行期间的债务利息（加倍部分债务利息') && l.includes('暂计至2024年4月10日为17.50元')));
    assert.ok(!ls.some((l) => l.includes('被执行人＿')));
  });

  it('an item not every 被执行人 owes says who owes it', () => {
    const text = AWARDS_CASE.replace('  被告 丙 {', '  被告 丁 { 自然人 }\n  被告 丙 {').replace('    判项 受理费 2300元', '    判项 受理费 2300元 由 乙、丁');
    const ls = lines(build(inlineCase(text), 'enforcement'));
    assert.ok(ls.includes('1. 请求依法强制执行北京市朝阳区人民法院作出的（2024）京0105民初888号民事判决，责令被执行人乙、丁向申请执行人支付下列款项：'));
    assert.ok(ls.includes('（一）借款本金100,000.00元（已履行7,460.00元，尚欠92,540.00元，由被执行人乙负担）；'));
    assert.ok(ls.includes('（四）案件受理费2,300.00元（已全部履行）。'));
  });
});
