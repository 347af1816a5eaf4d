/** Code lenses per case: the complaint commands, the claim amount (report claimAmount) and the limitation end. */
import * as assert from 'assert';
import { codeLenses } from '../../../src/lsp/code-lens';
import { lineIndexOf } from '../../../src/lsp/locate';
import { Doc, inline, sample } from './hover-fixtures';

function lenses(doc: Doc, locale: 'zh' | 'en' = 'zh') {
  return codeLenses(doc.analysis, lineIndexOf(doc.analysis, doc.text), locale);
}

describe('code lens', () => {
  it('rules.md example 2: preview, generate, 本息合计 ¥282,375.89, 时效届满 2022-09-05, on the case name', () => {
    const doc = sample('pre-2020-contract.debt');
    const ls = lenses(doc);
    assert.deepStrictEqual(ls.map((l) => [l.command!.title, l.command!.command, l.command!.arguments]), [
      ['预览起诉状', 'debt.openPreview', [doc.uri, '孙丽诉周杰民间借贷纠纷']],
      ['生成起诉状', 'debt.generateComplaint', [doc.uri, '孙丽诉周杰民间借贷纠纷']],
      ['生成文书', 'debt.generateDocument', [doc.uri, '孙丽诉周杰民间借贷纠纷']],
      // 200,000 + 82,375.89 (example 2) = the report's claimAmount.
      ['本息合计 ¥282,375.89', 'debt.showReport', [doc.uri]],
      ['时效届满 2022-09-05', '', undefined],
    ]);
    assert.strictEqual(doc.analysis.cases[0].claimAmount, '282375.89');
    for (const l of ls) assert.deepStrictEqual(l.range, { start: { line: 2, character: 3 }, end: { line: 2, character: 14 } });
  });

  it('a debtor\'s lawyer (代理人 for the defendant) gets the 答辩状 where the creditor\'s has the complaint (spec §8.4)', () => {
    const doc = sample('debtor-harassed-relatives.debt');
    assert.deepStrictEqual(lenses(doc).slice(0, 3).map((l) => [l.command!.title, l.command!.command, l.command!.arguments]), [
      ['预览答辩状', 'debt.openPreview', [doc.uri, '陈建国诉刘洋民间借贷纠纷', 'element', 'defence']],
      ['生成答辩状', 'debt.generateDocument', [doc.uri, '陈建国诉刘洋民间借贷纠纷', { kind: 'defence' }]],
      ['生成文书', 'debt.generateDocument', [doc.uri, '陈建国诉刘洋民间借贷纠纷']],
    ]);
    assert.deepStrictEqual(lenses(doc, 'en').slice(0, 2).map((l) => l.command!.title), ['Preview defence', 'Generate defence']);
  });

  it('the earliest end among the loans; 已届满 once a loan\'s period has lapsed on the filing date', () => {
    const two = inline(`案件 甲诉乙 {
  起诉日 2024-06-03
  原告 甲
  被告 乙
  借款 A { 出借人 甲 借款人 乙 交付 2022-01-10 1000元 到期 2022-06-30 }
  借款 B { 出借人 甲 借款人 乙 交付 2022-01-10 1000元 到期 2022-03-31 }
  请求 本金
}`);
    // Only the principal is claimed: 1,000 + 1,000 = 2,000.00. A: 2022-06-30 + 3y = 2025-06-30 (Monday); B: 2022-03-31 + 3y = 2025-03-31 (Monday) — the earlier.
    assert.deepStrictEqual(lenses(two).map((l) => l.command!.title).slice(3), ['本息合计 ¥2,000.00', '时效届满 2025-03-31']);
    const lapsed = inline(two.text.replace('2024-06-03', '2025-04-01'));
    assert.deepStrictEqual(lenses(lapsed).map((l) => l.command!.title)[4], '时效已届满');
    assert.deepStrictEqual(lenses(two, 'en').map((l) => l.command!.title), ['Preview complaint', 'Generate complaint', 'Generate document', 'Claim ¥2,000.00', 'Limitation ends 2025-03-31']);
  });

  it('one set per case; no limitation lens when the start is unknown; broken files do not throw', () => {
    const doc = inline('案件 a { 起诉日 2024-01-01 }\n案件 b { 起诉日 2024-01-01 }');
    assert.deepStrictEqual(lenses(doc).map((l) => `${l.range.start.line}:${l.command!.title}`), [
      '0:预览起诉状', '0:生成起诉状', '0:生成文书', '0:本息合计 ¥0.00', '1:预览起诉状', '1:生成起诉状', '1:生成文书', '1:本息合计 ¥0.00',
    ]);
    for (const text of ['案件', '案件 { 借款', '}}} 案件 "x']) lenses(inline(text));
  });
});
