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
import { CancellationToken, ResponseError, SemanticTokens, SemanticTokensDelta, SemanticTokensEdit, SemanticTokensLegend } from 'vscode-languageserver/node';
import { Analysis } from '../core/analyze';
import { LineIndex, OffsetRange, Range } from '../core/text/range';
import { Case } from '../core/model/types';
import { Feature } from './context';
import { Element, lex, lexed, Lexed, lineIndexOf, NameSite, namesOfCase, topLevelNames } from './locate';
import { pushAll } from '../core/lists';
import { finish, finishInSlices, ITEMS_PER_PAUSE, Steps, versionChanged } from './steps';

export const TOKEN_TYPES = ['keyword', 'namespace', 'class', 'parameter', 'variable', 'enumMember', 'number', 'string', 'comment'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'date', 'rate'] as const;
export const legend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

type TokenType = typeof TOKEN_TYPES[number];
const TYPE_INDEX = new Map<string, number>(TOKEN_TYPES.map((t, i) => [t, i]));
const TYPE = (t: TokenType) => TYPE_INDEX.get(t)!;
const MOD = { declaration: 1, date: 2, rate: 4 };
const TYPE_OF_ELEMENT: Record<Element['kind'], TokenType> = { case: 'namespace', party: 'class', agent: 'parameter', loan: 'variable', evidence: 'enumMember' };

/** One classified stretch of text (single line except block comments, which are split per line when encoded). */
export interface Classified { start: number; end: number; type: TokenType; modifiers: number }

/** Every token of the file (or of the offsets [from, to)) with its type, in text order. */
export function classify(analysis: Analysis, l: Lexed, from = 0, to = Number.MAX_SAFE_INTEGER): Classified[] {
  return classifyWith(l, namesAt(classifyNames(analysis, l, from, to)), from, to);
}

/** The names of the file that [from, to) may hold: those declared outside cases and those of the cases it touches. */
function classifyNames(analysis: Analysis, l: Lexed, from = 0, to = Number.MAX_SAFE_INTEGER): NameSite[] {
  const names: NameSite[] = topLevelNames(analysis.model, l.index);
  for (const c of analysis.model.cases) {
    // Only the cases the stretch touches: a viewport of a 637-case file names one or two cases, not all of them.
    const r = c.range, start = l.index.offset(r.start), end = l.index.offset(r.end);
    if (end >= from && start <= to) pushAll(names, namesOfCase(analysis.model, c, l.index));
  }
  return names;
}

function namesAt(names: NameSite[]): Map<number, NameSite> {
  const nameAt = new Map<number, NameSite>();
  for (const n of names) if (!nameAt.has(n.start) || n.declaration) nameAt.set(n.start, n);
  return nameAt;
}

/** The tokens and comments of `l` within [from, to), typed, the names typed as what they name. */
function classifyWith(l: Lexed, nameAt: Map<number, NameSite>, from = 0, to = Number.MAX_SAFE_INTEGER): Classified[] {
  return finish(classifySteps(l, nameAt, from, to));
}

