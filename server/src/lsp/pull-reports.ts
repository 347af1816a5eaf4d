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
    if (before && before.resultId === previousResultId && same(before.items, items)) {
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: before.resultId };
    }
    const resultId = String(++this.count);
    this.last.set(uri, { resultId, items });
    return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
  }

  forget(uri: string): void { this.last.delete(uri); }
}

/** The same diagnostics in the same order: the very objects (kept per case), or equal ones. */
function same(a: Diagnostic[], b: Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && JSON.stringify(a[i]) !== JSON.stringify(b[i])) return false;
  return true;
}
