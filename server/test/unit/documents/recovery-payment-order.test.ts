/**
 * 支付令申请书 (rules.md §15; 民诉法第225条): golden text, the amount and fee of the report's paymentOrderApplication,
 * principal only where the documents agree no interest (解释第428条), refusal when the conditions fail.
 * Fees (办法第13条(一), 第14条(三) — a third of the acceptance fee):
 *   loan-basic: X = 74,104.53 → 50 + 64,104.53 × 2.5% = 1,652.61325 → ÷ 3 = 550.871 → 550.87
 *   NO_RATE:   X = 100,000.00 (principal only) → 50 + 90,000 × 2.5% = 2,300 → ÷ 3 = 766.67
 */
import * as assert from 'assert';
import { DocumentRefused, isDocumentRefused } from '../../../src/core/documents';
import { lines, sample } from './samples';
import { build, inlineCase, NO_RATE } from './recovery-fixtures';

function refusal(f: () => unknown): DocumentRefused {
  try { f(); } catch (e) {
    assert.ok(isDocumentRefused(e), String(e));
    assert.ok(e instanceof DocumentRefused);
    return e;
  }
  throw new Error('not refused');
}

describe('payment-order application (支付令申请书)', () => {
  describe('samples/loan-basic.debt', () => {
    const { a } = sample('loan-basic.debt');
    const d = build(a, 'payment-order');
    const all = lines(d);

    it('amount and fee are the report\'s paymentOrderApplication (= the claim: the IOU agrees interest)', () => {
      assert.deepStrictEqual(a.cases[0].paymentOrderApplication, { amount: '74104.53', fee: '550.87' });
      assert.strictEqual(a.cases[0].claimAmount, '74104.53');
    });

    it('golden text: applicant, agent, respondent (the borrower only), request, fee, facts, conditions, court blank, copies', () => {
      assert.strictEqual(d.title, '支付令申请书');
      assert.deepStrictEqual(all, [
        '支付令申请书',
        '申请人：张三，男，1985年3月2日生，汉族，住北京市朝阳区建国路1号院2号楼301室。公民身份号码：110105198503021233。联系方式：13800000000。',
        '委托诉讼代理人：赵六，北京某某律师事务所，联系方式：13900000000。',
        '被申请人：李四，男，1990年1月1日生，＿＿＿＿，住北京市海淀区中关村大街1号。公民身份号码：110108199001011231。联系方式：＿＿＿＿。',
        '请求事项：',
        '请求贵院向被申请人李四发出支付令，督促被申请人李四向申请人张三给付借款本金49,975.34元、利息24,129.19元，合计74,104.53元'
          + '（大写：人民币柒万肆仟壹佰零肆元伍角叁分），利息计至2026年11月30日。',
        '申请费：550.87元（精确至分，按财产案件受理费标准的三分之一交纳，《诉讼费用交纳办法》第十四条第（三）项；以法院交费通知为准）。',
        '事实和理由：',
        '2023年1月10日，被申请人李四向申请人张三借款50,000.00元，并出具借条，约定还款期限至2024年1月10日。申请人张三已于2023年1月10日交付借款50,000.00元。'
          + '此后被申请人李四共偿还3,000.00元，已分别抵充利息2,975.34元、本金24.66元。',
        '截至2026年11月30日，上述借款尚欠本金49,975.34元、利息24,129.19元，合计74,104.53元，被申请人李四应当清偿。',
        '上述债务已到期，数额确定。申请人对被申请人没有对待给付义务，申请人与被申请人之间没有其他债务纠纷，支付令能够送达被申请人。'
          + '为此，依照《中华人民共和国民事诉讼法》第二百二十五条之规定，特向贵院申请支付令。',
        '此致',
        // The debtor's domicile (北京市海淀区中关村大街1号), not the suit's court (民诉法解释第23条).
        '北京市海淀区人民法院',
        '附：1. 证据材料及清单（共5项）；2. 本申请书副本1份。',
        '申请人（签名）：＿＿＿＿',
        '2026年12月1日',
      ]);
    });

    it('notes: the debtor\'s domicile court (解释第23条) with his address, the conditions to confirm, the 15-day objection window', () => {
      assert.strictEqual(d.notes[0], '管辖：支付令由债务人住所地的基层人民法院管辖（民诉法解释第23条）。被申请人住所——李四：北京市海淀区中关村大街1号。'
        + '受理法院按被申请人李四的住所地（北京市海淀区）确定为北京市海淀区人民法院（案件所写的北京市朝阳区人民法院不在被申请人住所地）；请核对该地基层人民法院的名称。');
      assert.match(d.notes[1], /没有其他债务纠纷.*未申请诉前保全/);
      assert.match(d.notes[2], /15日内.*书面异议/);
    });

    it('the case\'s court is addressed when it lies at the debtor\'s domicile', () => {
      const { text } = sample('loan-basic.debt');
      const a2 = inlineCase(text.replace('法院 北京市朝阳区人民法院', '法院 北京市海淀区人民法院').replace('  起诉日 2026-12-01', '  起诉日 2026-12-01\n  程序 督促程序'));
      const d2 = build(a2, 'payment-order');
      const all2 = lines(d2);
      assert.strictEqual(all2[all2.indexOf('此致') + 1], '北京市海淀区人民法院');
      assert.ok(d2.notes[0].endsWith('受理法院为案件所写的北京市海淀区人民法院，位于被申请人住所地。'), d2.notes[0]);
    });

    it('the guarantor is not a respondent, and a note says the order does not bind it; the continuing interest is offered as an option', () => {
      assert.ok(!all.some((l) => l.startsWith('被申请人二')));
      assert.ok(d.notes.some((n) => n.startsWith('保证人北京某某科技有限公司未列为被申请人：对设有担保的债务的主债务人发出的支付令，对担保人没有拘束力')));
      assert.ok(d.notes.includes('请求事项中的利息计至2026年11月30日。如需一并请求此后的利息，可在请求事项中增加：'
        + '“并自2026年12月1日起，以49,975.34元为基数，按年利率14.60%计算至实际清偿之日止的利息”（数额须确定，部分法院不予支持）。'));
    });
  });

  describe('an IOU without interest: principal only (解释第428条)', () => {
    const a = inlineCase(NO_RATE);
    const all = lines(build(a, 'payment-order'));

    it('the suit would claim 1,799.32 overdue interest at the LPR; the application claims the 100,000.00 principal, fee 766.67', () => {
      assert.strictEqual(a.cases[0].claimAmount, '101799.32');
      assert.deepStrictEqual(a.cases[0].paymentOrderApplication, { amount: '100000.00', fee: '766.67' });
      assert.ok(all.includes('请求贵院向被申请人赵六发出支付令，督促被申请人赵六向申请人王五给付借款本金100,000.00元（大写：人民币壹拾万元整）。'));
      assert.ok(all.includes('申请费：766.67元（精确至分，按财产案件受理费标准的三分之一交纳，《诉讼费用交纳办法》第十四条第（三）项；以法院交费通知为准）。'));
      assert.ok(all.includes('借款凭证未约定利息、逾期利息或违约金的借款，本申请仅请求给付本金（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百二十八条）。'));
      assert.ok(!all.some((l) => l.includes('利息暂计至') || l.includes('1,799.32')));
    });
  });

  describe('refused when the conditions of rules.md §15 fail', () => {
    it('not yet due: due 2026-06-30, filed 2024-01-02', () => {
      const e = refusal(() => build(inlineCase(NO_RATE.replace('到期 2023-06-30', '到期 2026-06-30')), 'payment-order'));
      assert.strictEqual(e.message, '案件“王五诉赵六民间借贷纠纷”不能申请支付令（民事诉讼法第225条；民诉法解释第428条）：'
        + '借款“L”于2026年6月30日到期，尚未到期，债务须已到期（民事诉讼法第225条）。可以起诉。');
      const en = refusal(() => build(inlineCase(NO_RATE.replace('到期 2023-06-30', '到期 2026-06-30')), 'payment-order', 'en'));
      assert.match(en.message, /^Case "王五诉赵六民间借贷纠纷" does not qualify for a payment order .*loan "L" is not yet due \(due 2026-06-30\)/);
    });

    it('no term and no demand: not due', () => {
      const t = NO_RATE.replace('到期 2023-06-30', '到期 未约定').replace(/ {2}催收 .*\n/, '');
      assert.deepStrictEqual(refusal(() => build(inlineCase(t), 'payment-order')).reasons, ['借款“L”未约定还款期限且未经催告，尚未到期，债务须已到期（民事诉讼法第225条）']);
    });

    it('samples/shared-lender-restaurant.debt: interest 约定不明 between companies — the amount is not fixed', () => {
      const { a } = sample('shared-lender-restaurant.debt');
      const e = refusal(() => build(a, 'payment-order'));
      assert.deepStrictEqual(e.reasons, ['借款“借款一”利息约定不明，利息数额须由法院确定，请求数额不确定（民诉法解释第428条）']);
      assert.strictEqual(e.name, 'DocumentRefused');
    });
  });
});
