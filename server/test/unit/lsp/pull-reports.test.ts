/** Pull reports with result ids: `unchanged` only for the report the editor holds, when its diagnostics are the same. */
import * as assert from 'assert';
import { Diagnostic } from 'vscode-languageserver/node';
import { deepEqual, PullReports } from '../../../src/lsp/pull-reports';
import { LineIndex, OffsetRange } from '../../../src/core/text/range';

const d = (message: string): Diagnostic => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }, message, code: 'DEBT201', severity: 1 });

describe('pull reports (result ids)', () => {
  it('a full report first; the same diagnostics for the id the editor holds are `unchanged`', () => {
    const r = new PullReports();
    const a = d('一'), b = d('二');
    const first = r.report('u', [a, b]);
    assert.strictEqual(first.kind, 'full');
    const id = (first as { resultId: string }).resultId;
    assert.deepStrictEqual(r.report('u', [a, b], id), { kind: 'unchanged', resultId: id });
    // Equal objects count as the same; the id stays.
    assert.deepStrictEqual(r.report('u', [d('一'), d('二')], id), { kind: 'unchanged', resultId: id });
  });

  it('a full report when the diagnostics differ, the editor holds another id, or the file was forgotten', () => {
    const r = new PullReports();
    const first = r.report('u', [d('一')]) as { resultId: string };
    const changed = r.report('u', [d('二')], first.resultId);
    assert.strictEqual(changed.kind, 'full');
    assert.notStrictEqual((changed as { resultId: string }).resultId, first.resultId);
    assert.strictEqual(r.report('u', [d('二')], first.resultId).kind, 'full', 'an old id');
    assert.strictEqual(r.report('u', [d('二')]).kind, 'full', 'no id');
    const held = r.report('u', [d('二')]) as { resultId: string };
    r.forget('u');
    assert.strictEqual(r.report('u', [d('二')], held.resultId).kind, 'full');
    assert.strictEqual(r.report('v', [d('二')], held.resultId).kind, 'full', 'another file');
  });

  it('a full report sends the objects of the report before for diagnostics equal to them (their bytes are kept)', () => {
    const r = new PullReports();
    const a = d('一'), b = d('二');
    r.report('u', [a, b]);
    const a2 = d('一'), c = d('三');
    const next = r.report('u', [a2, c]) as { kind: string; items: Diagnostic[] };
    assert.strictEqual(next.kind, 'full');
    assert.strictEqual(next.items[0], a, 'equal to one sent before: that object');
    assert.strictEqual(next.items[1], c, 'a new finding is itself');
    // A diagnostic that moved (another start) is not the one before, even with the same message.
    const moved = { ...d('三'), range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } } };
    const after = r.report('u', [a2, moved]) as { items: Diagnostic[] };
    assert.strictEqual(after.items[1], moved);
  });
});

describe('deepEqual (what JSON.stringify writes alike)', () => {
  it('compares values, not key order; a missing key equals an undefined one', () => {
    assert.ok(deepEqual({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 }));
    assert.ok(deepEqual({ a: 1, b: undefined }, { a: 1 }));
    assert.ok(!deepEqual({ a: 1 }, { a: '1' }));
    assert.ok(!deepEqual([1, 2], [1, 2, 3]));
    assert.ok(!deepEqual({ a: [1] }, { a: { 0: 1 } }));
    assert.ok(!deepEqual({ a: null }, { a: {} }));
  });

  it('compares a range over a frame as its JSON', () => {
    const index = new LineIndex('ab\ncd');
    const r = new OffsetRange(index, 3, 4);
    assert.ok(deepEqual({ range: r }, { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 1 } } }));
    assert.ok(!deepEqual({ range: r }, { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } } }));
  });
});
