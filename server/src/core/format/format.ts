/**
 * The canonical layout of a `.debt` file (docs/conventions.md, "Formatting"). Only the whitespace between atoms
 * (scan.ts) is rewritten:
 * - one item per line, indented two spaces per block level; single spaces between the words of an item, none
 *   before a list separator and none after `、` or `，` (`借款人 刘洋、赵敏`, `a, b`);
 * - a party, agent, evidence or asset block written on one line stays on one line (`证据 借条 { 类型 借条 原件 }`);
 *   cases, loans and judgments are always one item per line;
 * - exactly one blank line between top-level items (consecutive `引用` lines excepted) and between groups of case
 *   items (header with 约定管辖, parties, agents, loans, events, evidence, claims, assets, preservation, judgment;
 *   notes in none); other blank lines are kept, at most one,
 *   none just inside braces or inside an item;
 * - comments stay where they are: a comment after code stays on its line, a comment on its own line stays on its
 *   own line, and the blank line required before an item goes above the comments that lead into it;
 * - no trailing whitespace, one final newline, CRLF kept when the file's lines end in CRLF, a BOM kept;
 * - a top-level item with a syntax problem is left as written (only trailing whitespace goes), and so is the text
 *   around any problem: formatting never moves a character of a half-typed block.
 * The result is checked before it is returned: the same characters but whitespace, and the same tokens.
 */
import { tokenize } from '../syntax/lexer';
import { Comma, K } from '../syntax/tokens';
import { Item } from '../syntax/ast';
import { Atom, cleanItems, extentEnd, Scan, scanSteps, withoutWhitespace } from './scan';
import { layoutMarkSteps, Mark } from './layout';
import { finish, ITEMS_PER_PAUSE, Steps } from '../steps';

/** A replacement of text[start, end) (offsets in the original text). */
export interface OffsetEdit { start: number; end: number; newText: string }

const INDENT = '  ';
const LINE_BREAKS = /\r\n|\r|\n/g;
const TRAILING_BLANKS = /[ \t\u3000\u00A0\uFEFF]+(?=\r\n|\r|\n)/g;

/** The whole text in the canonical layout (the text itself when nothing can be formatted safely). */
export function formatText(text: string): string {
  const gaps = finish(layoutGapSteps(text));
  return gaps ? applyEdits(text, gaps) : text;
}

/**
 * Minimal edits that bring `text` into the canonical layout; with `range` (offsets), only those within the items
 * that overlap it — the innermost items that cover the selection.
 */
export function formatEdits(text: string, range?: { start: number; end: number }): OffsetEdit[] {
  return finish(formatEditSteps(text, range));
}

/**
 * formatEdits, pausing every few hundred atoms (core/steps.ts): the language server runs it in slices, so a
 * formatting request over a 130,000-party file can be cancelled while it runs.
 */
export function* formatEditSteps(text: string, range?: { start: number; end: number }): Steps<OffsetEdit[]> {
  const s = yield* scanSteps(text);
  const gaps = s ? yield* layoutGapSteps(text, s) : undefined;
  if (!s || !gaps) return [];
  let chosen = gaps;
  if (range) {
    const extent = itemsExtent(s.items, range.start, range.end);
    if (!extent) return [];
    chosen = gaps.filter((g) => g.end >= extent.start && g.start < extent.end);
  }
  const out: OffsetEdit[] = [];
  for (let from = 0; from < chosen.length; from += ITEMS_PER_PAUSE) {
    for (let i = from; i < Math.min(chosen.length, from + ITEMS_PER_PAUSE); i++) if (!unchanged(text, chosen[i])) out.push(minimal(text, chosen[i]));
    yield;
  }
  return out;
}

