/** Formatting, range formatting, code actions and debt/convertKeywords over stdio, against the built server. */
import * as assert from 'assert';
import {
  CodeActionRequest, DocumentFormattingRequest, DocumentRangeFormattingRequest, TextEdit, CodeAction,
} from 'vscode-languageserver-protocol/node';
import { Client } from './client';

function apply(text: string, edits: TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const off = (p: { line: number; character: number }) => starts[p.line] + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => off(b.range.start) - off(a.range.start))) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

describe('formatting, code actions and keyword conversion over stdio', function () {
  this.timeout(20000);
  let client: Client;
  let caps: Record<string, unknown>;
  before(async () => { client = new Client(); caps = (await client.start('zh-cn')) as Record<string, unknown>; });
  after(async () => client.stop());

  const messy = '案件   X{法院 某法院 起诉日 2024-01-01\n原告 甲 被告 乙 { 自然人 }\n}';

  it('declares formatting, range formatting and code actions', () => {
    assert.strictEqual(caps.documentFormattingProvider, true);
    assert.strictEqual(caps.documentRangeFormattingProvider, true);
    assert.deepStrictEqual(caps.codeActionProvider, { codeActionKinds: ['quickfix', 'source.debt.addDefaultClaims'] });
  });

  it('formats a document into the canonical layout with minimal edits', async () => {
    const uri = 'file:///test/fmt.debt';
    await client.open(uri, messy);
    const edits = await client.conn.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.strictEqual(apply(messy, edits!), '案件 X {\n  法院 某法院\n  起诉日 2024-01-01\n\n  原告 甲\n  被告 乙 { 自然人 }\n}\n');
    // Minimal: the first edit only deletes the two extra spaces after 案件 (characters 3–4; the first one stays).
    assert.deepStrictEqual(edits![0], { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 5 } }, newText: '' });
  });

  it('formats only the items a range overlaps', async () => {
    const uri = 'file:///test/range.debt';
    const text = '案件 X {\n原告   甲\n被告   乙\n}\n';
    await client.open(uri, text);
    const edits = await client.conn.sendRequest(DocumentRangeFormattingRequest.type, {
      textDocument: { uri }, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 1 } }, options: { tabSize: 2, insertSpaces: true },
    });
    assert.strictEqual(apply(text, edits!), '案件 X {\n原告   甲\n  被告 乙\n}\n');
  });

  it('answers no edits for a file it cannot format safely', async () => {
    const uri = 'file:///test/broken.debt';
    const text = '案件 X {\n  起诉日 明天\n}\n';
    await client.open(uri, text);
    assert.deepStrictEqual(await client.conn.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }), []);
  });

  it('offers the did-you-mean fix for the published diagnostic, its data carrying the suggestion', async () => {
    const uri = 'file:///test/fix.debt';
    const text = '案件 X {\n  法院 某法院\n  起诉日 2024-01-01\n  原告 甲\n  被告 乙\n  借款 L { 出借人 甲 借款人 乙乙 交付 2023-01-01 100元 }\n}\n';
    const p = await client.open(uri, text);
    const d = p.diagnostics.find((x) => x.code === 'DEBT202')!;
    assert.deepStrictEqual(d.data, { fix: { kind: 'use-name', name: '乙' } });
    const actions = await client.conn.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as CodeAction[];
    const fix = actions.find((a) => a.kind === 'quickfix')!;
    assert.strictEqual(fix.title, '改为“乙”');
    assert.strictEqual(fix.isPreferred, true);
    assert.deepStrictEqual(fix.diagnostics, [d]);
    assert.deepStrictEqual(fix.edit!.changes![uri], [{ range: d.range, newText: '乙' }]);
  });

  it('offers 添加默认诉讼请求 as a source action', async () => {
    const uri = 'file:///test/claims.debt';
    const text = '案件 X {\n  原告 甲\n}\n';
    await client.open(uri, text);
    const actions = await client.conn.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, context: { diagnostics: [], only: ['source'] },
    }) as CodeAction[];
    assert.deepStrictEqual(actions.map((a) => a.title), ['添加默认诉讼请求']);
    assert.strictEqual(apply(text, actions[0].edit!.changes![uri]), '案件 X {\n  原告 甲\n\n  请求 本金\n  请求 利息 至 实际清偿之日\n  请求 诉讼费用\n}\n');
  });

  it('debt/convertKeywords returns the edits to English and back', async () => {
    const uri = 'file:///test/kw.debt';
    const text = '案件 X {\n  证据 借条 { 类型 借条 原件 }\n  请求 利息 至 实际清偿之日\n}\n';
    await client.open(uri, text);
    const en = await client.conn.sendRequest('debt/convertKeywords', { uri, to: 'en' }) as TextEdit[];
    const english = apply(text, en);
    assert.strictEqual(english, 'case X {\n  evidence 借条 { kind iou original }\n  claim interest until paid\n}\n');
    const uri2 = 'file:///test/kw-en.debt';
    await client.open(uri2, english);
    const zh = await client.conn.sendRequest('debt/convertKeywords', { uri: uri2, to: 'zh' }) as TextEdit[];
    assert.strictEqual(apply(english, zh), text);
    assert.deepStrictEqual(await client.conn.sendRequest('debt/convertKeywords', { uri, to: 'fr' }), []);
  });
});
