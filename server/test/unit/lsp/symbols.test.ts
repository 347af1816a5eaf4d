/** Document symbols (the outline) of samples/loan-basic.debt, and workspace symbols by substring and pinyin initials. */
import * as assert from 'assert';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver/node';
import { documentSymbols } from '../../../src/lsp/document-symbols';
import { matchesQuery, workspaceSymbols } from '../../../src/lsp/workspace-symbols';
import { SAMPLE_FILES, sampleUri, workspace } from './workspace-fixture';

const outline = (symbols: DocumentSymbol[], depth = ''): string[] => symbols.flatMap((s) => [
  `${depth}${s.name} | ${s.detail ?? ''} | ${s.kind} @${s.selectionRange.start.line}`, ...outline(s.children ?? [], depth + '  '),
]);

function inside(outer: DocumentSymbol['range'], inner: DocumentSymbol['range']): boolean {
  const le = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

describe('document symbols', () => {
  const ws = workspace({}, SAMPLE_FILES);

  it('loan-basic: case → parties, agent, loan → delivery, events with dates, evidence, claims', () => {
    // Lines (0-based) and figures as written in samples/loan-basic.debt: 金额 5万元 = 50,000.00元; 交付 50,000元; 还款 3000元.
    assert.deepStrictEqual(outline(documentSymbols(ws.analysis(sampleUri('loan-basic.debt'))!, 'zh')), [
      `张三诉李四民间借贷纠纷 | 起诉日 2026年12月1日 | ${SymbolKind.Namespace} @2`,
      `  张三 | 原告 | ${SymbolKind.Object} @6`,
      `  李四 | 被告 | ${SymbolKind.Object} @16`,
      `  北京某某科技有限公司 | 被告 | ${SymbolKind.Class} @22`,
      `  赵六 | 代理人 | ${SymbolKind.Interface} @29`,
      `  借款一 | 50,000.00元 | ${SymbolKind.Struct} @31`,
      `    交付 2023年1月10日 | 50,000.00元 | ${SymbolKind.Field} @37`,
      `  还款 2023年7月10日 | 3,000.00元 | ${SymbolKind.Event} @43`,
      `  催收 2025年6月1日 | 李四 | ${SymbolKind.Event} @44`,
      `  催收 2024年5月20日 | 北京某某科技有限公司 | ${SymbolKind.Event} @45`,
      `  借条 | 证据 | ${SymbolKind.File} @47`,
      `  转账凭证 | 证据 | ${SymbolKind.File} @48`,
      `  还款记录 | 证据 | ${SymbolKind.File} @49`,
      `  微信聊天记录 | 证据 | ${SymbolKind.File} @50`,
      `  律师函及邮寄凭证 | 证据 | ${SymbolKind.File} @51`,
      `  请求 本金 |  | ${SymbolKind.Constant} @53`,
      `  请求 利息 |  | ${SymbolKind.Constant} @54`,
      `  请求 保证责任 | 北京某某科技有限公司 | ${SymbolKind.Constant} @55`,
      `  请求 诉讼费用 |  | ${SymbolKind.Constant} @56`,
    ]);
  });

  it('English labels; instalments under their loan; a file of declarations lists them; every child lies in its parent', () => {
    const company = documentSymbols(ws.analysis(sampleUri('company-installments.debt'))!, 'en');
    assert.strictEqual(company[0].name, 'use shared/lender.debt');
    const loan = company[1].children!.find((s) => s.name === '经营借款')!;
    assert.deepStrictEqual(loan.children!.map((c) => `${c.name} ${c.detail}`), [
      'delivered 2024-01-16 300,000.00元', 'installment 2024-07-15 100,000.00元', 'installment 2025-01-15 100,000.00元', 'installment 2025-07-15 100,000.00元',
    ]);
    const shared = documentSymbols(ws.analysis(sampleUri('shared/lender.debt'))!, 'zh');
    assert.deepStrictEqual(shared.map((s) => `${s.name} ${s.detail}`), ['杭州某某商贸有限公司 当事人', '孙律师 代理人']);
    const check = (list: DocumentSymbol[]) => { for (const s of list) { assert.ok(inside(s.range, s.selectionRange), s.name); for (const c of s.children ?? []) assert.ok(inside(s.range, c.range), c.name); check(s.children ?? []); } };
    for (const uri of SAMPLE_FILES) check(documentSymbols(ws.analysis(uri)!, 'zh'));
  });
});

describe('workspace symbols', () => {
  const ws = workspace({}, SAMPLE_FILES);

  it('matches by substring and by pinyin initials or full pinyin', () => {
    assert.ok(matchesQuery('张三', 'zs'));
    assert.ok(matchesQuery('张三', 'zhangsan'));
    assert.ok(matchesQuery('杭州某某商贸有限公司', '商贸'));
    assert.ok(matchesQuery('WangVsChen', 'vschen'));
    assert.ok(!matchesQuery('李四', 'zs'));
  });

  it('finds declarations in every file, with the case they belong to', () => {
    const found = workspaceSymbols(ws, 'zs').map((s) => `${s.name}|${s.containerName ?? ''}|${s.location.uri.slice(s.location.uri.lastIndexOf('/') + 1)}`);
    assert.ok(found.includes('张三|张三诉李四民间借贷纠纷|loan-basic.debt'), found.join(' '));
    assert.ok(found.every((f) => f.split('|')[0] !== '李四'));
    const lender = workspaceSymbols(ws, '杭州某某商贸');
    // The 当事人 declaration (shared file) and the company case, whose name contains it; the case's `原告` is a reference.
    assert.deepStrictEqual(lender.map((s) => [s.name, s.kind]).sort(), [
      ['杭州某某商贸有限公司', SymbolKind.Object], ['杭州某某商贸有限公司诉刘洋、赵敏借款合同纠纷', SymbolKind.Namespace],
    ]);
  });
});