/** The new whitespace of every gap between atoms (and before the first / after the last), or undefined. */
function* layoutGapSteps(text: string, scanned?: Scan): Steps<OffsetEdit[] | undefined> {
  const s = scanned ?? (yield* scanSteps(text));
  if (!s) return undefined;
  const { atoms } = s;
  const nl = lineEnding(s);
  const clean = cleanItems(s);
  const marks = yield* layoutMarkSteps(s.items, clean, (a, b) => lineBreaksIn(text, a, b) === 0);
  const troubled = yield* troubledAtoms(s);
  const dirtyOf = dirtyItemOf(s, clean);
  const breaks = (i: number) => lineBreaksIn(text, i === 0 ? 0 : atoms[i - 1].end, atoms[i].start);
  const blankRequired = requiredBlanks(atoms, marks, breaks);
  yield;
  const markOf = (a: Atom | undefined): Mark | undefined => (a?.kind === 'token' ? marks.get(a.start) : undefined);
  // The next token (not comment or separator) at or after each atom: decides whether a break is inside an item.
  const nextToken: (Atom | undefined)[] = new Array(atoms.length + 1);
  for (let i = atoms.length - 1; i >= 0; i--) nextToken[i] = atoms[i].kind === 'token' || atoms[i].kind === 'error' ? atoms[i] : nextToken[i + 1];
  yield;

  const out: OffsetEdit[] = [];
  // The gaps before atoms [from, to), from the block depth before `from`; returns the depth after. A plain function,
  // the generator pausing between calls: V8 optimizes this hot loop as it did when the whole ran in one go.
  const layoutFrom = (from: number, to: number, depth: number): number => {
    for (let i = from; i < to; i++) {
      const next = atoms[i], prev = i > 0 ? atoms[i - 1] : undefined;
      const start = prev ? prev.end : 0;
      const mark = markOf(next), prevMark = markOf(prev);
      let gap: string;
      if (!prev) gap = text.startsWith('\uFEFF') && next.start > 0 ? '\uFEFF' : '';
      else if (troubled[i] || troubled[i - 1] || (dirtyOf[i] !== 0 && dirtyOf[i] === dirtyOf[i - 1])) gap = text.slice(start, next.start).replace(TRAILING_BLANKS, '').replace(LINE_BREAKS, nl);
      else {
        const n = breaks(i);
        const forced = prev.kind === 'line-comment';
        let wantBreak: boolean;
        if (next.kind === 'separator' || isComma(next)) wantBreak = false;
        else if (mark?.kind === 'item') wantBreak = !mark.inline;
        else if (mark?.kind === 'close') wantBreak = !mark.inline && !mark.empty;
        else if (next.kind === 'line-comment' || next.kind === 'block-comment' || prev.kind === 'block-comment') wantBreak = n > 0;
        else wantBreak = false;
        if (!wantBreak && !forced) gap = next.kind === 'separator' || isComma(next) || (isComma(prev) && prev.token!.image !== ',') || unitAfterNumber(prev, next) ? '' : ' ';
        else {
          const follower = markOf(nextToken[i]);
          const insideItem = nextToken[i] !== undefined && follower === undefined;
          const indent = mark?.kind === 'item' || mark?.kind === 'close' ? mark.depth : insideItem ? depth + 1 : depth;
          const maxBlank = insideItem || prevMark?.kind === 'open' || mark?.kind === 'close' ? 0 : 1;
          const blank = Math.min(maxBlank, Math.max(blankRequired[i], n - 1));
          gap = lineStart(nl, blank, indent);
        }
      }
      out.push({ start, end: next.start, newText: gap });
      if (mark?.kind === 'open') depth = mark.inline || mark.empty ? mark.depth : mark.depth + 1;
      else if (mark?.kind === 'close' || mark?.kind === 'item') depth = mark.depth;
    }
    return depth;
  };
  let depth = 0;
  for (let from = 0; from < atoms.length; from += ITEMS_PER_PAUSE) {
    depth = layoutFrom(from, Math.min(atoms.length, from + ITEMS_PER_PAUSE), depth);
    yield;
  }
  const last = atoms[atoms.length - 1];
  const tailStart = last ? last.end : 0;
  // An unterminated /* … runs to the end: a newline added after it would be inside it, and grow on every run.
  const openComment = last?.kind === 'error' && text.startsWith('/*', last.start);
  out.push({ start: tailStart, end: text.length, newText: openComment ? '' : last ? nl : text.startsWith('\uFEFF') ? '\uFEFF' : '' });
  return (yield* safe(text, out, s)) ? out : undefined;
}

