/**
 * What blocks filing, read from the analysis' diagnostics (never recomputed): errors, a lapsed limitation
 * period (DEBT502) or long-stop (DEBT504), missing required party fields (DEBT609, DEBT610). The rest of the
 * case's warnings become notes for the lawyer.
 */
import { Analysis } from '../analyze';
import { DebtDiagnostic } from '../diagnostics/types';
import { Case } from '../model/types';
import { containsPosition } from '../text/range';
import { Problem } from './types';

export const BLOCKING_CODES = new Set(['DEBT502', 'DEBT504', 'DEBT609', 'DEBT610',
  // A placeholder court (某某区人民法院): the document would be addressed to no court.
  'DEBT620']);

/** A diagnostic concerns this case when it lies inside it, or in a used file (whose content every case shares). */
function ofCase(a: Analysis, c: Case, d: DebtDiagnostic): boolean {
  if (d.uri !== a.uri) return true;
  return containsPosition(c.range, d.range.start);
}

export function caseDiagnostics(a: Analysis, caseIndex: number): DebtDiagnostic[] {
  const c = a.model.cases[caseIndex];
  return c ? a.diagnostics.filter((d) => ofCase(a, c, d)) : a.diagnostics.filter((d) => d.severity === 'error');
}

export function blocking(d: DebtDiagnostic): boolean {
  return d.severity === 'error' || BLOCKING_CODES.has(d.code);
}

export function problemsOf(ds: DebtDiagnostic[]): Problem[] {
  return ds.filter(blocking).map((d) => ({ code: d.code, severity: d.severity, message: d.message, range: d.range, uri: d.uri }));
}

/** Warnings that do not block filing, as notes: 「DEBT402 约定的逾期年利率…」. */
export function warningNotes(ds: DebtDiagnostic[]): string[] {
  return ds.filter((d) => !blocking(d) && d.severity === 'warning').map((d) => `${d.code} ${d.message}`);
}
