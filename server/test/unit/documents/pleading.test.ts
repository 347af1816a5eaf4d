/**
 * Pleading as a lawyer would (issue 16, the review's points), each with the exact words expected.
 */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { buildDocument, LegalDocument } from '../../../src/core/documents';
import { doc, lines, sample, section } from './samples';

const run = (text: string) => analyze('file:///p.debt', text, { read: () => undefined }, { today: '2026-06-01' });
const build = (text: string, kind: 'complaint' | 'demand-letter' = 'complaint', style: 'element' | 'traditional' = 'traditional'): LegalDocument =>
  buildDocument(run(text), 0, { kind, style });

/**
 * A 24 % loan (cap 4 × LPR 3.45 % of 2023-12-20 = 13.80 %), 20,000 paid on 2024-07-01 and put to interest:
 *   interest owed 2024-01-01…2024-06-30, 182 d: 100,000 × 13.80 % × 182 / 365 = 6,881.096 → 6,881.10
 *   at the agreed 24 %: 100,000 × 24 % × 182 / 365 = 11,967.12…; above the cap 11,967.12… − 6,881.10 = 5,086.03 (the report's aboveCap)
 *   to principal 20,000 − 6,881.10 = 13,118.90, principal left 86,881.10
 */
const CAPPED = `案件 甲诉乙民间借贷纠纷 {
  法院 北京市朝阳区人民法院
  起诉日 2025-01-01
  原告 甲 { 自然人 住所 "北京市朝阳区建国路1号" }
  被告 乙 { 自然人 住所 "北京市朝阳区建国路2号" }
  借款 L { 出借人 甲 借款人 乙 签订 2024-01-01 证据 欠条 交付 2024-01-01 100000元 转账 到期 2024-12-31 利率 24% }
  还款 2024-07-01 20000元 冲抵 利息 转账
  证据 欠条 { 类型 借条 原件 }
  请求 本金
  请求 利息
  请求 诉讼费用
}
`;

