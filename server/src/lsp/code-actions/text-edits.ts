/**
 * Text edits for quick fixes, in offsets: insert a line item before or after another, remove an item with its line,
 * quote a name when it needs quotes. Lines keep the file's line ending and the indentation of their neighbours.
 */
import { OffsetEdit } from '../../core/format/format';

export function lineEnding(text: string): string {
  return /\r\n|\n|\r/.exec(text)?.[0] === '\r\n' ? '\r\n' : '\n';
}

export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

export function lineEndOf(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** The whitespace that starts the line of `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  return /^[ \t\u3000]*/.exec(text.slice(start))![0];
}

const onlyBlank = (s: string) => /^[ \t\u3000]*$/.test(s);

/** `line` as a new line just above the item (or brace) that starts at `offset`. */
export function insertLineBefore(text: string, offset: number, line: string, indent: string): OffsetEdit {
  const nl = lineEnding(text);
  const start = lineStartOf(text, offset);
  if (onlyBlank(text.slice(start, offset))) return { start, end: start, newText: indent + line + nl };
  // Something else precedes it on its line (`{ 法院 X }`): break the line there.
  return { start: offset, end: offset, newText: nl + indent + line + nl + indentAt(text, offset) };
}

/** `line` as a new line just below the item that ends at `offset` (after a comment that ends its line). */
export function insertLineAfter(text: string, offset: number, line: string, indent: string): OffsetEdit {
  const nl = lineEnding(text);
  const end = lineEndOf(text, offset);
  const rest = text.slice(offset, end);
  if (onlyBlank(rest) || /^[ \t\u3000]*\/\//.test(rest)) return { start: end, end, newText: nl + indent + line };
  return { start: offset, end: offset, newText: nl + indent + line + nl + indent };
}

/** Removes text[start, end); with its whole line(s) when nothing else stands on them. */
export function removeItem(text: string, start: number, end: number): OffsetEdit {
  const ls = lineStartOf(text, start), le = lineEndOf(text, end);
  if (onlyBlank(text.slice(ls, start)) && onlyBlank(text.slice(end, le))) {
    const next = text.startsWith('\r\n', le) ? le + 2 : le < text.length ? le + 1 : le;
    return { start: ls, end: next, newText: '' };
  }
  // Shares a line: take the blanks after it too, so no double space is left.
  let e = end;
  while (e < le && /[ \t\u3000]/.test(text[e])) e++;
  return { start, end: e, newText: '' };
}

export { nameText } from '../../core/syntax/name-text';
