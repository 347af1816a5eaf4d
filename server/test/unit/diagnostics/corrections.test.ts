/**
 * Spec §8.5–§8.6 (issue 17): the law as courts apply it. Every figure is worked by hand in the comment beside it
 * (actual/365, both ends counted, each row rounded half-up to the fen).
 */
import * as assert from 'assert';
import Decimal from 'decimal.js';
import { law, loan0, case0, personCase } from '../law/law-helpers';
import { expectDiagnostic, rangeOf, show } from './fixture';
import { defaultSettings } from '../../../src/core/settings';
import { roundedYuan } from '../../../src/core/law/fee-rounding';
import { extractSettingFlags } from '../../../src/cli-settings';
import { settingsFromConfig } from '../../../src/lsp/settings';
import { buildDocument } from '../../../src/core/documents/build';
import { renderMarkdown } from '../../../src/core/documents/render-markdown';

const codes = (text: string, opts = {}) => law(text, opts).diagnostics.map((d) => d.code);
const rows = (l: { schedule: { kind: string; from: string; to: string; days: number; base: string; rate: string; interest: string }[] }) =>
  l.schedule.map((r) => `${r.kind} ${r.from}..${r.to} ${r.days}d ${r.base}@${r.rate} = ${r.interest}`);

describe('corrections (spec §8.6)', () => {
  describe('interest paid under the 2015 rules between 24 % and 36 % stays paid', () => {
    // 80,000 lent 2012-02-04 at 3 %/month (36 % a year), 13,500 paid as interest on 2012-09-20.
    const text = personCase('2013-01-01', '交付 2012-02-04 80000元 转账\n    到期 2013-02-03\n    利率 3%/月', '还款 2012-09-20 13500元 冲抵 利息 转账');

    it("the worked example: 12,046.03 lawful interest, 1,453.97 kept, principal stays 80,000.00 ('DEBT416')", () => {
      // 2012-02-04 … 2012-09-19 = 229 days (2012 is a leap year: Feb 4–29 26, Mar 31, Apr 30, May 31, Jun 30, Jul 31,
      // Aug 31, Sep 1–19 19 → 229). Lawful: 80,000 × 24 % × 229/365 = 12,046.027 → 12,046.03.
      // 13,500 − 12,046.03 = 1,453.97 (≈ 2.9 % a year more, 26.9 % in all: below 36 %) stays paid, not principal.
      // Then 2012-09-20 … 2012-12-31 = 103 days on 80,000 at 24 %: 80,000 × 0.24 × 103/365 = 5,418.082 → 5,418.08.
      const a = law(text);
      const l = loan0(a);
      const al = l.allocations[0];
      assert.deepStrictEqual([al.interest, al.naturalObligation, al.principal, al.aboveCap, al.overpaid], ['12046.03', '1453.97', '0.00', '0.00', '0.00']);
      assert.strictEqual(l.outstanding.principal, '80000.00');
      assert.strictEqual(l.naturalObligation, '1453.97');
      assert.deepStrictEqual(rows(l), [
        'period 2012-02-04..2012-09-19 229d 80000.00@24.00 = 12046.03',
        'period 2012-09-20..2012-12-31 103d 80000.00@24.00 = 5418.08',
      ]);
      assert.strictEqual(l.outstanding.interest, '5418.08');
      expectDiagnostic(a.diagnostics, text, 'DEBT416', '13500元', /依法可主张的利息为12,046\.03元；其余1,453\.97元为年利率24%至36%之间的利息/,
        { cites: ['2015年民间借贷规定第26条', '2015年民间借贷规定第31条', '民间借贷规定第31条'] });
      assert.ok(!a.diagnostics.some((d) => d.code === 'DEBT414'), 'nothing went to principal');
    });

    it('the complaint pleads the payment as applied: 12,046.03 interest, nothing to principal, 1,453.97 kept', () => {
      const a = law(text);
      const md = renderMarkdown(buildDocument(a, 0, { kind: 'complaint', style: 'traditional' }));
      // No 「再抵充本金0.00元」 (issue 16): the payment went wholly to interest.
      assert.match(md, /2012年9月20日偿还的13,500\.00元按双方约定冲抵利息；上述还款全部抵充利息12,046\.03元；另有按年利率24%至36%之间支付的利息1,453\.97元，已自愿支付，不抵充本金（《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2015〕18号）第三十一条），尚欠本金80,000\.00元。/);
      // The 要素式 form's 已还利息 is what was paid as interest: 12,046.03 + 1,453.97 = 13,500.00.
      assert.match(renderMarkdown(buildDocument(a, 0, { kind: 'complaint', style: 'element' })), /已还利息：13,500\.00元/);
      // The demand letter: all 13,500.00 was applied to interest (12,046.03 lawful + 1,453.97 kept), none to principal.
      assert.match(renderMarkdown(buildDocument(a, 0, { kind: 'demand-letter', style: 'element' })), /共偿还13,500\.00元，已全部抵充利息13,500\.00元。/);
      // The 利息计算表 lists it apart from the lawful rows it does not belong to.
      assert.match(renderMarkdown(buildDocument(a, 0, { kind: 'schedule', style: 'element' })), /另付年利率24%至36%之间的利息（自愿支付，不抵充本金，2015年民间借贷规定第31条）[^\n]*1,453\.97元/);
    });

    it('only the part above 36 % goes to principal, and DEBT414 cites the 2015 rules, not 4 × LPR', () => {
      // Same loan at 5 %/month (60 %), 30,000 put to interest on 2012-09-20. Over 229 days on 80,000:
      //   lawful 24 %: 12,046.03; 24–36 %: 80,000 × 12 % × 229/365 = 6,023.013 → 6,023.01 (kept);
      //   the rest 30,000 − 12,046.03 − 6,023.01 = 11,930.96 to principal; above 36 % was 80,000 × 24 % × 229/365
      //   = 12,046.03 ≥ 11,930.96, so all of it is interest above 36 % credited: aboveCap 11,930.96.
      // Principal 80,000 − 11,930.96 = 68,069.04; then 103 days at 24 %: 68,069.04 × 0.24 × 103/365 = 4,610.048 → 4,610.05.
      const t = personCase('2013-01-01', '交付 2012-02-04 80000元 转账\n    到期 2013-02-03\n    利率 5%/月', '还款 2012-09-20 30000元 冲抵 利息 转账');
      const a = law(t);
      const l = loan0(a);
      const al = l.allocations[0];
      assert.deepStrictEqual([al.interest, al.naturalObligation, al.principal, al.aboveCap], ['12046.03', '6023.01', '11930.96', '11930.96']);
      assert.strictEqual(l.outstanding.principal, '68069.04');
      assert.strictEqual(l.schedule[1].interest, '4610.05');
      const d = a.diagnostics.find((x) => x.code === 'DEBT414')!;
      assert.strictEqual(show(d), rangeOf(t, '30000元'));
      assert.strictEqual(d.message, '2012年9月20日的还款30,000.00元约定冲抵利息，但当时依法可主张的利息仅12,046.03元（2020年8月19日以前的利息按当时的司法解释以年利率24%为限，2015年民间借贷规定第26条第1款）：年利率24%至36%之间的利息6,023.01元已自愿支付，不予返还，亦不抵充本金（2015年民间借贷规定第31条）；按约定利率计算超过年利率36%的利息11,930.96元不受支持（2015年民间借贷规定第26条第2款），该笔还款其余11,930.96元冲抵本金（超付利息抵充本金为法院通常做法，待确认）。诉状中可按此主张该笔还款的抵充。');
      assert.ok(!d.message.includes('LPR'));
      assert.ok(!d.citations.includes('民间借贷规定第25条'));
      assert.ok(d.citations.includes('2015年民间借贷规定第31条'));
      assert.ok(!a.diagnostics.some((x) => x.code === 'DEBT416'), 'DEBT414 already says what was kept');
    });

    it('without the request for the old rules, nothing is kept: the 1,453.97 goes to principal', () => {
      // Filing 2013: no LPR existed, so the cap is 24 % either way; 13,500 − 12,046.03 = 1,453.97 → principal 78,546.03.
      const a = law(text, { settings: { ...defaultSettings, applyOldRulesBefore20200820: false } });
      const al = loan0(a).allocations[0];
      assert.deepStrictEqual([al.interest, al.naturalObligation, al.principal], ['12046.03', '0.00', '1453.97']);
      assert.strictEqual(loan0(a).outstanding.principal, '78546.03');
    });

    it('a payment without 冲抵 follows 民法典第561条: lawful interest, then principal', () => {
      const t = personCase('2013-01-01', '交付 2012-02-04 80000元 转账\n    到期 2013-02-03\n    利率 3%/月', '还款 2012-09-20 13500元 转账');
      const al = loan0(law(t)).allocations[0];
      assert.deepStrictEqual([al.interest, al.naturalObligation, al.principal], ['12046.03', '0.00', '1453.97']);
    });

    it('DEBT404 names the 6 % it uses before 2020-08-20 for an older loan with nothing agreed', () => {
      const t = personCase('2021-01-11', '交付 2019-03-05 200000元 转账\n    到期 2019-09-04');
      const d = law(t).diagnostics.find((x) => x.code === 'DEBT404')!;
      assert.match(d.message, /2020年8月19日以前的逾期利息按当时的司法解释以年利率6%计算/);
      assert.match(d.message, /自2020年8月20日起按一年期LPR计算/);
    });
  });

  describe("a demand before the loan existed ('DEBT250')", () => {
    it('does not fix the due date; the first demand after the delivery does; a demand before the only loan is an error', () => {
      // Delivered 2024-03-01, no term. The 2024-01-10 demand is before the loan: no effect. The 2024-05-01 demand with
      // 限期 15日 fixes the due date 2024-05-01 + 15 = 2024-05-16; the limitation period starts then.
      const t = personCase('2024-12-01', '交付 2024-03-01 50000元 转账\n    到期 未约定\n    利率 无',
        '催收 2024-01-10 向 乙 电话 限期 10日\n  催收 2024-05-01 向 乙 电话 限期 15日');
      const a = law(t);
      const l = loan0(a);
      assert.strictEqual(l.dueDate, '2024-05-16');
      assert.strictEqual(l.limitation.start, '2024-05-16');
      assert.deepStrictEqual(l.limitation.interruptions, []);
      expectDiagnostic(a.diagnostics, t, 'DEBT250', '2024-01-10', /催收日2024年1月10日早于借款“L”的首次交付日2024年3月1日/);
      assert.strictEqual(a.diagnostics.find((d) => d.code === 'DEBT250')!.severity, 'error');
    });

    it('with two loans, a demand between their deliveries reaches only the earlier one, and is no error', () => {
      // L1 delivered 2023-01-01 falls due 2024-01-10 + 10 = 2024-01-20; L2 (delivered 2024-03-01) has no demand after it.
      const t = `案件 测试 {
  法院 北京市朝阳区人民法院
  起诉日 2024-12-01
  原告 甲
  被告 乙
  借款 L1 { 出借人 甲 借款人 乙 交付 2023-01-01 10000元 转账 到期 未约定 利率 无 }
  借款 L2 { 出借人 甲 借款人 乙 交付 2024-03-01 20000元 转账 到期 未约定 利率 无 }
  催收 2024-01-10 向 乙 电话 限期 10日
}
`;
      const a = law(t);
      assert.strictEqual(case0(a).loans[0].dueDate, '2024-01-20');
      assert.strictEqual(case0(a).loans[1].dueDate, null);
      assert.strictEqual(case0(a).loans[1].limitation.status, 'unknown');
      assert.ok(!a.diagnostics.some((d) => d.code === 'DEBT250'));
    });
  });

  describe("licensed lenders: the figure at 24 % ('DEBT417', 'DEBT419')", () => {
    const lender = (extra = '') => `案件 小贷公司诉乙 {
  法院 北京市海淀区人民法院
  起诉日 2025-03-01
  原告 某小额贷款有限公司 { 法人 机构类型 小额贷款公司 统一社会信用代码 91110108MA01ABCD1E 住所 "北京市海淀区" }
  被告 乙 { 自然人 身份证号 110108199001011231 住所 "北京市海淀区" }
  借款 L {
    出借人 某小额贷款有限公司
    借款人 乙
    签订 2024-01-01 证据 合同
    交付 2024-01-01 100000元 转账 证据 回单
    到期 2024-12-31
    利率 24%
    逾期利率 36%
  }
  证据 合同 { 类型 借款合同 原件 }
  证据 回单 { 类型 转账记录 }
  ${extra}
}
`;
    // As agreed: period 2024-01-01 … 2024-12-31, 366 days: 100,000 × 24 % × 366/365 = 24,065.753 → 24,065.75;
    // overdue 2025-01-01 … 2025-02-28, 59 days at 36 %: 100,000 × 0.36 × 59/365 = 5,819.178 → 5,819.18; total 29,884.93.
    // At 24 %: the period stays 24,065.75; overdue 100,000 × 0.24 × 59/365 = 3,879.452 → 3,879.45; total 27,945.20.
    // Difference 29,884.93 − 27,945.20 = 1,939.73.
    it('default (none): computed as agreed, a warning with the figure at 24 %', () => {
      const t = lender();
      const a = law(t);
      assert.deepStrictEqual(rows(loan0(a)).map((r) => r.split(' = ')[1]), ['24065.75', '5819.18']);
      expectDiagnostic(a.diagnostics, t, 'DEBT417', '24%', /共29,884\.93元。.*按年利率24%计算为27,945\.20元，相差1,939\.73元/, { cites: ['金融审判意见第2条'] });
      assert.ok(!a.diagnostics.some((d) => d.code === 'DEBT419'));
    });

    it("setting '24': claimed at 24 % in total, DEBT419 says so", () => {
      const t = lender();
      const a = law(t, { settings: { ...defaultSettings, licensedCap: '24' } });
      assert.deepStrictEqual(rows(loan0(a)).map((r) => r.split(' = ')[1]), ['24065.75', '3879.45']);
      expectDiagnostic(a.diagnostics, t, 'DEBT419', '24%', /以年利率24%为限计算：暂计至2025年2月28日共27,945\.20元；按约定计算（年化最高36\.00%）为29,884\.93元/);
      assert.ok(!a.diagnostics.some((d) => d.code === 'DEBT417'));
      // Claim: 100,000 + 27,945.20 = 127,945.20.
      assert.strictEqual(case0(a).claimAmount, '127945.20');
    });

    it("setting '4xLPR': 4 × the LPR at formation (3.45 % of 2023-12-20 → 13.80 %)", () => {
      // Period 100,000 × 13.8 % × 366/365 = 13,837.808 → 13,837.81; overdue 59 days: 100,000 × 0.138 × 59/365 = 2,230.685 → 2,230.68.
      const a = law(lender(), { settings: { ...defaultSettings, licensedCap: '4xLPR' } });
      assert.deepStrictEqual(rows(loan0(a)).map((r) => r.split(' = ')[1]), ['13837.81', '2230.68']);
      assert.match(a.diagnostics.find((d) => d.code === 'DEBT419')!.message, /一年期LPR的四倍（13\.80%）为限/);
    });

    it('rates within 24 % give no warning', () => {
      assert.ok(!codes(lender().replace('逾期利率 36%', '逾期利率 18%').replace('利率 24%', '利率 12%')).includes('DEBT417'));
    });

    it('the setting from the editor, .debt.json and the CLI flag', () => {
      assert.strictEqual(settingsFromConfig({ interest: { licensedCap: '24' } }).licensedCap, '24');
      assert.strictEqual(settingsFromConfig({ interest: { licensedCap: 'bogus' as never } }).licensedCap, undefined);
      assert.deepStrictEqual(extractSettingFlags(['check', '--licensed-cap', '4xLPR', 'a.debt']).flags, { licensedCap: '4xLPR' });
      assert.deepStrictEqual(extractSettingFlags(['--licensed-cap=24']).flags, { licensedCap: '24' });
      assert.strictEqual(extractSettingFlags(['--licensed-cap', '30']).errors.length, 1);
    });
  });

  describe('court fee rounded to the yuan (courtFee.roundedYuan)', () => {
    it('the full fee rounded half-up first, then halved', () => {
      // 1,087.50 → 1,088 → halved 544.00; 1,086.50 → 1,087 → 543.50 (halving first would give 543.25 → 543).
      assert.deepStrictEqual(roundedYuan(new Decimal('1087.5')), { ordinary: '1088.00', simplified: '544.00' });
      assert.deepStrictEqual(roundedYuan(new Decimal('1086.5')), { ordinary: '1087.00', simplified: '543.50' });
      assert.deepStrictEqual(roundedYuan(new Decimal('15911.103')), { ordinary: '15911.00', simplified: '7955.50' });
    });

    it('in the report beside the exact fee: a claim of 51,500 pays 50 + 41,500 × 2.5 % = 1,087.50', () => {
      const t = personCase('2025-01-01', '交付 2024-06-01 51500元 转账\n    到期 2030-01-01\n    利率 无');
      const fee = case0(law(t)).courtFee;
      assert.deepStrictEqual([fee.exact, fee.ordinary, fee.simplified, fee.roundedYuan.ordinary, fee.roundedYuan.simplified],
        ['1087.5', '1087.50', '543.75', '1088.00', '544.00']);
      // The complaint's notes say which figure is which.
      const doc = buildDocument(law(t), 0, { kind: 'complaint', style: 'element' });
      assert.ok(doc.notes.some((n) => n.includes('1,087.50元（精确至分') && n.includes('按元四舍五入（不少法院按此收取）为1,088.00元，减半为544.00元')));
    });
  });
});

