/**
 * The syntax of a file as top-level chunks, kept between edits so that an edit re-reads only the chunk it falls in.
 *
 * A chunk runs from a top-level item whose keyword starts a line (案件, 当事人, 代理人, 引用 …) to the next such item;
 * the first chunk starts at 0 (leading comments). Its tokens and items hold offsets relative to the chunk's start,
 * and its frame says where that start is now, so a chunk that only moved is reused as it is (and so is what later
 * stages built from it: model/build.ts keeps the cases of a chunk on it).
 *
 * Why re-reading one chunk gives what reading the whole file gives: the lexer has one mode, so the tokens before
 * the chunk are unchanged (the text before it is), and a chunk ends after a line break just before a keyword, where
 * no token can run across; the parser reads the file as a list of top-level items, each decided by its first token.
 * A chunk that does not read cleanly (a lexical or syntax problem) sends the whole file back to a full read, whose
 * problems are reported as before; a file with problems is not kept in chunks at all. A differential test compares
 * the two over random edits (server/test/unit/syntax/incremental.test.ts).
 */
import { IToken } from 'chevrotain';
import { LineIndex, MovableFrame } from '../text/range';
import { Item, SyntaxProblem } from './ast';
import { LexProblem, tokenize } from './lexer';
import { parseTokens } from './parser';
import { pushAll } from '../lists';

export interface Chunk {
  /** Where the chunk starts in the current text, and its end (the next chunk's start). */
  readonly frame: MovableFrame;
  end: number;
  /** Its top-level items, offsets relative to the chunk's start (absolute in a file read whole with problems). */
  readonly items: Item[];
  /** What a later stage made of this chunk (the model builder's cases), kept while the chunk is. */
  built?: unknown;
}

export interface ChunkedSyntax {
  chunks: Chunk[];
  /** Lexical and syntax problems, absolute offsets (only a file read whole has any). */
  lex: LexProblem[];
  syntax: SyntaxProblem[];
}

/** Reads a file whole: one chunk per top-level item at a line start when the file reads cleanly, else one chunk. */
export function readWhole(text: string, index: LineIndex): ChunkedSyntax {
  const lexed = tokenize(text);
  const parsed = parseTokens(lexed.tokens, text);
  if (lexed.problems.length > 0 || parsed.problems.length > 0) {
    return { chunks: [{ frame: new MovableFrame(index, 0), end: text.length, items: parsed.items }], lex: lexed.problems, syntax: parsed.problems };
  }
  return { chunks: split(text, 0, lexed.tokens, parsed.items, index), lex: [], syntax: [] };
}

/**
 * Cuts the items of `text` (read from `base` of the file) into chunks and makes their offsets chunk-relative.
 * `text` starts at a line start, so its first chunk starts at 0.
 */
function split(text: string, base: number, tokens: IToken[], items: Item[], index: LineIndex): Chunk[] {
  const starts = [0];
  const groups: Item[][] = [[]];
  for (const item of items) {
    const at = item.key.startOffset;
    if (at > 0 && text.charCodeAt(at - 1) === 10 && at > starts[starts.length - 1]) { starts.push(at); groups.push([]); }
    groups[groups.length - 1].push(item);
  }
  const chunks: Chunk[] = starts.map((s, k) => ({
    frame: new MovableFrame(index, base + s), end: base + (k + 1 < starts.length ? starts[k + 1] : text.length), items: groups[k],
  }));
  // Token offsets become chunk-relative (each token belongs to the chunk its start falls in).
  let k = 0;
  for (const t of tokens) {
    while (k + 1 < starts.length && t.startOffset >= starts[k + 1]) k++;
    const s = starts[k];
    if (s === 0) continue;
    t.startOffset -= s;
    if (t.endOffset !== undefined) t.endOffset -= s;
  }
  for (let g = 0; g < groups.length; g++) if (starts[g] !== 0) for (const item of groups[g]) shiftEnds(item, starts[g]);
  return chunks;
}

function shiftEnds(item: Item, by: number): void {
  item.end -= by;
  for (const inner of item.block?.items ?? []) shiftEnds(inner, by);
}

