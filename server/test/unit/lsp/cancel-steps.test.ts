/**
 * Formatting, folding ranges and workspace symbols in slices (lsp/steps.ts): their generator forms pause on a large
 * file, a cancelled request stops with RequestCancelled (-32800), one whose document changed with ContentModified
 * (-32801), and run to the end they answer as worked out by hand. The protocol test cancel-running.test.ts does the
 * same over stdio with 130,000 parties.
 */
import * as assert from 'assert';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { formattingEdits, formattingEditSteps } from '../../../src/lsp/formatting';
import { foldingRanges, foldingRangeSteps } from '../../../src/lsp/folding-ranges';
import { workspaceSymbols, workspaceSymbolSteps } from '../../../src/lsp/workspace-symbols';
import { anyVersionChanged, finishInSlices, STOPPED_MESSAGE, Steps } from '../../../src/lsp/steps';
import { workspace } from './workspace-fixture';
import { stepped } from '../../stepped';


/** How a run in slices of 0 ms ends (a check after every pause): the answer, or the error's code and message. */
async function outcome<T>(steps: Steps<T>, cancelled: boolean, changed?: () => boolean): Promise<{ answered: T } | { code: number; message: string }> {
  const source = new CancellationTokenSource();
  if (cancelled) source.cancel();
  try { return { answered: await finishInSlices(steps, source.token, changed, 0) }; } catch (e) {
    assert.ok(e instanceof ResponseError, String(e));
    return { code: e.code, message: e.message };
  }
}

const N = 3000;
const parties = Array.from({ length: N }, (_, i) => `当事人 甲${i}\n`).join('') + '案件 x { 原告 甲1 被告 甲2 }\n';
const folds = Array.from({ length: N }, (_, i) => `// 第${i}位\n// 出借人\n当事人 乙${i} {\n  电话 13700000000\n}\n`).join('');

describe('formatting, folding and workspace symbols in slices', () => {
  it('formatting: cancelled mid-way answers RequestCancelled, a changed document ContentModified', async () => {
    assert.deepStrictEqual(await outcome(formattingEditSteps(parties), true), { code: -32800, message: STOPPED_MESSAGE });
    assert.strictEqual((await outcome(formattingEditSteps(parties), false, () => true) as { code: number }).code, -32801);
  });

  it('formatting run in slices: the edits of formattingEdits, as positions worked out by hand', async () => {
    const got = await outcome(formattingEditSteps(parties), false, () => false);
    assert.ok('answered' in got);
    const edits = got.answered;
    assert.deepStrictEqual(edits, formattingEdits(parties));
    // A blank line before each of the 2,999 later parties and the case, 3 line breaks inside the case.
    assert.strictEqual(edits.length, N + 3);
    assert.deepStrictEqual(edits[0], { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '\n' });
    // `案件 x { 原告 甲1 被告 甲2 }`: the space at character 6 (after `{`) becomes a line break and a two-space indent;
    // minimal, the edit keeps that space as the indent's last one and inserts `\n ` before it.
    assert.deepStrictEqual(edits[edits.length - 3], { range: { start: { line: N, character: 6 }, end: { line: N, character: 6 } }, newText: '\n ' });
  });

  it('formatting in slices writes the line breaks the file has (CRLF)', async () => {
    const text = '当事人 甲\r\n当事人 乙\r\n';
    const got = await outcome(formattingEditSteps(text), false);
    // The blank line goes in at the start of line 1, written as CRLF.
    assert.deepStrictEqual(got, { answered: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '\r\n' }] });
  });

  it('folding ranges pause, stop when cancelled, and answer each comment pair and block', async () => {
    const { value, pauses } = stepped(foldingRangeSteps(folds));
    // 3,000 blocks and 3,000 comments, a pause every 512: at least 11.
    assert.ok(pauses >= 11, `${pauses} pauses`);
    assert.deepStrictEqual(value, foldingRanges(folds));
    assert.strictEqual(value.length, 2 * N);
    // Party i: comment lines 5i and 5i+1, block from line 5i+2 to the line before `}` (5i+3).
    assert.deepStrictEqual(value.slice(2, 4), [{ startLine: 5, endLine: 6, kind: 'comment' }, { startLine: 7, endLine: 8 }]);
    assert.deepStrictEqual(await outcome(foldingRangeSteps(folds), true), { code: -32800, message: STOPPED_MESSAGE });
    assert.strictEqual((await outcome(foldingRangeSteps(folds), false, () => true) as { code: number }).code, -32801);
  });

  it('workspace symbols pause over every name, stop when cancelled, and find the one match', async () => {
    const ws = workspace({ 'file:///w/parties.debt': parties });
    const { value, pauses } = stepped(workspaceSymbolSteps(ws, 'x'));
    // 3,000 party declarations and their uses and the case: more than 3,000 names, a pause every 512.
    assert.ok(pauses >= 5, `${pauses} pauses`);
    // `x` is in no party's name nor in its pinyin (甲 jia): only the case.
    assert.deepStrictEqual(value.map((s) => [s.name, s.kind, s.location.uri]), [['x', 3, 'file:///w/parties.debt']]);
    assert.deepStrictEqual(workspaceSymbols(ws, 'x'), value);
    assert.deepStrictEqual(await outcome(workspaceSymbolSteps(ws, 'x'), true), { code: -32800, message: STOPPED_MESSAGE });
  });

  it('anyVersionChanged: a change, an opened or a closed document counts, nothing else', () => {
    const docs = [TextDocument.create('file:///a.debt', 'debt', 1, ''), TextDocument.create('file:///b.debt', 'debt', 4, '')];
    let open = [...docs];
    const changed = anyVersionChanged({ documents: { all: () => open } } as never);
    assert.strictEqual(changed(), false);
    open = [docs[0], TextDocument.create('file:///b.debt', 'debt', 5, 'x')];
    assert.strictEqual(changed(), true);
    open = [...docs, TextDocument.create('file:///c.debt', 'debt', 1, '')];
    assert.strictEqual(changed(), true);
    open = [docs[0]];
    assert.strictEqual(changed(), true);
    open = [docs[1], docs[0]];
    assert.strictEqual(changed(), false);
  });
});
