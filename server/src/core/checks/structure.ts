/**
 * DEBT2xx checks on the case model: undefined and duplicate names, roles of lender and borrower,
 * missing lender/borrower/delivery, dates out of order, and the check characters of IDs and credit codes.
 * (Impossible dates, `use` problems and repayments without a loan are reported while building the model.)
 */
import { DebtDiagnostic, Locale, withFix } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case, DebtFile, Party, Ref } from '../model/types';
import { coDebtorProofs, coDebtorRefs } from '../model/resolve';
import { suggest } from './suggest';
import { moveLines, withinLines } from '../diagnostics/move';
import { creditCodeCheckChar, isCreditCodeShape, isResidentIdShape, residentIdBirthDate, residentIdCheckDigit } from './ids';
import { checkPleadedStructure } from './pleaded';
import { pushAll } from '../lists';
import { checkPreservationDates } from './preservation-dates';

type What = 'party' | 'evidence' | 'loan' | 'agent' | 'case' | 'asset';

export function checkStructure(file: DebtFile, locale: Locale): DebtDiagnostic[] {
  const out: DebtDiagnostic[] = [];
  const add = (d: DebtDiagnostic) => out.push(d);
  const checkedIds = new Set<string>();
  for (const p of file.parties) if (p.uri === file.uri) checkParty(p, locale, add, checkedIds);
  checkFileNames(file, locale, add);
  for (const c of file.cases) pushAll(out, caseFindings(c, locale));
  return out;
}

/**
 * The findings of one case, kept on the case: the model builder reuses a case object while its text and what it
 * reads from outside are unchanged (syntax/chunks.ts), so the same object has the same findings, moved with it.
 * (A case's parties are its own, so the IDs it checks are not checked by another case or a top-level party.)
 */
const kept = new WeakMap<Case, { locale: Locale; line: number; findings: DebtDiagnostic[]; movable: boolean }>();

function caseFindings(c: Case, locale: Locale): DebtDiagnostic[] {
  const { start, end } = c.range;
  const k = kept.get(c);
  if (k && k.locale === locale && k.movable) {
    if (k.line !== start.line) { k.findings = moveLines(k.findings, c.uri, start.line - k.line); k.line = start.line; }
    return k.findings;
  }
  const findings: DebtDiagnostic[] = [];
  checkCase(c, locale, (d) => findings.push(d), new Set());
  kept.set(c, { locale, line: start.line, findings, movable: withinLines(findings, c.uri, start.line, end.line) });
  return findings;
}

/**
 * Names declared outside cases — parties (当事人) and agents, here or in used files, and the cases themselves — are
 * declared once: `原告 张三` would otherwise take whichever 张三 came first. Reported in this file (a clash inside a
 * used file is reported when that file is checked); the principals of this file's agents must name a party.
 */
function checkFileNames(file: DebtFile, locale: Locale, add: (d: DebtDiagnostic) => void): void {
  type Named = { name: string; uri: string; nameRange: Ref['range'] };
  const clashes = (list: Named[], what: What) => {
    // (A file used twice brings the same declarations twice: an object met again is not a second declaration.)
    const first = new Map<string, Named>(), again = new Set<Named>();
    for (const e of list) {
      const prev = first.get(e.name);
      if (!prev || !e.name) { first.set(e.name, e); continue; }
      if (prev === e || again.has(e)) continue;
      again.add(e);
      const [here, other] = e.uri === file.uri ? [e, prev] : prev.uri === file.uri ? [prev, e] : [undefined, undefined];
      if (!here || !other) continue;
      add(diag('DEBT203', { what, name: e.name }, { uri: here.uri, range: here.nameRange }, locale, {
        related: [{ uri: other.uri, range: other.nameRange, message: locale === 'zh' ? '另一处声明' : 'also declared here' }],
      }));
    }
  };
  clashes(file.parties, 'party');
  clashes(file.agents, 'agent');
  clashes(file.cases, 'case');
  // (Built only for a file with agents of its own: 130,000 parties are otherwise copied for nothing.)
  let parties: Set<string> | undefined;
  for (const a of file.agents) {
    if (a.uri !== file.uri) continue;
    parties ??= new Set([...file.parties, ...file.cases.flatMap((c) => c.parties)].map((p) => p.name));
    for (const r of a.principals) {
      if (!parties.has(r.name)) add(undeclared('party', r.name, suggest(r.name, parties.values()), { uri: a.uri, range: r.range }, locale));
    }
  }
}

