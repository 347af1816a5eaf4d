/**
 * Hover: keywords with their articles, rates against the cap (rules.md §2–§3, examples 1–3), names, dates with the
 * official calendar and the limitation period (rules.md example 2), amounts in 大写 (nzh), diagnostics' articles.
 */
import * as assert from 'assert';
import Decimal from 'decimal.js';
import { K } from '../../../src/core/syntax/tokens';
import { article, documentedConcepts, keywordDoc } from '../../../src/core/keyword-docs';
import { defaultSettings } from '../../../src/core/settings';
import { amountInWords, dayDescription, hoverAt, HoverOptions } from '../../../src/lsp/hover';
import { at, Doc, inline, sample } from './hover-fixtures';

const zh: HoverOptions = { locale: 'zh', settings: defaultSettings };
const en: HoverOptions = { locale: 'en', settings: defaultSettings };
function hover(doc: Doc, needle: string, lineHint?: string, nth = 0, o: HoverOptions = zh): string {
  return hoverAt(doc.analysis, doc.text, at(doc, needle, lineHint, nth), o)?.markdown ?? '';
}

describe('keyword docs (server/data/keyword-docs.json)', () => {
  it('has an entry for every keyword concept of tokens.ts, and no other', () => {
    assert.deepStrictEqual(documentedConcepts().sort(), Object.keys(K).sort());
  });
  it('every entry has a Chinese and an English line, and every citation id is an article of citations.json', () => {
    for (const concept of Object.keys(K)) {
      const d = keywordDoc(concept)!;
      assert.ok(d.zh.length > 0 && d.en.length > 0, concept);
      for (const id of d.citations) assert.ok(article(id), `${concept}: ${id}`);
    }
  });
});

