/**
 * The outline, the code lenses and the semantic tokens kept per case (document-symbols.ts, code-lens.ts,
 * semantic-tokens.ts) equal those of a fresh analysis
 * after every edit of random sequences, through the language server's analysis cache (chunks, law cache), and a
 * case the edit did not touch keeps its very objects.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import { AnalysisCache } from '../../../src/lsp/analysis-cache';
import { codeLenses } from '../../../src/lsp/code-lens';
import { documentSymbols } from '../../../src/lsp/document-symbols';
import { lexed, lineIndexOf } from '../../../src/lsp/locate';
import { classify, encode, semanticTokens } from '../../../src/lsp/semantic-tokens';
import { generateFile } from '../../../../bench/generate';

const URI = 'file:///bench/kept.debt';

/** Edits that keep the syntax whole: a digit changed, a line or a comment added, a blank removed. */
function edit(text: string, op: number, at: number): string {
  const pos = Math.floor(at * text.length);
  const ls = text.lastIndexOf('\n', pos - 1) + 1;
  if (op === 0) { const d = text.slice(pos).search(/\d/); return d < 0 ? text : text.slice(0, pos + d) + String((+text[pos + d] + 1) % 10) + text.slice(pos + d + 1); }
  if (op === 1) return text.slice(0, ls) + '\n' + text.slice(ls);
  if (op === 2) return text.slice(0, ls) + '// 备注\n' + text.slice(ls);
  const blank = text.indexOf('\n\n', pos);
  return blank < 0 ? text : text.slice(0, blank) + text.slice(blank + 1);
}

function session() {
  let current = '';
  const cache = new AnalysisCache({ read: (uri) => (uri === URI ? current : undefined) }, () => ({ locale: 'zh', settings: {} }));
  return {
    at(text: string) {
      current = text;
      cache.invalidate(URI);
      const kept = cache.get(URI)!;
      // (Both with today's date, as the server runs.)
      const fresh = analyze(URI, text, { read: () => undefined }, { locale: 'zh' });
      return { kept, fresh, text };
    },
  };
}

describe('outline, code lenses and semantic tokens kept per case', function () {
  this.timeout(60000);

  it('equal a fresh analysis\'s after each edit of random sequences', () => {
    const bases = [generateFile(8).text,
      // Top-level parties and comments between cases, a comment over two lines inside a case.
      '// 出借人库\n当事人 共用出借人 { 自然人 住所 "北京市朝阳区" }\n/* 多行\n注释 */\n' + generateFile(3).text.replace('  法院', '  /* 案内\n多行注释 */\n  法院')];
    for (const base of bases) fc.assert(fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true })), { minLength: 1, maxLength: 6 }), (steps) => {
      const s = session();
      const texts = [base];
      for (const [op, at] of steps) texts.push(edit(texts[texts.length - 1], op, at));
      for (const text of texts) {
        const { kept, fresh } = s.at(text);
        assert.deepStrictEqual(JSON.parse(JSON.stringify(documentSymbols(kept, 'zh'))), JSON.parse(JSON.stringify(documentSymbols(fresh, 'zh'))));
        assert.deepStrictEqual(JSON.parse(JSON.stringify(codeLenses(kept, lineIndexOf(kept, text), 'zh'))),
          JSON.parse(JSON.stringify(codeLenses(fresh, lineIndexOf(fresh, text), 'zh'))));
        // Semantic tokens: the kept cases' encodings joined = the whole file classified in one pass.
        const whole = lexed(fresh, text);
        assert.deepStrictEqual(semanticTokens(kept, text).data, encode(classify(fresh, whole), whole.index));
      }
      return true;
    }), { numRuns: 30, seed: 11 });
  });

  it('an edit in one case keeps the other cases\' outline entries and lenses as the same objects', () => {
    const text = generateFile(4).text;
    const s = session();
    const before = s.at(text).kept;
    const symbols0 = documentSymbols(before, 'zh'), lenses0 = codeLenses(before, lineIndexOf(before, text), 'zh');
    // The repayment of case 2 becomes 10,000元 larger: its principal and claim change.
    const at = text.indexOf('还款 ', text.indexOf('借款 借款2 {')) + '还款 2021-06-07 '.length;
    const changed = text.slice(0, at) + String(Number(text[at]) + 1) + text.slice(at + 1);
    const after = s.at(changed).kept;
    const symbols1 = documentSymbols(after, 'zh'), lenses1 = codeLenses(after, lineIndexOf(after, changed), 'zh');
    for (const k of [0, 1, 3]) assert.strictEqual(symbols1[k], symbols0[k], `outline entry of case ${k}`);
    assert.notStrictEqual(symbols1[2], symbols0[2]);
    const onLine = (ls: typeof lenses0, line: number) => ls.filter((l) => l.range.start.line === line);
    const line0 = before.model.cases[0].nameRange.start.line, line2 = after.model.cases[2].nameRange.start.line;
    onLine(lenses1, line0).forEach((l, i) => assert.strictEqual(l, onLine(lenses0, line0)[i], 'case 0 keeps its lenses'));
    const claim = (ls: typeof lenses0) => onLine(ls, line2).find((l) => l.command!.command === 'debt.showReport')!;
    assert.notStrictEqual(claim(lenses1).command!.title, claim(lenses0).command!.title, 'the changed case\'s claim lens is new');
  });
});
