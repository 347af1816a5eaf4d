/**
 * "What is at this position" for the editor features (hover, inlay hints, semantic tokens, and whoever needs it):
 *   - `lexed(analysis, text)`: the file's tokens classified for the editor, lexed once per analysis (cached);
 *   - `tokenAt(lexed, offset)`: the token under an offset;
 *   - `caseAt(file, offset)`: the case that encloses an offset;
 *   - `namesOfCase(file, c)` / `topLevelNames(file)`: every declared or referenced name of a case or of the top
 *     level, with the model element it stands for (party, agent, loan, evidence, case);
 *   - `locate(analysis, text, position)`: all of the above for one position.
 * Pure: no connection; reads the model's ranges (offsets when they are `OffsetRange`s of this file).
 */
import { IToken, TokenType } from 'chevrotain';
import { Analysis } from '../core/analyze';
import { Agent, Case, DebtFile, Evidence, Loan, Party, Ref, Event } from '../core/model/types';
import { coDebtorProofs, coDebtorRefs } from '../core/model/resolve';
import { tokenize } from '../core/syntax/lexer';
import { K } from '../core/syntax/tokens';
import { LineIndex, OffsetRange, Position, Range } from '../core/text/range';

export type LexemeKind = 'keyword' | 'name' | 'string' | 'date' | 'amount' | 'number' | 'rate' | 'word' | 'punctuation';

/** One token of the file as the editor sees it. Offsets are string offsets; `concept` for keywords (a key of `K`). */
export interface Lexeme { kind: LexemeKind; start: number; end: number; image: string; concept?: string }
export interface Span { start: number; end: number }

export interface Lexed {
  /** The whole text (offsets are offsets in it), though only a part of it may have been lexed. */
  text: string;
  index: LineIndex;
  lexemes: Lexeme[];
  /** `//` and `/* … *\/` comments (the lexer skips them; found in the gaps between tokens). */
  comments: Span[];
}

const CONCEPT = new Map<TokenType, string>(Object.entries(K).map(([concept, t]) => [t, concept]));
const KIND_BY_TOKEN: Record<string, LexemeKind> = {
  Name: 'name', QuotedString: 'string', CnString: 'string', OpenString: 'string', DateLit: 'date', RateLit: 'rate', LprLit: 'rate',
  NumberLit: 'amount', CnyMoney: 'amount', WordLit: 'word', LBrace: 'punctuation', RBrace: 'punctuation', Comma: 'punctuation',
};
/** After these keywords a plain number is a count, not money (页数 3, 计息天数 360). */
const COUNT_KEYWORDS = new Set(['Pages', 'Daycount']);
/** After these a run of digits is an identifier, not money (电话 13800000000, 身份证号 110105198503021233). */
const WORD_KEYWORDS = new Set(['Phone', 'Id', 'CreditCode']);

const wholeFile = new WeakMap<Analysis, Lexed>();
const indexes = new WeakMap<Analysis, LineIndex>();

/** The line index of `text` (the text `analysis` was made from), built once per analysis. */
export function lineIndexOf(analysis: Analysis, text: string): LineIndex {
  const hit = indexes.get(analysis);
  if (hit && hit.text === text) return hit;
  const fresh = new LineIndex(text);
  indexes.set(analysis, fresh);
  return fresh;
}

/** The tokens of the whole of `text` (the text `analysis` was made from), lexed once per analysis. */
export function lexed(analysis: Analysis, text: string): Lexed {
  const hit = wholeFile.get(analysis);
  if (hit && hit.text === text) return hit;
  const fresh = lex(text, 0, text.length, lineIndexOf(analysis, text));
  wholeFile.set(analysis, fresh);
  return fresh;
}

/**
 * The tokens of `text` between two token boundaries (a case's range, or the whole text), with offsets in `text`.
 * A request about one place lexes only its case: a few hundred characters instead of a 637-case file.
 */
export function lex(text: string, from = 0, to = text.length, index = new LineIndex(text)): Lexed {
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const tokens: IToken[] = tokenize(part).tokens;
  const lexemes: Lexeme[] = [];
  const comments: Span[] = [];
  let gapStart = 0;
  const slash = { at: -1 };
  for (const t of tokens) {
    findComments(part, gapStart, t.startOffset, from, comments, slash);
    const start = t.startOffset + from, end = start + t.image.length;
    gapStart = t.startOffset + t.image.length;
    const concept = CONCEPT.get(t.tokenType);
    let kind: LexemeKind = concept ? 'keyword' : KIND_BY_TOKEN[t.tokenType.name] ?? 'word';
    if (kind === 'amount' && t.tokenType.name === 'NumberLit') {
      const prev = lexemes[lexemes.length - 1];
      if (prev?.concept && COUNT_KEYWORDS.has(prev.concept)) kind = 'number';
      else if (prev?.concept && WORD_KEYWORDS.has(prev.concept)) kind = 'word';
    }
    lexemes.push(concept ? { kind, start, end, image: t.image, concept } : { kind, start, end, image: t.image });
  }
  findComments(part, gapStart, part.length, from, comments, slash);
  return { text, index, lexemes, comments };
}

