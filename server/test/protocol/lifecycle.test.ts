/**
 * The LSP lifecycle and cancellation over stdio (lsp/lifecycle.ts): ServerNotInitialized before `initialize`,
 * InvalidRequest for a second `initialize` and after `shutdown`, RequestCancelled for a cancelled request (queued
 * behind a long one, or a document being rendered).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CancellationTokenSource, ResponseError, ShutdownRequest, InitializeRequest, ExitNotification } from 'vscode-languageserver-protocol/node';
import { Client } from './client';

const SPEC = fs.readFileSync(path.resolve(__dirname, '../../../../server/test/fixtures/spec-example.debt'), 'utf8');

async function errorOf(p: Promise<unknown>): Promise<number | 'answered'> {
  try { await p; return 'answered'; } catch (e) { return (e as ResponseError<unknown>).code; }
}

describe('LSP lifecycle and cancellation', function () {
  this.timeout(120000);

  it('a request before initialize gets ServerNotInitialized (-32002); initialize then works', async () => {
    const c = new Client();
    try {
      const code = await errorOf(c.conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///x.debt' }, position: { line: 0, character: 0 } }));
      assert.strictEqual(code, -32002);
      const caps = await c.start('zh-cn');
      assert.ok(caps.hoverProvider);
    } finally { await c.stop(); }
  });

  it('a second initialize gets InvalidRequest (-32600); after shutdown every request gets InvalidRequest', async () => {
    const c = new Client();
    await c.start('zh-cn');
    assert.strictEqual(await errorOf(c.conn.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities: {} })), -32600);
    await c.conn.sendRequest(ShutdownRequest.type);
    assert.strictEqual(await errorOf(c.conn.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///x.debt' }, position: { line: 0, character: 0 } })), -32600);
    assert.strictEqual(await errorOf(c.conn.sendRequest(ShutdownRequest.type)), -32600);
    const exited = new Promise<number | null>((resolve) => c.proc.on('exit', (code) => resolve(code)));
    await c.conn.sendNotification(ExitNotification.type);
    // Exit after shutdown: code 0 (LSP: 0 when shutdown came first).
    assert.strictEqual(await exited, 0);
    c.conn.dispose();
  });

  it('a request cancelled while queued behind a long one is answered RequestCancelled (-32800), not run', async () => {
    const c = new Client();
    await c.start('zh-cn');
    try {
      const uri = 'file:///cases/big.debt';
      const big = Array.from({ length: 150 }, (_, i) => SPEC.replace('张三诉李四民间借贷纠纷', `案件${i}`)).join('\n');
      await c.open(uri, big);
      // A full outline of 150 cases after an edit takes the server well over the time the next two messages need to
      // arrive; the hover and its cancel then wait in the queue together.
      void c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: big + '\n' }] });
      const outline = c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      const source = new CancellationTokenSource();
      const hover = c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 3 } }, source.token);
      source.cancel();
      assert.strictEqual(await errorOf(hover), -32800);
      assert.strictEqual(await errorOf(outline), 'answered');
    } finally { await c.stop(); }
  });

  // A DOCX is now written in milliseconds (render-docx.ts), too fast to cancel on a timer while it renders: the cancel
  // follows the request at once and is seen either in the queue or at the server's yield between build and render.
  it('a document request cancelled right after it was sent is answered RequestCancelled, and the server goes on', async () => {
    const c = new Client();
    await c.start('zh-cn');
    try {
      const uri = 'file:///cases/spec.debt';
      const big = Array.from({ length: 150 }, (_, i) => SPEC.replace('张三诉李四民间借贷纠纷', `案件${i}`)).join('\n');
      await c.open(uri, big);
      // An edit first: the document request must analyse the 150 cases again, so it is still running when the cancel
      // (sent at once) is read at its yield between building and rendering — or both wait in the queue.
      void c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: big + '\n' }] });
      const source = new CancellationTokenSource();
      const doc = c.conn.sendRequest('debt/document', { uri, format: 'docx' }, source.token);
      source.cancel();
      assert.strictEqual(await errorOf(doc), -32800);
      // The server still answers afterwards.
      const again = await c.conn.sendRequest('debt/document', { uri, format: 'html' }) as { content: string };
      assert.ok(again.content.includes('民事起诉状'));
    } finally { await c.stop(); }
  });
});
