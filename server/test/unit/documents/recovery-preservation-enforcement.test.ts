/**
 * 财产保全申请书 and 强制执行申请书 (spec §7.3, §7.4): figures equal to the report's `preservation` / `judgment`.
 * Hand arithmetic (rules.md §13, §18):
 *   preservation fee on 50,000: 30 + 49,000 × 1% = 520.00 (办法第14条(二)); ruled 2023-12-22 + 30 days = 2024-01-21 (Sunday) → 2024-01-22.
 *   delay interest: 100,000 × 0.000175 × 32 days (2024-07-01…08-01) = 560.00; 80,000 × 0.000175 × 31 (08-02…09-01) = 434.00; total 994.00.
 *   enforcement amount 80,000 + 994 = 80,994.00; fee 50 + 70,994 × 1.5% = 1,114.91 (办法第14条(一)).
 */
import * as assert from 'assert';
import { isDocumentRefused } from '../../../src/core/documents';
import { lines } from './samples';
import { build, inlineCase, JUDGED, NO_RATE, PRESERVED } from './recovery-fixtures';

describe('preservation application (财产保全申请书)', () => {
  const a = inlineCase(PRESERVED);
  const d = build(a, 'preservation');
  const all = lines(d);

  it('the report\'s preservation figures', () => {
    const p = a.cases[0].preservation[0];
    assert.deepStrictEqual([p.stage, p.amount, p.fee, p.security, p.suitDeadline], ['pre-suit', '50000.00', '520.00', 'insurance', '2024-01-22']);
    assert.deepStrictEqual(a.diagnostics.filter((x) => x.severity === 'error'), []);
  });

  it('golden text from the request to the signature', () => {
    assert.deepStrictEqual(all.slice(all.indexOf('请求事项：')), [
      '请求事项：',
      '请求在提起诉讼前依法查封、扣押、冻结被申请人赵六名下价值50,000.00元（大写：人民币伍万元整）的财产。',
      '保全申请费：520.00元（《诉讼费用交纳办法》第十四条第（二）项）。',
      '事实和理由：',
      // As of the application day 2023-12-20 (申请), interest through 2023-12-19: no rate agreed, so overdue interest at the
      // LPR of the first overdue day (2023-06-20 publication, 3.55 %), 2023-07-01…12-19 = 31+31+30+31+30+19 = 172 days:
      // 100,000 × 3.55 % × 172 / 365 = 1,672.8767… → 1,672.88; with the principal 101,672.88.
      '申请人王五与被申请人赵六民间借贷纠纷一案，截至2023年12月19日，被申请人尚欠申请人借款本息共计101,672.88元。因情况紧急，不立即申请保全将会使申请人的合法权益受到难以弥补的损害，'
        + '根据《中华人民共和国民事诉讼法》第一百零四条的规定，特向贵院申请财产保全。',
      '财产线索：',
      '1. 工资卡（银行账户）：中国银行北京海淀支行 6216 **** 1234。',
      '担保：',
      // The insurer and the sum insured are not recorded: blanks (the court needs both).
      '申请人提供由＿＿＿＿出具的诉讼财产保全责任保险作为担保，担保金额＿＿＿＿元。如因申请错误给被申请人造成损失，申请人愿承担赔偿责任。',
      // Pre-suit: the undertaking to sue within 30 days and the address for service (民诉法第104条).
      '承诺：',
      '申请人承诺在人民法院采取保全措施后三十日内依法提起诉讼或者申请仲裁；逾期未起诉或者申请仲裁的，人民法院解除保全（《中华人民共和国民事诉讼法》第一百零四条）。',
      '送达地址：',
      '申请人确认送达地址为北京市朝阳区某路1号，收件人王五，联系电话13800000001。',
      '此致',
      '北京市海淀区人民法院',
      '申请人（签名或盖章）：＿＿＿＿',
      '2023年12月20日',
    ]);
    assert.strictEqual(all[1], '（诉前财产保全）');
    assert.ok(!all.some((l) => l.startsWith('案号：')), 'a pre-suit application has no 案号 yet');
  });

  it('in suit: a 案号 line with blanks under the title', () => {
    const inSuit = lines(build(inlineCase(PRESERVED.replace('保全 诉前', '保全 诉中')), 'preservation'));
    assert.strictEqual(inSuit[2], '案号：（＿＿＿＿）＿＿＿＿民初＿＿＿＿号');
    assert.ok(!inSuit.includes('承诺：'));
  });

  it('notes: 30 days to sue with the last day, limitation interrupted, no payment order after it', () => {
    assert.match(d.notes[0], /30日内不起诉.*最后一日为2024年1月22日.*时效规定第11条.*不能再申请支付令/);
  });

  it('a pre-suit preservation refuses the payment order (rules.md §15)', () => {
    assert.throws(() => build(a, 'payment-order'), (e: Error) => isDocumentRefused(e) && e.message.includes('已申请诉前保全，不能再申请支付令'));
  });

  it('without a 保全 item: refused with a message naming the syntax', () => {
    assert.throws(() => build(inlineCase(NO_RATE), 'preservation'), (e: Error) => isDocumentRefused(e) && e.message.includes('没有 保全 项目'));
  });
});

