/**
 * 催款函 / 律师函 (issue 11): golden text on the samples, every figure equal to the report's.
 * loan-basic.debt (hand arithmetic in loan-basic.test.ts, rules.md §10–§11): outstanding principal 49,975.34, interest
 * 2,975.34 + 3,039.60 + 21,089.59 − 2,975.34 paid = 24,129.19, total 74,104.53; the agreed 18% overdue rate is capped at
 * 4 × 3.65% = 14.60% (规定第25条), so the letter states the cap and never 18%.
 * no-term-lawyer-letter.debt: 限期 10日 served 2025-03-12 → due 2025-03-22; 80,000 × 6% × 281 / 365 = 3,695.34 and
 * × 162 / 365 = 2,130.41 (2025-03-23…08-31) → interest 5,825.75, total 85,825.75.
 */
import * as assert from 'assert';
import { documentFileName } from '../../../src/core/documents';
import { lines, sample } from './samples';
import { build, inlineCase, NO_RATE } from './recovery-fixtures';

describe('demand letter (催款函 / 律师函)', () => {
  describe('samples/loan-basic.debt: a 律师函 (赵六 of 北京某某律师事务所 acts for 张三)', () => {
    const { a } = sample('loan-basic.debt');
    const d = build(a, 'demand-letter');
    const all = lines(d);
    const r = a.cases[0].loans[0];

    it('figures are the report\'s', () => {
      assert.strictEqual(r.outstanding.principal, '49975.34');
      assert.strictEqual(r.outstanding.interest, '24129.19');
      assert.strictEqual(a.cases[0].claimAmount, '74104.53');
      assert.deepStrictEqual(r.continuing, { from: '2026-12-01', base: '49975.34', rate: '14.60', daily: '19.99' });
      assert.deepStrictEqual([r.paid.interest, r.paid.principal], ['2975.34', '24.66']);
    });

    it('golden text: letterhead, addressees (borrower and joint guarantor), debt at the cap, deadline blank, lawful consequences, signature', () => {
      assert.strictEqual(d.title, '律师函');
      assert.deepStrictEqual(all.slice(0, all.indexOf('附件：利息计算表')), [
        '北京某某律师事务所',
        '律师函',
        '致：李四（地址：北京市海淀区中关村大街1号）',
        '　　北京某某科技有限公司（地址：北京市海淀区某某路8号）',
        '北京某某律师事务所（以下简称“本所”）接受张三的委托，指派赵六律师，就贵方拖欠张三借款一事，郑重致函如下：',
        '2023年1月10日，李四向张三借款50,000.00元，并出具借条，约定还款期限至2024年1月10日。张三已于2023年1月10日交付借款50,000.00元。'
          + '此后李四共偿还3,000.00元，已分别抵充利息2,975.34元、本金24.66元。',
        // Each addressee's own liability (spec §8.1): the borrower repays, the joint guarantor answers jointly.
        '截至2026年11月30日，上述借款尚欠本金49,975.34元、利息24,129.19元，合计74,104.53元（大写：人民币柒万肆仟壹佰零肆元伍角叁分）。'
          + '李四作为借款人，应当偿还（《中华人民共和国民法典》第六百七十五条）；'
          + '北京某某科技有限公司作为连带责任保证人，应当承担连带清偿责任（《中华人民共和国民法典》第六百八十八条、第六百九十一条）。',
        '自2026年12月1日起，以49,975.34元为基数，按年利率14.60%计算至实际清偿之日止。',
        '借款约定的利率（或违约金、其他费用）超过法律保护上限的部分，依法不受保护，本函不予主张；上述利息已按法定上限计算'
          + '（《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条、第二十八条、第二十九条）。',
        '请贵方于＿＿＿＿前，将上述款项支付至张三指定账户（户名：张三，开户行：＿＿＿＿，账号：＿＿＿＿）。',
        '如贵方逾期仍未履行，本所将根据张三的授权依法向有管辖权的人民法院提起诉讼，并依法申请财产保全。'
          + '届时贵方除应偿还上述款项及此后继续产生的利息外，还将依法负担案件受理费、保全费等诉讼费用（《诉讼费用交纳办法》第二十九条、第三十八条）。',
        '本函系债权人向债务人主张权利的通知，自到达贵方之日起诉讼时效中断（《中华人民共和国民法典》第一百九十五条；'
          + '《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》第八条）。',
        '如贵方对上述债务有异议，或希望协商还款安排，请在上述期限内与本律师联系（电话：13900000000）。',
        '特此函告。',
        '北京某某律师事务所',
        '律师：赵六',
        '2026年12月1日',
      ]);
    });

    it('the interest schedule is attached with the report\'s rows; the agreed 18% appears nowhere', () => {
      const text = all.join('\n');
      for (const row of r.schedule) assert.ok(text.includes(row.interest.replace(/\B(?=(\d{3})+\.)/g, ',') + '元'), row.interest);
      assert.doesNotMatch(text, /18(\.00)?%/);
    });

    it('notes: delivery by EMS with 回执 (时效规定第8条), figures through interestThrough, no third parties, the missing 限期', () => {
      assert.match(d.notes[0], /^送达：请以EMS特快专递寄送并选择回执.*时效规定第8条/);
      assert.ok(d.notes[1].startsWith('函中金额暂计至2026年11月30日'));
      assert.match(d.notes[2], /不得抄送或告知其亲友、单位等第三人/);
      assert.ok(d.notes.includes('案件文件中没有写明限期的催收：还款期限留为空白，请填写（或在催收中写 限期 10日 / 限期 日期）。'));
    });

    it('file name <案件名>.律师函.<ext> when the case is given, 催款函 otherwise', () => {
      assert.strictEqual(documentFileName(a.model.cases[0].name, 'demand-letter', 'docx', a.model.cases[0]), '张三诉李四民间借贷纠纷.律师函.docx');
      assert.strictEqual(documentFileName(a.model.cases[0].name, 'demand-letter', 'md'), '张三诉李四民间借贷纠纷.催款函.md');
    });
  });

  describe('samples/no-term-lawyer-letter.debt: the demand\'s 限期 10日 is the letter\'s deadline', () => {
    const { a, text } = sample('no-term-lawyer-letter.debt');
    const d = build(a, 'demand-letter');
    const all = lines(d);

    it('figures are the report\'s (hand arithmetic above)', () => {
      const r = a.cases[0].loans[0];
      assert.strictEqual(r.dueDate, '2025-03-22');
      assert.deepStrictEqual(r.schedule.map((x) => [x.days, x.interest]), [[281, '3695.34'], [162, '2130.41']]);
      assert.strictEqual(a.cases[0].claimAmount, '85825.75');
    });

    it('the debt, 民法典第675条 for a loan with no term, 收到本函之日起10日内 pointing at the 限期 text', () => {
      assert.ok(all.includes('截至2025年8月31日，高磊尚欠张伟借款本金80,000.00元、利息5,825.75元，合计85,825.75元（大写：人民币捌万伍仟捌佰贰拾伍元柒角伍分）。'
        + '自2025年9月1日起，以80,000.00元为基数，按年利率6.00%计算至实际清偿之日止。'));
      const pay = all.find((l) => l.includes('指定账户'))!;
      assert.strictEqual(pay, '借款未约定还款期限的，依照《中华人民共和国民法典》第六百七十五条，借款人应在贷款人催告后的合理期限内返还。'
        + '请贵方于收到本函之日起10日内，将上述款项支付至张伟指定账户（户名：张伟，开户行：＿＿＿＿，账号：＿＿＿＿）。');
      const run = d.blocks.flatMap((b) => (b.type === 'paragraph' ? b.runs : [])).find((x) => x.text === '10日内')!;
      const lineText = text.split('\n')[run.source!.start.line];
      assert.strictEqual(lineText.slice(run.source!.start.character, run.source!.end.character), '10日');
      assert.ok(!d.notes.some((n) => n.includes('还款期限留为空白')));
    });
  });

  describe('a 催款函 from the lender himself (no lawyer)', () => {
    const a = inlineCase(NO_RATE);
    const d = build(a, 'demand-letter');
    const all = lines(d);

    it('title 催款函, sent by the lender, signed by him, his phone; no above-cap sentence when nothing was above the cap', () => {
      assert.strictEqual(d.title, '催款函');
      assert.deepStrictEqual(all.slice(0, 3), ['催款函', '致：赵六（地址：北京市海淀区某路2号）', '王五就贵方拖欠借款一事，特致函如下：']);
      assert.ok(all.includes('债权人（签名）：王五'));
      assert.ok(all.some((l) => l.endsWith('请在上述期限内与王五联系（电话：13800000001）。')));
      assert.ok(!all.some((l) => l.includes('超过法律保护上限')));
      assert.ok(all.some((l) => l.startsWith('如贵方逾期仍未履行，王五将依法向有管辖权的人民法院提起诉讼')));
    });

    it('overdue interest at the LPR: 100,000 × 3.55% × 185 / 365 = 1,799.32 (2023-07-01…2024-01-01), total 101,799.32', () => {
      assert.strictEqual(a.cases[0].claimAmount, '101799.32');
      assert.ok(all.includes('截至2024年1月1日，赵六尚欠王五借款本金100,000.00元、利息1,799.32元，合计101,799.32元（大写：人民币壹拾万壹仟柒佰玖拾玖元叁角贰分）。'
        + '自2024年1月2日起，以100,000.00元为基数，按年利率3.55%计算至实际清偿之日止。'));
    });

    it('a 限期 date already past on the letter\'s date is left blank with a note; a later one is used', () => {
      assert.ok(all.includes('请贵方于＿＿＿＿前，将上述款项支付至王五指定账户（户名：王五，开户行：＿＿＿＿，账号：＿＿＿＿）。'));
      assert.ok(d.notes.includes('催收所写的限期（2023年9月15日）早于函件日期，还款期限留为空白，请填写。'));
      const later = lines(build(inlineCase(NO_RATE.replace('限期 2023-09-15', '限期 2024-01-20')), 'demand-letter'));
      assert.ok(later.some((l) => l.startsWith('请贵方于2024年1月20日前，将上述款项支付至王五指定账户')));
    });

    it('a case of another firm\'s agent for the defendant is still a 催款函', () => {
      const t = NO_RATE.replace('  借款 L', '  代理人 钱七 { 律所 "某某律师事务所" 委托人 赵六 }\n  借款 L');
      assert.strictEqual(build(inlineCase(t), 'demand-letter').title, '催款函');
    });
  });

  it('broken and partial files do not throw, except the refusal of a case with nothing to demand (no loan)', () => {
    for (const t of ['案件 a {', '案件 a { 起诉日 2024-01-01 }']) {
      assert.throws(() => build(inlineCase(t), 'demand-letter'), /没有可主张的债权，不生成催款函：案件没有记载借款/);
    }
    for (const t of [NO_RATE.slice(0, 200), NO_RATE.replace('借款人 赵六', '')]) {
      try { build(inlineCase(t), 'demand-letter'); } catch (e) { assert.match(String(e), /没有可主张的债权/); }
    }
  });
});

