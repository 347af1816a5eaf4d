/**
 * Protocol tests: the built `dist/server.js --stdio`, spoken to over JSON-RPC like any LSP editor would.
 */
import * as assert from 'assert';
import {
  DidCloseTextDocumentNotification, DidChangeTextDocumentNotification, TextDocumentSyncKind,
} from 'vscode-languageserver-protocol/node';
import { Client } from './client';

describe('language server over stdio', function () {
  this.timeout(20000);
  let client: Client;
  let syncKind: unknown;

  before(async () => {
    client = new Client();
    const capabilities = await client.start('zh-cn');
    syncKind = (capabilities.textDocumentSync as { change?: number }).change;
  });
  after(async () => client.stop());

  it('declares incremental document sync', () => {
    assert.strictEqual(syncKind, TextDocumentSyncKind.Incremental);
  });

  it('publishes the impossible date with its exact range, code and Chinese message', async () => {
    const uri = 'file:///test/date.debt';
    const p = await client.open(uri, '案件 测试 {\n  起诉日 2023-02-30\n}\n');
    // The case also lacks a court and a filing date (DEBT601, DEBT608); this test is about the date.
    p.diagnostics = p.diagnostics.filter((d) => d.code === 'DEBT201');
    assert.deepStrictEqual(p.diagnostics.map((d) => [d.code, d.severity, d.range]), [
      ['DEBT201', 1, { start: { line: 1, character: 6 }, end: { line: 1, character: 16 } }],
    ]);
    assert.match(p.diagnostics[0].message, /2023-02-30.*不存在/);
    assert.strictEqual(p.diagnostics[0].source, 'debt');
  });

  it('reports a missing closing brace at the end of the file', async () => {
    const uri = 'file:///test/brace.debt';
    const p = await client.open(uri, '案件 测试 {\n  法院 北京市朝阳区人民法院\n  起诉日 2024-01-01\n');
    // Right after the last token (2024-01-01 ends line 2 at character 16), not past the final line break.
    assert.deepStrictEqual(p.diagnostics.map((d) => [d.code, d.range.start]), [['DEBT106', { line: 2, character: 16 }]]);
  });

  it('updates diagnostics after an incremental edit', async () => {
    const uri = 'file:///test/edit.debt';
    await client.open(uri, '案件 测试 {\n  起诉日 2023-02-30\n}\n');
    const next = client.next(uri);
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 14 }, end: { line: 1, character: 16 } }, text: '28' }],
    });
    const p = await next;
    assert.deepStrictEqual(p.diagnostics.filter((d) => d.code === 'DEBT201'), []);
  });

  it('survives random binary content and still answers', async () => {
    const bytes = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    const p = await client.open('file:///test/binary.debt', bytes);
    assert.ok(p.diagnostics.length > 0, 'garbage gets at least one diagnostic');
    const again = await client.open('file:///test/after.debt', '案件 测试 { 法院 北京市朝阳区人民法院 起诉日 2023-02-30 }');
    assert.deepStrictEqual(again.diagnostics.map((d) => d.code), ['DEBT608', 'DEBT201']);
  });

  it('clears the diagnostics of a closed document', async () => {
    const uri = 'file:///test/close.debt';
    await client.open(uri, '案件 测试 { 起诉日 2023-02-30 }');
    const next = client.next(uri);
    await client.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    assert.deepStrictEqual((await next).diagnostics, []);
  });
});

describe('language server in English', function () {
  this.timeout(20000);
  it('answers in English when the editor runs in English, with the statutes as related information', async () => {
    const client = new Client();
    await client.start('en');
    const p = await client.open('file:///test/en.debt', '案件 测试 { 起诉日 2024-01-01 }');
    const d = p.diagnostics.find((x) => x.code === 'DEBT601')!;
    assert.match(d.message, /^No court: loan disputes go to the court/);
    assert.deepStrictEqual(d.relatedInformation?.map((r) => r.message), ['Basis: 民诉法第24条、民间借贷规定第3条']);
    await client.stop();
  });
});

describe('language server with used files', function () {
  this.timeout(20000);
  it('an error typed into an open used file shows on the using file\'s `引用` line (DEBT221)', async () => {
    const client = new Client();
    await client.start('zh-cn');
    const lender = 'file:///test/use/lender.debt', main = 'file:///test/use/main.debt';
    await client.open(lender, '当事人 甲 { 法人 }');
    const first = await client.open(main, '引用 "lender.debt"\n案件 x { 法院 某法院 起诉日 2024-01-01 原告 甲 }');
    assert.deepStrictEqual(first.diagnostics.filter((d) => d.code === 'DEBT221'), []);
    const next = client.next(main);
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: lender, version: 2 }, contentChanges: [{ text: '当事人 甲 { 法人 出生 2023-02-30 }' }],
    });
    const p = await next;
    const d = p.diagnostics.find((x) => x.code === 'DEBT221')!;
    assert.deepStrictEqual(d.range, { start: { line: 0, character: 3 }, end: { line: 0, character: 16 } });
    assert.match(d.message, /引用的文件“lender.debt”中有 1 处错误/);
    await client.stop();
  });
});

describe('language server with pull diagnostics (LSP 3.17)', function () {
  this.timeout(20000);
  it('declares a diagnostic provider and answers textDocument/diagnostic, the same findings as a push, fresh after an edit', async () => {
    const client = new Client();
    const caps = await client.start('zh-cn', { textDocument: { diagnostic: { dynamicRegistration: false } } });
    assert.deepStrictEqual(caps.diagnosticProvider, { interFileDependencies: true, workspaceDiagnostics: false });
    const uri = 'file:///test/pull.debt';
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'debt', version: 1, text: '案件 测试 {\n  起诉日 2023-02-30\n}\n' } });
    const first = await client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { kind: string; items: { code: string; range: unknown }[] };
    assert.strictEqual(first.kind, 'full');
    assert.deepStrictEqual(first.items.filter((d) => d.code === 'DEBT201').map((d) => d.range), [{ start: { line: 1, character: 6 }, end: { line: 1, character: 16 } }]);
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 1, character: 14 }, end: { line: 1, character: 16 } }, text: '28' }],
    });
    const second = await client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { items: { code: string }[] };
    assert.ok(!second.items.some((d) => d.code === 'DEBT201'), 'the fixed date is no longer reported');
    await client.stop();
  });

  it('answers `unchanged` for the report the editor holds when an edit changed no finding (a comment typed), else a new full report', async () => {
    const client = new Client();
    await client.start('zh-cn', { textDocument: { diagnostic: { dynamicRegistration: false } } });
    const uri = 'file:///test/pull-ids.debt';
    await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'debt', version: 1, text: '案件 测试 {\n  起诉日 2023-02-30\n}\n' } });
    type Report = { kind: string; resultId: string; items?: { code: string }[] };
    const pull = (previousResultId?: string) => client.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, ...(previousResultId ? { previousResultId } : {}) }) as Promise<Report>;
    const first = await pull();
    assert.ok(first.resultId);
    const edit = async (version: number, line: number, text: string) => client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text }],
    });
    await edit(2, 3, '// 备注\n');
    assert.deepStrictEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
    await edit(3, 1, '  // 上面一行\n');
    const moved = await pull(first.resultId);
    assert.strictEqual(moved.kind, 'full', 'the date moved a line down: a new report');
    assert.notStrictEqual(moved.resultId, first.resultId);
    assert.deepStrictEqual(moved.items!.map((d) => d.code), first.items!.map((d) => d.code));
    await client.stop();
  });
});
