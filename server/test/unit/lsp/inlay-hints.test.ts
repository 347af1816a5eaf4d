/**
 * Inlay hints: loan totals equal to the report (rules.md example 2 by hand), rates against the cap, the limitation
 * period's last day after 到期 and after each interrupting event, the switches and the requested range.
 */
import * as assert from 'assert';
import { defaultSettings } from '../../../src/core/settings';
import { Hint, HintOptions, hintsIn, hintSwitches } from '../../../src/lsp/inlay-hints';
import { lineIndexOf } from '../../../src/lsp/locate';
import { Doc, inline, sample } from './hover-fixtures';

const all: HintOptions = { locale: 'zh', settings: defaultSettings, loanTotals: true, rates: true, limitation: true };

function hints(doc: Doc, o: HintOptions = all, from = 0, to = doc.text.length): (Hint & { line: number; character: number })[] {
  const index = lineIndexOf(doc.analysis, doc.text);
  return hintsIn(doc.analysis, index, from, to, o).map((h) => ({ ...h, ...index.position(h.offset) }));
}
const brief = (hs: ReturnType<typeof hints>) => hs.map((h) => `${h.line}:${h.character} ${h.label}`);

describe('inlay hints', () => {
  it('rules.md example 2 (pre-2020 contract): totals, the rate against both caps, the limitation end', () => {
    const doc = sample('pre-2020-contract.debt');
    // Interest 24,197.26 + 46,027.40 + 12,151.23 = 82,375.89 to 2021-01-10; + principal 200,000 = 282,375.89.
    // 2%/月 × 12 = 24 %; caps 24 % (to 2020-08-19) and 4 × 3.85 % = 15.40 %. Due 2019-09-04 + 3 years = 2022-09-04,
    // a Sunday → 2022-09-05 (民法典第203条).
    assert.deepStrictEqual(brief(hints(doc)), [
      '9:8 合计 282,375.89 = 利息 82,375.89 + 本金 200,000.00',
      '15:17 时效至2022年9月5日',
      '16:11 年化 24.00% · 上限 24.00% / 15.40%',
    ]);
    assert.strictEqual(doc.analysis.cases[0].claimAmount, '282375.89');
  });

  it('loan-basic: figures equal to the report; the demand on the borrower restarts the period, the one on the guarantor does not', () => {
    const doc = sample('loan-basic.debt');
    const r = doc.analysis.cases[0].loans[0];
    assert.deepStrictEqual([r.outstanding.principal, r.outstanding.interest, doc.analysis.cases[0].claimAmount], ['49975.34', '24129.19', '74104.53']);
    // Due 2024-01-10 + 3 years = 2027-01-10, a Sunday → 2027-01-11; the demand of 2025-06-01 on 李四 → 2028-06-01
    // (a Thursday), the report's end. The demand of 2024-05-20 on the guarantor is not an interruption (no hint).
    assert.strictEqual(r.limitation.end, '2028-06-01');
    assert.deepStrictEqual(brief(hints(doc)), [
      '31:8 合计 74,104.53 = 利息 24,129.19 + 本金 49,975.34',
      // At the due date the end the case stands on (after the demand), not the superseded 2027-01-11 (issue 19).
      '38:17 时效至2028年6月1日（经中断）',
      '39:12 年化 12.00% · 上限 14.60%',
      '40:14 年化 18.00% · 上限 14.60%',
      '44:15 时效至2028年6月1日',
    ]);
  });

  it('the loan hint\'s tooltip holds the schedule rows of the report', () => {
    const doc = sample('pre-2020-contract.debt');
    const tip = hints(doc)[0].tooltip;
    assert.ok(tip.includes('| 2019-03-05 | 2019-09-04 | 184 | 200,000.00元 | 24.00% | 借期内 | 24,197.26元 |'), tip);
    assert.ok(tip.includes('| 2019-09-05 | 2020-08-19 | 350 | 200,000.00元 | 24.00% | 逾期 | 46,027.40元 |'));
    assert.ok(tip.includes('| 2020-08-20 | 2021-01-10 | 144 | 200,000.00元 | 15.40% | 逾期 | 12,151.23元 |'));
    // Thereafter 200,000 × 15.4 % / 365 = 84.38 a day (rules.md example 2).
    assert.ok(tip.includes('每日 84.38元'), tip);
    const rateTip = hints(doc).find((h) => h.kind === 'rate')!.tooltip;
    assert.ok(rateTip.includes('借期内') && !rateTip.includes('| 逾期 |'), 'the rate hint shows its own rows only');
  });

  it('a repayment and an acknowledgement that interrupt each get the restarted end; a rate equal to the cap shows no cap', () => {
    const doc = inline(`案件 x {
  起诉日 2026-03-02
  原告 甲
  被告 乙
  借款 L { 出借人 甲 借款人 乙 交付 2022-03-01 10000元 到期 2022-09-01 利率 14.6% }
  还款 2023-02-01 500元
  确认 2024-03-01 由 乙
}`);
    // Formed 2022-03-01: lpr_on = 3.70 % (published 2022-02-21) → cap 14.80 %, which differs from 14.6 %: shown.
    // 2022-09-01 + 3y = 2025-09-01 (Monday); repayment 2023-02-01 → 2026-02-01 (Sunday) → 2026-02-02;
    // acknowledgement 2024-03-01 → 2027-03-01 (Monday; 2027 calendar unknown: weekends only).
    assert.deepStrictEqual(brief(hints(doc, { ...all, loanTotals: false })), [
      '4:55 时效至2027年3月1日（经中断）',
      '4:64 年化 14.60% · 上限 14.80%',
      '5:15 时效至2026年2月2日（后已中断）',
      '6:15 时效至2027年3月1日',
    ]);
    assert.strictEqual(doc.analysis.cases[0].loans[0].limitation.end, '2027-03-01');
    const atCap = inline(doc.text.replace('14.6%', '14.8%'));
    assert.deepStrictEqual(hints(atCap, { ...all, loanTotals: false, limitation: false }).map((h) => h.label), ['年化 14.80%']);
  });

  it('each kind can be switched off (debt.inlayHints.*), and only hints inside the requested range are given', () => {
    const doc = sample('loan-basic.debt');
    assert.deepStrictEqual(hintSwitches({ inlayHints: { rates: false } }), { loanTotals: true, rates: false, limitation: true });
    assert.deepStrictEqual(hintSwitches({}), { loanTotals: true, rates: true, limitation: true });
    assert.deepStrictEqual(hints(doc, { ...all, loanTotals: false, limitation: false }).map((h) => h.kind), ['rate', 'rate']);
    assert.deepStrictEqual(hints(doc, { ...all, rates: false, limitation: false }).map((h) => h.kind), ['loan']);
    assert.deepStrictEqual(hints(doc, { ...all, rates: false, loanTotals: false }).map((h) => h.kind), ['limitation', 'limitation']);
    const index = lineIndexOf(doc.analysis, doc.text);
    const from = index.offset({ line: 39, character: 0 }), to = index.offset({ line: 41, character: 0 });
    assert.deepStrictEqual(brief(hints(doc, all, from, to)), ['39:12 年化 12.00% · 上限 14.60%', '40:14 年化 18.00% · 上限 14.60%']);
  });

  it('English labels', () => {
    const doc = sample('pre-2020-contract.debt');
    assert.deepStrictEqual(hints(doc, { ...all, locale: 'en' }).map((h) => h.label), [
      'total 282,375.89 = interest 82,375.89 + principal 200,000.00', 'limitation to 2022-09-05', 'annual 24.00% · cap 24.00% / 15.40%',
    ]);
  });

  it('broken files give hints without throwing, all inside the document', () => {
    for (const text of ['案件 x { 借款 L { 交付 2023-01-01 100元 到期 ', '借款 L { 利率 12% }', '案件 { 借款 { } 还款 }']) {
      const doc = inline(text);
      for (const h of hints(doc)) assert.ok(h.offset >= 0 && h.offset <= text.length);
    }
  });
});