function checkParty(p: Party, locale: Locale, add: (d: DebtDiagnostic) => void, seen: Set<string>): void {
  // A party referenced from a used file is checked where it is declared, once.
  if (p.declaredAt) return;
  // Only a party with an ID or a credit code has anything to check (and a key worth making).
  if (!p.id && !p.creditCode) return;
  const key = `${p.uri}#${p.range.start.line}:${p.range.start.character}`;
  if (seen.has(key)) return;
  seen.add(key);
  if (p.id) {
    const id = p.id.value.toUpperCase();
    const at = { uri: p.uri, range: p.id.range };
    if (!isResidentIdShape(id)) add(diag('DEBT219', { id: p.id.value }, at, locale));
    else {
      const expected = residentIdCheckDigit(id);
      if (id[17] !== expected) add(diag('DEBT213', { id: p.id.value, expected }, at, locale));
      const birth = residentIdBirthDate(id);
      if (!birth.date) add(diag('DEBT214', { id: p.id.value, idBirth: birth.text }, at, locale));
      else if (p.born && p.born.value !== birth.date) add(diag('DEBT214', { id: p.id.value, idBirth: birth.text, born: p.born.value }, at, locale));
    }
  }
  if (p.creditCode) {
    const code = p.creditCode.value.toUpperCase(); // (the code's letters are capitals; one typed in lower case is the same code)
    const at = { uri: p.uri, range: p.creditCode.range };
    if (!isCreditCodeShape(code)) add(diag('DEBT220', { code }, at, locale));
    else {
      const expected = creditCodeCheckChar(code);
      if (code[17] !== expected) add(diag('DEBT215', { code, expected }, at, locale));
    }
  }
}

function checkCase(c: Case, locale: Locale, add: (d: DebtDiagnostic) => void, seen: Set<string>): void {
  const at = (uri: string, range: Ref['range']) => ({ uri, range });
  // Duplicates, then the name tables the references are resolved against.
  const first = <E extends { name: string; uri: string; nameRange: Ref['range'] }>(list: E[], what: What) => {
    const names = new Map<string, E>();
    for (const e of list) {
      const prev = names.get(e.name);
      if (prev && e.name) {
        add(diag('DEBT203', { what, name: e.name }, at(e.uri, e.nameRange), locale, {
          related: [{ uri: prev.uri, range: prev.nameRange, message: locale === 'zh' ? '首次声明' : 'first declared here' }],
        }));
      } else names.set(e.name, e);
    }
    return names;
  };
  const parties = first(c.parties, 'party');
  const evidence = first(c.evidence, 'evidence');
  const loans = first(c.loans, 'loan');
  first(c.agents, 'agent');
  const resolve = (r: Ref | undefined, table: Map<string, unknown>, what: Exclude<What, 'asset'>) => {
    if (!r || table.has(r.name)) return;
    add(undeclared(what, r.name, suggest(r.name, table.keys()), at(c.uri, r.range), locale));
  };

  for (const p of c.parties) checkParty(p, locale, add, seen);
  for (const a of c.agents) for (const r of a.principals) resolve(r, parties, 'party');

  for (const loan of c.loans) {
    resolve(loan.lender, parties, 'party');
    for (const b of loan.borrowers) resolve(b, parties, 'party');
    for (const g of loan.guarantors) resolve(g.party, parties, 'party');
    for (const r of coDebtorRefs(loan)) resolve(r, parties, 'party');
    for (const r of coDebtorProofs(loan)) resolve(r, evidence, 'evidence');
    for (const r of [...loan.proofs, ...loan.signedProofs, ...loan.deliveries.flatMap((d) => d.proofs)]) resolve(r, evidence, 'evidence');
    const lender = loan.lender && parties.get(loan.lender.name);
    if (!loan.lender) add(diag('DEBT206', { loan: loan.name }, at(loan.uri, loan.nameRange), locale));
    else if (lender && lender.role !== 'plaintiff') add(diag('DEBT204', { name: loan.lender.name }, at(c.uri, loan.lender.range), locale));
    if (loan.borrowers.length === 0) add(diag('DEBT207', { loan: loan.name }, at(loan.uri, loan.nameRange), locale));
    for (const b of loan.borrowers) {
      const p = parties.get(b.name);
      if (p && p.role !== 'defendant') add(diag('DEBT205', { name: b.name }, at(c.uri, b.range), locale));
    }
    if (loan.deliveries.length === 0) add(diag('DEBT208', { loan: loan.name }, at(loan.uri, loan.nameRange), locale));
    const firstDelivery = loan.deliveries.reduce<string | undefined>((m, d) => (!m || d.date.value < m ? d.date.value : m), undefined);
    if (loan.signed) {
      for (const d of loan.deliveries) {
        if (d.date.value < loan.signed.value) add(diag('DEBT209', { delivered: d.date.value, signed: loan.signed.value }, at(d.uri, d.date.range), locale));
      }
    }
    if (firstDelivery) {
      if (loan.due && loan.due.value !== 'on-demand' && loan.due.value < firstDelivery) {
        add(diag('DEBT211', { due: loan.due.value, delivered: firstDelivery }, at(loan.uri, loan.due.range), locale));
      }
      // Instalments take the place of one due date: none may fall before the money was lent.
      for (const i of loan.installments) {
        if (i.date.value < firstDelivery) add(diag('DEBT211', { due: i.date.value, delivered: firstDelivery, installment: true }, at(i.uri, i.date.range), locale));
      }
      for (const e of c.events) {
        if (e.kind === 'repaid' && e.loans.includes(loan.name) && e.date.value < firstDelivery) {
          add(diag('DEBT210', { repaid: e.date.value, delivered: firstDelivery }, at(e.uri, e.date.range), locale));
        }
      }
    }
  }

  for (const e of c.events) {
    for (const r of e.proofs) resolve(r, evidence, 'evidence');
    if (e.kind === 'repaid') resolve(e.loan, loans, 'loan');
    else if (e.kind === 'demanded') for (const r of e.of) resolve(r, parties, 'party');
    else resolve(e.by, parties, 'party');
  }
  for (const cl of c.claims) if (cl.kind === 'guarantee') resolve(cl.party, parties, 'party');
  // Who a judgment orders to pay (spec §8.2: 判项 … 由 REFS, 连带 REFS) are parties of the case.
  for (const j of c.judgments) for (const r of [...j.awards.flatMap((a) => a.by), ...j.joint.flatMap((x) => x.parties)]) resolve(r, parties, 'party');
  checkAssets(c, parties, evidence, first(c.assets, 'asset'), resolve, locale, add);
  checkPleadedStructure(c, loans, evidence, resolve, locale, add);

  if (c.filing) checkFiling(c, locale, add);
}