/** The chunks of one file between edits. */
export class IncrementalSyntax {
  private text: string | undefined;
  private chunks: Chunk[] | undefined;
  /** How the last read went (the tests read it): a chunk re-read, or the whole file. */
  lastRead: 'chunk' | 'whole' = 'whole';

  read(text: string, index: LineIndex): ChunkedSyntax {
    const next = (this.text !== undefined && this.chunks && this.reread(this.text, this.chunks, text, index)) || undefined;
    const result = next ?? readWhole(text, index);
    this.lastRead = next ? 'chunk' : 'whole';
    const clean = result.lex.length === 0 && result.syntax.length === 0;
    this.text = clean ? text : undefined;
    this.chunks = clean ? result.chunks : undefined;
    return result;
  }

  clear(): void { this.text = undefined; this.chunks = undefined; }

  /** Re-reads only the chunks the change touches; undefined when that cannot be done cleanly. */
  private reread(old: string, chunks: Chunk[], text: string, index: LineIndex): ChunkedSyntax | undefined {
    if (old.length === 0) return undefined;
    const limit = Math.min(old.length, text.length);
    const p = commonPrefix(old, text, limit);
    const s = commonSuffix(old, text, limit - p);
    const delta = text.length - old.length;
    // The changed text of the old version is [p, old.length - s); one character more on each side, so that an
    // insertion at a chunk's edge re-reads both chunks beside it.
    const lo = Math.max(0, p - 1), hi = Math.min(old.length - 1, old.length - s);
    const first = chunkAt(chunks, lo), last = chunkAt(chunks, Math.max(lo, hi));
    const a = chunks[first].frame.base, b = chunks[last].end + delta;
    if (b < a || (b < text.length && text.charCodeAt(b - 1) !== 10)) return undefined;
    const slice = text.slice(a, b);
    const lexed = tokenize(slice);
    if (lexed.problems.length > 0) return undefined;
    const parsed = parseTokens(lexed.tokens, slice);
    if (parsed.problems.length > 0) return undefined;
    const fresh = split(slice, a, lexed.tokens, parsed.items, index);
    const out: Chunk[] = [];
    for (let k = 0; k < first; k++) { chunks[k].frame.index = index; out.push(chunks[k]); }
    pushAll(out, fresh);
    for (let k = last + 1; k < chunks.length; k++) {
      const c = chunks[k];
      c.frame.index = index;
      c.frame.base += delta;
      c.end += delta;
      out.push(c);
    }
    return { chunks: out, lex: [], syntax: [] };
  }
}

/**
 * Compared natively, a block at a time, then by halving blocks down to one character: a dozen comparisons find the
 * first difference in the last block (a loop over its characters took 10 µs in a 7 KB file).
 */
const BLOCK = 4096;

/** How many leading characters (at most `limit`) `a` and `b` share. */
export function commonPrefix(a: string, b: string, limit: number): number {
  let p = 0;
  while (p + BLOCK <= limit && a.substring(p, p + BLOCK) === b.substring(p, p + BLOCK)) p += BLOCK;
  for (let size = BLOCK >> 1; size >= 1; size >>= 1) {
    if (p + size <= limit && a.substring(p, p + size) === b.substring(p, p + size)) p += size;
  }
  return p;
}

/** How many trailing characters (at most `limit`) `a` and `b` share. */
export function commonSuffix(a: string, b: string, limit: number): number {
  const same = (s: number, size: number) => a.substring(a.length - s - size, a.length - s) === b.substring(b.length - s - size, b.length - s);
  let s = 0;
  while (s + BLOCK <= limit && same(s, BLOCK)) s += BLOCK;
  for (let size = BLOCK >> 1; size >= 1; size >>= 1) {
    if (s + size <= limit && same(s, size)) s += size;
  }
  return s;
}

/** The chunk holding `offset` (binary search over the starts). */
function chunkAt(chunks: Chunk[], offset: number): number {
  let lo = 0, hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid].frame.base <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}
