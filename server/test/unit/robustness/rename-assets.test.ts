/**
 * Spec §7.3 names in navigation: `所有人` names a party, `对象` names assets, an asset's `证据` names evidence. Renaming a
 * party in the two samples with assets left three errors before (the 所有人 lines kept the old name); definition and
 * references find them too.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import { fileURLToPath } from 'url';
import { TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { renameAt } from '../../../src/lsp/rename';
import { indexNames, occurrenceAt, occurrencesOf } from '../../../src/lsp/names';
import { analyze } from '../../../src/core/analyze';
import { LineIndex } from '../../../src/core/text/range';
import { at, sampleUri, workspace } from '../lsp/workspace-fixture';

const PRESERVATION = sampleUri('preservation-pre-suit.debt');
const ENFORCEMENT = sampleUri('judgment-enforcement.debt');

function apply(text: string, edits: TextEdit[]): string {
  const idx = new LineIndex(text);
  const sorted = [...edits].sort((a, b) => idx.offset(b.range.start) - idx.offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, idx.offset(e.range.start)) + e.newText + out.slice(idx.offset(e.range.end));
  return out;
}
const errors = (uri: string, text: string) =>
  analyze(uri, text, { read: () => undefined }, { today: '2025-06-01' }).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);

describe('rename, references and definition over 所有人 and 对象 (spec §7.3)', function () {
  this.timeout(60000);
  for (const uri of [PRESERVATION, ENFORCEMENT]) {
    it(`renaming every party of ${uri.slice(uri.lastIndexOf('/') + 1)} adds no error`, () => {
      const text = fs.readFileSync(fileURLToPath(uri), 'utf8');
      const before = errors(uri, text);
      const ws = workspace({ [uri]: text }, [uri]);
      const parties = indexNames(ws.analysis(uri)!.model).occurrences.filter((o) => o.kind === 'party' && o.declaration);
      assert.ok(parties.length >= 2);
      for (const p of parties) {
        const r = renameAt(ws, uri, p.range.start, `新名${p.name}`, 'zh') as WorkspaceEdit;
        assert.ok(!('error' in r), JSON.stringify(r));
        const renamed = apply(text, r.changes![uri]);
        assert.deepStrictEqual(errors(uri, renamed), before, `after renaming ${p.name}`);
      }
    });
  }

  it('刘强 in the preservation sample: the declaration, 借款人, 催收, and both 所有人 lines', () => {
    const ws = workspace({}, [PRESERVATION]);
    // Line 14 (1-based) `  被告 刘强 {`: the name at 0-based 13:5-13:7.
    const r = renameAt(ws, PRESERVATION, { line: 13, character: 6 }, '刘某', 'zh') as WorkspaceEdit;
    assert.deepStrictEqual(r.changes![PRESERVATION].map((e) => at(e.range)).sort(),
      ['13:5-13:7', '21:8-21:10', '29:18-29:20', '33:8-33:10', '39:8-39:10'].sort());
  });

  it('an asset: 对象 references lead to the declaration, and renaming it renames them', () => {
    const ws = workspace({}, [PRESERVATION]);
    const a = ws.analysis(PRESERVATION)!;
    const text = fs.readFileSync(fileURLToPath(PRESERVATION), 'utf8');
    const line45 = text.split('\n')[44];
    // `  保全 诉前 金额 318000 对象 工资账户、住房 …`: the reference 工资账户 on line 45 (0-based 44).
    const col = line45.indexOf('工资账户');
    const occ = occurrenceAt(indexNames(a.model), { line: 44, character: col + 1 })!;
    assert.strictEqual(occ.kind, 'asset');
    // Definition: the declaration `  财产 工资账户 {` on line 32 (0-based 31), name at 5-9.
    assert.strictEqual(at(occ.target!.range), '31:5-31:9');
    assert.deepStrictEqual(occurrencesOf(ws, occ, PRESERVATION).map((o) => at(o.occurrence.range)).sort(), ['31:5-31:9', `44:${col}-44:${col + 4}`].sort());
    const r = renameAt(ws, PRESERVATION, { line: 44, character: col + 1 }, '工资卡', 'zh') as WorkspaceEdit;
    const renamed = apply(text, r.changes![PRESERVATION]);
    assert.match(renamed, /财产 工资卡 \{/);
    assert.match(renamed, /对象 工资卡、住房/);
    assert.deepStrictEqual(errors(PRESERVATION, renamed), errors(PRESERVATION, text));
  });

  it('renaming an asset to the name of another asset of the case is refused', () => {
    const ws = workspace({}, [PRESERVATION]);
    const r = renameAt(ws, PRESERVATION, { line: 31, character: 6 }, '住房', 'zh');
    assert.ok('error' in r && /住房/.test(r.error));
  });
});
