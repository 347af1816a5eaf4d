/**
 * samples/loan-basic.debt, both styles: golden text per section, written from the case and the law.
 * Hand arithmetic (actual/365, both ends counted, each row rounded half-up — rules.md §10, spec §6):
 *   formation 2023-01-10 (two natural persons, 民法典第679条); LPR 2022-12-20 = 3.65% → cap 14.60% (规定第25条).
 *   row 1  2023-01-10…2023-07-09  181 d × 50,000.00 × 12%  / 365 = 2,975.342 → 2,975.34
 *   repayment 3,000 on 2023-07-10: interest 2,975.34 first, principal 24.66 (民法典第561条) → 49,975.34
 *   row 2  2023-07-10…2024-01-10  185 d × 49,975.34 × 12%  / 365 = 3,039.599 → 3,039.60
 *   row 3  2024-01-11…2026-11-30  356+365+334 = 1,055 d × 49,975.34 × 14.60% (18% agreed, capped) / 365 = 21,089.59
 *   outstanding interest 2,975.34 + 3,039.60 + 21,089.59 − 2,975.34 = 24,129.19; claim 49,975.34 + 24,129.19 = 74,104.53
 *   continuing: 49,975.34 × 14.60% / 365 = 19.99 a day from 2026-12-01.
 */
import * as assert from 'assert';
import { doc, lines, section } from './samples';

