/** Rename and references reach the names a judgment orders to pay (由, 连带) and the owners of assets (所有人). */
import * as assert from 'assert';
import { renameAt } from '../../../src/lsp/rename';
import { referencesAt } from '../../../src/lsp/references';
import { at, workspace } from './workspace-fixture';

const URI = 'file:///w/j.debt';
const TEXT = [
  '案件 甲诉乙 {',
  '  原告 甲',
  '  被告 乙',
  '  被告 丙',
  '  财产 车辆 { 所有人 乙 }',
  '  判决 "（2024）京0105民初1号" {',
  '    履行期限 2024-03-31',
  '    判项 本金 10000元 由 乙',
  '    连带 丙 范围 本金',
  '  }',
  '}',
].join('\n');

describe('rename and references: judgment payers and asset owners', () => {
  const ws = workspace({ [URI]: TEXT });
  // The first analysis in a process builds the parser: done while the suite is collected, not inside a timed test.
  referencesAt(ws, URI, { line: 0, character: 0 }, true);
  it('renaming 乙 changes the declaration, 所有人 and 由', () => {
    const r = renameAt(ws, URI, { line: 2, character: 5 }, '赵磊', 'zh');
    assert.ok(!('error' in r));
    assert.deepStrictEqual((r.changes?.[URI] ?? []).map((e) => `${at(e.range)}=${e.newText}`).sort(),
      ['2:5-2:6=赵磊', '4:14-4:15=赵磊', '7:19-7:20=赵磊'].sort());
  });
  it('references of 丙 include its 连带 line', () => {
    assert.deepStrictEqual(referencesAt(ws, URI, { line: 3, character: 5 }, true).map((l) => at(l.range)).sort(), ['3:5-3:6', '8:7-8:8'].sort());
  });
});
