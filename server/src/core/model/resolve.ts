/** Case-level resolution: which loans each event concerns (spec §3.4) and the default claims (spec §3.6). */
import { DebtDiagnostic, Locale } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Agent, Case, Claim, Loan, Ref } from './types';

function involves(loan: Loan, party: string): boolean {
  return loan.lender?.name === party || loan.borrowers.some((b) => b.name === party) || loan.guarantors.some((g) => g.party.name === party)
    || coDebtorRefs(loan).some((r) => r.name === party);
}

/** The parties a loan names as 共同借款人, 债务加入 or 配偶 (spec §8.1), in file order of kind. */
export function coDebtorRefs(loan: Loan): Ref[] {
  return [...loan.coBorrowers.map((d) => d.party), ...loan.joined.map((d) => d.party), ...loan.spouses.map((s) => s.party)];
}

/** The evidence written after 共同借款人 / 债务加入 / 配偶 (spec §8.1). */
export function coDebtorProofs(loan: Loan): Ref[] {
  return [...loan.coBorrowers, ...loan.joined, ...loan.spouses].flatMap((d) => d.proofs);
}

export function resolveEventLoans(c: Case, report: (d: DebtDiagnostic) => void, locale: Locale): void {
  const all = c.loans.map((l) => l.name);
  for (const e of c.events) {
    if (e.kind === 'repaid') {
      if (e.loan) e.loans = c.loans.some((l) => l.name === e.loan!.name) ? [e.loan.name] : [];
      else if (c.loans.length === 1) e.loans = all;
      else if (c.loans.length > 1) {
        report(diag('DEBT218', { loans: all.join('、') }, { uri: e.uri, range: e.date.range }, locale));
      }
    } else if (e.kind === 'demanded') {
      e.loans = e.of.length === 0 ? all : c.loans.filter((l) => e.of.some((p) => involves(l, p.name))).map((l) => l.name);
    } else {
      e.loans = e.by ? c.loans.filter((l) => involves(l, e.by!.name)).map((l) => l.name) : all;
    }
  }
}

/** A case with no claims is given principal, interest until paid, and costs; their range is the case name. */
export function defaultClaims(c: Case): Claim[] {
  const at = { uri: c.uri, range: c.nameRange, implicit: true };
  return [
    { ...at, kind: 'principal' },
    { ...at, kind: 'interest', until: { value: 'paid', range: c.nameRange } },
    { ...at, kind: 'costs' },
  ];
}

/**
 * An agent declared outside the case (in this file or a used one — a lender's counsel declared once beside the
 * lender) acts in every case where a principal (委托人) of theirs is a party, for those principals only. An agent the
 * case declares itself under the same name takes precedence.
 */
export function joinFileAgents(c: Case, fileAgents: Agent[]): void {
  if (fileAgents.length === 0) return;
  const parties = new Set(c.parties.map((p) => p.name));
  const own = new Set(c.agents.map((a) => a.name));
  for (const a of fileAgents) {
    if (own.has(a.name)) continue;
    const principals = a.principals.filter((p) => parties.has(p.name));
    if (principals.length > 0) { c.agents.push({ ...a, principals }); own.add(a.name); }
  }
}
