/** Completion and navigation over stdio: the built server, a samples/ file that `引用`s shared/lender.debt. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  CompletionRequest, DefinitionRequest, ReferencesRequest, DocumentHighlightRequest, PrepareRenameRequest, RenameRequest,
  DocumentSymbolRequest, WorkspaceSymbolRequest, FoldingRangeRequest, SelectionRangeRequest, CompletionItem, Location,
  DocumentSymbol, WorkspaceEdit, SymbolInformation, ServerCapabilities,
} from 'vscode-languageserver-protocol/node';
import { Client } from './client';

const SAMPLES = path.resolve(__dirname, '../../../../samples');
const COMPANY = pathToFileURL(path.join(SAMPLES, 'company-installments.debt')).href;
const LENDER = pathToFileURL(path.join(SAMPLES, 'shared/lender.debt')).href;
const td = { uri: COMPANY };
const r = (a: number, b: number, c: number, d: number) => ({ start: { line: a, character: b }, end: { line: c, character: d } });

describe('language server over stdio: completion and navigation', function () {
  this.timeout(20000);
  let client: Client;
  let caps: ServerCapabilities;

  before(async () => {
    client = new Client();
    caps = await client.start('zh-cn', {}, [{ uri: pathToFileURL(SAMPLES).href, name: 'samples' }]);
    await client.open(COMPANY, fs.readFileSync(path.join(SAMPLES, 'company-installments.debt'), 'utf8'));
  });
  after(async () => client.stop());

  it('declares each provider', () => {
    assert.ok(caps.completionProvider && caps.definitionProvider && caps.referencesProvider && caps.documentHighlightProvider);
    assert.deepStrictEqual(caps.renameProvider, { prepareProvider: true });
    assert.ok(caps.documentSymbolProvider && caps.workspaceSymbolProvider && caps.foldingRangeProvider && caps.selectionRangeProvider);
  });

  it('completion: methods after a delivery amount, with pinyin filter texts', async () => {
    // Line 22 (0-based 21) `    交付 2024-01-16 300,000.00元 转账 证据 银行回单一` — at character 30, just after the amount and its space.
    const items = await client.conn.sendRequest(CompletionRequest.type, { textDocument: td, position: { line: 21, character: 30 } }) as CompletionItem[];
    assert.deepStrictEqual(items.slice(0, 7).map((i) => i.label), ['转账', '现金', '微信', '支付宝', '票据', '其他', '证据']);
    assert.strictEqual(items.find((i) => i.label === '逾期利率')?.filterText, '逾期利率 yqll yuqililv overdue-interest');
  });

  it('definition: the lender goes to the used file; the 引用 path to that file', async () => {
    const d = await client.conn.sendRequest(DefinitionRequest.type, { textDocument: td, position: { line: 16, character: 12 } }) as Location[];
    assert.deepStrictEqual(d, [{ uri: LENDER, range: r(2, 4, 2, 14) }]);
    const use = await client.conn.sendRequest(DefinitionRequest.type, { textDocument: td, position: { line: 2, character: 8 } }) as Location[];
    assert.deepStrictEqual(use, [{ uri: LENDER, range: r(0, 0, 0, 0) }]);
  });

  it('references and highlight of a defendant', async () => {
    const refs = await client.conn.sendRequest(ReferencesRequest.type, { textDocument: td, position: { line: 11, character: 6 }, context: { includeDeclaration: false } }) as Location[];
    assert.deepStrictEqual(refs.map((l) => l.range), [r(17, 8, 17, 10), r(33, 8, 33, 10), r(43, 18, 43, 20)]);
    const h = await client.conn.sendRequest(DocumentHighlightRequest.type, { textDocument: td, position: { line: 11, character: 6 } });
    assert.deepStrictEqual(h!.map((x) => x.kind), [3, 2, 2, 2]);
  });

  it('rename: refused on a keyword with a message; edits in both files for the shared lender', async () => {
    await assert.rejects(client.conn.sendRequest(PrepareRenameRequest.type, { textDocument: td, position: { line: 16, character: 5 } }), /不是可重命名的名称/);
    const ok = await client.conn.sendRequest(PrepareRenameRequest.type, { textDocument: td, position: { line: 16, character: 9 } });
    assert.deepStrictEqual(ok, { range: r(16, 8, 16, 18), placeholder: '杭州某某商贸有限公司' });
    const edit = await client.conn.sendRequest(RenameRequest.type, { textDocument: td, position: { line: 16, character: 9 }, newName: '杭州某某贸易有限公司' }) as WorkspaceEdit;
    assert.deepStrictEqual(Object.keys(edit.changes!).sort(), [COMPANY, LENDER].sort());
    assert.deepStrictEqual(edit.changes![LENDER].map((e) => e.range), [r(2, 4, 2, 14), r(10, 54, 10, 64)]);
    await assert.rejects(client.conn.sendRequest(RenameRequest.type, { textDocument: td, position: { line: 16, character: 9 }, newName: '借款' }), /关键字/);
  });

  it('document symbols, workspace symbols, folding and selection ranges', async () => {
    const symbols = await client.conn.sendRequest(DocumentSymbolRequest.type, { textDocument: td }) as DocumentSymbol[];
    assert.deepStrictEqual(symbols.map((s) => s.name), ['引用 shared/lender.debt', '杭州某某商贸有限公司诉刘洋、赵敏借款合同纠纷']);
    let found: SymbolInformation[] = [];
    for (let i = 0; i < 50 && !found.some((s) => s.name === '张三'); i++) {
      // The workspace index is read after `initialized`, in the background.
      found = await client.conn.sendRequest(WorkspaceSymbolRequest.type, { query: 'zs' }) as SymbolInformation[];
      if (!found.some((s) => s.name === '张三')) await new Promise((res) => setTimeout(res, 100));
    }
    assert.ok(found.some((s) => s.name === '张三' && s.location.uri.endsWith('/samples/loan-basic.debt')));
    const folds = await client.conn.sendRequest(FoldingRangeRequest.type, { textDocument: td });
    // The case block opens on line 4 (0-based) and closes on the file's last line.
    assert.ok(folds!.some((f) => f.startLine === 4 && f.kind === undefined));
    const sel = await client.conn.sendRequest(SelectionRangeRequest.type, { textDocument: td, positions: [{ line: 11, character: 6 }] });
    // 刘洋 (11:5-11:7), then the item `被告 刘洋 { … }` from 11:2.
    assert.deepStrictEqual([sel![0].range, sel![0].parent!.range.start], [r(11, 5, 11, 7), { line: 11, character: 2 }]);
  });
});
