/** Definition, references and highlight: exact locations on samples/ (a file that `引用`s shared/lender.debt) and inline fixtures. */
import * as assert from 'assert';
import { DocumentHighlightKind } from 'vscode-languageserver/node';
import { definitionAt } from '../../../src/lsp/definition';
import { referencesAt } from '../../../src/lsp/references';
import { highlightsAt } from '../../../src/lsp/document-highlight';
import { at, SAMPLE_FILES, sampleUri, workspace } from './workspace-fixture';

const COMPANY = sampleUri('company-installments.debt');
const LENDER = sampleUri('shared/lender.debt');
const pos = (line: number, character: number) => ({ line, character });
const list = (locs: { uri: string; range: Parameters<typeof at>[0] }[]) =>
  locs.map((l) => `${l.uri.slice(l.uri.indexOf('/samples/') + 9)}@${at(l.range)}`).sort();

describe('navigation: definition', () => {
  const ws = workspace({}, SAMPLE_FILES);

  it('a lender named in a case goes to the 当事人 declared in the used file', () => {
    // company-installments.debt line 17 `    出借人 杭州某某商贸有限公司` (0-based 16, name at 8..18);
    // shared/lender.debt line 3 `当事人 杭州某某商贸有限公司 {` (0-based 2, name at 4..14).
    assert.deepStrictEqual(list(definitionAt(ws.analysis(COMPANY)!, pos(16, 12))), ['shared/lender.debt@2:4-2:14']);
  });

  it('an evidence reference goes to its declaration later in the case', () => {
    // line 22 `    交付 2024-01-16 300,000.00元 转账 证据 银行回单一`: 银行回单一 at 36..41; declared line 49 `  证据 银行回单一 {` at 5..10.
    assert.deepStrictEqual(list(definitionAt(ws.analysis(COMPANY)!, pos(21, 38))), ['company-installments.debt@48:5-48:10']);
  });

  it('the 引用 path goes to the used file', () => {
    // line 3 `引用 "shared/lender.debt"`: the string spans 3..23.
    const d = definitionAt(ws.analysis(COMPANY)!, pos(2, 10));
    assert.deepStrictEqual(d.map((l) => [l.uri, at(l.range)]), [[LENDER, '0:0-0:0']]);
  });

  it('a keyword, a date and an amount have no definition', () => {
    const a = ws.analysis(COMPANY)!;
    assert.deepStrictEqual([definitionAt(a, pos(16, 5)), definitionAt(a, pos(21, 10)), definitionAt(a, pos(21, 22))], [[], [], []]);
  });

  it('a repayment\'s loan goes to the loan', () => {
    const text = '案件 甲 {\n  借款 一号 { 交付 2023-01-01 1000元 }\n  还款 2023-02-01 100元 借款 一号\n}\n';
    const uri = 'file:///w/a.debt';
    const w = workspace({ [uri]: text });
    // `  还款 2023-02-01 100元 借款 一号`: 一号 at 2+2+1+10+1+4+1+2+1 = 24..26; declared at line 1, 5..7.
    assert.deepStrictEqual(definitionAt(w.analysis(uri)!, pos(2, 25)).map((l) => at(l.range)), ['1:5-1:7']);
  });
});

describe('navigation: references and highlight', () => {
  const ws = workspace({}, SAMPLE_FILES);

  it('a defendant: declaration and every reference in the case', () => {
    // 刘洋: declared line 12 `  被告 刘洋 {` (5..7); borrower of both loans (lines 18 and 34, at 8..10); demanded of on line 44 (18..20).
    assert.deepStrictEqual(list(referencesAt(ws, COMPANY, pos(11, 6), true)), [
      'company-installments.debt@11:5-11:7', 'company-installments.debt@17:8-17:10',
      'company-installments.debt@33:8-33:10', 'company-installments.debt@43:18-43:20',
    ]);
    assert.deepStrictEqual(list(referencesAt(ws, COMPANY, pos(11, 6), false)).length, 3);
  });

  it('the shared lender: found in the declaring file and in the file that uses it, from either side', () => {
    const expected = [
      'company-installments.debt@16:8-16:18', 'company-installments.debt@32:8-32:18', 'company-installments.debt@8:5-8:15',
      // lender.debt line 11: `代理人 孙律师 { 律所 "浙江某某律师事务所" 电话 13700000000 代理权限 特别授权 委托人 ` is 54 characters.
      'shared/lender.debt@10:54-10:64', 'shared/lender.debt@2:4-2:14',
    ];
    assert.deepStrictEqual(list(referencesAt(ws, LENDER, pos(2, 5), true)), expected);
    assert.deepStrictEqual(list(referencesAt(ws, COMPANY, pos(32, 9), true)), expected);
    assert.deepStrictEqual(list(referencesAt(ws, COMPANY, pos(32, 9), false)), expected.filter((e) => e !== 'shared/lender.debt@2:4-2:14'));
  });

  it('highlight: the declaration is written, references read', () => {
    const h = highlightsAt(ws.analysis(COMPANY)!, pos(43, 19));
    assert.deepStrictEqual(h.map((x) => [at(x.range), x.kind]), [
      ['11:5-11:7', DocumentHighlightKind.Write], ['17:8-17:10', DocumentHighlightKind.Read],
      ['33:8-33:10', DocumentHighlightKind.Read], ['43:18-43:20', DocumentHighlightKind.Read],
    ]);
  });

  it('names are scoped to their case: the same name in two cases are two things', () => {
    const uri = 'file:///w/two.debt';
    const text = '案件 甲 { 被告 李四 {} 借款 A { 借款人 李四 } }\n案件 乙 { 被告 李四 {} 借款 B { 借款人 李四 } }\n';
    const w = workspace({ [uri]: text });
    // Line 0: `案件 甲 { 被告 ` is 2+1+1+1+1+1+2+1 = 10 characters, so 李四 at 10..12; `李四 {} 借款 A { 借款人 ` adds
    // 2+1+2+1+2+1+1+1+1+1+3+1 = 17: the borrower at 27..29.
    assert.deepStrictEqual(referencesAt(w, uri, pos(0, 10), true).map((l) => at(l.range)), ['0:10-0:12', '0:27-0:29']);
  });

  it('an undefined name highlights its other uses in the case', () => {
    const uri = 'file:///w/undef.debt';
    const w = workspace({ [uri]: '案件 甲 { 催收 2023-01-01 向 王五\n 确认 2023-02-01 由 王五 }' });
    // `案件 甲 { 催收 2023-01-01 向 ` is 2+1+1+1+1+1+2+1+10+1+1+1 = 23 characters; ` 确认 2023-02-01 由 ` is 1+2+1+10+1+1+1 = 17.
    assert.deepStrictEqual(highlightsAt(w.analysis(uri)!, pos(0, 23)).map((x) => at(x.range)), ['0:23-0:25', '1:17-1:19']);
    assert.deepStrictEqual(definitionAt(w.analysis(uri)!, pos(0, 23)), []);
  });
});
