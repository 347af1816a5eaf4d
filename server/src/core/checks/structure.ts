// STUB — replaced by the language issue (DEBT2xx checks).
import { DebtDiagnostic, Locale } from '../diagnostics/types';
import { DebtFile } from '../model/types';

export function checkStructure(_file: DebtFile, _locale: Locale): DebtDiagnostic[] {
  return [];
}