/**
 * CRLF when the file's first line break between atoms is CRLF (else its first line break anywhere): every line break
 * the formatter writes is of that kind, so a second run decides the same.
 */
function lineEnding(s: Scan): string {
  const kind = (t: string) => /\r\n|\n|\r/.exec(t)?.[0];
  let found: string | undefined;
  for (let i = 1; i <= s.atoms.length && !found; i++) found = kind(s.text.slice(s.atoms[i - 1].end, i < s.atoms.length ? s.atoms[i].start : s.text.length));
  return (found ?? kind(s.text)) === '\r\n' ? '\r\n' : '\n';
}

/**
 * 1 where a blank line is required before the atom: before an item that needs one, or — when comments lead into
 * that item, each starting its own line with no blank line between — before the first of those comments.
 */
function requiredBlanks(atoms: Atom[], marks: Map<number, Mark>, breaks: (i: number) => number): Uint8Array {
  const required = new Uint8Array(atoms.length);
  for (let i = 0; i < atoms.length; i++) {
    const m = atoms[i].kind === 'token' ? marks.get(atoms[i].start) : undefined;
    if (m?.kind !== 'item' || !m.blankBefore) continue;
    let j = i;
    while (j > 0 && isComment(atoms[j - 1]) && breaks(j) <= 1 && (j - 1 === 0 || breaks(j - 1) > 0)) j--;
    required[j] = 1;
  }
  return required;
}

/** `a、b`, `a，b`, `a, b`: no space before a list separator, one after an ASCII comma only. */
function isComma(a: Atom): boolean { return a.kind === 'token' && a.token!.tokenType === Comma; }

function isComment(a: Atom): boolean { return a.kind === 'line-comment' || a.kind === 'block-comment'; }

/** Atoms that touch a lexical or syntax problem (or are unreadable text): the whitespace around them is kept. */
function* troubledAtoms(s: Scan): Steps<Uint8Array> {
  const out = new Uint8Array(s.atoms.length);
  // A file without problems has no troubled atom but its unreadable runs (a scan that found problems has them all).
  if (s.problems.length === 0 && !s.atoms.some((a) => a.kind === 'error')) return out;
  const at = new Uint8Array(s.text.length + 1);
  for (const p of s.problems) at.fill(1, p.start, Math.max(p.end, p.start + 1));
  for (let i = 0; i < s.atoms.length; i++) {
    if (i % ITEMS_PER_PAUSE === ITEMS_PER_PAUSE - 1) yield;
    const a = s.atoms[i];
    if (a.kind === 'error') { out[i] = 1; continue; }
    for (let o = a.start; o < Math.max(a.end, a.start + 1); o++) if (at[o]) { out[i] = 1; break; }
  }
  return out;
}

/** For each atom, 1 + the index of the unclean top-level item it lies in, else 0. */
function dirtyItemOf(s: Scan, clean: Set<Item>): Int32Array {
  const out = new Int32Array(s.atoms.length);
  let k = 0;
  s.items.forEach((item, n) => {
    if (clean.has(item)) return;
    const start = item.key.startOffset, end = Math.max(extentEnd(item), start + 1);
    while (k < s.atoms.length && s.atoms[k].start < start) k++;
    for (let i = k; i < s.atoms.length && s.atoms[i].start < end; i++) out[i] = n + 1;
  });
  return out;
}

