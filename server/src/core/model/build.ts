// STUB — replaced by the language issue (parser + model builder).
import { DebtDiagnostic, Locale } from '../diagnostics/types';
import { DebtFile } from './types';
import type { FileHost } from '../analyze';

export interface BuildResult { file: DebtFile; diagnostics: DebtDiagnostic[] }

export function buildModel(uri: string, _text: string, _host: FileHost, _locale: Locale): BuildResult {
  return { file: { uri, uses: [], parties: [], agents: [], cases: [] }, diagnostics: [] };
}
