/**
 * Semantic tokens (whole document). Standard token types, so every theme colours them:
 *   keyword     keywords (a keyword written where a name goes is coloured as that name)
 *   namespace   case names            class       party names          parameter   agent names
 *   variable    loan names            enumMember  evidence names
 *   number      amounts and counts; dates carry the modifier `date`, rates the modifier `rate`
 *   string      strings and other written values (court, address, ID numbers, phone numbers)
 *   comment     `//` and `/* … *\/` comments
 * Modifier `declaration` marks the place a party, agent, loan, evidence item or case is declared.
 */
import { SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver/node';
import { Analysis } from '../core/analyze';
import { LineIndex, Range } from '../core/text/range';
import { Feature } from './context';
import { Element, lexed, Lexed, NameSite, namesOfCase, topLevelNames } from './locate';

export const TOKEN_TYPES = ['keyword', 'namespace', 'class', 'parameter', 'variable', 'enumMember', 'number', 'string', 'comment'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'date', 'rate'] as const;
export const legend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = typeof TOKEN_TYPES[number];
const TYPE = (t: TokenType) => TOKEN_TYPES.indexOf(t);
const MOD = { declaration: 1, date: 2, rate: 4 };
const TYPE_OF_ELEMENT: Record<Element['kind'], TokenType> = { case: 'namespace', party: 'class', agent: 'parameter', loan: 'variable', evidence: 'enumMember' };

/** One classified stretch of text (single line except block comments, which are split per line when encoded). */
export interface Classified { start: number; end: number; type: TokenType; modifiers: number }

/** Every token of the file (or of the offsets [from, to)) with its type, in text order. */
export function classify(analysis: Analysis, l: Lexed, from = 0, to = Number.MAX_SAFE_INTEGER): Classified[] {
  const names: NameSite[] = topLevelNames(analysis.model, l.index);
  for (const c of analysis.model.cases) {
    // Only the cases the stretch touches: a viewport of a 637-case file names one or two cases, not all of them.
    const r = c.range, start = l.index.offset(r.start), end = l.index.offset(r.end);
    if (end >= from && start <= to) names.push(...namesOfCase(analysis.model, c, l.index));
  }
  const nameAt = new Map<number, NameSite>();
  for (const n of names) if (!nameAt.has(n.start) || n.declaration) nameAt.set(n.start, n);
  const out: Classified[] = [];
  const comments = l.comments.filter((c) => c.end > from && c.start < to);
  let ci = 0;
  for (const t of lexemesIn(l, from, to)) {
    while (ci < comments.length && comments[ci].start < t.start) { out.push({ ...comments[ci], type: 'comment', modifiers: 0 }); ci++; }
    const n = nameAt.get(t.start);
    if (n && n.end === t.end) { out.push({ start: t.start, end: t.end, type: TYPE_OF_ELEMENT[n.element.kind], modifiers: n.declaration ? MOD.declaration : 0 }); continue; }
    switch (t.kind) {
      case 'keyword': out.push({ start: t.start, end: t.end, type: 'keyword', modifiers: 0 }); break;
      case 'date': out.push({ start: t.start, end: t.end, type: 'number', modifiers: MOD.date }); break;
      case 'rate': out.push({ start: t.start, end: t.end, type: 'number', modifiers: MOD.rate }); break;
      case 'amount': case 'number': out.push({ start: t.start, end: t.end, type: 'number', modifiers: 0 }); break;
      case 'name': case 'string': case 'word': out.push({ start: t.start, end: t.end, type: 'string', modifiers: 0 }); break;
      default: break; // braces and commas are left to the grammar
    }
  }
  for (; ci < comments.length; ci++) out.push({ ...comments[ci], type: 'comment', modifiers: 0 });
  return out;
}

/** The lexemes that overlap [from, to), by binary search (lexemes are in text order). */
function lexemesIn(l: Lexed, from: number, to: number): Lexed['lexemes'] {
  if (from <= 0 && to >= l.text.length) return l.lexemes;
  let lo = 0, hi = l.lexemes.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (l.lexemes[mid].end <= from) lo = mid + 1; else hi = mid; }
  let end = lo;
  while (end < l.lexemes.length && l.lexemes[end].start < to) end++;
  return l.lexemes.slice(lo, end);
}

/** LSP encoding: five integers per token, each relative to the previous one; multi-line tokens split per line. */
export function encode(tokens: Classified[], index: LineIndex): number[] {
  const data: number[] = [];
  let prevLine = 0, prevChar = 0;
  const push = (line: number, char: number, length: number, type: number, mods: number) => {
    if (length <= 0) return;
    data.push(line - prevLine, line === prevLine ? char - prevChar : char, length, type, mods);
    prevLine = line; prevChar = char;
  };
  for (const t of tokens) {
    const s = index.position(t.start), e = index.position(t.end);
    if (s.line === e.line) { push(s.line, s.character, e.character - s.character, TYPE(t.type), t.modifiers); continue; }
    // A block comment over several lines: one token per line, each up to its line end.
    for (let line = s.line; line <= e.line; line++) {
      const from = line === s.line ? s.character : 0;
      const lineEnd = line === e.line ? e.character : lineLength(index, line);
      push(line, from, lineEnd - from, TYPE(t.type), t.modifiers);
    }
  }
  return data;
}

function lineLength(index: LineIndex, line: number): number {
  const start = index.offset({ line, character: 0 });
  const next = index.offset({ line: line + 1, character: 0 });
  let end = line + 1 < index.lineCount ? next : index.text.length;
  while (end > start && (index.text.charCodeAt(end - 1) === 10 || index.text.charCodeAt(end - 1) === 13)) end--;
  return end - start;
}

export function semanticTokens(analysis: Analysis, text: string, range?: Range): SemanticTokens {
  const l = lexed(analysis, text);
  if (!range) return { data: encode(classify(analysis, l), l.index) };
  return { data: encode(classify(analysis, l, l.index.offset(range.start), l.index.offset(range.end)), l.index) };
}

export const semanticTokensFeature: Feature = {
  // `range` too: VS Code asks for the visible lines first, so a large file is coloured before the whole is classified.
  capabilities: { semanticTokensProvider: { legend, full: true, range: true } },
  register(ctx) {
    ctx.connection.languages.semanticTokens.on((params): SemanticTokens => {
      try {
        const uri = params.textDocument.uri;
        const analysis = ctx.analysis(uri), text = ctx.text(uri);
        if (!analysis || text === undefined) return { data: [] };
        return semanticTokens(analysis, text);
      } catch (e) {
        ctx.connection.console.error(`debt: semantic tokens failed: ${(e as Error).stack ?? e}`);
        return { data: [] };
      }
    });
    ctx.connection.languages.semanticTokens.onRange((params): SemanticTokens => {
      try {
        const uri = params.textDocument.uri;
        const analysis = ctx.analysis(uri), text = ctx.text(uri);
        if (!analysis || text === undefined) return { data: [] };
        return semanticTokens(analysis, text, params.range);
      } catch (e) {
        ctx.connection.console.error(`debt: semantic tokens failed: ${(e as Error).stack ?? e}`);
        return { data: [] };
      }
    });
  },
};