/**
 * Comments in a stretch between tokens (only whitespace, `;`, comments and unknown characters stand there). `slash`
 * keeps the next `/` at or after the stretch found so far: a search from every gap to the end of a file without `/`
 * made lexing quadratic (10 s for the semantic tokens of 130,000 parties).
 */
function findComments(text: string, from: number, to: number, shift: number, out: Span[], slash: { at: number }): void {
  if (slash.at !== Infinity && slash.at < from) { const at = text.indexOf('/', from); slash.at = at < 0 ? Infinity : at; }
  if (slash.at >= to - 1) return;
  let i = slash.at;
  while (i >= 0 && i < to - 1) {
    const next = text.charCodeAt(i + 1);
    if (next === 47 /* / */) {
      let end = text.indexOf('\n', i);
      if (end < 0 || end > to) end = to;
      if (text.charCodeAt(end - 1) === 13) end--;
      out.push({ start: i + shift, end: end + shift });
      i = text.indexOf('/', end);
    } else if (next === 42 /* * */) {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 || close + 2 > to ? to : close + 2;
      out.push({ start: i + shift, end: end + shift });
      i = text.indexOf('/', end);
    } else i = text.indexOf('/', i + 1);
  }
  slash.at = i < 0 ? Infinity : i;
}

/** The token under `offset` (the one that starts at or before it and ends after it; else one ending exactly there). */
export function tokenAt(l: Lexed, offset: number): Lexeme | undefined {
  const xs = l.lexemes;
  let lo = 0, hi = xs.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  const t = xs[found];
  return offset <= t.end ? t : undefined;
}

/** Offsets of a model range of this file: read directly from an `OffsetRange`, else worked out with the index. */
export function offsetsOf(r: Range, index: LineIndex): Span {
  if (r instanceof OffsetRange) return { start: r.startOffset, end: r.endOffset };
  return { start: index.offset(r.start), end: index.offset(r.end) };
}

