/**
 * fast-check: for random files (fragments of valid cases, shuffled and cut, so also broken ones) and random
 * positions, no navigation or completion request throws and every range returned lies inside the document.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { LineIndex, Range } from '../../../src/core/text/range';
import { definitionAt } from '../../../src/lsp/definition';
import { referencesAt } from '../../../src/lsp/references';
import { highlightsAt } from '../../../src/lsp/document-highlight';
import { prepareRenameAt, renameAt } from '../../../src/lsp/rename';
import { documentSymbols } from '../../../src/lsp/document-symbols';
import { foldingRanges } from '../../../src/lsp/folding-ranges';
import { selectionRanges } from '../../../src/lsp/selection-ranges';
import { complete } from '../../../src/lsp/completion/complete';
import { DocumentSymbol, SelectionRange } from 'vscode-languageserver/node';
import { workspace } from './workspace-fixture';

const URI = 'file:///p/main.debt';
const PIECES = ['案件', '"甲 乙"', '{', '}', '｛', '原告', '被告', '张三', '李四', '借款', '一号', '出借人', '借款人', '交付', '2023-01-10', '5万元',
  '转账', '证据', '借条', '类型', '还款', '催收', '向', '确认', '由', '请求', '保证责任', '当事人', '代理人', '委托人', '引用', '"x.debt"',
  '//注释', '/*', '*/', '\n', ' ', '、', '利率', '12%', '"未闭合', '“中文”', 'case', 'loan', '@', '\r\n', '\u3000', '😀'];

const fileArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(' '));

function inside(idx: LineIndex, text: string, r: Range): boolean {
  const end = idx.position(text.length);
  const ok = (p: { line: number; character: number }) => p.line >= 0 && p.character >= 0 && (p.line < end.line || (p.line === end.line && p.character <= end.character))
    && idx.offset(p) <= text.length && p.character <= lineLength(text, idx, p.line);
  return ok(r.start) && ok(r.end);
}
function lineLength(text: string, idx: LineIndex, line: number): number {
  const start = idx.offset({ line, character: 0 });
  const nl = text.slice(start).search(/\r\n|\r|\n/);
  return nl < 0 ? text.length - start : nl;
}

describe('navigation properties', function () {
  this.timeout(120000);
  it('every range inside the document, no throw, for random files and positions', () => {
    fc.assert(fc.property(fileArb, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), (text, picks) => {
      const ws = workspace({ [URI]: text, 'file:///p/x.debt': '当事人 张三 {}' });
      const a = ws.analysis(URI)!;
      const idx = new LineIndex(text);
      const check = (r: Range, what: string) => assert.ok(inside(idx, text, r), `${what} ${JSON.stringify(r)} in ${JSON.stringify(text)}`);
      // Positions an editor can send: never between the \r and \n of a line end.
      const positions = picks.map((n) => {
        const p = idx.position(n % (text.length + 1));
        return { line: p.line, character: Math.min(p.character, lineLength(text, idx, p.line)) };
      });
      for (const p of positions) {
        for (const l of definitionAt(a, p)) if (l.uri === URI) check(l.range, 'definition');
        for (const l of referencesAt(ws, URI, p, true)) if (l.uri === URI) check(l.range, 'references');
        for (const h of highlightsAt(a, p)) check(h.range, 'highlight');
        const prep = prepareRenameAt(ws, URI, p, 'zh');
        if (!('error' in prep)) check(prep.range, 'prepareRename');
        const edit = renameAt(ws, URI, p, '新名', 'zh');
        if (!('error' in edit)) for (const e of edit.changes?.[URI] ?? []) check(e.range, 'rename');
        const offset = idx.offset(p);
        for (const item of complete({ uri: URI, text, offset, position: p, analysis: a, locale: 'zh', today: '2026-01-05', uris: [URI, 'file:///p/x.debt'] })) {
          const te = item.textEdit as { range: Range } | undefined;
          if (te) check(te.range, 'completion');
        }
      }
      const walk = (s: DocumentSymbol[]) => { for (const x of s) { check(x.range, 'symbol'); check(x.selectionRange, 'symbol selection'); walk(x.children ?? []); } };
      walk(documentSymbols(a, 'zh'));
      const lines = idx.lineCount;
      for (const f of foldingRanges(text)) assert.ok(f.startLine >= 0 && f.startLine < f.endLine && f.endLine < lines, `folding ${JSON.stringify(f)}`);
      for (const s of selectionRanges(text, positions)) {
        for (let r: SelectionRange | undefined = s; r; r = r.parent) {
          check(r.range, 'selection');
          if (r.parent) assert.ok(idx.offset(r.parent.range.start) <= idx.offset(r.range.start) && idx.offset(r.range.end) <= idx.offset(r.parent.range.end), 'parent contains child');
        }
      }
    }), { numRuns: 400 });
  });
});