describe('silent dangers', () => {
  it("a repayment larger than the debt: 'DEBT418' at the amount, with what was over", () => {
    // 30,400 lent, no interest, due after filing: 30,400 owed. 304,000 paid: 304,000 − 30,400 = 273,600.00 over.
    const t = personCase('2025-01-01', '交付 2024-06-01 30400元 转账\n    到期 2030-01-01\n    利率 无', '还款 2024-09-01 304000元 转账');
    const a = law(t);
    expectDiagnostic(a.diagnostics, t, 'DEBT418', '304000元', /还款304,000\.00元超过当时所欠的全部本金、利息和费用（30,400\.00元），多出的273,600\.00元/);
    assert.strictEqual(loan0(a).overpaid, '273600.00');
    assert.ok(!codes(t.replace('304000元', '30400元')).includes('DEBT418'));
  });

  it("a placeholder court: 'DEBT620', and the documents list it as a problem before anything is generated", () => {
    const t = personCase('2025-01-01', '交付 2024-06-01 30400元 转账\n    到期 2030-01-01'); // 法院 某某人民法院
    const a = law(t);
    expectDiagnostic(a.diagnostics, t, 'DEBT620', '某某人民法院', /受诉法院“某某人民法院”是占位名称/);
    assert.ok(buildDocument(a, 0, { kind: 'complaint', style: 'element' }).problems.some((p) => p.code === 'DEBT620'));
    for (const court of ['SomeDistrictCourt', '""', '某某区人民法院', '"（请填写受诉法院）"']) {
      assert.ok(codes(t.replace('某某人民法院', court)).includes('DEBT620'), court);
    }
    for (const court of ['北京市朝阳区人民法院', '上海市浦东新区人民法院']) assert.ok(!codes(t.replace('某某人民法院', court)).includes('DEBT620'), court);
  });
});

