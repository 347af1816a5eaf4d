/**
 * 强制执行申请书 for a judgment with instalments and a stay (迟延利息解释第2条、第3条第3款) and for items several parties
 * owe 共同 / 连带 / 按份 (民法典第517条、第518条). Figures worked by hand in ../law/staged-fixture.ts.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lines } from './samples';
import { build, inlineCase } from './recovery-fixtures';
import { INSTALMENT_CASE, PAYERS_CASE } from '../law/staged-fixture';

describe('enforcement application: instalments and stays', () => {
  const doc = build(inlineCase(INSTALMENT_CASE), 'enforcement');
  const all = lines(doc);

  it('the doubled part runs per instalment from its own date, the stay left out, with the total', () => {
    assert.ok(all.includes('2. 请求责令被执行人加倍支付迟延履行期间的债务利息：（1）一般债务利息：判决未确定给付迟延履行期间的一般债务利息，不予计算；'
      + '（2）加倍部分债务利息以各期尚未清偿的生效法律文书确定的除一般债务利息之外的金钱债务为基数，按日万分之一点七五，分别自各期履行期间届满后计算'
      + '（第1期30,000.00元自2024年4月1日起，第2期30,000.00元自2024年5月1日起，第3期30,000.00元自2024年6月1日起）'
      + '（不计算中止执行期间2024年6月1日至2024年6月10日共10日），暂计至2024年6月30日为567.00元，此后计算至实际履行之日止；'));
    // 70,000 unpaid + 567.00 = 70,567.00.
    assert.ok(all.includes('以上第1、2项合计70,567.00元（大写：人民币柒万零伍佰陆拾柒元整）。'));
  });

  it('the facts say the judgment orders three instalments and the last one\'s date', () =>
    assert.ok(all.some((l) => l.includes('该判决已于2024年3月1日发生法律效力，履行期限届满日为2024年5月31日，判决确定分3期履行，最后一期履行期限为2024年5月31日。'))));

  it('the calculation table says the instalment of each row', () => {
    const at = all.indexOf('加倍部分债务利息计算：');
    assert.deepStrictEqual(all.slice(at + 1, at + 9), [
      '序号 | 期次 | 起止日期 | 天数 | 未履行金额 | 日利率 | 金额',
      '1 | 第1期 | 2024年4月1日至2024年4月15日 | 15 | 30,000.00元 | 0.000175 | 78.75元',
      '2 | 第1期 | 2024年4月16日至2024年5月31日 | 46 | 10,000.00元 | 0.000175 | 80.50元',
      '3 | 第1期 | 2024年6月11日至2024年6月30日 | 20 | 10,000.00元 | 0.000175 | 35.00元',
      '4 | 第2期 | 2024年5月1日至2024年5月31日 | 31 | 30,000.00元 | 0.000175 | 162.75元',
      '5 | 第2期 | 2024年6月11日至2024年6月30日 | 20 | 30,000.00元 | 0.000175 | 105.00元',
      '6 | 第3期 | 2024年6月11日至2024年6月30日 | 20 | 30,000.00元 | 0.000175 | 105.00元',
      '合计 | 567.00元',
    ]);
  });

  it('the notes give the articles: 第2条 and 民诉法第250条 for instalments, 第3条第3款 for the stay', () => {
    assert.ok(doc.notes.includes('判决确定分期履行，加倍部分债务利息按各期未履行部分自该期履行期间届满之日起分别计算（迟延利息解释第2条）；申请执行期间自最后一期履行期限届满之日起计算（民事诉讼法第250条）。'));
    assert.ok(doc.notes.includes('非因被执行人的申请中止或者暂缓执行的期间，不计算加倍部分债务利息（迟延利息解释第3条第3款）。'));
    assert.ok(doc.notes.some((n) => n.includes('最后一日为2026年6月1日')));
  });
});

describe('enforcement application: several names in one 由', () => {
  const doc = build(inlineCase(PAYERS_CASE), 'enforcement');
  const all = lines(doc);

  it('each item says whether its payers owe it 共同, 连带 or 按份 (with the shares)', () => {
    const at = all.findIndex((l) => l.startsWith('1. 请求依法强制执行'));
    assert.deepStrictEqual(all.slice(at, at + 8), [
      '1. 请求依法强制执行北京市朝阳区人民法院作出的（2024）京0105民初555号民事判决，责令被执行人乙、丙、丁向申请执行人支付下列款项：',
      '（一）借款本金100,000.00元（由被执行人乙、丙共同负担）；',
      '（二）利息3,000.00元（由被执行人乙、丙共同负担）；',
      '（三）案件受理费1,001.00元（由被执行人乙、丙、丁按份负担：乙333.67元，丙333.67元，丁333.66元）；',
      '（四）律师费5,000.00元（被执行人乙、丁承担连带清偿责任）；',
      '（五）财产保全费500.00元（由被执行人乙负担）。',
      '以上尚欠109,501.00元；',
      '2. 请求责令被执行人戊对上述第1项（一）借款本金承担连带清偿责任；',
    ]);
  });

  it('the notes say how 共同 and 按份 are enforced', () => {
    assert.ok(doc.notes.includes('判项由数名被执行人共同给付、未确定各自份额的，申请执行人请求各被执行人对该项全部款项负清偿责任，任一被执行人履行的部分相应消灭该项债务。'));
    assert.ok(doc.notes.includes('按份给付的判项，各被执行人仅对其份额负清偿责任；判决未确定份额的，视为份额相同（民法典第517条第2款）。'));
  });
});

describe('enforcement application: a 按份 item partly paid', () => {
  // samples/judgment-installments.debt: 受理费 3,300 由 周强、吴敏 按份 (equal shares 1,650.00 each, 民法典第517条第2款);
  // 还款 2025-05-20 2,000 goes first to the fees (民法典第561条) and the file does not say which of the two paid it.
  const text = fs.readFileSync(path.join(__dirname, '../../../../../samples/judgment-installments.debt'), 'utf8');
  const all = lines(build(inlineCase(text), 'enforcement'));

  it('the shares are given as the judgment\'s, not as what each still owes (3,300 − 2,000 = 1,300 left, payer unknown)', () => {
    assert.ok(all.includes('（二）案件受理费3,300.00元（已履行2,000.00元，尚欠1,300.00元，由被执行人周强、吴敏按份负担，判决确定的份额为周强1,650.00元、吴敏1,650.00元，已履行部分未区分履行人）；'),
      all.filter((l) => l.includes('受理费')).join('\n'));
    assert.ok(!all.some((l) => l.includes('按份负担：周强1,650.00元')));
  });
});
