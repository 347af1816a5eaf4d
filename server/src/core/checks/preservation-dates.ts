/**
 * The application day of each `保全` (spec §7.3 `申请 DATE`) against the case's other dates: not before a loan was lent
 * (DEBT260), an in-suit application not before filing (DEBT261), a pre-suit one not after it (DEBT262; 民诉法第103条、
 * 第104条). The same day as filing is allowed either way. The figures as of that day are law/preservation-as-of.ts.
 */
import { diag } from '../diagnostics/catalogue';
import { DebtDiagnostic, Locale } from '../diagnostics/types';
import { Case } from '../model/types';

export function checkPreservationDates(c: Case, locale: Locale, add: (d: DebtDiagnostic) => void): void {
  for (const p of c.preservations) {
    const applied = p.applied;
    if (!applied) continue;
    const at = { uri: p.uri, range: applied.range };
    for (const loan of c.loans) {
      const first = loan.deliveries.reduce<string | undefined>((m, d) => (!m || d.date.value < m ? d.date.value : m), undefined);
      if (first && applied.value < first) add(diag('DEBT260', { applied: applied.value, loan: loan.name, delivered: first }, at, locale));
    }
    const filing = c.filing?.value;
    if (!filing) continue;
    if (p.stage.value === 'in-suit' && applied.value < filing) add(diag('DEBT261', { applied: applied.value, filing }, at, locale));
    if (p.stage.value === 'pre-suit' && applied.value > filing) add(diag('DEBT262', { applied: applied.value, filing }, at, locale));
  }
}
