/**
 * samples/pre-2020-contract.debt = rules.md §11 Example 2 (规定第31条 split, the lender asks for the earlier rules):
 *   184 d × 200,000 × 24% / 365 = 24,197.26 (period, 2019-03-05…2019-09-04)
 *   350 d × 200,000 × 24% / 365 = 46,027.40 (overdue, 2019-09-05…2020-08-19)
 *   144 d × 200,000 × 15.40% / 365 = 12,151.23 (overdue, 2020-08-20…2021-01-10; 4 × LPR 3.85% of 2020-12-21, at filing)
 *   interest 82,375.89; claim 282,375.89; thereafter 84.38 a day.
 */
import * as assert from 'assert';
import { doc, lines, section } from './samples';

describe('complaint of samples/pre-2020-contract.debt (规定第31条 split)', () => {
  const trad = doc('pre-2020-contract.debt', 'traditional');
  const el = doc('pre-2020-contract.debt', 'element');

  it('the report holds the worked example\'s figures', () => {
    const r = trad.a.cases[0].loans[0];
    assert.deepStrictEqual(r.schedule.map((x) => [x.from, x.to, x.days, x.rate, x.interest]), [
      ['2019-03-05', '2019-09-04', 184, '24.00', '24197.26'],
      ['2019-09-05', '2020-08-19', 350, '24.00', '46027.40'],
      ['2020-08-20', '2021-01-10', 144, '15.40', '12151.23'],
    ]);
    assert.strictEqual(trad.a.cases[0].claimAmount, '282375.89');
  });

  it('traditional 诉讼请求: split at 2020-08-19/20, the express request for the earlier rules, the filing-date LPR named', () => {
    assert.deepStrictEqual(section(trad.d, '诉讼请求：', ['事实和理由：']), [
      '1. 判令被告周杰向原告孙丽偿还借款本金200,000.00元；',
      '2. 判令被告周杰向原告孙丽支付利息82,375.89元（暂计至2021年1月10日），其中：'
        + '以200,000.00元为基数，按年利率24.00%（2020年8月20日前适用当时司法解释的年利率24%上限），自2019年3月5日起计算至2019年9月4日止（184天）的借期内利息24,197.26元；'
        + '以200,000.00元为基数，按年利率24.00%（2020年8月20日前适用当时司法解释的年利率24%上限），自2019年9月5日起计算至2020年8月19日止（350天）的逾期利息46,027.40元；'
        + '以200,000.00元为基数，按年利率15.40%（起诉时一年期贷款市场报价利率3.85%的四倍），自2020年8月20日起计算至2021年1月10日止（144天）的逾期利息12,151.23元；'
        + '原告请求对2020年8月19日以前的利息适用当时的司法解释计算（《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第三十一条第二款）；'
        + '并自2021年1月11日起，以200,000.00元为基数，按年利率15.40%计算至实际清偿之日止；',
      '3. 判令本案诉讼费用（案件受理费、保全费等）由被告负担。',
      '以上金额合计暂计282,375.89元（大写：人民币贰拾捌万贰仟叁佰柒拾伍元捌角玖分）。',
    ]);
  });

  it('事实和理由: the monthly rate as agreed, no repayment, the note, article 31 among the bases', () => {
    const facts = section(trad.d, '事实和理由：', ['证据和证据来源，证人姓名和住所：']);
    assert.strictEqual(facts[0], '2019年3月5日，被告周杰向原告孙丽出具借条，约定被告周杰向原告借款200,000.00元。原告于2019年3月5日以银行转账方式向被告交付借款200,000.00元。'
      + '双方约定还款期限至2019年9月4日，借期内利息按月利率2%计算。被告至今未偿还任何款项，尚欠本金200,000.00元。');
    assert.ok(facts.includes('原告请求对2020年8月19日前的利息适用当时的司法解释。'));
    assert.match(facts.find((f) => f.startsWith('综上'))!, /规定》第二十五条、第二十八条、第三十一条之规定/);
  });

  it('one copy for the one defendant; the court of the case', () => {
    const all = lines(trad.d);
    assert.ok(all.includes('附：本起诉状副本1份'));
    assert.strictEqual(all[all.indexOf('此致') + 1], '成都市锦江区人民法院');
  });

  it('要素式: 2%/月 as agreed, the note in row 16, 标的总额, the plaintiff 女 from the file', () => {
    const rows = section(el.d, '事实与理由', ['对纠纷解决方式的意愿']);
    assert.ok(rows.includes('5. 借款利率 | 利率☑　2%/月（合同条款：第＿＿＿＿条）'), rows.join('\n'));
    assert.ok(rows.includes('16. 其他需要说明的内容（可另附页） | 原告请求对2020年8月19日前的利息适用当时的司法解释。'));
    assert.ok(rows.includes('14. 是否签订保证合同 | 是☐\n否☑'));
    const claims = section(el.d, '诉讼请求', ['约定管辖和诉前保全']);
    assert.ok(claims.includes('8. 标的总额 | 282,375.89元（大写：人民币贰拾捌万贰仟叁佰柒拾伍元捌角玖分）'));
    assert.match(section(el.d, '当事人信息', ['诉讼请求'])[0], /性别：男☐　女☑/);
  });
});