/** The case of this file whose block holds `offset` (cases follow each other in the text: binary search). */
export function caseAt(file: DebtFile, offset: number, index: LineIndex): Case | undefined {
  const cs = file.cases;
  let lo = 0, hi = cs.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (offsetsOf(cs[mid].range, index).start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  const c = cs[found];
  return offset <= offsetsOf(c.range, index).end ? c : undefined;
}

export type Element =
  | { kind: 'party'; party?: Party }
  | { kind: 'agent'; agent: Agent }
  | { kind: 'loan'; loan?: Loan }
  | { kind: 'evidence'; evidence?: Evidence }
  | { kind: 'case'; case: Case };

/** A name in the text: where, whether it declares, and what it stands for (undefined when it refers to nothing). */
export interface NameSite { start: number; end: number; declaration: boolean; element: Element }

/**
 * Every name a case declares or refers to, in no particular order. References are resolved by name in the case
 * (parties also among those declared at the top level or in used files). Only names written in this file.
 */
export function namesOfCase(file: DebtFile, c: Case, index: LineIndex): NameSite[] {
  const out: NameSite[] = [];
  const uri = file.uri;
  const site = (r: Range, declaration: boolean, element: Element) => { const o = offsetsOf(r, index); out.push({ ...o, declaration, element }); };
  const party = (ref: Ref) => site(ref.range, false, { kind: 'party', party: c.parties.find((p) => p.name === ref.name) ?? file.parties.find((p) => p.name === ref.name) });
  const loan = (ref: Ref) => site(ref.range, false, { kind: 'loan', loan: c.loans.find((l) => l.name === ref.name) });
  const evidence = (ref: Ref) => site(ref.range, false, { kind: 'evidence', evidence: c.evidence.find((e) => e.name === ref.name) });
  site(c.nameRange, true, { kind: 'case', case: c });
  for (const p of c.parties) if (p.uri === uri) site(p.nameRange, !p.declaredAt, { kind: 'party', party: p });
  for (const a of c.agents) {
    if (a.uri !== uri) continue;
    site(a.nameRange, true, { kind: 'agent', agent: a });
    a.principals.forEach(party);
  }
  for (const l of c.loans) {
    site(l.nameRange, true, { kind: 'loan', loan: l });
    if (l.lender) party(l.lender);
    l.borrowers.forEach(party);
    for (const g of l.guarantors) party(g.party);
    coDebtorRefs(l).forEach(party);
    coDebtorProofs(l).forEach(evidence);
    l.signedProofs.forEach(evidence);
    for (const d of l.deliveries) d.proofs.forEach(evidence);
    l.proofs.forEach(evidence);
  }
  for (const e of c.events) {
    e.proofs.forEach(evidence);
    if (e.kind === 'repaid' && e.loan) loan(e.loan);
    else if (e.kind === 'demanded') e.of.forEach(party);
    else if (e.kind === 'acknowledged' && e.by) party(e.by);
  }
  for (const e of c.evidence) site(e.nameRange, true, { kind: 'evidence', evidence: e });
  for (const cl of c.claims) if (!cl.implicit && cl.kind === 'guarantee') party(cl.party);
  for (const j of c.judgments) { for (const a of j.awards) a.by.forEach(party); for (const x of j.joint) x.parties.forEach(party); }
  for (const a of c.assets) if (a.owner) party(a.owner);
  return out;
}

/** Names declared outside cases in this file: parties (当事人) and agents with their principals. */
export function topLevelNames(file: DebtFile, index: LineIndex): NameSite[] {
  const out: NameSite[] = [];
  for (const p of file.parties) {
    if (p.uri !== file.uri) continue;
    const r = p.nameRange;
    // (Offsets read directly: no object spread per party, which cost a second over 130,000 of them.)
    if (r instanceof OffsetRange) out.push({ start: r.startOffset, end: r.endOffset, declaration: true, element: { kind: 'party', party: p } });
    else out.push({ ...offsetsOf(r, index), declaration: true, element: { kind: 'party', party: p } });
  }
  for (const a of file.agents) {
    if (a.uri !== file.uri) continue;
    out.push({ ...offsetsOf(a.nameRange, index), declaration: true, element: { kind: 'agent', agent: a } });
    for (const r of a.principals) {
      out.push({ ...offsetsOf(r.range, index), declaration: false, element: { kind: 'party', party: file.parties.find((p) => p.name === r.name) } });
    }
  }
  return out;
}

/** Everything known about one position. */
export interface Spot {
  offset: number;
  lexed: Lexed;
  token?: Lexeme;
  /** The name under the position, with what it stands for. */
  name?: NameSite;
  case?: Case;
  /** The case's report (same index as the case in the model). */
  caseIndex?: number;
  /** The loan whose block holds the position. */
  loan?: Loan;
  /** The event (还款/催收/确认) whose item holds the position. */
  event?: Event;
}

export function locate(analysis: Analysis, text: string, position: Position): Spot {
  const index = lineIndexOf(analysis, text);
  const offset = index.offset(position);
  const file = analysis.model;
  const c = caseAt(file, offset, index);
  const l = c ? lexCase(text, c, index) : lexTopLevel(analysis, text, offset, index);
  const token = tokenAt(l, offset);
  const spot: Spot = { offset, lexed: l, token };
  const inside = (r: Range) => { const o = offsetsOf(r, index); return o.start <= offset && offset <= o.end; };
  if (token && (token.kind === 'name' || token.kind === 'string' || token.kind === 'keyword')) {
    const names = c ? namesOfCase(file, c, index) : topLevelNames(file, index);
    spot.name = names.find((n) => n.start === token.start && n.end === token.end);
  }
  if (c) {
    spot.case = c;
    spot.caseIndex = file.cases.indexOf(c);
    spot.loan = c.loans.find((x) => inside(x.range));
    spot.event = c.events.find((x) => inside(x.range));
  }
  return spot;
}

/** The tokens of one case only. */
export function lexCase(text: string, c: Case, index: LineIndex): Lexed {
  const o = offsetsOf(c.range, index);
  return lex(text, o.start, o.end, index);
}

/** Outside cases: the stretch between the case before `offset` and the case after it. */
function lexTopLevel(analysis: Analysis, text: string, offset: number, index: LineIndex): Lexed {
  let from = 0, to = text.length;
  for (const c of analysis.model.cases) {
    const o = offsetsOf(c.range, index);
    if (o.end <= offset) from = Math.max(from, o.end);
    else if (o.start > offset) { to = Math.min(to, o.start); break; }
  }
  return lex(text, from, to, index);
}
