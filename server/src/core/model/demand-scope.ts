/**
 * A demand cannot call in a debt that did not exist yet (spec §8.6): a demand dated before a loan's first delivery does
 * not concern that loan — it neither fixes its due date (民法典第675条) nor interrupts its limitation period (时效规定第8条).
 * A demand that comes before every loan it could concern is an error of dates (DEBT250). Loans with no delivery yet keep
 * the demand (their missing delivery is DEBT208).
 */
import { DebtDiagnostic, Locale } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case, Demand } from './types';

function firstDelivery(c: Case, loan: string): string | undefined {
  const l = c.loans.find((x) => x.name === loan);
  return l?.deliveries.reduce<string | undefined>((m, d) => (!m || d.date.value < m ? d.date.value : m), undefined);
}

/** Keeps the loans the demand can reach; reports a demand that reaches none of the loans it names or implies. */
export function dropLoansNotYetLent(c: Case, e: Demand, report: (d: DebtDiagnostic) => void, locale: Locale): void {
  if (e.loans.length === 0) return;
  const later = e.loans.map((name) => ({ name, first: firstDelivery(c, name) })).filter((x) => x.first !== undefined && x.first > e.date.value);
  if (later.length === 0) return;
  e.loans = e.loans.filter((name) => !later.some((x) => x.name === name));
  if (e.loans.length > 0) return;
  const earliest = later.map((x) => x.first!).sort()[0];
  const names = later.map((x) => (locale === 'zh' ? `借款“${x.name}”` : `"${x.name}"`)).join(locale === 'zh' ? '、' : ', ');
  report(diag('DEBT250', { date: e.date.value, delivered: earliest, loans: names }, { uri: e.uri, range: e.date.range }, locale));
}
