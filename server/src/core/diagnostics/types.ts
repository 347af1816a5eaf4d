import { Range } from '../text/range';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Locale = 'zh' | 'en';

/** A finding about the case, in the UI language, at the exact range of the text it concerns. */
export interface DebtDiagnostic {
  /** Stable code, e.g. DEBT201. */
  code: string;
  severity: Severity;
  message: string;
  /** File the range is in (a used file for errors inside it). */
  uri: string;
  range: Range;
  /** Statute ids (see data/citations.json), e.g. '民间借贷规定第25条'; shown on hover and as related information. */
  citations: string[];
  /** Other places that matter (the first declaration of a duplicate name, …). */
  related?: { uri: string; range: Range; message: string }[];
  /** What a quick fix needs that the message only says in words (the editor's code actions read it). */
  fix?: DiagnosticFix;
}

/**
 * Machine-readable fixes: `use-name` replaces the diagnostic's text with a declared name (did you mean);
 * `declare` adds a declaration of the undeclared name.
 */
export type DiagnosticFix =
  | { kind: 'use-name'; name: string }
  | { kind: 'declare'; what: 'party' | 'evidence' | 'loan' | 'agent' | 'case'; name: string };

/** `d` with a fix attached. */
export function withFix(d: DebtDiagnostic, fix: DiagnosticFix): DebtDiagnostic {
  return { ...d, fix };
}

/** One entry of the message catalogue: severity, citations and the message in both languages. */
export interface MessageDef<A> {
  severity: Severity;
  citations: string[];
  zh: (a: A) => string;
  en: (a: A) => string;
}

/** Helper so each family file keeps type-checked argument shapes. */
export function defineMessages<T extends Record<string, MessageDef<any>>>(defs: T): T {
  return defs;
}
