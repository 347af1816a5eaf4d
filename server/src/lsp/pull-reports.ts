/**
 * Pull-diagnostic reports with result ids (LSP 3.17). The editor sends the id of the report it holds; when the
 * diagnostics are what that report said (an edit in a comment, a note, a case's name spelt back), the answer is
 * `unchanged` and the list is not sent again — for a large file, a megabyte per keystroke.
 */
import { Diagnostic, DocumentDiagnosticReport, DocumentDiagnosticReportKind } from 'vscode-languageserver/node';

export class PullReports {
  private last = new Map<string, { resultId: string; items: Diagnostic[] }>();
  private count = 0;

  report(uri: string, items: Diagnostic[], previousResultId?: string): DocumentDiagnosticReport {
    const before = this.last.get(uri);
    if (before) items = reuseEqual(before.items, items);
    if (before && before.resultId === previousResultId && same(before.items, items)) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: before.resultId };
    }
    const resultId = String(++this.count);
    this.last.set(uri, { resultId, items });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }

  forget(uri: string): void { this.last.delete(uri); }
}

/** The same diagnostics in the same order (equal ones are the very objects, see reuseEqual). */
function same(a: Diagnostic[], b: Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `items`, with each diagnostic equal to one of the report before replaced by that one. A case an edit changed is
 * analysed afresh, but most of its findings come out as they were (the court's jurisdiction when an amount is
 * typed); the objects sent before carry their encoded bytes (lsp/wire.ts), so those are not encoded again.
 */
function reuseEqual(before: Diagnostic[], items: Diagnostic[]): Diagnostic[] {
  let out: Diagnostic[] | undefined;
  // Both lists are in reading order: walk `before` alongside (an item out of order only misses its reuse).
  let j = 0;
  for (let i = 0; i < items.length; i++) {
    const d = items[i];
    if (before[i] === d) continue;
    while (j < before.length && startsBefore(before[j], d)) j++;
    for (let k = j; k < before.length && !startsBefore(d, before[k]); k++) {
      if (before[k] === d) break;
      if (deepEqual(before[k], d)) { (out ??= items.slice())[i] = before[k]; break; }
    }
  }
  return out ?? items;
}

function startsBefore(a: Diagnostic, b: Diagnostic): boolean {
  const p = a.range.start, q = b.range.start;
  return p.line < q.line || (p.line === q.line && p.character < q.character);
}

const hasToJson = (x: object): x is { toJSON(): unknown } => typeof (x as { toJSON?: unknown }).toJSON === 'function';

/** Structural equality of JSON-like values (what JSON.stringify would write the same), keys in any order. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  // A range over a frame (core/text/range.ts) is written as its toJSON() says.
  if (hasToJson(a) || hasToJson(b)) return deepEqual(hasToJson(a) ? a.toJSON() : a, hasToJson(b) ? b.toJSON() : b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], bb[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>, y = b as Record<string, unknown>;
  let n = 0;
  for (const k in x) {
    if (x[k] === undefined) continue;
    n++;
    if (!deepEqual(x[k], y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) n--;
  return n === 0;
}
