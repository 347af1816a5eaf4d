/**
 * The stdio encoder (lsp/wire.ts) writes what JSON.stringify would: a diagnostic report or a push with the kept
 * bytes of each diagnostic, every other message as it is.
 */
import * as assert from 'assert';
import { Message } from 'vscode-languageserver/node';
import { encodeMessage, sendsOften } from '../../../src/lsp/wire';

const d1 = sendsOften({ range: { start: { line: 1, character: 2 }, end: { line: 1, character: 8 } }, severity: 2, code: 'DEBT402', source: 'debt', message: '逾期利率 “24%” 超过上限 \\ "引号"\n第二行' });
const d2 = { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 4 } }, severity: 1, code: 'DEBT201', source: 'debt', message: 'x', data: { fix: { kind: 'use-name', name: '乙' } } };

function same(msg: unknown): void {
  const bytes = encodeMessage(msg as Message);
  assert.deepStrictEqual(JSON.parse(bytes.toString('utf8')), JSON.parse(JSON.stringify(msg)));
}

describe('stdio encoder (lsp/wire.ts)', () => {
  it('a pull answer: the items joined from their kept bytes, the rest as JSON.stringify writes it', () => {
    same({ jsonrpc: '2.0', id: 7, result: { kind: 'full', items: [d1, d2] } });
    same({ jsonrpc: '2.0', id: 'a', result: { kind: 'full', resultId: 'r1', items: [] } });
    same({ jsonrpc: '2.0', id: 8, result: { kind: 'full', items: [d2, d1, d2] } });
  });

  it('a push: the diagnostics joined, uri and version kept', () => {
    same({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///甲.debt', version: 3, diagnostics: [d1, d2] } });
    same({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a.debt', diagnostics: [] } });
  });

  it('a list answer with marked entries (outline, code lenses): kept bytes for those, the rest serialised, in order', () => {
    const kept = sendsOften({ name: '张三诉李四', kind: 3, range: d1.range, selectionRange: d1.range, children: [{ name: '借款', kind: 23, range: d1.range, selectionRange: d1.range }] });
    same({ jsonrpc: '2.0', id: 9, result: [{ name: '引用 "甲.debt"', kind: 2, range: d2.range, selectionRange: d2.range }, kept, kept] });
    same({ jsonrpc: '2.0', id: 10, result: [{ label: '逾期利率' }, { label: '利率' }] });
    same({ jsonrpc: '2.0', id: 11, result: [] });
  });

  it('every other message as it is (an unchanged report, a hover, an error, a request)', () => {
    same({ jsonrpc: '2.0', id: 1, result: { kind: 'unchanged', resultId: 'r1' } });
    same({ jsonrpc: '2.0', id: 2, result: { contents: { kind: 'markdown', value: '**民间借贷规定第25条**' } } });
    same({ jsonrpc: '2.0', id: 3, result: null });
    same({ jsonrpc: '2.0', id: 4, error: { code: -32601, message: 'no' } });
    same({ jsonrpc: '2.0', id: 5, method: 'workspace/configuration', params: { items: [{ section: 'debt' }] } });
  });

  it('a marked object is encoded once: its kept bytes are reused (a marked object must not change)', () => {
    const d = sendsOften({ ...d1, message: '第一次' });
    encodeMessage({ jsonrpc: '2.0', id: 1, result: { kind: 'full', items: [d] } } as Message);
    d.message = '改过';
    const again = JSON.parse(encodeMessage({ jsonrpc: '2.0', id: 2, result: { kind: 'full', items: [d] } } as Message).toString('utf8'));
    assert.strictEqual(again.result.items[0].message, '第一次');
    // An unmarked object is serialised afresh each time.
    const u = { ...d1, message: '第一次' };
    encodeMessage({ jsonrpc: '2.0', id: 3, result: { kind: 'full', items: [u] } } as Message);
    u.message = '改过';
    const fresh = JSON.parse(encodeMessage({ jsonrpc: '2.0', id: 4, result: { kind: 'full', items: [u] } } as Message).toString('utf8'));
    assert.strictEqual(fresh.result.items[0].message, '改过');
  });
});
