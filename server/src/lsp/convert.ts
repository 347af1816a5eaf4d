/** Core diagnostics → LSP diagnostics. */
import { Diagnostic, DiagnosticSeverity, DiagnosticRelatedInformation } from 'vscode-languageserver/node';
import { DebtDiagnostic, Severity } from '../core/diagnostics/types';
import { t } from './l10n';
import { sendsOften } from './wire';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information, hint: DiagnosticSeverity.Hint,
};

/**
 * The LSP form of each core diagnostic, kept while the core keeps it: a case unchanged by an edit keeps its
 * diagnostic objects (core/syntax/chunks.ts, core/law/case-cache.ts), so most of a file's are converted once.
 */
const converted = { zh: new WeakMap<DebtDiagnostic, Diagnostic>(), en: new WeakMap<DebtDiagnostic, Diagnostic>() };

export function toLspDiagnostic(d: DebtDiagnostic, locale: 'zh' | 'en'): Diagnostic {
  const kept = converted[locale].get(d);
  if (kept) return kept;
  const made = sendsOften(convert(d, locale));
  converted[locale].set(d, made);
  return made;
}

function convert(d: DebtDiagnostic, locale: 'zh' | 'en'): Diagnostic {
  const related: DiagnosticRelatedInformation[] = (d.related ?? []).map((r) => ({ location: { uri: r.uri, range: r.range }, message: r.message }));
  if (d.citations.length > 0) {
    // The statutes a finding rests on, shown under the message in the Problems panel and the hover.
    related.push({ location: { uri: d.uri, range: d.range }, message: t(locale, 'Basis: {0}', d.citations.join('、')) });
  }
  return {
    range: d.range, severity: SEVERITY[d.severity], code: d.code, source: 'debt', message: d.message,
    ...(related.length ? { relatedInformation: related } : {}),
    // Only what a quick fix needs comes back to the server (the citations are in relatedInformation already).
    ...(d.fix ? { data: { fix: d.fix } } : {}),
  };
}