describe('complaint of samples/loan-basic.debt', () => {
  describe('traditional style', () => {
    const { d, a } = doc('loan-basic.debt', 'traditional');
    const all = lines(d);
    const r = a.cases[0].loans[0];

    it('the figures the claims show are the report\'s', () => {
      assert.strictEqual(r.outstanding.principal, '49975.34');
      assert.strictEqual(r.outstanding.interest, '24129.19');
      assert.strictEqual(a.cases[0].claimAmount, '74104.53');
      assert.deepStrictEqual(r.schedule.map((x) => x.interest), ['2975.34', '3039.60', '21089.59']);
    });

    it('parties: plaintiff, agent, defendants numbered, with the ID\'s birth date and sex for 李四 and a blank for his 民族', () => {
      assert.deepStrictEqual(all.slice(0, 5), [
        '民事起诉状',
        '原告：张三，男，1985年3月2日生，汉族，住北京市朝阳区建国路1号院2号楼301室。公民身份号码：110105198503021233。联系方式：13800000000。',
        '委托诉讼代理人：赵六，北京某某律师事务所，联系方式：13900000000。',
        // 110108199001011231: born 1990-01-01, 17th digit 3 is odd → male (GB 11643)
        '被告一：李四，男，1990年1月1日生，＿＿＿＿，住北京市海淀区中关村大街1号。公民身份号码：110108199001011231。联系方式：＿＿＿＿。',
        '被告二：北京某某科技有限公司，住所北京市海淀区某某路8号。统一社会信用代码：91110108MA01ABCD1E。法定代表人：王五，总经理。联系方式：＿＿＿＿。',
      ]);
    });

    it('诉讼请求: principal, interest with every row and the continuing rate, joint guarantee, costs, total in figures and 大写', () => {
      assert.deepStrictEqual(section(d, '诉讼请求：', ['事实和理由：']), [
        '1. 判令被告李四向原告张三偿还借款本金49,975.34元；',
        '2. 判令被告李四向原告张三支付利息24,129.19元（暂计至2026年11月30日），其中：'
          + '以50,000.00元为基数，按年利率12.00%，自2023年1月10日起计算至2023年7月9日止（181天）的借期内利息2,975.34元；'
          + '以49,975.34元为基数，按年利率12.00%，自2023年7月10日起计算至2024年1月10日止（185天）的借期内利息3,039.60元；'
          + '以49,975.34元为基数，按年利率14.60%（合同成立时一年期贷款市场报价利率3.65%的四倍），自2024年1月11日起计算至2026年11月30日止（1055天）的逾期利息21,089.59元；'
          + '扣除已付利息2,975.34元；并自2026年12月1日起，以49,975.34元为基数，按年利率14.60%计算至实际清偿之日止；',
        '3. 判令被告北京某某科技有限公司对上述第1、2项债务承担连带清偿责任；',
        '4. 判令本案诉讼费用（案件受理费、保全费等）由被告负担。',
        '以上金额合计暂计74,104.53元（大写：人民币柒万肆仟壹佰零肆元伍角叁分）。',
      ]);
    });

    it('no claim above the cap: the agreed 18% overdue rate appears only as the agreement, never as a claimed rate', () => {
      const claims = section(d, '诉讼请求：', ['事实和理由：']).join('');
      assert.doesNotMatch(claims, /18(\.00)?%/);
      assert.match(claims, /年利率14\.60%/);
    });

    it('事实和理由 in the template\'s order, with the 561 allocation and the articles', () => {
      assert.deepStrictEqual(section(d, '事实和理由：', ['证据和证据来源，证人姓名和住所：']), [
        '2023年1月10日，被告李四向原告张三出具借条，约定被告李四向原告借款50,000.00元。'
          + '原告于2023年1月10日以银行转账方式向被告交付借款50,000.00元。'
          + '双方约定还款期限至2024年1月10日，借期内利息按年利率12%计算，逾期利息按年利率18%计算。'
          + '被告北京某某科技有限公司为该笔借款提供连带责任保证。'
          // due 2024-01-10, no agreed period: six months, to 2024-07-10 (民法典第692条); the 律师函 of 2024-05-20 lies within it
          + '2024年5月20日，原告通过律师函向被告北京某某科技有限公司主张保证责任，在保证期间（至2024年7月10日）内（《中华人民共和国民法典》第六百九十三条）。'
          + '被告李四于2023年7月10日偿还3,000.00元。'
          + '依照《中华人民共和国民法典》第五百六十一条，上述还款先抵充利息2,975.34元，再抵充本金24.66元，尚欠本金49,975.34元。',
        '2025年6月1日，原告通过微信向被告李四催收。被告至今未履行还款义务。',
        '综上，根据《中华人民共和国民法典》第六百六十七条、第六百七十五条、第六百七十六条、第五百七十九条、第六百八十八条，'
          + '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条、第二十八条之规定，被告应当偿还借款本金并支付利息，保证人应当依法承担保证责任。',
        // No clause; the loan was delivered to 李四, so the lender-plaintiff's domicile is the place of performance (规定第3条).
        '双方未约定合同履行地，本案借款的接受货币一方为原告张三，其住所地北京市朝阳区为合同履行地（《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第三条），'
          + '依照《中华人民共和国民事诉讼法》第二十四条，贵院对本案有管辖权。',
        '为维护原告合法权益，根据《中华人民共和国民事诉讼法》第一百二十二条之规定，特诉至贵院，请求判如所请。',
      ]);
    });

    it('evidence, 此致 the court, two copies (two defendants), signature and filing date', () => {
      assert.deepStrictEqual(section(d, '证据和证据来源，证人姓名和住所：', ['附件：利息计算表']), [
        '1. 借条（原件），来源：＿＿＿＿，证明：双方借贷合意、借款金额、期限与利率。',
        '2. 转账凭证，来源：中国工商银行，证明：原告已实际交付借款。',
        '3. 还款记录，来源：＿＿＿＿，证明：被告偿还3000元。',
        '4. 微信聊天记录，来源：＿＿＿＿，证明：原告向被告催收，诉讼时效中断。',
        '5. 律师函及邮寄凭证，来源：＿＿＿＿，证明：向保证人主张保证责任。',
        '此致',
        '北京市朝阳区人民法院',
        '附：本起诉状副本2份',
        '起诉人（签名）：＿＿＿＿',
        '2026年12月1日',
      ]);
    });

    it('appendix 利息计算表: the three rows, total, payments, balance', () => {
      const rows = section(d, '附件：利息计算表', ['__end__']);
      assert.deepStrictEqual(rows.slice(0, 7), [
        '序号 | 起止日期 | 天数 | 计息基数 | 年利率 | 类别 | 金额',
        '1 | 2023年1月10日至2023年7月9日 | 181 | 50,000.00元 | 12.00% | 借期内利息 | 2,975.34元',
        '2 | 2023年7月10日至2024年1月10日 | 185 | 49,975.34元 | 12.00% | 借期内利息 | 3,039.60元',
        '3 | 2024年1月11日至2026年11月30日 | 1055 | 49,975.34元 | 14.60% | 逾期利息 | 21,089.59元',
        '合计 | 27,104.53元', // 2,975.34 + 3,039.60 + 21,089.59
        '已付利息（民法典第561条抵充） | 2,975.34元',
        '尚欠利息（暂计至2026年11月30日） | 24,129.19元',
      ]);
      assert.strictEqual(rows[7], '借款本金50,000.00元，尚欠本金49,975.34元。自2026年12月1日起，以49,975.34元为基数，按年利率14.60%计算至实际清偿之日止（每日19.99元）。');
    });

    it('no blocking problems; the warnings become notes', () => {
      assert.deepStrictEqual(d.problems, []);
      assert.deepStrictEqual(d.notes.filter((n) => n.startsWith('DEBT')).map((n) => n.slice(0, 7)), ['DEBT402', 'DEBT308']);
    });
  });

  describe('要素式 (法〔2025〕82号)', () => {
    const { d } = doc('loan-basic.debt', 'element');
    const all = lines(d);

    it('title, subtitle, the 2025 说明 opener and the five sections in order with the form\'s exact names', () => {
      assert.deepStrictEqual(all.slice(0, 4), ['民事起诉状', '（民间借贷纠纷）', '说明：', '为了方便您参加诉讼，保护您的合法权利，请填写本表。']);
      const heads = d.blocks.filter((b) => b.type === 'heading' && b.level === 2).map((b) => (b as { runs: { text: string }[] }).runs[0].text);
      assert.deepStrictEqual(heads, ['当事人信息', '诉讼请求', '约定管辖和诉前保全', '事实与理由', '对纠纷解决方式的意愿', '证据清单', '附件：利息计算表']);
    });

    it('当事人信息: the plaintiff block with ticks for 男, the agent 有 with 特别授权, the company defendant as 有限责任公司', () => {
      const rows = section(d, '当事人信息', ['诉讼请求']);
      assert.strictEqual(rows[0], '原告（自然人） | 姓名：张三\n性别：男☑　女☐\n出生日期：1985年3月2日　民族：汉族\n工作单位：＿＿＿＿　职务：＿＿＿＿　联系电话：13800000000\n'
        + '住所地（户籍所在地）：北京市朝阳区建国路1号院2号楼301室\n经常居住地：＿＿＿＿\n证件类型：居民身份证\n证件号码：110105198503021233');
      assert.strictEqual(rows[1], '委托诉讼代理人 | 有☑\n　姓名：赵六\n　单位：北京某某律师事务所　职务：＿＿＿＿　联系电话：13900000000\n　代理权限：一般授权☐　特别授权☑\n无☐');
      assert.match(rows[3], /^被告二（法人、非法人组织） \| 名称：北京某某科技有限公司\n住所地（主要办事机构所在地）：北京市海淀区某某路8号\n注册地 \/ 登记地：＿＿＿＿\n法定代表人 \/ 负责人：王五　职务：总经理/);
      assert.match(rows[3], /类型：有限责任公司☑　股份有限公司☐/);
    });

    it('诉讼请求 rows 1–8 with the report\'s figures and the 标的总额 in 大写', () => {
      const rows = section(d, '诉讼请求', ['约定管辖和诉前保全']);
      assert.match(rows[0], /^（可完整表述诉讼请求；为方便、准确梳理要点，相关内容请在下方要素式表格中填写）\n1\. 判令被告李四向原告张三偿还借款本金49,975.34元；/);
      assert.deepStrictEqual(rows.slice(1), [
        '1. 本金 | 截至2026年11月30日止，尚欠本金49,975.34元（人民币，下同；如外币需特别注明）',
        '2. 利息 | 截至2026年11月30日止，尚欠利息24,129.19元；\n计算方式：按附件《利息计算表》分段计算，共3段，每段利息＝基数×年利率×天数÷365（首尾两日均计入）\n是否请求支付至实际清偿之日止：是☑　否☐',
        '3. 是否要求提前还款或解除合同 | 是☐　提前还款（加速到期）☐ / 解除合同☐\n否☑',
        '4. 是否主张担保权利 | 是☑　内容：判令被告北京某某科技有限公司对上述第1、2项债务承担连带清偿责任\n否☐',
        '5. 是否主张实现债权的费用 | 是☐　明细：＿＿＿＿\n否☑',
        '6. 是否主张诉讼费用 | 是☑　否☐',
        '7. 其他请求 | 无',
        '8. 标的总额 | 74,104.53元（大写：人民币柒万肆仟壹佰零肆元伍角叁分）',
      ]);
    });

    it('约定管辖和诉前保全: the file records no clause and no pre-suit preservation, so 无 and 否 (docs/conventions.md)', () => {
      assert.deepStrictEqual(section(d, '约定管辖和诉前保全', ['事实与理由']), [
        '1. 有无仲裁、法院管辖约定 | 有☐　合同条款及内容：\n无☑',
        '2. 是否已经诉前保全 | 是☐　保全法院：　保全时间：\n　保全案号：\n否☑\n（如申请诉讼保全，请另行提交诉讼保全申请及相关材料）',
      ]);
    });

    it('事实与理由 rows from the model: amount, term, rate, deliveries, repayments, overdue days, guarantee, basis', () => {
      const rows = section(d, '事实与理由', ['对纠纷解决方式的意愿']);
      const byLabel = (n: string) => rows.find((r) => r.startsWith(n))!;
      assert.strictEqual(byLabel('2. 签订主体'), '2. 签订主体 | 出借人：张三\n借款人：李四');
      assert.strictEqual(byLabel('3. 借款金额'), '3. 借款金额 | 约定：50,000.00元\n实际提供：50,000.00元\n提供方式：现金☐　转账☑　其他：＿＿＿＿');
      assert.strictEqual(byLabel('4. 借款期限'), '4. 借款期限 | 是否到期：是☑　否☐\n约定期限：2023年1月10日起至2024年1月10日止');
      assert.strictEqual(byLabel('5. 借款利率'), '5. 借款利率 | 利率☑　12%/年（合同条款：第＿＿＿＿条）；逾期利率年利率18%');
      assert.strictEqual(byLabel('6. 借款提供时间'), '6. 借款提供时间 | 2023年1月10日，50,000.00元');
      assert.strictEqual(byLabel('8. 还款情况'), '8. 还款情况 | 已还本金：24.66元\n已还利息：2,975.34元，还息至＿＿＿＿');
      // overdue from the day after the due date 2024-01-10 through 2026-11-30: 1,055 days (row 3)
      assert.strictEqual(byLabel('9. 是否存在逾期还款'), '9. 是否存在逾期还款 | 是☑　逾期时间：2024年1月11日起　至今已逾期1055天（计至2026年11月30日）\n否☐');
      assert.strictEqual(byLabel('14. 是否签订保证合同'), '14. 是否签订保证合同 | 是☑　签订时间：＿＿＿＿　保证人：北京某某科技有限公司\n　主要内容：＿＿＿＿\n　保证方式：一般保证☐　连带责任保证☑\n否☐');
      assert.match(byLabel('17. 请求依据'), /法律规定：《中华人民共和国民法典》第六百六十七条、第六百七十五条、第六百七十六条、第五百七十九条、第六百八十八条，《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条、第二十八条$/);
      assert.strictEqual(byLabel('18. 证据清单'), '18. 证据清单（可另附页） | 见附页《证据清单》（共5项）');
    });

    it('mediation statements verbatim, all unticked (the party\'s own choice); sign-off 具状人 and the filing date; no 此致', () => {
      const rows = section(d, '对纠纷解决方式的意愿', ['证据清单']);
      assert.match(rows[1], /5\. 调解达成的协议具有法律效力，可以依照法律规定申请司法确认，具有强制执行效力。\n了解☐　不了解☐$/);
      assert.ok(!rows.join('').includes('☑'));
      assert.deepStrictEqual(rows.slice(-2), ['具状人（签字、盖章）：＿＿＿＿', '日期：2026年12月1日']);
      assert.ok(!all.includes('此致'));
    });

    it('证据清单 table: name, source, purpose, original/copy, pages', () => {
      const rows = section(d, '证据清单', ['附件：利息计算表']);
      assert.deepStrictEqual(rows.slice(0, 3), [
        '序号 | 证据名称 | 证据来源 | 证明目的 | 原件/复印件 | 页数',
        '1 | 借条 | ＿＿＿＿ | 双方借贷合意、借款金额、期限与利率 | 原件 | ＿＿＿＿',
        '2 | 转账凭证（转账记录） | 中国工商银行 | 原告已实际交付借款 | ＿＿＿＿ | ＿＿＿＿',
      ]);
    });
  });

  it('kinds evidence-list and schedule are the tables alone', () => {
    const ev = lines(doc('loan-basic.debt', 'element', 'evidence-list').d);
    assert.deepStrictEqual(ev.slice(0, 2), ['证据清单', '张三诉李四民间借贷纠纷']);
    assert.strictEqual(ev.length, 2 + 1 + 5);
    const sc = lines(doc('loan-basic.debt', 'element', 'schedule').d);
    assert.deepStrictEqual(sc.slice(0, 3), ['利息计算表', '张三诉李四民间借贷纠纷', '序号 | 起止日期 | 天数 | 计息基数 | 年利率 | 类别 | 金额']);
  });
});
