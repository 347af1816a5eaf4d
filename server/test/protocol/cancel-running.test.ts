/**
 * A long request is cancelled while it runs (issue 19; lsp/steps.ts). Over a 130,000-party file the semantic tokens, the
 * outline, the first references (which index every name), formatting, folding and workspace symbols take the server
 * up to a second or more; they now run in slices and let messages in between. The proof that a request was interrupted
 * mid-way, not answered whole or refused in the queue: a folding request on a small file sent after it is
 * answered while it still runs, the cancel sent then is answered RequestCancelled with the message of a request
 * stopped while it ran (steps.ts), and the same request uncancelled still gets its whole answer.
 */
import * as assert from 'assert';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver-protocol/node';
import { Client } from './client';
import { STOPPED_MESSAGE } from '../../src/lsp/steps';

const PARTIES = 130_000;
const BIG = Array.from({ length: PARTIES }, (_, i) => `当事人 甲${i}\n`).join('') + '案件 x { 原告 甲1 被告 甲2 }\n';
// For folding (BIG has one block: its folding takes milliseconds): each party a block over three lines under two comment lines.
const FOLDS = Array.from({ length: PARTIES }, (_, i) => `// 第${i}位\n// 出借人\n当事人 乙${i} {\n  电话 13700000000\n}\n`).join('');

type Outcome = { answered: unknown } | { code: number; message: string };
const outcome = (p: Promise<unknown>): Promise<Outcome> =>
  p.then((answered) => ({ answered }), (e: ResponseError<unknown>) => ({ code: e.code, message: e.message }));

