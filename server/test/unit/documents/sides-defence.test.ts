/**
 * 民事答辩状 and 支付令异议书 (spec §8.4): only the grounds the findings support, each with its figure and article,
 * worked by hand in sides-fixtures.ts; none invented when there is none; refused for a creditor's lawyer.
 */
import * as assert from 'assert';
import { isDocumentRefused } from '../../../src/core/documents';
import { lines } from './samples';
import { ALL, build, FOR_CREDITOR, inline, NONE } from './sides-fixtures';

describe('民事答辩状 (defence)', function () {
  this.timeout(20000);

  it('every ground of the case, in the order a lawyer argues them, with the hand-worked figures', () => {
    const d = build(inline(ALL), 'defence');
    assert.strictEqual(d.title, '民事答辩状');
    const all = lines(d);
    assert.deepStrictEqual(all.slice(0, 6), [
      '民事答辩状',
      '答辩人一：乙，男，1990年1月1日生，＿＿＿＿，住北京市海淀区中关村大街1号。公民身份号码：110108199001011231。联系方式：＿＿＿＿。',
      '答辩人二：丙，男，1985年3月2日生，＿＿＿＿，住北京市海淀区学院路5号。公民身份号码：110105198503021233。联系方式：＿＿＿＿。',
      '委托诉讼代理人：丁，北京某某律师事务所，联系方式：13900000000。',
      '被答辩人：甲，男，1985年3月2日生，＿＿＿＿，住北京市朝阳区建国路1号。公民身份号码：110105198503021233。联系方式：＿＿＿＿。',
      '答辩人因与被答辩人甲民间借贷纠纷一案，现提出答辩意见如下：',
    ]);
    const grounds = all.filter((l) => /^[一二三四五六七]、关于/.test(l));
    assert.deepStrictEqual(grounds.map((l) => l.split('。')[0]), ['一、关于管辖', '二、关于诉讼时效', '三、关于保证责任', '四、关于借款本金', '五、关于利息', '六、关于已还款项']);
    assert.match(grounds[0], /第二十四条、第三十五条）。本案可以管辖的连接点为乙住所地（北京市海淀区中关村大街1号）、丙住所地（北京市海淀区学院路5号）、甲住所地（北京市朝阳区建国路1号），均不在上海市浦东新区人民法院辖区/);
    assert.strictEqual(grounds[1], '二、关于诉讼时效。借款“A”的诉讼时效期间自2020年6月30日起算，已于2023年6月30日届满，被答辩人此后方才主张权利。'
      + '诉讼时效期间届满的，义务人可以提出不履行义务的抗辩（《中华人民共和国民法典》第一百八十八条、第一百九十二条第一款）。答辩人依法提出诉讼时效抗辩，不再履行该笔借款的还款义务。');
    assert.strictEqual(grounds[2], '三、关于保证责任。丙为借款“B”提供连带责任保证，保证期间已于2024年3月31日届满，被答辩人未在保证期间内请求丙承担保证责任。'
      + '依照《中华人民共和国民法典》第六百九十三条，丙不再承担保证责任。');
    assert.match(grounds[3], /借据载明的金额为100,000.00元，但被答辩人在出借时预先扣除了利息10,000.00元，实际交付的金额为90,000.00元。.*第六百七十条.*第二十六条），本金应为90,000.00元。$/);
    assert.match(grounds[4], /借期内年利率24.00%，超过合同成立时一年期贷款市场报价利率四倍即年利率14.60%.*第二十五条）；按约定计算将多出8,251.39元，该部分不应支持。按上述上限计算，截至2024年5月31日，答辩人尚欠利息至多为13,288.00元/);
    assert.match(grounds[5], /还款1笔，共计5,000.00元.*第五百六十一条），已分别抵充利息5,000.00元。抵充后，截至2024年5月31日，答辩人尚欠本金90,000.00元、利息13,288.00元/);
    // Loan B is still owed by 乙 (not lapsed): the answer asks to reduce, not to dismiss everything.
    assert.ok(all.includes('综上所述，请求人民法院依法核减被答辩人的诉讼请求，驳回超出上述数额部分的诉讼请求。'));
    assert.deepStrictEqual(all.slice(-4), ['上海市浦东新区人民法院', '答辩人（签名）：乙、丙', '　　　　年　　月　　日', '附：本答辩状副本1份。']);
  });

  it('with no finding to rest on, no ground is invented: one blank paragraph and a note', () => {
    const d = build(inline(NONE), 'defence');
    const all = lines(d);
    assert.deepStrictEqual(all.slice(4), [
      '答辩人因与被答辩人甲民间借贷纠纷一案，现提出答辩意见如下：',
      '＿＿＿＿',
      '综上所述，请求人民法院依法查明事实，＿＿＿＿。',
      '此致',
      '某某人民法院',
      '答辩人（签名）：乙',
      '　　　　年　　月　　日',
      '附：本答辩状副本1份。',
    ]);
    const text = all.join('\n');
    for (const word of ['诉讼时效', '第二十五条', '第六百七十条', '第五百六十一条', '第六百九十三条', '管辖']) assert.ok(!text.includes(word), word);
    assert.ok(d.notes.some((n) => n.includes('答辩状未列任何抗辩理由')));
  });

  it('only the limitation ground when the whole debt is barred: the answer asks to dismiss every claim', () => {
    const text = NONE.replace('签订 2023-01-10', '签订 2019-01-10').replace('交付 2023-01-10', '交付 2019-01-10').replace('到期 2023-06-30', '到期 2019-06-30');
    const all = lines(build(inline(text), 'defence'));
    // Due 2019-06-30; three years: 2022-06-30 (Thursday, no holiday).
    assert.ok(all.some((l) => l.includes('已于2022年6月30日届满')));
    assert.ok(all.includes('综上所述，被答辩人的诉讼请求缺乏事实和法律依据，请求人民法院依法驳回被答辩人对答辩人的全部诉讼请求。'));
  });

  it('the spouse with no basis of 民法典第1064条 recorded: not liable; answering for her alone, the whole claim falls', () => {
    const text = NONE.replace('  代理人 丁', '  被告 戊 { 自然人 身份证号 110108199001011231 住所 "北京市海淀区中关村大街1号" }\n  代理人 丁')
      .replace('委托人 乙', '委托人 戊').replace('    借款人 乙\n', '    借款人 乙\n    配偶 戊\n');
    const all = lines(build(inline(text), 'defence'));
    assert.deepStrictEqual(all.filter((l) => /^[一二]、关于/.test(l)), ['一、关于夫妻共同债务。被答辩人主张戊作为乙的配偶对涉案借款承担清偿责任，但未举证证明该债务系夫妻双方共同签名或者夫妻一方事后追认，'
      + '或者为家庭日常生活需要所负，或者用于夫妻共同生活、共同生产经营（《中华人民共和国民法典》第一千零六十四条）。该债务不属于夫妻共同债务，戊不应承担清偿责任。']);
    assert.ok(all.includes('综上所述，被答辩人的诉讼请求缺乏事实和法律依据，请求人民法院依法驳回被答辩人对答辩人的全部诉讼请求。'));
  });

  it('refused for a creditor\'s lawyer, naming the agent and the fix', () => {
    assert.throws(() => build(inline(FOR_CREDITOR), 'defence'), (e: unknown) => isDocumentRefused(e)
      && /民事答辩状是债务人一方的文书，但代理人丁的委托人是原告（债权人）一方/.test((e as Error).message));
  });
});

