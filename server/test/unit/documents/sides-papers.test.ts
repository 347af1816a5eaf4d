/**
 * 债务确认书, 还款协议, 违法催收投诉书/举报信 (spec §8.4), on the samples and the fixtures of sides-fixtures.ts.
 * samples/lapsed-part-payment.debt, by hand: 50,000 at 6 % (3,000 a year) from 2020-10-15; 2020-10-15…2021-04-15
 * (183 days) 1,504.11; overdue 2021-04-16…2024-11-07 (1,302 days) 10,701.37; the 2,000 paid 2024-11-08 goes to
 * interest → 10,205.48; 2024-11-08…2025-02-16 (101 days) 830.14 → interest 11,035.62, total 61,035.62.
 */
import * as assert from 'assert';
import { isDocumentRefused } from '../../../src/core/documents';
import { lines, sample } from './samples';
import { ALL, build, inline, NONE } from './sides-fixtures';

const refused = (f: () => unknown, re: RegExp) => assert.throws(f, (e: unknown) => isDocumentRefused(e) && re.test((e as Error).message));

describe('债务确认书, 还款协议, 违法催收投诉书', function () {
  this.timeout(20000);

  it('债务确认书 for a time-barred debt: the figures, and the debtor agreeing to perform (时效规定第19条)', () => {
    const d = build(sample('lapsed-part-payment.debt').a, 'acknowledgment');
    assert.deepStrictEqual(lines(d), [
      '债务确认书',
      '债权人：杨帆',
      '债务人：刘晓东（借款人）',
      '2020年10月15日，刘晓东向杨帆借款，实际交付本金50,000.00元，约定还款期限至2021年4月15日。',
      '经核对，截至2025年2月16日，债务人尚欠债权人本金50,000.00元、利息11,035.62元，合计61,035.62元（大写：人民币陆万壹仟零叁拾伍元陆角贰分）。债务人对上述债务予以确认，并同意履行上述还款义务。',
      '自2025年2月17日起，未还本金按年利率6.00%继续计算利息至实际清偿之日止。',
      '债务人知悉上述债务的诉讼时效期间可能已经届满，仍自愿确认上述债务并同意履行，不以诉讼时效期间届满为由拒绝履行。',
      '债务人确认的联系地址和电话为：＿＿＿＿。',
      '债务人（签名并按指印）：刘晓东',
      '　　　　年　　月　　日',
    ]);
    assert.ok(d.notes.some((n) => n.includes('时效规定第19条')));
  });

  it('债务确认书 is the creditor\'s: refused for a debtor\'s lawyer; no waiver sentence when the period runs', () => {
    refused(() => build(inline(ALL), 'acknowledgment'), /债务确认书是债权人一方的文书/);
    const basic = lines(build(sample('loan-basic.debt').a, 'acknowledgment'));
    assert.ok(!basic.join('\n').includes('诉讼时效'));
    // Borrower 李四 and the joint guarantor both sign.
    assert.deepStrictEqual(basic.filter((l) => /^债务人[：（]/.test(l)), ['债务人：李四（借款人）', '债务人：北京某某科技有限公司（连带责任保证人）',
      '债务人（签名并按指印）：李四', '债务人（盖章）：北京某某科技有限公司']);
  });

  it('还款协议 for a debtor\'s lawyer leaves the time-barred loan out; the released guarantor does not sign', () => {
    const d = build(inline(ALL), 'repayment-agreement');
    const all = lines(d);
    // Loan B only: principal 90,000.00 + interest 13,288.00 = 103,288.00 (sides-fixtures.ts).
    assert.ok(all.includes('乙方确认截至2024年5月31日尚欠甲方上述款项共计103,288.00元。'), all.join('\n'));
    assert.ok(!all.some((l) => l.includes('2020年1月1日')), 'loan A is not recited');
    assert.deepStrictEqual(all.filter((l) => l.startsWith('乙方（')), ['乙方（债务人）：乙（借款人）', '乙方（签名并按指印）：乙']);
    assert.ok(all.some((l) => l.startsWith('乙方任何一期未按期足额还款的，剩余未付款项全部立即到期') && l.includes('按年利率14.60%')));
    assert.ok(d.notes[0].includes('借款“A”的诉讼时效期间已届满，未列入协议'));
  });

  it('违法催收举报信 (威胁 makes it a report to the police): each dated act with its proof, 刑法第293条 and 第293条之一', () => {
    const d = build(sample('debtor-harassed-relatives.debt').a, 'collection-complaint');
    assert.strictEqual(d.title, '违法催收举报信');
    const all = lines(d);
    assert.strictEqual(all[1], '致：＿＿＿＿公安局（派出所）');
    assert.deepStrictEqual(all.filter((l) => /^\d\. /.test(l)), [
      '1. 2025年4月10日，陈建国以频繁拨打电话、发送信息的方式向举报人催收，当日达30次。证据：通话记录（其他）。',
      '2. 2025年4月12日，陈建国联系举报人的亲友、同事等第三人催讨欠款。证据：亲属证言（证人证言）。',
      '3. 2025年5月6日，陈建国以威胁、恐吓的方式向举报人催收。证据：微信聊天记录（聊天记录）。',
    ]);
    const text = all.join('\n');
    for (const art of ['第一千零三十二条', '第一千零三十三条', '《中华人民共和国个人信息保护法》第十条', '《中华人民共和国刑法》第二百九十三条）', '第二百九十三条之一']) assert.ok(text.includes(art), art);
    // The debt itself is unlawful in part: 24 % against 13.80 %, 6,000 kept back.
    assert.ok(text.includes('该借款约定的利率超过法律保护的上限，且在本金中预先扣除了利息'));
  });

  it('违法催收投诉书 without 威胁/暴力, to the regulator of a licensed lender; refused with no unlawful act recorded', () => {
    const text = sample('debtor-microloan-fees.debt').text.replace('  还款 2024-08-10', '  催收 2025-06-01 公开信息 证据 朋友圈截图\n  证据 朋友圈截图 { 类型 其他 }\n  还款 2024-08-10');
    const d = build(inline(text), 'collection-complaint');
    assert.strictEqual(d.title, '违法催收投诉书');
    const all = lines(d);
    assert.strictEqual(all[1], '致：＿＿＿＿地方金融管理部门');
    assert.ok(all.includes('1. 2025年6月1日，被投诉人向他人公开、披露投诉人的个人信息和欠款情况。证据：朋友圈截图（其他）。'), all.join('\n'));
    assert.ok(!all.join('\n').includes('刑法'));
    refused(() => build(inline(NONE), 'collection-complaint'), /没有记载违法催收/);
  });
});
