/**
 * LSP range rules the answers must keep whatever the input (fuzzing found children outside their parent symbol):
 * a symbol's selection range lies inside its range, and its children's ranges lie inside it.
 */
import type { DocumentSymbol, Position, Range } from 'vscode-languageserver/node';

export function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
const minPos = (a: Position, b: Position) => (before(b, a) ? b : a);
const maxPos = (a: Position, b: Position) => (before(a, b) ? b : a);

export function containsRange(outer: Range, inner: Range): boolean {
  return !before(inner.start, outer.start) && !before(outer.end, inner.end);
}

/**
 * The symbol with its range widened to cover its children (a case whose closing brace is missing ends where the
 * reader stopped, before items it still read) and its selection range cut to its range.
 */
export function fitSymbol(s: DocumentSymbol): DocumentSymbol {
  let range = s.range;
  for (const c of s.children ?? []) {
    if (!containsRange(range, c.range)) range = { start: minPos(range.start, c.range.start), end: maxPos(range.end, c.range.end) };
  }
  let sel = s.selectionRange;
  if (!containsRange(range, sel)) {
    const start = maxPos(range.start, minPos(sel.start, range.end));
    const end = maxPos(start, minPos(sel.end, range.end));
    sel = { start, end };
  }
  return range === s.range && sel === s.selectionRange ? s : { ...s, range, selectionRange: sel };
}