describe('enforcement application (强制执行申请书)', () => {
  const a = inlineCase(JUDGED);
  const d = build(a, 'enforcement');
  const all = lines(d);
  const j = a.cases[0].judgment!;

  it('the report\'s judgment figures (hand arithmetic above)', () => {
    assert.deepStrictEqual([j.unpaid, j.delayInterest.total, j.enforcementAmount, j.enforcementFee], ['80000.00', '994.00', '80994.00', '1114.91']);
    assert.deepStrictEqual(j.delayInterest.rows.map((r) => [r.days, r.base, r.interest]), [[32, '100000.00', '560.00'], [31, '80000.00', '434.00']]);
  });

  it('requests: the judgment money, the doubled delay interest, 限制消费/失信 measures, costs; total and fee', () => {
    const req = all.slice(all.indexOf('请求事项：') + 1, all.indexOf('事实和理由：'));
    // The 2016 执行文书样式 names the parties 申请执行人 / 被执行人; without 判项 the 被执行人 are the defendants.
    assert.strictEqual(req[0], '1. 请求依法强制执行北京市海淀区人民法院作出的（2024）京0108民初100号民事判决，责令被执行人赵六向申请执行人支付判决确定的款项80,000.00元（判决金额100,000.00元，已履行20,000.00元）；');
    assert.strictEqual(req[1], '2. 请求责令被执行人加倍支付迟延履行期间的债务利息（加倍部分债务利息以尚未清偿的生效法律文书确定的除一般债务利息之外的金钱债务为基数，按日万分之一点七五，自2024年7月1日起暂计至2024年9月1日为994.00元，此后计算至实际履行之日止）；');
    assert.match(req[2], /^3\. 被执行人不履行的，请求依法对其采取限制消费措施，符合法定情形的纳入失信被执行人名单/);
    assert.deepStrictEqual(req.slice(3), ['4. 执行费用由被执行人负担。', '以上第1、2项合计80,994.00元（大写：人民币捌万零玖佰玖拾肆元整）。',
      '申请执行费：1,114.91元（《诉讼费用交纳办法》第十四条第（一）项，执行后交纳，由被执行人负担）。']);
  });

  it('delay-interest rows like the interest schedule, the assets, the court; the 2-year deadline in the notes', () => {
    assert.ok(all.includes('1 | 2024年7月1日至2024年8月1日 | 32 | 100,000.00元 | 0.000175 | 560.00元'));
    assert.ok(all.includes('2 | 2024年8月2日至2024年9月1日 | 31 | 80,000.00元 | 0.000175 | 434.00元'));
    assert.ok(all.includes('合计 | 994.00元'));
    assert.ok(all.includes('1. 车辆（被执行人赵六名下）：京A12345。'));
    assert.strictEqual(all[all.indexOf('此致') + 1], '北京市海淀区人民法院');
    assert.strictEqual(d.notes[0], `申请执行期间为二年，自法律文书规定履行期间的最后一日起计算（民事诉讼法第250条）；最后一日为2026年8月3日。`);
    assert.strictEqual(j.enforcementDeadline, '2026-08-03');
  });

  it('without a 判决: refused with a message naming the syntax', () => {
    assert.throws(() => build(inlineCase(NO_RATE), 'enforcement'), (e: Error) => isDocumentRefused(e) && e.message.includes('没有 判决 项目'));
  });
});
