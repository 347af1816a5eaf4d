/** Test helpers: analyse text held in memory, with other files for `use`. */
import { analyze, Analysis, AnalyzeOptions } from '../../src/core/analyze';
import { DebtDiagnostic } from '../../src/core/diagnostics/types';

export const MAIN = 'file:///cases/main.debt';

export function run(text: string, files: Record<string, string> = {}, options: AnalyzeOptions = {}): Analysis {
  return analyze(MAIN, text, { read: (uri) => files[uri] }, { structureOnly: true, ...options });
}

/** `code@line:col-line:col` (1-based lines and columns, as an editor shows them). */
export function where(d: DebtDiagnostic): string {
  const r = d.range;
  return `${d.code}@${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

export function codes(a: Analysis): string[] {
  return a.diagnostics.map((d) => d.code);
}
