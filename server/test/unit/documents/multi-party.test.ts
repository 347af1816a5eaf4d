/**
 * Every document claims only what each party owes (spec §8.1, issue 16): a case with two loans — co-borrowers and a
 * joint guarantor on one, a spouse on the other — in the complaint (both styles), the 催款函 and the 支付令申请书;
 * then, over random multi-party cases, no document names a party as owing a loan the obligations say they do not owe.
 *
 * Hand arithmetic (actual/365, both ends counted, each row rounded half-up; filed 2025-07-01 → through 2025-06-30):
 *   经营借款 100,000.00 from 2024-01-01 at 10 % (formation 2024-01-01: LPR 3.45 % → cap 13.80 %, so 10 % stands);
 *     period 2024-01-01…2024-12-31 = 366 d (2024 is a leap year): 100,000 × 10 % × 366 / 365 = 10,027.397 → 10,027.40
 *     overdue (no overdue rate: the period rate, 规定第28条第2款第2项) 2025-01-01…2025-06-30 = 31+28+31+30+31+30 = 181 d:
 *       100,000 × 10 % × 181 / 365 = 4,958.904 → 4,958.90;   interest 10,027.40 + 4,958.90 = 14,986.30
 *   周转借款 20,000.00 from 2024-06-01 at 6 %:
 *     period 2024-06-01…2024-11-30 = 30+31+31+30+31+30 = 183 d: 20,000 × 6 % × 183 / 365 = 601.644 → 601.64
 *     overdue 2024-12-01…2025-06-30 = 31+31+28+31+30+31+30 = 212 d: 20,000 × 6 % × 212 / 365 = 696.986 → 696.99
 *     interest 601.64 + 696.99 = 1,298.63
 *   claim 100,000.00 + 14,986.30 + 20,000.00 + 1,298.63 = 136,284.93
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, Analysis } from '../../../src/core/analyze';
import { buildDocument, isDocumentRefused, LegalDocument } from '../../../src/core/documents';
import { CaseReport } from '../../../src/core/law/analyze-law';
import { caseText, gen } from '../properties/obligations.test';
import { lines, section } from './samples';

const CASE = `案件 "钱七诉甲某、乙某等民间借贷纠纷" {
  法院 北京市朝阳区人民法院
  起诉日 2025-07-01
  原告 钱七 { 自然人 身份证号 110105198503021233 住所 "北京市朝阳区建国路1号" }
  被告 甲某 { 自然人 住所 "北京市朝阳区建国路8号" }
  被告 乙某 { 自然人 住所 "北京市海淀区中关村大街2号" }
  被告 丙某 { 自然人 住所 "北京市朝阳区望京街3号" }
  被告 丁某 { 自然人 住所 "北京市朝阳区建国路8号" }
  借款 经营借款 {
    出借人 钱七
    借款人 甲某
    共同借款人 乙某
    保证人 丙某 连带 保证期间至 2027-12-31
    签订 2024-01-01 证据 借款合同
    交付 2024-01-01 100000元 转账
    到期 2024-12-31
    利率 10%
  }
  借款 周转借款 {
    出借人 钱七
    借款人 甲某
    配偶 丁某 依据 共同签字 证据 借条
    签订 2024-06-01 证据 借条
    交付 2024-06-01 20000元 转账
    到期 2024-11-30
    利率 6%
  }
  证据 借款合同 { 类型 借款合同 原件 }
  证据 借条 { 类型 借条 原件 }
  请求 本金
  请求 利息 至 实际清偿之日
  请求 保证责任 丙某
  请求 诉讼费用
}
`;

const run = (text: string): Analysis => analyze('file:///m.debt', text, { read: () => undefined }, { today: '2026-06-01' });
const build = (a: Analysis, kind: 'complaint' | 'demand-letter' | 'payment-order', style: 'element' | 'traditional' = 'traditional'): LegalDocument =>
  buildDocument(a, 0, { kind, style });

const PRAYER = [
  '1. 判令被告甲某、乙某共同向原告钱七偿还经营借款本金100,000.00元；',
  '2. 判令被告甲某、乙某共同向原告钱七支付经营借款利息14,986.30元（暂计至2025年6月30日），其中：'
    + '以100,000.00元为基数，按年利率10.00%，自2024年1月1日起计算至2024年12月31日止（366天）的借期内利息10,027.40元；'
    + '以100,000.00元为基数，按年利率10.00%，自2025年1月1日起计算至2025年6月30日止（181天）的逾期利息4,958.90元；'
    + '并自2025年7月1日起，以100,000.00元为基数，按年利率10.00%计算至实际清偿之日止；',
  '3. 判令被告甲某向原告钱七偿还周转借款本金20,000.00元；',
  '4. 判令被告甲某向原告钱七支付周转借款利息1,298.63元（暂计至2025年6月30日），其中：'
    + '以20,000.00元为基数，按年利率6.00%，自2024年6月1日起计算至2024年11月30日止（183天）的借期内利息601.64元；'
    + '以20,000.00元为基数，按年利率6.00%，自2024年12月1日起计算至2025年6月30日止（212天）的逾期利息696.99元；'
    + '并自2025年7月1日起，以20,000.00元为基数，按年利率6.00%计算至实际清偿之日止；',
  // The guarantor only for the loan it guaranteed (民法典第681条), the spouse only for the other.
  '5. 判令被告丙某对第1、2项（经营借款）承担连带清偿责任；',
  '6. 判令被告丁某对第3、4项（周转借款）承担共同清偿责任（夫妻共同债务）；',
  '7. 判令本案诉讼费用（案件受理费、保全费等）由被告负担。',
];

describe('documents of a multi-party case (spec §8.1)', () => {
  const a = run(CASE);
  const r = a.cases[0];

  it('the report\'s figures are the hand-worked ones', () => {
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.deepStrictEqual(r.loans.map((l) => l.schedule.map((x) => x.interest)), [['10027.40', '4958.90'], ['601.64', '696.99']]);
    assert.strictEqual(r.claimAmount, '136284.93');
  });

  it('traditional complaint: one item per loan and debtor, the guarantor and the spouse tied to their own loan\'s items', () => {
    const d = build(a, 'complaint');
    assert.deepStrictEqual(section(d, '诉讼请求：', ['事实和理由：']), [...PRAYER, '以上金额合计暂计136,284.93元（大写：人民币壹拾叁万陆仟贰佰捌拾肆元玖角叁分）。']);
  });

  it('traditional complaint: the facts plead the co-borrowers, the demand-free guarantee within its period, the spouse\'s basis', () => {
    const facts = section(build(a, 'complaint'), '事实和理由：', ['证据和证据来源，证人姓名和住所：']);
    assert.strictEqual(facts[0], '2024年1月1日，原告钱七与被告甲某、乙某签订《借款合同》（经营借款），约定被告甲某、乙某向原告借款100,000.00元。'
      + '被告甲某、乙某均作为借款人签署，系共同借款人，应对该笔借款承担连带清偿责任（《中华人民共和国民法典》第一百七十八条、第五百一十八条）。'
      + '原告于2024年1月1日以银行转账方式向被告交付借款100,000.00元。双方约定还款期限至2024年12月31日，借期内利息按年利率10%计算。'
      + '被告丙某为该笔借款提供连带责任保证，保证期间至2027年12月31日。'
      + '原告在保证期间（至2027年12月31日）内提起本诉，向被告丙某主张保证责任（《中华人民共和国民法典》第六百九十三条）。'
      + '被告甲某、乙某至今未偿还任何款项，尚欠本金100,000.00元。');
    assert.strictEqual(facts[1], '2024年6月1日，被告甲某向原告钱七出具借条（周转借款），约定被告甲某向原告借款20,000.00元。'
      + '原告于2024年6月1日以银行转账方式向被告交付借款20,000.00元。双方约定还款期限至2024年11月30日，借期内利息按年利率6%计算。'
      + '被告丁某系被告甲某的配偶，该笔借款夫妻双方共同签名（见借条），属于夫妻共同债务，应共同偿还（《中华人民共和国民法典》第一千零六十四条第一款）。'
      + '被告甲某至今未偿还任何款项，尚欠本金20,000.00元。');
  });

  it('要素式 complaint: the same items in the form\'s 诉讼请求 row, guarantee in row 4 and the spouse under 其他请求', () => {
    const d = build(a, 'complaint', 'element');
    const all = lines(d).join('\n');
    for (const p of PRAYER) assert.ok(all.includes(p), p);
    assert.ok(all.includes('4. 是否主张担保权利 | 是☑　内容：判令被告丙某对第1、2项（经营借款）承担连带清偿责任'));
    assert.ok(all.includes('7. 其他请求 | 判令被告丁某对第3、4项（周转借款）承担共同清偿责任（夫妻共同债务）'));
    assert.ok(!/上述全部债务|上述第1—\d项债务/.test(all));
  });

  it('催款函: each loan\'s debt with who owes it, then what each addressee owes in all', () => {
    const all = lines(build(a, 'demand-letter'));
    assert.ok(all.includes('截至2025年6月30日，“经营借款”尚欠本金100,000.00元、利息14,986.30元，合计114,986.30元。'
      + '甲某作为借款人，应当偿还（《中华人民共和国民法典》第六百七十五条）；'
      + '乙某作为共同借款人，应当承担连带清偿责任（《中华人民共和国民法典》第一百七十八条、第五百一十八条）；'
      + '丙某作为连带责任保证人，应当承担连带清偿责任（《中华人民共和国民法典》第六百八十八条、第六百九十一条）。'), all.join('\n'));
    assert.ok(all.includes('截至2025年6月30日，“周转借款”尚欠本金20,000.00元、利息1,298.63元，合计21,298.63元。'
      + '甲某作为借款人，应当偿还（《中华人民共和国民法典》第六百七十五条）；'
      + '丁某该债务属夫妻共同债务，作为共同债务人应当共同清偿（《中华人民共和国民法典》第一千零六十四条）。'));
    // 100,000.00 + 14,986.30 + 20,000.00 + 1,298.63 = 136,284.93 for 甲某, who owes both loans.
    assert.ok(all.includes('据此，甲某应清偿“经营借款”和“周转借款”合计136,284.93元；乙某应清偿“经营借款”114,986.30元；'
      + '丙某应清偿“经营借款”114,986.30元；丁某应清偿“周转借款”21,298.63元（连带责任人之间，任何一人清偿的部分，其他人在该范围内不再清偿）。'));
  });

  it('支付令: one item per loan against its debtors, no guarantor among the respondents', () => {
    const d = build(a, 'payment-order');
    const all = lines(d);
    assert.ok(all.includes('1. 被申请人甲某、乙某共同向申请人钱七给付“经营借款”本金100,000.00元、利息14,986.30元，合计114,986.30元（利息计至2025年6月30日）；'));
    assert.ok(all.includes('2. 被申请人甲某、丁某共同向申请人钱七给付“周转借款”本金20,000.00元、利息1,298.63元，合计21,298.63元（利息计至2025年6月30日）。'));
    assert.ok(!all.some((l) => l.startsWith('被申请人') && l.includes('丙某')));
    // The debtor's domicile: 甲某 lives in 北京市朝阳区 (民诉法解释第23条).
    assert.strictEqual(all[all.indexOf('此致') + 1], '北京市朝阳区人民法院');
  });
});

/** Every (party, loan) a document names as owing: from the prayer items, the letter's per-loan sentences and the order's items. */
function namedOwing(d: LegalDocument, loans: string[]): [string, string][] {
  const out: [string, string][] = [];
  const loanOf = (s: string) => (loans.length === 1 ? loans : loans.filter((l) => s.includes(`“${l}”`)));
  for (const l of lines(d)) {
    let m = /^\d+\. 判令被告(.+?)(?:共同)?向原告/.exec(l) ?? /^\d+\. 判令被告(.+?)(?:在[^对]+范围内)?对/.exec(l)
      ?? /^(?:\d+\. )?被申请人(.+?)(?:共同)?向申请人/.exec(l) ?? /督促被申请人(.+?)(?:共同)?向申请人/.exec(l);
    if (m) { for (const n of m[1].split('、')) for (const loan of loanOf(l)) out.push([n, loan]); continue; }
    m = /^截至[^，]+，(?:“([^”]+)”|上述借款)尚欠[^。]+。(.+)。$/.exec(l);
    if (m) {
      const loan = m[1] ?? loans[0];
      for (const part of m[2].split('；')) for (const n of /^([^作该已]+)/.exec(part)![1].split('、')) out.push([n, loan]);
    }
  }
  return out;
}