describe("old law: the two years of 民法通则第135条 ('DEBT520', spec §8.5)", () => {
  const due = (d: string, filing: string, extra = '') => personCase(filing, `交付 2012-06-30 10000元 转账\n    到期 ${d}\n    利率 无`, extra);

  it('a period that ended in 2015 stays ended; a demand after it revives nothing', () => {
    // Due 2013-06-30: two years → 2015-06-30 (a Tuesday), before 2017-10-01 → ended (法释〔2018〕12号第3条).
    // (Read as three years it would have run to 2016-06-30, and the 2016-03-01 demand would have restarted it.)
    const t = due('2013-06-30', '2018-06-01', '催收 2016-03-01 向 乙 电话');
    const a = law(t);
    const lim = loan0(a).limitation;
    assert.deepStrictEqual([lim.end, lim.status, lim.interruptions], ['2015-06-30', 'lapsed', []]);
    assert.deepStrictEqual(lim.oldLaw, { start: '2013-06-30', twoYearEnd: '2015-06-30', ended: true });
    expectDiagnostic(a.diagnostics, t, 'DEBT520', '2013-06-30', /二年期间，于2015年6月30日届满，早于2017年10月1日/, { cites: ['民法通则第135条', '民法总则时效解释第3条'] });
    assert.ok(a.diagnostics.some((d) => d.code === 'DEBT502'));
  });

  it('a period still running on 2017-10-01 becomes three years', () => {
    // Due 2016-03-15: two years → 2018-03-15, after 2017-10-01 → three years: 2019-03-15 (a Friday) (第2条).
    const t = due('2016-03-15', '2019-01-10');
    const a = law(t);
    const lim = loan0(a).limitation;
    assert.deepStrictEqual([lim.end, lim.status], ['2019-03-15', 'running']);
    expectDiagnostic(a.diagnostics, t, 'DEBT520', '2016-03-15', /至2017年10月1日民法总则施行时尚未届满（二年期间末日为2018年3月15日）：适用三年期间（法释〔2018〕12号第2条），末日为2019年3月15日/);
  });

  it('an interruption before 2017-10-01 restarts two years, judged the same way', () => {
    // Due 2014-05-01: two years → 2016-05-01 (Sunday, 劳动节 → 2016-05-03). Demand 2016-01-04 restarts: two years →
    // 2018-01-04, after 2017-10-01 → three years: 2019-01-04 (a Friday).
    const lim = loan0(law(due('2014-05-01', '2018-12-01', '催收 2016-01-04 向 乙 电话'))).limitation;
    assert.deepStrictEqual([lim.interruptions, lim.end, lim.oldLaw.twoYearEnd, lim.oldLaw.ended], [['2016-01-04'], '2019-01-04', '2018-01-04', false]);
  });

  it("a joint guarantor's own period, begun by a demand in 2014, is two years too", () => {
    // Main debt due 2014-06-30; demand on the joint guarantor 丙 on 2014-09-01 (within the six months of 民法典第692条):
    // two years → 2016-09-01 (a Thursday), before 2017-10-01 → ended; as of 2017-06-01 lapsed (DEBT509). Read as three
    // years it would run to 2017-09-01 and still be running.
    const t = `案件 测试 {
  法院 北京市朝阳区人民法院
  起诉日 2017-06-01
  原告 甲
  被告 乙
  被告 丙
  借款 L { 出借人 甲 借款人 乙 保证人 丙 连带 交付 2013-06-30 10000元 转账 到期 2014-06-30 利率 无 }
  催收 2014-09-01 向 丙 律师函
}
`;
    const a = law(t);
    const g = loan0(a).limitation.guarantors[0];
    assert.deepStrictEqual([g.status, g.limitationEnd], ['claimed', '2016-09-01']);
    assert.ok(a.diagnostics.some((d) => d.code === 'DEBT509'));
  });

  it('a period starting after 2017-10-01 is three years, with no old-law note', () => {
    const a = law(due('2018-01-10', '2020-06-01'));
    assert.strictEqual(loan0(a).limitation.end, '2021-01-11'); // 2021-01-10 is a Sunday → Monday 2021-01-11
    assert.ok(!a.diagnostics.some((d) => d.code === 'DEBT520'));
  });

  it('interest before 2015-09-01 stays under DEBT410 review and never above the 24 % of the 2015 rules', () => {
    const a = law(personCase('2013-01-01', '交付 2012-02-04 80000元 转账\n    到期 2013-02-03\n    利率 3%/月'));
    assert.ok(a.diagnostics.some((d) => d.code === 'DEBT410'));
    assert.ok(loan0(a).schedule.every((r: { rate: string }) => new Decimal(r.rate).lessThanOrEqualTo(24)));
  });
});
