/** Pull reports with result ids: `unchanged` only for the report the editor holds, when its diagnostics are the same. */
import * as assert from 'assert';
import { Diagnostic } from 'vscode-languageserver/node';
import { PullReports } from '../../../src/lsp/pull-reports';

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
});
