/**
 * A long request is cancelled while it runs (issue 19; lsp/steps.ts). Over a 130,000-party file the semantic tokens, the
 * outline and the first references (which index every name) take the server up to a second or more; they now run in
 * slices and let messages in between. The proof that a request was interrupted mid-way, not answered whole or refused in the queue: a folding request sent after it is
 * answered while it still runs, the cancel sent then is answered RequestCancelled with the message of a request
 * stopped while it ran (steps.ts), and the same request uncancelled still gets its whole answer.
 */
import * as assert from 'assert';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver-protocol/node';
import { Client } from './client';
import { STOPPED_MESSAGE } from '../../src/lsp/steps';

const PARTIES = 130_000;
const BIG = Array.from({ length: PARTIES }, (_, i) => `当事人 甲${i}\n`).join('') + '案件 x { 原告 甲1 被告 甲2 }\n';

type Outcome = { answered: unknown } | { code: number; message: string };
const outcome = (p: Promise<unknown>): Promise<Outcome> =>
  p.then((answered) => ({ answered }), (e: ResponseError<unknown>) => ({ code: e.code, message: e.message }));

describe('cancelling a long request while it runs (130,000 parties)', function () {
  this.timeout(300000);
  let c: Client;
  const uri = 'file:///cases/parties.debt', textDocument = { uri };
  before(async () => {
    c = new Client();
    await c.start('zh-cn');
    await c.open(uri, BIG);
  });
  after(async () => { await c.stop(); });

  // What each answers in full: semantic tokens five integers per token (each line 当事人 甲N is a keyword and a party
  // name); the outline one entry per party and the case; references to 甲1 its declaration (line 1) and 原告 甲1 in the case.
  const whole: [string, object, (answer: unknown) => void][] = [
    ['textDocument/semanticTokens/full', { textDocument }, (a) => assert.ok((a as { data: number[] }).data.length >= PARTIES * 2 * 5)],
    ['textDocument/documentSymbol', { textDocument }, (a) => assert.strictEqual((a as unknown[]).length, PARTIES + 1)],
    ['textDocument/references', { textDocument, position: { line: 1, character: 5 }, context: { includeDeclaration: true } },
      (a) => assert.deepStrictEqual((a as { range: { start: { line: number } } }[]).map((l) => l.range.start.line), [1, PARTIES])],
  ];
  for (const [method, params, inFull] of whole) {
    it(`${method}: cancelled mid-way answers RequestCancelled (-32800); uncancelled it answers in full`, async () => {
      const source = new CancellationTokenSource();
      let settled = false;
      const long = outcome(c.conn.sendRequest(method, params, source.token)).finally(() => { settled = true; });
      // Answered between two slices of the long request: the long one has started and not finished.
      await c.conn.sendRequest('textDocument/foldingRange', { textDocument });
      assert.strictEqual(settled, false, 'the long request was still running when the folding ranges came back');
      source.cancel();
      assert.deepStrictEqual(await long, { code: -32800, message: STOPPED_MESSAGE });
      // Not cancelled, the same request gets its whole answer.
      inFull(await c.conn.sendRequest(method, params));
    });
  }

  it('an edit while the semantic tokens are computed answers ContentModified (-32801), not tokens of a text that is gone', async () => {
    const long = outcome(c.conn.sendRequest('textDocument/semanticTokens/full', { textDocument }));
    await c.conn.sendRequest('textDocument/foldingRange', { textDocument });
    await c.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: BIG + '\n' }] });
    const got = await long;
    assert.strictEqual('code' in got ? got.code : 'answered', -32801);
  });
});