describe('hover', () => {
  const basic = sample('loan-basic.debt');
  const pre2020 = sample('pre-2020-contract.debt');

  it('on a keyword: one line of meaning and the full text of its articles', () => {
    const h = hover(basic, '逾期利率', '18%/年');
    assert.ok(h.startsWith('逾期利率：从其约定，但以合同成立时一年期LPR四倍为限。'), h);
    assert.ok(h.includes('**民间借贷规定第28条**'));
    assert.ok(h.includes('> 第二十八条 借贷双方对逾期利率有约定的，从其约定，但是以不超过合同成立时一年期贷款市场报价利率四倍为限。'));
    assert.ok(hover(basic, '逾期利率', '18%/年', 0, en).startsWith('Overdue interest rate: as agreed'));
  });

  it('on a rate after 2020-08-20: annualised, 4 × the LPR at formation with its publication date, the article', () => {
    // Formation 2023-01-10 (first delivery between natural persons, 民法典第679条); lpr_on(2023-01-10) = 3.65 %
    // published 2022-12-20; cap 4 × 3.65 = 14.60 % — the report's capRate.
    const h = hover(basic, '12%');
    assert.strictEqual(basic.analysis.cases[0].loans[0].capRate, '14.60');
    assert.ok(h.startsWith('**12%/年** · 年化 12.00%'), h);
    assert.ok(h.includes('一年期LPR 3.65%（2022年12月20日发布）× 4 = 上限 **14.60%**'), h);
    assert.ok(h.includes('年化 12.00% 未超过上限 14.60%'));
    assert.ok(h.includes('> 第二十五条 出借人请求借款人按照合同约定利率支付利息的'));
    const overdue = hover(basic, '18%', '18%/年');
    assert.ok(overdue.includes('年化 18.00% 超过上限 14.60%，超过部分不予支持'), overdue);
    assert.ok(overdue.includes('**民间借贷规定第28条**'));
    // The overdue rate's diagnostic (DEBT402) cites 第28条 too: quoted once, not twice.
    assert.strictEqual(overdue.split('**民间借贷规定第28条**').length, 2);
  });

  it('on a rate before 2020-08-20: both caps (rules.md example 2: 24 % then 4 × 3.85 % = 15.40 %)', () => {
    const h = hover(pre2020, '2%/月');
    assert.ok(h.startsWith('**2%/月** · 年化 24.00%（×12）'), h);
    assert.ok(h.includes('2020年8月19日前上限 **24.00%**（原告请求适用当时的司法解释）'), h);
    assert.ok(h.includes('自2020年8月20日起上限 **15.40%**（起诉时一年期LPR 3.85%，2020年12月21日发布，× 4）'), h);
    assert.ok(h.includes('**民间借贷规定第31条**') && h.includes('**2015年民间借贷规定第26条**'));
    assert.ok(!h.includes('**民间借贷规定第25条**'));
  });

  it('on a daily rate: annualised with the loan\'s day count (0.05 %/日 × 360 = 18 %)', () => {
    const doc = inline(`案件 x { 起诉日 2024-01-01 原告 甲 被告 乙
  借款 L { 出借人 甲 借款人 乙 交付 2023-01-10 10000元 到期 2023-06-30 利率 0.05%/日 计息天数 360 } }`);
    assert.ok(hover(doc, '0.05%').startsWith('**0.05%/日** · 年化 18.00%（×360）'));
  });

  it('on a party, a loan and an evidence item: their summaries, the loan\'s figures equal to the report', () => {
    const party = hover(basic, '北京某某科技有限公司', '保证人');
    const r = basic.analysis.cases[0].loans[0];
    // Then what the guarantor owes (spec §8.1): the loan's outstanding principal and interest (no penalty or fees
    // outstanding here), 49,975.34 + 24,129.19 = 74,104.53; the period runs six months from the due date 2024-01-10.
    assert.deepStrictEqual([r.outstanding.penalty, r.outstanding.fees], ['0.00', '0.00']);
    assert.strictEqual(party, '**北京某某科技有限公司** · 被告 · 法人\n\n统一社会信用代码 91110108MA01ABCD1E  \n法定代表人 王五 总经理  \n住所 北京市海淀区某某路8号'
      + '\n\n**应负责任**（截至2026年12月1日）\n\n- 借款“借款一”：连带责任保证人：债务人到期不履行的，债权人可直接请求其承担保证责任（民法典第688条）；'
      + `范围：全部（本金、利息、违约金及实现债权的费用，民法典第691条）；保证期间至2024年7月10日。应付本金${fmt(r.outstanding.principal)}元，利息${fmt(r.outstanding.interest)}元，合计74,104.53元`
      + '\n\n同一借款的各债务人各自对全部（保证人在其范围内）负责，债权人就该借款只能受偿一次（民法典第178条、第518条）。');
    const loan = hover(basic, '借款一');
    assert.ok(loan.includes(`尚欠本金 ${fmt(r.outstanding.principal)}元`) && loan.includes(`尚欠利息 ${fmt(r.outstanding.interest)}元`), loan);
    // 50,000 delivered 2023-01-10; 3,000 repaid 2023-07-10 (民法典第561条: interest first) → outstanding 49,975.34 per the report.
    assert.strictEqual(r.outstanding.principal, '49975.34');
    assert.ok(loan.includes('本金 50,000.00元') && loan.includes('到期 2024年1月10日') && loan.includes('利率 12%/年'));
    const evidence = hover(basic, '转账凭证', '交付');
    assert.strictEqual(evidence, '**转账凭证** · 证据 · 转账记录\n\n证明 原告已实际交付借款  \n来源 中国工商银行');
  });

  it('a keyword written as a name is that name; the same word as a value is the keyword', () => {
    const doc = inline('案件 x { 起诉日 2024-01-01\n  证据 借条 { 类型 借条 原件 页数 2 }\n}');
    assert.strictEqual(hover(doc, '借条', '证据', 0), '**借条** · 证据 · 借条 · 原件\n\n页数 2');
    assert.ok(hover(doc, '借条', '证据', 1).startsWith('借条（借据）：债权凭证。'));
  });

  it('on a date: weekday and the official calendar (holiday, make-up working day, weekend)', () => {
    assert.strictEqual(dayDescription('2025-06-01', 'zh'), '2025年6月1日 · 星期日 · 法定节假日（端午）');
    assert.strictEqual(dayDescription('2026-01-04', 'zh'), '2026年1月4日 · 星期日 · 调休工作日（元旦）');
    assert.strictEqual(dayDescription('2023-01-10', 'zh'), '2023年1月10日 · 星期二 · 工作日');
    assert.strictEqual(dayDescription('2023-01-14', 'en'), '2023-01-14 · Saturday · weekend');
    assert.ok(hover(basic, '2025-06-01').startsWith('2025年6月1日 · 星期日 · 法定节假日（端午）'));
  });

  it('on the due date: the limitation period and why (rules.md example 2: 2019-09-04 → 2022-09-04, a Sunday → 2022-09-05)', () => {
    const h = hover(pre2020, '2019-09-04');
    const lim = pre2020.analysis.cases[0].loans[0].limitation;
    assert.strictEqual(lim.end, '2022-09-05');
    assert.ok(h.startsWith('2019年9月4日 · 星期三 · 工作日'), h);
    assert.ok(h.includes('**诉讼时效届满日 2022年9月5日**'), h);
    assert.ok(h.includes('起算：2019年9月4日（到期日），三年（民法典第188条）'));
    assert.ok(h.includes('期间末日 2022年9月4日 为法定休假日，顺延至休假日结束的次日（民法典第203条）'), h);
    // Interrupted by the demand of 2025-06-01 on the borrower: three years again → 2028-06-01 (the report's end).
    const b = hover(basic, '2024-01-10', '到期');
    assert.ok(b.includes('**诉讼时效届满日 2028年6月1日**') && b.includes('中断：2025年6月1日'), b);
  });

  it('on an amount: 大写 with nzh', () => {
    assert.ok(hover(basic, '5万元').startsWith('**50,000.00元**\n\n大写：人民币伍万元整'));
    assert.strictEqual(amountInWords(new Decimal('50000.5')), '人民币伍万元伍角整');
    assert.strictEqual(amountInWords(new Decimal('1000000.05')), '人民币壹佰万元零伍分');
    assert.strictEqual(amountInWords(new Decimal('282375.89')), '人民币贰拾捌万贰仟叁佰柒拾伍元捌角玖分');
    // A count is not money: 页数 2 has no 大写.
    assert.strictEqual(hover(inline('案件 x { 证据 e { 页数 2 } }'), '2'), '');
  });

  it('on a diagnostic\'s range: the full text of every article it cites', () => {
    const h = hover(pre2020, '孙丽诉周杰民间借贷纠纷', '案件');
    assert.ok(h.startsWith('**孙丽诉周杰民间借贷纠纷** · 案件'), h);
    assert.ok(h.includes('本息合计（标的额） 282,375.89元'));
    let checked = 0;
    for (const doc of [basic, pre2020]) {
      for (const d of doc.analysis.diagnostics) {
        if (d.uri !== doc.uri || d.citations.length === 0) continue;
        const text = hoverAt(doc.analysis, doc.text, d.range.start, zh)!.markdown;
        for (const id of d.citations) {
          const a = article(id);
          // The whole article, every paragraph quoted (or the id alone when statutes.md does not quote it).
          if (a) for (const para of a.text.split('\n')) assert.ok(text.includes(`> ${para}`), `${d.code} ${id}`);
          else assert.ok(text.includes(`**${id}**`), `${d.code} ${id}`);
          checked++;
        }
      }
    }
    assert.ok(checked >= 3, `${checked} citations checked`);
  });

  it('never throws on broken text, and every range lies inside the document', () => {
    const texts = ['案件 "x { 借款 L { 利率 12%/ 到期 2023-02-30 ', '/* open', '借款人 、、 { } }}} 2023年1月 ¥', ''];
    for (const text of texts) {
      const doc = inline(text);
      const lines = text.split('\n');
      for (let line = 0; line <= lines.length; line++) {
        for (let character = 0; character <= (lines[line]?.length ?? 0) + 1; character++) {
          const h = hoverAt(doc.analysis, text, { line, character }, zh);
          if (h?.range) assert.ok(h.range.end.line < lines.length && h.range.end.character <= lines[h.range.end.line].length);
        }
      }
    }
  });
});

function fmt(s: string): string {
  return new Decimal(s).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
