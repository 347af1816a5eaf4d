/** Core diagnostics → LSP diagnostics. */
import { Diagnostic, DiagnosticSeverity, DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import { DebtDiagnostic, Severity } from '../core/diagnostics/types';
import { t } from './l10n';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

export function toLspDiagnostic(d: DebtDiagnostic, locale: 'zh' | 'en'): Diagnostic {
  const related: DiagnosticRelatedInformation[] = (d.related ?? []).map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message }));
  if (d.citations.length > 0) {
    // The statutes a finding rests on, shown under the message in the Problems panel and the hover.
    related.push({ location: { uri: d.uri, range: d.range }, message: t(locale, 'Basis: {0}', d.citations.join('、')) });
  }
  return {
    range: d.range, severity: SEVERITY[d.severity], code: d.code, source: 'debt', message: d.message,
    ...(related.length ? { relatedInformation: related } : {}),
    data: { citations: d.citations, ...(d.fix ? { fix: d.fix } : {}) },
  };
}