/** The formatted text keeps every character but whitespace, and lexes to the same tokens. */
function* safe(text: string, gaps: OffsetEdit[], s: Scan): Steps<boolean> {
  const out = applyEdits(text, gaps);
  if (out === text) return true; // already in the layout: nothing to check (a large file is lexed once, not three times)
  yield;
  const kept = withoutWhitespace(out);
  yield;
  if (kept !== withoutWhitespace(text)) return false;
  yield;
  // The text's own tokens are the scan's (the same lexer, the same text).
  const b = tokenize(out).tokens;
  yield;
  let k = 0;
  /** Whether the tokens among atoms [from, to) are the next ones of `b`. */
  const sameFrom = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) {
      const x = s.atoms[i];
      if (x.kind !== 'token') continue;
      const t = x.token!, u = b[k++];
      if (u === undefined || t.image !== u.image || t.tokenType !== u.tokenType) return false;
    }
    return true;
  };
  for (let from = 0; from < s.atoms.length; from += ITEMS_PER_PAUSE) {
    if (!sameFrom(from, Math.min(s.atoms.length, from + ITEMS_PER_PAUSE))) return false;
    yield;
  }
  return k === b.length;
}

const lineStarts = new Map<string, string>();
/** A line break (and a blank line) with its indent; one string per kind (a large file has one per item). */
function lineStart(nl: string, blank: number, indent: number): string {
  const key = `${nl}${blank}:${indent}`;
  let gap = lineStarts.get(key);
  if (gap === undefined) { gap = nl.repeat(1 + blank) + INDENT.repeat(indent); lineStarts.set(key, gap); }
  return gap;
}

/** Whether the edit would write what is already there (compared in place: a large file has one gap per atom). */
function unchanged(text: string, g: OffsetEdit): boolean {
  return g.end - g.start === g.newText.length && text.startsWith(g.newText, g.start);
}

/** Line breaks in text[start, end), CRLF counted once (as LINE_BREAKS matches them), without slicing. */
function lineBreaksIn(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) { n++; if (i + 1 < end && text.charCodeAt(i + 1) === 10) i++; }
  }
  return n;
}

/** Applies non-overlapping edits given in any order. */
export function applyEdits(text: string, edits: OffsetEdit[]): string {
  // The formatter's own edits come in order: sorting a copy of a large file's 260,000 edits would be wasted.
  const inOrder = edits.every((e, i) => i === 0 || edits[i - 1].start <= e.start);
  const sorted = inOrder ? edits : [...edits].sort((a, b) => a.start - b.start);
  let out = '', at = 0;
  for (const e of sorted) { out += text.slice(at, e.start) + e.newText; at = e.end; }
  return out + text.slice(at);
}

/** The edit without the characters it would keep at either end. */
function minimal(text: string, e: OffsetEdit): OffsetEdit {
  const old = text.slice(e.start, e.end);
  let p = 0;
  while (p < old.length && p < e.newText.length && old[p] === e.newText[p]) p++;
  let q = 0;
  while (q < old.length - p && q < e.newText.length - p && old[old.length - 1 - q] === e.newText[e.newText.length - 1 - q]) q++;
  return { start: e.start + p, end: e.end - q, newText: e.newText.slice(p, e.newText.length - q) };
}

/**
 * The offsets a range format touches: the items overlapping [start, end] at the innermost level that still
 * covers the selection (a selection inside one loan formats that loan's lines, not the whole case).
 */
function itemsExtent(items: Item[], start: number, end: number): { start: number; end: number } | undefined {
  let level = items;
  for (;;) {
    const hit = level.filter((it) => it.key.startOffset <= end && it.end >= start);
    if (hit.length === 0) return undefined;
    const only = hit[0];
    const inner = only.block?.items ?? [];
    const insideBlock = hit.length === 1 && only.block?.close && start > only.block.open.startOffset && end < only.block.close.startOffset;
    if (insideBlock && inner.some((it) => it.key.startOffset <= end && it.end >= start)) { level = inner; continue; }
    return { start: hit[0].key.startOffset, end: hit[hit.length - 1].end };
  }
}

/** `限期 10日`: a Chinese day unit stays against its number, as lawyers write it (`10 days` keeps its space). */
function unitAfterNumber(prev: Atom, next: Atom): boolean {
  return next.token?.tokenType === K.Days && /^[日天]$/.test(next.token.image) && /^\d+$/.test(prev.token?.image ?? '');
}
