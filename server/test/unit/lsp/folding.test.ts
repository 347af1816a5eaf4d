/** Folding ranges and selection ranges on small fixtures. */
import * as assert from 'assert';
import { FoldingRangeKind, SelectionRange } from 'vscode-languageserver/node';
import { foldingRanges } from '../../../src/lsp/folding-ranges';
import { selectionRanges } from '../../../src/lsp/selection-ranges';

describe('folding ranges', () => {
  it('blocks over several lines (closing line stays visible), runs of line comments, block comments; braces in strings do not count', () => {
    const text = [
      '// 一', '// 二', '案件 甲 {', '  原告 张三 {', '    自然人', '  }', '  /* 多行', '     注释 */', '  备注 "{ 不是块"', '  证据 X { 类型 借条 }', '}', '',
    ].join('\n');
    assert.deepStrictEqual(foldingRanges(text), [
      { startLine: 0, endLine: 1, kind: FoldingRangeKind.Comment },
      { startLine: 2, endLine: 9 },
      { startLine: 3, endLine: 4 },
      { startLine: 6, endLine: 7, kind: FoldingRangeKind.Comment },
    ]);
  });

  it('an unclosed block folds to the end; an open block comment too; a comment after code is not part of a run', () => {
    assert.deepStrictEqual(foldingRanges('案件 甲 {\n  法院 某某\n  /* 未完\n 注释'), [
      { startLine: 0, endLine: 3 }, { startLine: 2, endLine: 3, kind: FoldingRangeKind.Comment },
    ]);
    assert.deepStrictEqual(foldingRanges('法院 x // a\n// b\n'), []);
  });
});

describe('selection ranges', () => {
  const chain = (s: SelectionRange) => {
    const out: string[] = [];
    for (let r: SelectionRange | undefined = s; r; r = r.parent) out.push(`${r.range.start.line}:${r.range.start.character}-${r.range.end.line}:${r.range.end.character}`);
    return out;
  };

  it('token → field → block → item → case block → case → file', () => {
    const text = '案件 甲 {\n  借款 一 {\n    利率 12%/年\n  }\n}\n';
    // On `12%/年` (line 2, five characters at 7..12): the field `利率 12%/年` (4..12), the loan's block `{ … }` (1:7 to 3:3), the loan item
    // (1:2 to 3:3), the case's block (0:5 to 4:1), the case item (0:0 to 4:1), the file (0:0 to 5:0).
    assert.deepStrictEqual(chain(selectionRanges(text, [{ line: 2, character: 9 }])[0]), [
      '2:7-2:12', '2:4-2:12', '1:7-3:3', '1:2-3:3', '0:5-4:1', '0:0-4:1', '0:0-5:0',
    ]);
  });

  it('a repayment with its proof is one item; broken text still gives a chain inside the document', () => {
    const text = '案件 甲 { 还款 2023-01-01 100元 证据 X\n 证据 X { 类型 借条 } }';
    // `还款 2023-01-01 100元 证据 X` spans 7..30 on line 0; the case's block closes with the `}` at 1:16 (` 证据 X { 类型 借条 } ` is 16 characters).
    assert.deepStrictEqual(chain(selectionRanges(text, [{ line: 0, character: 29 }])[0]).slice(0, 3), ['0:29-0:30', '0:7-0:30', '0:5-1:17']);
    const broken = selectionRanges('案件 { 借款 } 利率 @@ {', [{ line: 0, character: 12 }, { line: 9, character: 99 }]);
    assert.strictEqual(broken.length, 2);
    for (const s of broken) for (const r of chain(s)) assert.match(r, /^0:\d+-0:\d+$/);
  });
});
