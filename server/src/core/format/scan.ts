/**
 * Text → atoms for the formatter and the keyword converter: every token the lexer read, every comment, `;` and
 * unreadable run, in order, with the whitespace between them. Joining the atoms and the gaps gives the text back,
 * so a layout that only rewrites gaps changes nothing but whitespace.
 */
import { IToken } from 'chevrotain';
import { tokenize } from '../syntax/lexer';
import { parseTokens } from '../syntax/parser';
import { Item } from '../syntax/ast';
import { finish, ITEMS_PER_PAUSE, Steps } from '../steps';

export type AtomKind = 'token' | 'line-comment' | 'block-comment' | 'separator' | 'error';

export interface Atom {
  kind: AtomKind;
  start: number;
  end: number;
  /** The lexer's token, for kind 'token'. */
  token?: IToken;
}

export interface Scan {
  text: string;
  atoms: Atom[];
  /** The top-level items of the syntax tree. */
  items: Item[];
  /** Offsets of every lexical and syntax problem (start ≤ end). */
  problems: { start: number; end: number }[];
}

/** What the lexer skips between tokens, exactly as tokens.ts defines it (WhiteSpace, Separator, comments). */
const WHITESPACE = /[ \t\r\n\u3000\uFEFF\u00A0]+/y;
const SEPARATOR = /[;；]/y;
const LINE_COMMENT = /\/\/[^\r\n]*/y;
const BLOCK_COMMENT = /\/\*[\s\S]*?\*\//y;

export const WHITESPACE_CHARS = /[ \t\r\n\u3000\uFEFF\u00A0]/g;

/**
 * Splits `text` into atoms, or returns undefined if a gap holds something the lexer would not have skipped
 * (it cannot, but the formatter then leaves the file alone rather than guess).
 */
export function scan(text: string): Scan | undefined {
  return finish(scanSteps(text));
}

/** scan, pausing after the lexer, after the parser and every few hundred tokens (core/steps.ts). */
export function* scanSteps(text: string): Steps<Scan | undefined> {
  const lexed = tokenize(text);
  yield;
  const syntax = parseTokens(lexed.tokens, text);
  yield;
  const anchored: Atom[] = lexed.tokens.map((t) => ({ kind: 'token' as const, start: t.startOffset, end: t.startOffset + t.image.length, token: t }));
  for (const p of lexed.problems) if (p.kind !== 'open-string') anchored.push({ kind: 'error', start: p.start, end: p.end });
  anchored.sort((a, b) => a.start - b.start);
  const atoms: Atom[] = [];
  let at = 0;
  const gap = (end: number): boolean => {
    while (at < end) {
      if (sticky(WHITESPACE, text, at)) { at = WHITESPACE.lastIndex; continue; }
      const kind: AtomKind | undefined = sticky(SEPARATOR, text, at) ? 'separator'
        : sticky(LINE_COMMENT, text, at) ? 'line-comment' : sticky(BLOCK_COMMENT, text, at) ? 'block-comment' : undefined;
      if (!kind) return false;
      const re = kind === 'separator' ? SEPARATOR : kind === 'line-comment' ? LINE_COMMENT : BLOCK_COMMENT;
      const e = Math.min(re.lastIndex, end);
      atoms.push({ kind, start: at, end: e });
      at = e;
    }
    return at === end;
  };
  let count = 0;
  for (const a of anchored) {
    if (a.start < at || !gap(a.start)) return undefined;
    atoms.push(a);
    at = a.end;
    if (++count % ITEMS_PER_PAUSE === 0) yield;
  }
  if (!gap(text.length)) return undefined;
  const problems = [...lexed.problems, ...syntax.problems].map((p) => ({ start: p.start, end: p.end }));
  return { text, atoms, items: syntax.items, problems };
}

function sticky(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** The text without whitespace: what formatting must keep, character for character. */
export function withoutWhitespace(text: string): string {
  return text.replace(WHITESPACE_CHARS, '');
}

/**
 * Top-level items the formatter and the converter may touch: no problem inside them (or at their last token), and
 * every block closed. Items with a problem are left as written, so a half-typed block never loses a character.
 */
export function cleanItems(s: Scan): Set<Item> {
  const clean = new Set<Item>();
  for (const item of s.items) {
    const start = item.key.startOffset, end = extentEnd(item);
    const troubled = s.problems.some((p) => p.start <= end && p.end >= start) || !allClosed(item);
    if (!troubled) clean.add(item);
  }
  return clean;
}

/** Where an item's text ends: past its last token, or past its last nested item when its block lost the `}`. */
export function extentEnd(item: Item): number {
  let end = item.end;
  for (const child of item.block?.items ?? []) end = Math.max(end, extentEnd(child));
  return end;
}

function allClosed(item: Item): boolean {
  if (!item.block) return true;
  if (!item.block.close) return false;
  return item.block.items.every(allClosed);
}