describe('支付令异议书 (objection)', function () {
  this.timeout(20000);
  const withOrder = ALL.replace('  还款 2023-07-10', '  催收 2024-05-20 向 乙 支付令 送达 2024-05-24\n  还款 2023-07-10');

  it('refused without a payment order in the case', () => {
    assert.throws(() => build(inline(ALL), 'objection'), (e: unknown) => isDocumentRefused(e) && /没有记载支付令/.test((e as Error).message));
  });

  it('the objection to the debt itself (民诉法第227条), the grounds but not the court\'s jurisdiction, the last day in the notes', () => {
    const d = build(inline(withOrder), 'objection');
    const all = lines(d);
    assert.strictEqual(all[0], '支付令异议书');
    assert.ok(all.includes('异议人于2024年5月24日收到贵院（＿＿＿＿）号支付令，该支付令督促异议人向被异议人甲给付款项。异议人对支付令所载债务本身提出书面异议，理由如下：'));
    const grounds = all.filter((l) => /^[一二三四五六]、关于/.test(l)).map((l) => l.split('。')[0]);
    assert.deepStrictEqual(grounds, ['一、关于诉讼时效', '二、关于保证责任', '三、关于借款本金', '四、关于利息', '五、关于已还款项']);
    assert.ok(all.some((l) => l.includes('依照《中华人民共和国民事诉讼法》第二百二十七条第二款的规定')));
    // Served 2024-05-24 + 15 days = 2024-06-08, a Saturday; the 端午 holiday runs to 2024-06-10 → 2024-06-11 (民诉法第85条).
    assert.ok(d.notes.some((n) => n.includes('最迟2024年6月11日前')), d.notes.join('\n'));
  });
});
