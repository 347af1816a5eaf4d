/** Completion at the spec §7.3 reference positions: 保全 … 对象 offers the case's assets, 所有人 the case's parties. */
import * as assert from 'assert';
import { CompletionItem } from 'vscode-languageserver/node';
import { analyze } from '../../../src/core/analyze';
import { LineIndex } from '../../../src/core/text/range';
import { complete } from '../../../src/lsp/completion/complete';

const URI = 'file:///w/cases/main.debt';

/** Completion at the `|` of `src`. */
function at(src: string, locale: 'zh' | 'en' = 'zh'): CompletionItem[] {
  const offset = src.indexOf('|');
  const text = src.slice(0, offset) + src.slice(offset + 1);
  const analysis = analyze(URI, text, { read: () => undefined }, { structureOnly: true });
  return complete({ uri: URI, text, offset, position: new LineIndex(text).position(offset), analysis, locale, today: '2026-01-05', uris: [URI] });
}
const labels = (items: CompletionItem[]) => items.map((i) => i.label);

const CASE = [
  '案件 甲诉乙 {',
  '  原告 甲 { 自然人 }',
  '  被告 乙 { 自然人 }',
  '  第三人 丙',
  '  财产 工资账户 { 类型 银行账户 所有人 乙 }',
  '  财产 住房 { 类型 不动产 }',
  '  财产 "京A 12345" {}',
  '',
].join('\n');

describe('completion: assets and owners (spec §7.3)', () => {
  it('after 保全 … 对象: the case\'s assets, described by their kind, quoted when the name needs it', () => {
    const items = at(CASE + '  保全 诉前 对象 |\n}');
    assert.deepStrictEqual(labels(items), ['工资账户', '住房', '京A 12345']);
    assert.deepStrictEqual(items.map((i) => i.detail), ['银行账户', '不动产', '财产']);
    assert.strictEqual(items[2].textEdit!.newText, '"京A 12345"');
    // The typed prefix is replaced: in `  保全 诉前 对象 住` (line 7) 住 is character 11.
    const typed = at(CASE + '  保全 诉前 对象 住|\n}');
    assert.deepStrictEqual(typed.find((i) => i.label === '住房')!.textEdit, { range: { start: { line: 7, character: 11 }, end: { line: 7, character: 12 } }, newText: '住房' });
    assert.match(typed.find((i) => i.label === '住房')!.filterText!, /^住房 zf zhufang$/);
  });

  it('after a list separator, and after 金额: still the assets', () => {
    assert.deepStrictEqual(labels(at(CASE + '  保全 诉前 对象 工资账户、|\n}')), ['工资账户', '住房', '京A 12345']);
    assert.deepStrictEqual(labels(at(CASE + '  保全 诉中 金额 5万元 对象 |\n}')), ['工资账户', '住房', '京A 12345']);
  });

  it('after the targets: the rest of the 保全 item (担保, 申请, 裁定), not the assets again', () => {
    const l = labels(at(CASE + '  保全 诉前 对象 住房 |\n}'));
    assert.deepStrictEqual(l.slice(0, 3), ['担保', '申请', '裁定']);
    assert.ok(!l.includes('住房'));
  });

  it('only the assets of the case around the cursor', () => {
    const other = '案件 另案 {\n  财产 存款 { 类型 银行账户 }\n}\n';
    assert.deepStrictEqual(labels(at(other + CASE + '  保全 诉前 对象 |\n}')), ['工资账户', '住房', '京A 12345']);
    assert.deepStrictEqual(labels(at(CASE + '}\n' + '案件 无财产 {\n  保全 诉前 对象 |\n}')), []);
  });

  it('English: asset kinds in English, the same names', () => {
    const items = at('case A {\n  defendant B\n  asset car { kind vehicle owner B }\n  preservation pre-suit targets |\n}', 'en');
    assert.deepStrictEqual(labels(items), ['car']);
    assert.strictEqual(items[0].detail, 'vehicle');
  });

  it('所有人 inside an asset block: the case\'s parties, defendants first', () => {
    const items = at(CASE + '  财产 车辆 { 所有人 | }\n}');
    assert.deepStrictEqual(labels(items), ['甲', '乙', '丙']);
    // sortText '0a…' for the defendant, '0b…' for the others: 乙 sorts first.
    assert.deepStrictEqual(items.map((i) => i.sortText), ['0b甲', '0a乙', '0b丙']);
    assert.deepStrictEqual(items.map((i) => i.detail), ['原告', '被告', '第三人']);
    assert.deepStrictEqual([...items].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).map((i) => i.label)[0], '乙');
  });

  it('所有人 on its own line of a multi-line asset block, and in English', () => {
    assert.deepStrictEqual(labels(at(CASE + '  财产 车辆 {\n    类型 车辆\n    所有人 |\n  }\n}')), ['甲', '乙', '丙']);
    const en = at('case A {\n  plaintiff P\n  defendant D\n  asset car { owner | }\n}', 'en');
    assert.deepStrictEqual(en.map((i) => `${i.label} ${i.detail} ${i.sortText}`), ['P plaintiff 0bP', 'D defendant 0aD']);
  });
});
