/**
 * The pipeline, one stage per module:
 *   text → tokens (syntax/lexer) → syntax tree (syntax/parser) → case model (model/build)
 *   → analyses (checks/structure, law/*) → outputs (LSP server, CLI, documents).
 * Pure: no vscode import, no file-system access except through the FileHost the caller passes.
 */
import { DebtDiagnostic, Locale } from './diagnostics/types';
import { diag } from './diagnostics/catalogue';
import { DebtFile } from './model/types';
import { buildModel } from './model/build';
import { checkStructure } from './checks/structure';
import { analyzeLaw, CaseReport } from './law/analyze-law';
import { CaseLawCache } from './law/case-cache';
import { IncrementalSyntax } from './syntax/chunks';
import { Settings, defaultSettings } from './settings';
import { IsoDate, addDays, todayInChina } from './text/dates';
import type { Refused } from './model/use-target';
import { pushAll } from './lists';

/** Reads other files for `use` (引用). Returns undefined when the file cannot be read. */
export interface FileHost {
  read(uri: string): string | undefined;
  /**
   * Reads the file a `引用` names, for the case file `caseUri`: the text, `{ refused }` when the host may not read it
   * (outside the workspace folder, not a regular file, too large: model/use-target.ts), or undefined when it does not
   * exist. Hosts without it (tests, in-memory) answer through `read`.
   */
  readUsed?(uri: string, caseUri: string): string | Refused | undefined;
}

export interface AnalyzeOptions {
  locale?: Locale;
  /** Overrides every case's filing date (CLI --as-of). */
  asOf?: IsoDate;
  /** Used when a case has no filing date and no asOf is given; default: today in China. */
  today?: IsoDate;
  settings?: Partial<Settings>;
  /** Skip the law engine (interest, limitation, fees, evidence): structure only. */
  structureOnly?: boolean;
  /** Keep the law analysis of unchanged cases between calls for the same file (the language server passes one per file). */
  lawCache?: CaseLawCache;
  /** Keep the file's top-level chunks, and the cases read from them, between calls for the same file (syntax/chunks.ts). */
  syntax?: IncrementalSyntax;
}

export interface Analysis {
  uri: string;
  model: DebtFile;
  /** Diagnostics of this file and of used files (each carries its uri). */
  diagnostics: DebtDiagnostic[];
  cases: CaseReport[];
  /** The as-of date of the report: --as-of, else the filing date of the (first) case, else today. */
  asOf: IsoDate;
  /** The last day interest is computed through: the day before asOf (暂计至起诉前一日). */
  interestThrough: IsoDate;
}

export function analyze(uri: string, text: string, host: FileHost, options: AnalyzeOptions = {}): Analysis {
  const locale = options.locale ?? 'zh';
  const settings: Settings = { ...defaultSettings, ...options.settings };
  const built = buildModel(uri, text, host, locale, options.syntax);
  const diagnostics = [...built.diagnostics, ...checkStructure(built.file, locale)];
  const today = options.today ?? todayInChina();
  const asOf = options.asOf ?? built.file.cases.find((c) => c.filing)?.filing?.value ?? today;
  let cases: CaseReport[] = [];
  if (!options.structureOnly) {
    const law = analyzeLaw(built.file, {
      locale, settings, asOf: options.asOf, today, ...(options.lawCache ? { cache: { cases: options.lawCache, text } } : {}),
    });
    pushAll(diagnostics, law.diagnostics);
    cases = law.cases;
  }
  diagnostics.sort(byPosition);
  return { uri, model: built.file, diagnostics, cases, asOf, interestThrough: addDays(asOf, -1) };
}

/**
 * Errors inside used files, summarised at each `use` line of this file (DEBT221): an editor shows diagnostics
 * per file, and the lawyer is looking at this one.
 */
export function usedFileErrors(a: Analysis, locale: Locale = 'zh'): DebtDiagnostic[] {
  const out: DebtDiagnostic[] = [];
  for (const use of a.model.uses) {
    const count = a.diagnostics.filter((d) => d.uri === use.resolvedUri && d.uri !== a.uri && d.severity === 'error').length;
    if (count > 0) out.push(diag('DEBT221', { path: use.path.value, count }, { uri: use.uri, range: use.path.range }, locale));
  }
  return out;
}

/** Diagnostics in reading order: by file, then position. */
function byPosition(a: DebtDiagnostic, b: DebtDiagnostic): number {
  if (a.uri !== b.uri) return a.uri < b.uri ? -1 : 1;
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
