/**
 * Moving kept diagnostics with the text they are about. A top-level item kept between edits (a case whose text did
 * not change) moves by whole lines when lines are added or removed above it; its diagnostics move with it.
 */
import { Position, Range } from '../text/range';
import { DebtDiagnostic } from './types';

/** Whether every range of `ds` in `uri` (and of their related places there) lies within lines [from, to]. */
export function withinLines(ds: readonly DebtDiagnostic[], uri: string, from: number, to: number): boolean {
  const inside = (r: Range) => r.start.line >= from && r.end.line <= to;
  return ds.every((d) => d.uri !== uri || (inside(d.range) && (d.related ?? []).every((r) => r.uri !== uri || inside(r.range))));
}

/** `ds` moved `lines` lines down (up when negative) where they are in `uri`; the others as they are. */
export function moveLines(ds: readonly DebtDiagnostic[], uri: string, lines: number): DebtDiagnostic[] {
  if (lines === 0) return [...ds];
  const at = (p: Position): Position => ({ line: p.line + lines, character: p.character });
  const move = (r: Range): Range => ({ start: at(r.start), end: at(r.end) });
  return ds.map((d) => (d.uri !== uri ? d : {
    ...d, range: move(d.range),
    ...(d.related ? { related: d.related.map((r) => (r.uri === uri ? { ...r, range: move(r.range) } : r)) } : {}),
  }));
}