function* classifySteps(l: Lexed, nameAt: Map<number, NameSite>, from = 0, to = Number.MAX_SAFE_INTEGER): Steps<Classified[]> {
  const out: Classified[] = [];
  const comments = l.comments.filter((c) => c.end > from && c.start < to);
  let ci = 0, count = 0;
  for (const t of lexemesIn(l, from, to)) {
    if (++count % ITEMS_PER_PAUSE === 0) yield;
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
  return finish(encodeAfter(tokens, index, 0, 0)).data;
}

/** The encoding of `tokens` after a token at (line, char); also where its last token stands. */
function* encodeAfter(tokens: Classified[], index: LineIndex, line0: number, char0: number): Steps<{ data: number[]; line: number; char: number }> {
  const data: number[] = [];
  let prevLine = line0, prevChar = char0;
  const push = (line: number, char: number, length: number, type: number, mods: number) => {
    if (length <= 0) return;
    data.push(line - prevLine, line === prevLine ? char - prevChar : char, length, type, mods);
    prevLine = line; prevChar = char;
  };
  let count = 0;
  for (const t of tokens) {
    if (++count % ITEMS_PER_PAUSE === 0) yield;
    const s = index.position(t.start), e = index.position(t.end);
    if (s.line === e.line) { push(s.line, s.character, e.character - s.character, TYPE(t.type), t.modifiers); continue; }
    // A block comment over several lines: one token per line, each up to its line end.
    for (let line = s.line; line <= e.line; line++) {
      const from = line === s.line ? s.character : 0;
      const lineEnd = line === e.line ? e.character : lineLength(index, line);
      push(line, from, lineEnd - from, TYPE(t.type), t.modifiers);
    }
  }
  return { data, line: prevLine, char: prevChar };
}

function lineLength(index: LineIndex, line: number): number {
  const start = index.offset({ line, character: 0 });
  const next = index.offset({ line: line + 1, character: 0 });
  let end = line + 1 < index.lineCount ? next : index.text.length;
  while (end > start && (index.text.charCodeAt(end - 1) === 10 || index.text.charCodeAt(end - 1) === 13)) end--;
  return end - start;
}

export function semanticTokens(analysis: Analysis, text: string, range?: Range): SemanticTokens {
  return { data: finish(semanticTokenSteps(analysis, text, range)) };
}

/** The encoded tokens of the whole file (or of `range`), pausing now and then (steps.ts). */
export function* semanticTokenSteps(analysis: Analysis, text: string, range?: Range): Steps<number[]> {
  if (!range) return yield* wholeFile(analysis, text);
  const l = lexed(analysis, text);
  const from = l.index.offset(range.start), to = l.index.offset(range.end);
  return (yield* encodeAfter(yield* classifySteps(l, namesAt(classifyNames(analysis, l, from, to)), from, to), l.index, 0, 0)).data;
}

/** Where the top-level items of this file start (token starts, so the text between cases can be lexed in pieces). */
function topLevelStarts(analysis: Analysis, index: LineIndex): number[] {
  const m = analysis.model, out: number[] = [];
  for (const x of [m.uses, m.parties, m.agents] as { uri: string; range: Range }[][]) {
    for (const it of x) if (it.uri === m.uri) out.push(it.range instanceof OffsetRange ? it.range.startOffset : index.offset(it.range.start));
  }
  return out.sort((a, b) => a - b);
}

/** Top-level items lexed and classified together between two pauses of the whole-file encoding. */
const ITEMS_PER_PIECE = 2048;

/**
 * The encoding of a case, kept on the case: the model builder hands back the same case object while its text and
 * what it reads from outside are unchanged (core/syntax/chunks.ts), and such a case starts a line, so its tokens
 * keep their places relative to its first line. Encoded as if the token before it stood at its first line's start.
 */
interface CaseTokens { firstLine: number; firstChar: number; rest: number[]; lines: number; char: number }
const keptCases = new WeakMap<Case, CaseTokens>();

/**
 * The whole file: the text between cases (comments, top-level items) classified afresh, each case's encoding kept
 * while the case is. A file with syntax problems (DEBT1xx) is classified whole, as its cases may not end where a token does.
 */
function* wholeFile(analysis: Analysis, text: string): Steps<number[]> {
  const index = lineIndexOf(analysis, text);
  const cases = analysis.model.cases;
  const clean = !analysis.diagnostics.some((d) => d.uri === analysis.uri && d.code < 'DEBT2');
  const ordered = cases.every((c, i) => c.range instanceof OffsetRange && c.range.start.character === 0
    && (i === 0 || (cases[i - 1].range as OffsetRange).endOffset <= (c.range as OffsetRange).startOffset));
  if (!clean || !ordered) {
    const l = lexed(analysis, text);
    yield;
    const c = yield* classifySteps(l, namesAt(classifyNames(analysis, l)));
    return (yield* encodeAfter(c, l.index, 0, 0)).data;
  }
  const between = namesAt(topLevelNames(analysis.model, index));
  // The text between cases is lexed in pieces of ITEMS_PER_PIECE top-level items (a 130,000-party file in 64 pieces),
  // cut where an item starts, so the work can pause between them.
  const starts = topLevelStarts(analysis, index);
  let nextStart = 0;
  // The parts are joined once at the end (a native concat, not 300,000 pushes).
  const parts: number[][] = [];
  let line = 0, char = 0, at = 0;
  const addBetween = function* (from: number, to: number): Steps<void> {
    while (nextStart < starts.length && starts[nextStart] <= from) nextStart++;
    for (let pieceStart = from; pieceStart < to;) {
      const k = nextStart + ITEMS_PER_PIECE;
      const cut = k < starts.length && starts[k] < to ? starts[k] : to;
      if (cut !== to) nextStart = k;
      if (!/^[\s;；]*$/.test(text.slice(pieceStart, cut))) {
        const l = lex(text, pieceStart, cut, index);
        yield;
        const part = yield* encodeAfter(yield* classifySteps(l, between), index, line, char);
        parts.push(part.data);
        line = part.line; char = part.char;
      }
      pieceStart = cut;
    }
  };
  for (const c of cases) {
    const r = c.range as OffsetRange;
    yield* addBetween(at, r.startOffset);
    const first = r.start.line;
    let kept = keptCases.get(c);
    if (!kept) {
      const classified = yield* classifySteps(lex(text, r.startOffset, r.endOffset, index), namesAt(namesOfCase(analysis.model, c, index)));
      const part = yield* encodeAfter(classified, index, first, 0);
      kept = { firstLine: part.data[0], firstChar: part.data[1], rest: part.data.slice(2), lines: part.line - first, char: part.char };
      keptCases.set(c, kept);
    }
    if (kept.firstLine !== undefined) {
      // Its first token, after the token before the case (on an earlier line, or at the start of the file).
      const firstLine = first + kept.firstLine;
      parts.push([firstLine - line, firstLine === line ? kept.firstChar - char : kept.firstChar], kept.rest);
      line = first + kept.lines; char = kept.char;
    }
    at = r.endOffset;
  }
  yield* addBetween(at, text.length);
  return ([] as number[]).concat(...parts);
}

/**
 * The last answer per document, for `full/delta`: after an edit the editor asks for the change since that answer,
 * and gets one edit of the integer list (one changed case) instead of the whole list again.
 */
class LastAnswers {
  private last = new Map<string, { resultId: string; data: number[] }>();
  private next = 0;
  remember(uri: string, data: number[]): SemanticTokens {
    const resultId = String(++this.next);
    this.last.set(uri, { resultId, data });
    return { resultId, data };
  }
  since(uri: string, previousResultId: string, data: number[]): SemanticTokens | SemanticTokensDelta {
    const before = this.last.get(uri);
    const answer = this.remember(uri, data);
    if (!before || before.resultId !== previousResultId) return answer;
    return { resultId: answer.resultId, edits: tokenEdits(before.data, data) };
  }
  forget(uri: string): void { this.last.delete(uri); }
}

/** `after` as at most one edit of `before`: what lies between their common start and common end. */
export function tokenEdits(before: number[], after: number[]): SemanticTokensEdit[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const deleteCount = before.length - start - end, data = after.slice(start, after.length - end);
  return deleteCount === 0 && data.length === 0 ? [] : [{ start, deleteCount, ...(data.length ? { data } : {}) }];
}

export const semanticTokensFeature: Feature = {
  // `range` too: VS Code asks for the visible lines first, so a large file is coloured before the whole is classified.
  capabilities: { semanticTokensProvider: { legend, full: { delta: true }, range: true } },
  register(ctx) {
    const answers = new LastAnswers();
    ctx.documents.onDidClose((e) => answers.forget(e.document.uri));
    /** The whole document's tokens, or undefined when there is no analysis of it; stops when cancelled (steps.ts). */
    const tokensOf = async (uri: string, token: CancellationToken, range?: Range): Promise<number[] | undefined> => {
      try {
        const analysis = ctx.analysis(uri), text = ctx.text(uri);
        if (!analysis || text === undefined) return undefined;
        return await finishInSlices(semanticTokenSteps(analysis, text, range), token, versionChanged(ctx, uri));
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        ctx.connection.console.error(`debt: semantic tokens failed: ${(e as Error).stack ?? e}`);
        return undefined;
      }
    };
    ctx.connection.languages.semanticTokens.on(async (params, token): Promise<SemanticTokens> => {
      const data = await tokensOf(params.textDocument.uri, token);
      return data ? answers.remember(params.textDocument.uri, data) : { data: [] };
    });
    ctx.connection.languages.semanticTokens.onDelta(async (params, token): Promise<SemanticTokens | SemanticTokensDelta> => {
      const data = await tokensOf(params.textDocument.uri, token);
      return data ? answers.since(params.textDocument.uri, params.previousResultId, data) : { data: [] };
    });
    ctx.connection.languages.semanticTokens.onRange(async (params, token): Promise<SemanticTokens> =>
      ({ data: (await tokensOf(params.textDocument.uri, token, params.range)) ?? [] }));
  },
};