describe('pleading (issue 16)', () => {
  it('a loan with no term falls due by the demand: pleaded with 民法典第675条, 是否到期 ticked, 还款方式 boxes left unticked', () => {
    const t = doc('no-term-lawyer-letter.debt', 'traditional').d;
    // 限期 10日 from 送达 2025-03-12 → due 2025-03-22 (the report's dueDate).
    assert.strictEqual(section(t, '事实和理由：', ['证据和证据来源，证人姓名和住所：'])[0],
      '2024年6月15日，被告高磊向原告张伟出具借条，约定被告高磊向原告借款80,000.00元。原告于2024年6月15日以银行转账方式向被告交付借款80,000.00元。'
      + '借期内利息按年利率6%计算。双方未约定还款期限。2025年3月10日，原告通过律师函催告被告高磊于收函之日起10日内归还借款，被告于2025年3月12日收到，'
      + '借款于2025年3月22日到期（《中华人民共和国民法典》第六百七十五条）。被告至今未偿还任何款项，尚欠本金80,000.00元。');
    const e = lines(doc('no-term-lawyer-letter.debt', 'element').d);
    assert.ok(e.includes('4. 借款期限 | 是否到期：是☑　否☐\n约定期限：未约定还款期限，经催告于2025年3月22日到期（民法典第六百七十五条）'));
    assert.ok(e.includes('7. 还款方式 | 到期一次性还本付息☐\n按月计息、到期一次性还本☐　按季计息、到期一次性还本☐　按年计息、到期一次性还本☐　其他：未约定还款期限'));
  });

  it('the default grace period: said in the facts and in the notes', () => {
    const { text } = sample('no-term-lawyer-letter.debt');
    const d = build(text.replace(' 限期 10日', ''));
    // 送达 2025-03-12 + 30 days = 2025-04-11
    assert.ok(section(d, '事实和理由：', ['证据和证据来源，证人姓名和住所：'])[0].includes(
      '2025年3月10日，原告通过律师函催告被告高磊归还借款，未指定还款期限，被告于2025年3月12日收到，按合理期限30日计算，借款于2025年4月11日到期（《中华人民共和国民法典》第六百七十五条）。'));
    assert.ok(d.notes.includes('借款“周转借款”未约定还款期限，首次催收未写明限期：到期日2025年4月11日按默认宽限期30日（合理期限，民法典第675条）计算。催收中给过期限的，请在案件文件中写明“限期”。'));
  });

  it('a 冲抵 利息 payment above the cap is explained under 民间借贷规定第25条, not 民法典第561条; a 欠条 is a 欠条', () => {
    const facts = section(build(CAPPED), '事实和理由：', ['证据和证据来源，证人姓名和住所：'])[0];
    assert.strictEqual(facts, '2024年1月1日，被告乙向原告甲出具欠条，约定被告乙向原告借款100,000.00元。原告于2024年1月1日以银行转账方式向被告交付借款100,000.00元。'
      + '双方约定还款期限至2024年12月31日，借期内利息按年利率24%计算。被告于2024年7月1日偿还20,000.00元。'
      + '2024年7月1日偿还的20,000.00元按双方约定冲抵利息，其中5,086.03元超过合同成立时一年期贷款市场报价利率四倍计算的利息，'
      + '依照《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条不受保护，抵充本金；上述还款合计抵充利息6,881.10元、本金13,118.90元，尚欠本金86,881.10元。');
    assert.ok(!facts.includes('第五百六十一条'));
  });

  it('a 律师费 claim pleads the clause and the payment', () => {
    const d = doc('company-guarantor-lawyer-fee.debt', 'traditional').d;
    assert.ok(lines(d).includes('双方在《借款合同》中约定，借款人逾期还款的，应当承担出借人为实现债权支出的律师费等费用（合同条款：第＿＿＿＿条）。'
      + '被告苏州某某电子科技有限公司未按约还款，原告为实现债权委托律师，已支付律师费30,000.00元（见付款凭证及发票），应由被告依约承担。'));
  });

  it('interest prayers: no 0.00 % row, the LPR with its day and publication, an instalment loan\'s overdue interest in the prayer itself', () => {
    const claims = section(doc('company-installments.debt', 'traditional').d, '诉讼请求：', ['事实和理由：']);
    // 周转借款: no interest agreed → nothing for the term (no 0.00 % row); overdue from 2025-09-02 at the LPR of that day,
    // 3.00 % (published 2025-08-20): 50,000 × 3 % × 454 / 365 = 1,865.753 → 1,865.75.
    assert.ok(claims.includes('5. 判令被告刘洋向原告杭州某某商贸有限公司支付周转借款利息1,865.75元（暂计至2026年11月29日），其中：'
      + '以50,000.00元为基数，按年利率3.00%（逾期第一日2025年9月2日适用的一年期贷款市场报价利率，2025年8月20日发布），自2025年9月2日起计算至2026年11月29日止（454天）的逾期利息1,865.75元；'
      + '并自2026年11月30日起，以50,000.00元为基数，按年利率3.00%（逾期第一日2025年9月2日适用的一年期贷款市场报价利率，2025年8月20日发布）计算至实际清偿之日止；'), claims.join('\n'));
    assert.ok(!claims.join('').includes('0.00%'));
    // 经营借款 (instalments): period rows 10,711.23 + 39.79 + 7,259.18 + 3,570.41 = 21,580.61; overdue 103.52 + 6,052.51 + 33,290.64 = 39,446.67.
    assert.ok(claims[1].includes('其中：借期内利息21,580.61元（以借款本金为基数，按年利率7.20%计算，自2024年1月16日起至2025年7月15日止）；'
      + '逾期利息39,446.67元（以各期到期未还本金为基数，自各期还款日次日起按年利率12.00%计算，自2024年7月16日起至2026年11月29日止）'), claims[1]);
  });

  it('a licensed lender: 小额借款合同纠纷, the 金融借款 form\'s labels, no 民间借贷规定 cited', () => {
    const all = lines(doc('licensed-lender.debt', 'element').d).join('\n');
    assert.ok(all.includes('（小额借款合同纠纷）'));
    assert.ok(all.includes('2. 合同主体 | 贷款人：北京某某小额贷款有限公司\n借款人：孙强')); // the 金融借款 form's label (financial-loan-form.ts)
    assert.ok(!all.includes('民间借贷'), 'no 民间借贷 anywhere');
  });

  it('letters: no sentence opens with a blank, no 「并约定，约定」, 「全部」 for one part, no 「律师律师」', () => {
    const undated = build(CAPPED.replace('签订 2024-01-01 证据 欠条 ', ''), 'demand-letter');
    const all = lines(undated);
    assert.ok(all.includes('乙向甲借款100,000.00元，约定还款期限至2024年12月31日。甲已于2024年1月1日交付借款100,000.00元。'
      + '此后乙共偿还20,000.00元，已分别抵充利息6,881.10元、本金13,118.90元。'));
    assert.ok(!all.some((l) => l.startsWith('＿') || l.includes('并约定，约定') || l.includes('律师律师')));
    const paidToInterest = build(CAPPED.replace('20000元 冲抵 利息', '5000元'), 'demand-letter');
    assert.ok(lines(paidToInterest).some((l) => l.endsWith('此后乙共偿还5,000.00元，已全部抵充利息5,000.00元。')));
    // The complaint's facts likewise: no 「再抵充本金0.00元」 (5,000 < the 6,881.10 of interest due on 2024-07-01).
    const facts = section(build(CAPPED.replace('20000元 冲抵 利息', '5000元')), '事实和理由：', ['证据和证据来源，证人姓名和住所：'])[0];
    assert.ok(facts.endsWith('依照《中华人民共和国民法典》第五百六十一条，上述还款全部抵充利息5,000.00元，尚欠本金100,000.00元。'), facts);
    // The agent is written 何律师: 「指派何律师，」, not 「指派何律师律师」.
    const withLawyer = CAPPED.replace('  借款 L', '  代理人 何律师 { 律所 "北京某某律师事务所" 委托人 甲 }\n  借款 L');
    const letter = lines(build(withLawyer, 'demand-letter'));
    assert.ok(letter.includes('北京某某律师事务所（以下简称“本所”）接受甲的委托，指派何律师，就贵方拖欠甲借款一事，郑重致函如下：'), letter.join('\n'));
  });

  it('a letter for a time-barred debt: no interruption sentence, a 债务确认回执 to sign (时效规定第19条)', () => {
    const d = buildDocument(sample('lapsed-part-payment.debt').a, 0, { kind: 'demand-letter', style: 'element' });
    const all = lines(d);
    assert.ok(!all.some((l) => l.includes('诉讼时效中断')));
    assert.ok(all.includes('请贵方核对所附《债务确认回执》，签字（盖章）后寄回。'));
    assert.ok(all.includes('债务确认回执'));
    assert.ok(all.includes('确认人（签字、盖章）：＿＿＿＿'));
    assert.ok(d.notes.some((n) => n.includes('时效规定第19条第1款')));
  });

  it('a case with nothing to claim gets no complaint and no letter (民诉法解释第247条)', () => {
    const empty = '案件 甲诉乙 {\n  起诉日 2025-01-01\n  原告 甲 { 自然人 }\n  被告 乙 { 自然人 }\n}\n';
    assert.throws(() => build(empty), /案件“甲诉乙”没有可主张的债权，不生成起诉状：案件没有记载借款（起诉须有具体的诉讼请求，民诉法解释第247条）。/);
    assert.throws(() => build(empty, 'demand-letter'), /不生成催款函/);
  });
});
