/**
 * Hover, inlay hints, code lens and semantic tokens over stdio: the built server answers, and the figures it shows
 * equal the ones `debt report` prints for the same file.
 */
import * as assert from 'assert';
import Decimal from 'decimal.js';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  CodeLensRequest, HoverRequest, InlayHintRequest, MarkupContent, SemanticTokensRequest, SemanticTokensLegend, ServerCapabilities,
  SemanticTokensDeltaRequest, DidChangeTextDocumentNotification, SemanticTokensEdit,
} from 'vscode-languageserver-protocol/node';
import { Client } from './client';

const ROOT = path.resolve(__dirname, '../../../..');
const SAMPLE = path.join(ROOT, 'samples/loan-basic.debt');
const TEXT = fs.readFileSync(SAMPLE, 'utf8');
const URI = 'file:///test/editor/loan-basic.debt';

/** `debt report` of the sample: the figures every editor feature must agree with. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function report(): any {
  return JSON.parse(cp.execFileSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'report', SAMPLE], { encoding: 'utf8' }));
}
const grouped = (s: string) => new Decimal(s).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const lineOf = (needle: string) => TEXT.split('\n').findIndex((l) => l.includes(needle));

describe('editor features over stdio', function () {
  this.timeout(20000);
  let client: Client;
  let capabilities: ServerCapabilities;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let loan: any, theCase: any;

  before(async () => {
    const r = report();
    theCase = r.cases[0];
    loan = theCase.loans[0];
    client = new Client();
    capabilities = await client.start('zh-cn');
    await client.open(URI, TEXT);
  });
  after(async () => client.stop());

  it('declares hover, inlay hints, code lens and semantic tokens with the legend', () => {
    assert.strictEqual(capabilities.hoverProvider, true);
    assert.strictEqual(capabilities.inlayHintProvider, true);
    assert.deepStrictEqual(capabilities.codeLensProvider, { resolveProvider: false });
    const legend = (capabilities.semanticTokensProvider as { legend: SemanticTokensLegend }).legend;
    assert.deepStrictEqual(legend.tokenModifiers, ['declaration', 'date', 'rate']);
    assert.ok(legend.tokenTypes.includes('keyword') && legend.tokenTypes.includes('comment'));
  });

  it('hover on the loan name shows the outstanding figures of `debt report`', async () => {
    const line = lineOf('借款 借款一');
    const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line, character: TEXT.split('\n')[line].indexOf('借款一') + 1 } });
    const md = (h!.contents as MarkupContent).value;
    assert.ok(md.includes(`尚欠本金 ${grouped(loan.outstanding.principal)}元`), md);
    assert.ok(md.includes(`尚欠利息 ${grouped(loan.outstanding.interest)}元`), md);
    assert.ok(md.includes(`诉讼时效届满 2028年6月1日`) && loan.limitation.end === '2028-06-01');
  });

  it('hover on a rate shows the report\'s cap and 民间借贷规定第25条; on an amount, 大写', async () => {
    const line = lineOf('利率 12%');
    const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line, character: TEXT.split('\n')[line].indexOf('12%') } });
    const md = (h!.contents as MarkupContent).value;
    assert.ok(md.includes(`上限 **${loan.capRate}%**`), md);
    assert.ok(md.includes('> 第二十五条 出借人请求借款人按照合同约定利率支付利息的'));
    assert.deepStrictEqual(h!.range, { start: { line, character: 7 }, end: { line, character: 12 } });
    const amountLine = lineOf('金额 5万元');
    const a = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line: amountLine, character: 8 } });
    assert.ok((a!.contents as MarkupContent).value.includes('大写：人民币伍万元整'));
  });

  it('inlay hints carry the report\'s figures and only those inside the requested range', async () => {
    const lines = TEXT.split('\n').length;
    const hints = await client.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri: URI }, range: { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } } });
    const labels = hints!.map((h) => h.label as string);
    const total = new Decimal(loan.outstanding.principal).plus(loan.outstanding.interest).toFixed(2);
    assert.strictEqual(labels[0], `合计 ${grouped(total)} = 利息 ${grouped(loan.outstanding.interest)} + 本金 ${grouped(loan.outstanding.principal)}`);
    assert.strictEqual(grouped(total), grouped(theCase.claimAmount), 'one loan, principal and interest claimed: the total is the claim amount');
    assert.ok(labels.includes('时效至2028年6月1日'), labels.join('\n'));
    assert.ok(labels.includes(`年化 12.00% · 上限 ${loan.capRate}%`));
    const tooltip = (hints![0].tooltip as MarkupContent).value;
    for (const row of loan.schedule) assert.ok(tooltip.includes(`| ${row.from} | ${row.to} | ${row.days} |`), row.from);
    const rateLine = lineOf('利率 12%');
    const some = await client.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri: URI }, range: { start: { line: rateLine, character: 0 }, end: { line: rateLine + 1, character: 0 } } });
    assert.deepStrictEqual(some!.map((h) => [h.position, h.label]), [[{ line: rateLine, character: 12 }, `年化 12.00% · 上限 ${loan.capRate}%`]]);
  });

  it('code lenses on the case name: the commands, the report\'s claim amount and limitation end', async () => {
    const lenses = await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: URI } });
    assert.deepStrictEqual(lenses!.map((l) => [l.command!.title, l.command!.command]), [
      ['预览起诉状', 'debt.openPreview'], ['生成起诉状', 'debt.generateComplaint'], ['生成文书', 'debt.generateDocument'],
      [`本息合计 ¥${grouped(theCase.claimAmount)}`, 'debt.showReport'], [`时效届满 ${loan.limitation.end}`, ''],
    ]);
    assert.deepStrictEqual(lenses![0].command!.arguments, [URI, theCase.name]);
    assert.strictEqual(lenses![0].range.start.line, lineOf('案件 '));
  });

  it('semantic tokens: the first token is the comment of line 0, the case name a declared namespace', async () => {
    const t = await client.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } });
    const d = t!.data;
    const legend = (capabilities.semanticTokensProvider as { legend: SemanticTokensLegend }).legend;
    assert.deepStrictEqual([d[0], d[1], d[2], legend.tokenTypes[d[3]]], [0, 0, TEXT.split('\n')[0].length, 'comment']);
    // Then line 2 (after the comment of line 1): 案件 (keyword) and the case name (namespace, declaration).
    assert.deepStrictEqual([d[10], d[11], legend.tokenTypes[d[13]]], [1, 0, 'keyword']);
    assert.deepStrictEqual([d[15], d[16], legend.tokenTypes[d[18]], d[19]], [0, 3, 'namespace', 1]);
  });

  it('semantic tokens after an edit: the delta since the last answer, which applied to it gives the new whole', async () => {
    const uri = 'file:///test/editor/delta.debt';
    await client.open(uri, TEXT);
    const first = await client.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    assert.ok(first!.resultId);
    // A comment line added above the loan: every token after it moves one line down.
    const line = lineOf('借款 ');
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '  // 补充\n' }],
    });
    const delta = await client.conn.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: first!.resultId! });
    assert.ok(delta && 'edits' in delta, 'an answer with edits');
    const edits = (delta as { edits: SemanticTokensEdit[] }).edits;
    assert.strictEqual(edits.length, 1);
    assert.ok(edits[0].data!.length < first!.data.length / 2, 'a small edit, not the whole list');
    const applied = [...first!.data];
    applied.splice(edits[0].start, edits[0].deleteCount, ...(edits[0].data ?? []));
    const whole = await client.conn.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    assert.deepStrictEqual(applied, whole!.data);
    // An unknown previous answer gets the whole list.
    const again = await client.conn.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: 'nope' });
    assert.deepStrictEqual((again as { data: number[] }).data, whole!.data);
  });

  it('answers empty, not an error, for a broken or unknown document', async () => {
    const broken = 'file:///test/editor/broken.debt';
    const text = '案件 "x { 借款 L { 利率 12%/ 到期 2023-02-30 ';
    await client.open(broken, text);
    for (let character = 0; character <= text.length; character += 3) {
      const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: broken }, position: { line: 0, character } });
      if (h?.range) assert.ok(h.range.start.line === 0 && h.range.end.line === 0 && h.range.end.character <= text.length);
    }
    const hints = await client.conn.sendRequest(InlayHintRequest.type, { textDocument: { uri: broken }, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } } });
    for (const hint of hints!) assert.ok(hint.position.line === 0 && hint.position.character <= text.length);
    assert.strictEqual(await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: 'file:///nowhere/none.debt' }, position: { line: 0, character: 0 } }), null);
    const lenses = await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri: 'file:///nowhere/none.debt' } });
    assert.deepStrictEqual(lenses, []);
  });
});

describe('refresh after a settings change', function () {
  this.timeout(20000);
  it('asks the editor to re-request inlay hints, code lenses and semantic tokens (a hint kind may have been switched off)', async () => {
    const client = new Client();
    const asked: string[] = [];
    for (const m of ['workspace/inlayHint/refresh', 'workspace/codeLens/refresh', 'workspace/semanticTokens/refresh']) {
      client.conn.onRequest(m, () => { asked.push(m); return null; });
    }
    await client.start('zh-cn', { workspace: { inlayHint: { refreshSupport: true }, codeLens: { refreshSupport: true }, semanticTokens: { refreshSupport: true } } });
    try {
      // Start-up asks too (settings read, workspace indexed): let that settle, then change the settings.
      await new Promise((r) => setTimeout(r, 500));
      asked.length = 0;
      await client.conn.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      const end = Date.now() + 5000;
      while (new Set(asked).size < 3 && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
      assert.deepStrictEqual([...new Set(asked)].sort(), ['workspace/codeLens/refresh', 'workspace/inlayHint/refresh', 'workspace/semanticTokens/refresh']);
    } finally {
      await client.stop();
    }
  });
});
