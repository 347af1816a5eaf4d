/**
 * The JSON report of spec §6 — a public interface: fields may be added, never renamed.
 * Money and rates are strings with two decimals; ranges are LSP ranges (0-based).
 */
import { Analysis } from './analyze';

export function buildReport(file: string, a: Analysis): Record<string, unknown> {
  return {
    file,
    asOf: a.asOf,
    interestThrough: a.interestThrough,
    diagnostics: a.diagnostics.map((d) => ({
      code: d.code, severity: d.severity, message: d.message, range: d.range, citations: d.citations,
      ...(d.uri !== a.uri ? { uri: d.uri } : {}),
    })),
    cases: a.cases,
  };
}