describe('differential: no document names a party as owing a loan the obligations say they do not owe', function () {
  this.timeout(300000);

  it('random multi-party cases: complaint (both styles), 催款函, 支付令', () => {
    fc.assert(fc.property(gen, (g) => {
      const text = caseText(g).replace('  证据 借条', '  请求 本金\n  请求 利息\n  请求 保证责任 乙\n  请求 保证责任 丙\n  请求 保证责任 丁\n  请求 诉讼费用\n  证据 借条');
      const a = run(text);
      if (a.diagnostics.some((x) => x.severity === 'error')) return;
      const report = a.cases[0] as CaseReport;
      const owes = new Set(report.debtors.flatMap((x) => x.loans.map((o) => `${x.name}|${o.loan}`)));
      const loans = report.loans.map((l) => l.name);
      for (const [kind, style] of [['complaint', 'traditional'], ['complaint', 'element'], ['demand-letter', 'element'], ['payment-order', 'element']] as const) {
        let d: LegalDocument;
        try { d = buildDocument(a, 0, { kind, style }); } catch (e) { if (isDocumentRefused(e)) continue; throw e; }
        for (const [n, loan] of namedOwing(d, loans)) assert.ok(owes.has(`${n}|${loan}`), `${kind}: ${n} named as owing ${loan}\n${text}\n${lines(d).join('\n')}`);
        if (kind === 'demand-letter') {
          for (const l of lines(d).filter((x) => /^(致：|　　)\S+（地址/.test(x))) {
            const n = /^(?:致：|　　)(\S+?)（地址/.exec(l)![1];
            assert.ok(report.debtors.some((x) => x.name === n), `letter addressed to ${n}, who owes nothing`);
          }
        }
      }
    }), { numRuns: 80 });
  });
});
