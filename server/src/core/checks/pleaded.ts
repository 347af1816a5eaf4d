/**
 * Structure of the spec §8.3 items: the loans and evidence a 结算 / 宣布到期 names are declared (DEBT202), neither comes
 * before the loan was lent (DEBT255), a fixed-sum interest claim has no rate or dates (DEBT256), a 分期 plan is the only
 * term written (DEBT257), and a claim's 自 is not after its 至 (DEBT630).
 */
import { DebtDiagnostic, Locale } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case, Field, Ref } from '../model/types';

type Resolve = (r: Ref | undefined, table: Map<string, unknown>, what: 'loan' | 'evidence') => void;

export function checkPleadedStructure(c: Case, loans: Map<string, unknown>, evidence: Map<string, unknown>, resolve: Resolve,
  locale: Locale, add: (d: DebtDiagnostic) => void): void {
  const firstDelivery = (name: string) => c.loans.find((l) => l.name === name)?.deliveries.map((d) => d.date.value).sort()[0];
  const outOfOrder = (what: 'settled' | 'accelerated', date: Field<string>, named: string[]) => {
    for (const loan of named.length ? named : c.loans.map((l) => l.name)) {
      const first = firstDelivery(loan);
      if (first && date.value < first) { add(diag('DEBT255', { what, date: date.value, delivered: first, loan }, { uri: c.uri, range: date.range }, locale)); return; }
    }
  };
  for (const s of c.settlements ?? []) {
    for (const r of s.loanRefs) resolve(r, loans, 'loan');
    for (const r of s.proofs) resolve(r, evidence, 'evidence');
    outOfOrder('settled', s.date, s.loanRefs.map((r) => r.name));
  }
  for (const a of c.accelerations ?? []) {
    resolve(a.loan, loans, 'loan');
    for (const r of a.proofs) resolve(r, evidence, 'evidence');
    outOfOrder('accelerated', a.date, a.loan ? [a.loan.name] : []);
  }
  for (const cl of c.claims) {
    if (cl.kind !== 'interest') continue;
    if (cl.amount && (cl.rate || cl.from || cl.until)) add(diag('DEBT256', {}, { uri: cl.uri, range: cl.range }, locale));
    const from = cl.from?.value, until = cl.until?.value;
    const start = from === 'filing' ? c.filing?.value : from;
    if (start && until && until !== 'paid' && start > until) add(diag('DEBT630', { from: start, until }, { uri: cl.uri, range: cl.from!.range }, locale));
  }
  for (const loan of c.loans) {
    if (loan.installmentPlan && ((loan.due && loan.due.value !== 'on-demand') || loan.installments.length)) {
      add(diag('DEBT257', { loan: loan.name }, { uri: loan.uri, range: loan.installmentPlan.range }, locale));
    }
  }
}