describe('cancelling a long request while it runs (130,000 parties)', function () {
  this.timeout(300000);
  let c: Client;
  const uri = 'file:///cases/parties.debt', textDocument = { uri };
  const foldsUri = 'file:///cases/folds.debt', small = { uri: 'file:///cases/small.debt' };
  before(async () => {
    c = new Client();
    await c.start('zh-cn');
    await c.open(uri, BIG);
    await c.open(foldsUri, FOLDS);
    await c.open(small.uri, '// 小文件\n// 供探测\n当事人 丙\n');
  });
  /** A request answered between two slices of a long one (small: it needs no slice of its own). */
  const probe = async () => {
    assert.deepStrictEqual(await c.conn.sendRequest('textDocument/foldingRange', { textDocument: small }), [{ startLine: 0, endLine: 1, kind: 'comment' }]);
  };
  /**
   * Sends a real change of `u`: a line break more at its start, the version one more each time. Incremental: the whole
   * text (6.5 MB for FOLDS) would reach the server in pieces, one between two slices, after the request had finished.
   */
  const versions = new Map([[uri, 1], [foldsUri, 1]]);
  const edit = async (u: string) => {
    versions.set(u, versions.get(u)! + 1);
    const start = { line: 0, character: 0 };
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: versions.get(u)! }, contentChanges: [{ range: { start, end: start }, text: '\n' }] });
  };
  after(async () => { await c.stop(); });

  // What each answers in full: semantic tokens five integers per token (each line 当事人 甲N is a keyword and a party
  // name); the outline one entry per party and the case; references to 甲1 its declaration (line 1) and 原告 甲1 in the case.
  const whole: [string, object, (answer: unknown) => void][] = [
    ['textDocument/semanticTokens/full', { textDocument }, (a) => assert.ok((a as { data: number[] }).data.length >= PARTIES * 2 * 5)],
    ['textDocument/documentSymbol', { textDocument }, (a) => assert.strictEqual((a as unknown[]).length, PARTIES + 1)],
    ['textDocument/references', { textDocument, position: { line: 1, character: 5 }, context: { includeDeclaration: true } },
      (a) => assert.deepStrictEqual((a as { range: { start: { line: number } } }[]).map((l) => l.range.start.line), [1, PARTIES])],
    // Formatting: a blank line before each top-level item but the first (129,999 parties + the case), and the case
    // written one item per line (a line break after `{`, before 被告, before `}`): 130,000 + 3 = 130,003 minimal edits.
    // The first inserts the blank line at the start of line 1; the last turns the space before `}` (character 18 of
    // `案件 x { 原告 甲1 被告 甲2 }`: 案0 件1 _2 x3 _4 {5 _6 原7 告8 _9 甲10 1₁₁ _12 被13 告14 _15 甲16 2₁₇ _18 }19) into a line break.
    ['textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } }, (a) => formattedWhole(a)],
    // The range of every line: the same edits (the gap after the last item is already right).
    ['textDocument/rangeFormatting', { textDocument, range: { start: { line: 0, character: 0 }, end: { line: PARTIES + 1, character: 0 } }, options: { tabSize: 2, insertSpaces: true } },
      (a) => formattedWhole(a)],
    // Folding FOLDS: party i's comment lines 5i–5i+1 and its block from line 5i+2 to the line before `}` (5i+3).
    ['textDocument/foldingRange', { textDocument: { uri: foldsUri } }, (a) => {
      const r = a as { startLine: number; endLine: number; kind?: string }[];
      assert.strictEqual(r.length, 2 * PARTIES);
      assert.deepStrictEqual(r.slice(-2), [{ startLine: 5 * (PARTIES - 1), endLine: 5 * (PARTIES - 1) + 1, kind: 'comment' }, { startLine: 5 * (PARTIES - 1) + 2, endLine: 5 * (PARTIES - 1) + 3 }]);
    }],
    // `x` is in no party's name nor its pinyin (甲 jia, 乙 yi, 丙 bing): every name of both files is read, one found.
    ['workspace/symbol', { query: 'x' }, (a) => assert.deepStrictEqual((a as { name: string; kind: number; location: { uri: string } }[]).map((s) => [s.name, s.kind, s.location.uri]), [['x', 3, uri]])],
  ];
  function formattedWhole(a: unknown): void {
    const edits = a as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
    assert.strictEqual(edits.length, PARTIES + 3);
    assert.deepStrictEqual(edits[0], { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '\n' });
    assert.deepStrictEqual(edits[edits.length - 1], { range: { start: { line: PARTIES, character: 18 }, end: { line: PARTIES, character: 19 } }, newText: '\n' });
  }
  for (const [method, params, inFull] of whole) {
    it(`${method}: cancelled mid-way answers RequestCancelled (-32800); uncancelled it answers in full`, async () => {
      const source = new CancellationTokenSource();
      let settled = false;
      const long = outcome(c.conn.sendRequest(method, params, source.token)).finally(() => { settled = true; });
      // Answered between two slices of the long request: the long one has started and not finished.
      await probe();
      assert.strictEqual(settled, false, 'the long request was still running when the folding ranges came back');
      source.cancel();
      assert.deepStrictEqual(await long, { code: -32800, message: STOPPED_MESSAGE });
      // Not cancelled, the same request gets its whole answer.
      inFull(await c.conn.sendRequest(method, params));
    });
  }

  // Each edited while it runs: the document the request reads (workspace symbols: any open document).
  const edited: [string, object, string][] = [
    ['textDocument/semanticTokens/full', { textDocument }, uri],
    ['textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } }, uri],
    ['textDocument/foldingRange', { textDocument: { uri: foldsUri } }, foldsUri],
    ['workspace/symbol', { query: 'x' }, foldsUri],
  ];
  for (const [method, params, changed] of edited) {
    it(`an edit while ${method} runs answers ContentModified (-32801), not an answer about a text that is gone`, async () => {
      let settled = false;
      const long = outcome(c.conn.sendRequest(method, params)).finally(() => { settled = true; });
      await probe();
      assert.strictEqual(settled, false, 'the long request was still running when the folding ranges came back');
      await edit(changed);
      const got = await long;
      assert.strictEqual('code' in got ? got.code : 'answered', -32801);
    });
  }
});
