/**
 * Pull diagnostics cancelled or outdated while the analysis runs (issue 19; lsp/pull-current.ts). The first analysis
 * of a 130,000-party file takes the server about a second and does not pause, so the server reads the messages sent
 * meanwhile once it ends: a cancel then answers RequestCancelled with the message of a request stopped while it ran,
 * and an edit answers ServerCancelled (-32802) with `retriggerRequest: true` (pull again), not the findings of the
 * text before the edit. Each case opens its own file, so the analysis is not one cached by an earlier pull.
 */
import * as assert from 'assert';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver-protocol/node';
import { Client } from './client';
import { STOPPED_MESSAGE } from '../../src/lsp/steps';
import { CHANGED_MESSAGE } from '../../src/lsp/pull-current';

const PARTIES = 130_000;
const BIG = Array.from({ length: PARTIES }, (_, i) => `当事人 甲${i}\n`).join('') + '案件 x { 原告 甲1 被告 甲2 }\n';
/** Sent this long after the pull: the server has taken the request and is in the analysis (about a second). */
const INTO_THE_ANALYSIS_MS = 100;

type Report = { kind: string; items: { code: string; range: { start: { line: number } } }[] };
type Outcome = { answered: unknown } | { code: number; message: string; data?: unknown };
const outcome = (p: Promise<unknown>): Promise<Outcome> =>
  p.then((answered) => ({ answered }),
    (e: ResponseError<unknown>) => ({ code: e.code, message: e.message, ...(e.data !== undefined ? { data: e.data } : {}) }));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('pull diagnostics cancelled or outdated during the analysis (130,000 parties)', function () {
  this.timeout(120000);
  let c: Client;
  before(async () => {
    c = new Client();
    await c.start('zh-cn', { textDocument: { diagnostic: { dynamicRegistration: false } } });
  });
  after(async () => { await c.stop(); });

  /** Opens `uri` and waits until the server has read it (an answered request after it), without analysing it. */
  const open = async (uri: string) => {
    await c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'debt', version: 1, text: BIG } });
    await c.conn.sendRequest('textDocument/selectionRange', { textDocument: { uri }, positions: [{ line: 0, character: 0 }] });
  };
  const pull = (uri: string, source?: CancellationTokenSource) => (source
    ? c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token)
    : c.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as Promise<Report>;
  /** What the file's report holds, worked out by hand: the parties have no finding; the case no court (DEBT601), no filing date, … */
  const wholeReport = (r: Report) => {
    assert.strictEqual(r.kind, 'full');
    assert.ok(r.items.some((d) => d.code === 'DEBT601'), 'the case names no court');
    assert.deepStrictEqual([...new Set(r.items.map((d) => d.range.start.line))], [PARTIES], 'every finding is on the case line');
  };

  it('a cancel while the analysis runs answers RequestCancelled (-32800); uncancelled the pull answers in full', async () => {
    const uri = 'file:///cases/pull-cancel.debt';
    await open(uri);
    const source = new CancellationTokenSource();
    const long = outcome(pull(uri, source));
    await pause(INTO_THE_ANALYSIS_MS);
    source.cancel();
    // The message of a request stopped while it ran, not the gate's for one cancelled in the queue.
    assert.deepStrictEqual(await long, { code: -32800, message: STOPPED_MESSAGE });
    wholeReport(await pull(uri));
  });

  it('an edit while the analysis runs answers ServerCancelled (-32802), pull again; the next pull reads the edited text', async () => {
    const uri = 'file:///cases/pull-edit.debt';
    await open(uri);
    const long = outcome(pull(uri));
    await pause(INTO_THE_ANALYSIS_MS);
    // A court for the case, just after its `{` (character 5 of its line): `案件 x { 法院 某某人民法院 原告 甲1 被告 甲2 }`.
    await c.conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: PARTIES, character: 6 }, end: { line: PARTIES, character: 6 } }, text: ' 法院 某某人民法院' }],
    });
    assert.deepStrictEqual(await long, { code: -32802, message: CHANGED_MESSAGE, data: { retriggerRequest: true } });
    const again = await pull(uri);
    assert.strictEqual(again.kind, 'full');
    assert.ok(!again.items.some((d) => d.code === 'DEBT601'), 'the court written in the edit is read');
    assert.ok(!again.items.some((d) => d.code < 'DEBT2'), 'the edited text reads without a syntax problem');
    assert.ok(again.items.some((d) => d.code === 'DEBT608'), 'the case still has no filing date');
  });
});