/**
 * Spec §7.3: an asset's owner is a party of the case (DEBT202) and normally a defendant (DEBT223); its proofs are
 * declared evidence; a preservation's targets are assets of the case (DEBT222).
 */
function checkAssets(c: Case, parties: Map<string, Party>, evidence: Map<string, unknown>, assets: Map<string, unknown>,
  resolve: (r: Ref | undefined, table: Map<string, unknown>, what: Exclude<What, 'asset'>) => void, locale: Locale, add: (d: DebtDiagnostic) => void): void {
  for (const a of c.assets) {
    resolve(a.owner, parties, 'party');
    const owner = a.owner && parties.get(a.owner.name);
    if (a.owner && owner && owner.role !== 'defendant') add(diag('DEBT223', { asset: a.name, owner: a.owner.name }, { uri: c.uri, range: a.owner.range }, locale));
    for (const r of a.proofs) resolve(r, evidence, 'evidence');
  }
  for (const p of c.preservations) {
    for (const t of p.targets) {
      if (!assets.has(t.name)) add(diag('DEBT222', { name: t.name, suggestion: suggest(t.name, assets.keys()) }, { uri: c.uri, range: t.range }, locale));
    }
  }
  checkPreservationDates(c, locale, add);
}

/** DEBT202, with the fix the editor offers: the suggested name, or a declaration of the name. */
function undeclared(what: Exclude<What, 'asset'>, name: string, suggestion: string | undefined, at: { uri: string; range: Ref['range'] }, locale: Locale): DebtDiagnostic {
  return withFix(diag('DEBT202', { what, name, suggestion }, at, locale), suggestion ? { kind: 'use-name', name: suggestion } : { kind: 'declare', what, name });
}

/** The filing date cannot precede a fact the complaint relies on (signing, delivery, repayment, demand, acknowledgement). */
function checkFiling(c: Case, locale: Locale, add: (d: DebtDiagnostic) => void): void {
  const filing = c.filing!.value;
  const zh = locale === 'zh';
  const facts: { fact: string; date: string }[] = [];
  for (const l of c.loans) {
    if (l.signed) facts.push({ fact: zh ? `借款“${l.name}”的签订日` : `signing of "${l.name}"`, date: l.signed.value });
    for (const d of l.deliveries) facts.push({ fact: zh ? `借款“${l.name}”的交付日` : `delivery of "${l.name}"`, date: d.date.value });
  }
  const eventName: Record<string, [string, string]> = { repaid: ['还款日', 'repayment'], demanded: ['催收日', 'demand'], acknowledged: ['确认日', 'acknowledgement'] };
  for (const e of c.events) facts.push({ fact: zh ? eventName[e.kind][0] : eventName[e.kind][1], date: e.date.value });
  const late = facts.filter((f) => f.date > filing).sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  if (late) add(diag('DEBT212', { fact: late.fact, date: late.date, filing }, { uri: c.uri, range: c.filing!.range }, locale));
}
