// STUB — replaced by the law-engine issue.
import { DebtDiagnostic, Locale } from '../diagnostics/types';
import { DebtFile } from '../model/types';
import { Settings } from '../settings';
import { IsoDate } from '../text/dates';

export interface LawOptions { locale: Locale; settings: Settings; asOf?: IsoDate; today: IsoDate }
/** One case of the JSON report (spec §6). */
export interface CaseReport { name: string; [field: string]: unknown }

export function analyzeLaw(_file: DebtFile, _options: LawOptions): { cases: CaseReport[]; diagnostics: DebtDiagnostic[] } {
  return { cases: [], diagnostics: [] };
}
