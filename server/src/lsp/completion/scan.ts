/**
 * Comments and braces of a text, read the way the lexer reads them (strings end at their line, `\` escapes inside
 * "…", an unclosed /* runs to the end): for folding ranges and for "is the cursor inside a comment". A tiny scan of
 * its own because the lexer drops comments.
 */
import { finish, Steps } from '../../core/steps';

export interface CommentSpan { start: number; end: number; block: boolean; closed: boolean }
export interface BracePair { open: number; close?: number }

export function scanText(text: string): { comments: CommentSpan[]; braces: BracePair[] } {
  return finish(scanTextSteps(text));
}

/** Characters read between two pauses of scanTextSteps (a 2 MB file pauses about 30 times). */
const CHARS_PER_PAUSE = 65536;

/** scanText, pausing every CHARS_PER_PAUSE characters (core/steps.ts): folding a large file can be cancelled. */
export function* scanTextSteps(text: string): Steps<{ comments: CommentSpan[]; braces: BracePair[] }> {
  const comments: CommentSpan[] = [];
  const braces: BracePair[] = [];
  const open: BracePair[] = [];
  const n = text.length;
  let i = 0, pauseAt = CHARS_PER_PAUSE;
  while (i < n) {
    if (i >= pauseAt) { yield; pauseAt = i + CHARS_PER_PAUSE; }
    const c = text.charCodeAt(i);
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      let e = i + 2;
      while (e < n && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
      comments.push({ start: i, end: e, block: false, closed: false });
      i = e;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const close = text.indexOf('*/', i + 2);
      const e = close < 0 ? n : close + 2;
      comments.push({ start: i, end: e, block: true, closed: close >= 0 });
      i = e;
    } else if (c === 34 /* " */) {
      let e = i + 1;
      while (e < n) {
        const d = text.charCodeAt(e);
        if (d === 10 || d === 13) break;
        if (d === 92 /* \ */ && e + 1 < n && text.charCodeAt(e + 1) !== 10 && text.charCodeAt(e + 1) !== 13) { e += 2; continue; }
        e++;
        if (d === 34) break;
      }
      i = e;
    } else if (c === 0x201c /* “ */) {
      let e = i + 1;
      while (e < n && text.charCodeAt(e) !== 0x201d && text.charCodeAt(e) !== 10 && text.charCodeAt(e) !== 13) e++;
      i = e < n && text.charCodeAt(e) === 0x201d ? e + 1 : e;
    } else if (c === 123 || c === 0xff5b /* { ｛ */) {
      const p: BracePair = { open: i };
      braces.push(p); open.push(p); i++;
    } else if (c === 125 || c === 0xff5d /* } ｝ */) {
      const p = open.pop();
      if (p) p.close = i;
      i++;
    } else i++;
  }
  return { comments, braces };
}

/** Whether offset `at` (a cursor) stands inside a comment of `text`. */
export function insideComment(comments: CommentSpan[], at: number): boolean {
  for (const c of comments) {
    if (at <= c.start) return false;
    if (at < c.end) return true;
    // At the end of a line comment, or of a block comment left open: still inside.
    if (at === c.end && !c.closed) return true;
  }
  return false;
}
