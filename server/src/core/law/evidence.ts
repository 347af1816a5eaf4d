/**
 * Evidence checks (spec §4, rules.md §17): every fact the complaint relies on needs proof; each missing or
 * weak proof is a warning at the fact, naming what would prove it. Unproven interruptions of the limitation
 * period — repayments included — are reported by limitation.ts (DEBT505), not here, so they are not reported twice.
 */
import Decimal from 'decimal.js';
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case, Evidence, EvidenceKind, Ref } from '../model/types';
import { coDebtorProofs } from '../model/resolve';
import { LawContext } from './context';
import { lenderInstitution } from './regime';

const PAYMENT_KINDS = new Set<EvidenceKind>(['transfer', 'bank-statement']);
const DELIVERY_PROOF_TEXT = /邮寄|签收|送达|快递|EMS|妥投|回执|已读/i;
const HOLDER_TEXT = /实名|身份|账号|账户|本人/;
const WITHDRAWAL_TEXT = /取款|取现|提现|流水/;
const MEANS_TEXT = /经济能力|资金来源|收入|存款|财力/;

/** What a large cash delivery's proofs do not yet show (民间借贷规定第15条): withdrawal, receipt, witness, the lender's means. */
function missingCashProofs(ev: Evidence[]): string[] {
  const text = (e: Evidence) => `${e.name} ${e.proves?.value ?? ''} ${e.source?.value ?? ''}`;
  const has = (kind: EvidenceKind, re?: RegExp) => ev.some((e) => e.kind?.value === kind || (re !== undefined && re.test(text(e))));
  const missing: string[] = [];
  if (!has('bank-statement', WITHDRAWAL_TEXT)) missing.push('withdrawal');
  if (!has('receipt', /收条|收据/)) missing.push('receipt');
  if (!has('witness', /证人/)) missing.push('witness');
  if (!ev.some((e) => MEANS_TEXT.test(text(e)))) missing.push('means');
  return missing;
}

export function checkEvidence(c: Case, ctx: LawContext): DebtDiagnostic[] {
  const out: DebtDiagnostic[] = [];
  const L = ctx.locale;
  const byName = new Map(c.evidence.map((e) => [e.name, e]));
  const kinds = (refs: Ref[]) => refs.map((r) => byName.get(r.name)).filter((e): e is Evidence => !!e);
  const used = new Set<string>();
  const use = (refs: Ref[]) => refs.forEach((r) => used.add(r.name));
  const cashLimit = new Decimal(ctx.settings.cashWarnAmount);

  for (const loan of c.loans) {
    // A licensed lender's loan is outside 民间借贷规定, so its evidence rules (第15条, 第16条) are not applied (spec §7.1).
    const privateLending = !lenderInstitution(c, loan);
    const agreement = [...loan.proofs, ...loan.signedProofs];
    use(agreement);
    if (agreement.length === 0) out.push(diag('DEBT301', { loan: loan.name }, { uri: loan.uri, range: loan.nameRange }, L));
    else {
      const ev = kinds(agreement);
      if (privateLending && ev.length > 0 && ev.every((e) => e.kind && PAYMENT_KINDS.has(e.kind.value))) {
        out.push(diag('DEBT304', { loan: loan.name }, { uri: loan.uri, range: agreement[0].range }, L));
      }
    }
    for (const d of loan.deliveries) {
      use(d.proofs);
      const at = { uri: d.uri, range: d.amount.range };
      if (privateLending && d.method?.value === 'cash' && d.amount.value.greaterThan(cashLimit)) {
        out.push(diag('DEBT303', { amount: d.amount.value.toFixed(2), limit: cashLimit.toFixed(2), missing: missingCashProofs(kinds(d.proofs)) }, at, L));
      }
      if (d.proofs.length === 0) out.push(diag('DEBT302', { date: d.date.value, cash: d.method?.value === 'cash' }, { uri: d.uri, range: d.date.range }, L));
      else {
        const ev = kinds(d.proofs);
        if (ev.length > 0 && ev.every((e) => e.kind && (e.kind.value === 'iou' || e.kind.value === 'contract'))) {
          out.push(diag('DEBT311', { date: d.date.value }, { uri: d.uri, range: d.proofs[0].range }, L));
        }
      }
    }
  }
  for (const e of c.events) {
    use(e.proofs);
    // An unproven repayment is the plaintiff's own admission (民诉法解释第92条): it needs proof only where it is relied on
    // to interrupt the limitation period, which limitation.ts reports (DEBT505).
    if (e.kind === 'demanded' && (e.channel?.value === 'letter' || e.channel?.value === 'lawyer-letter') && e.proofs.length > 0) {
      const ev = kinds(e.proofs);
      const delivered = ev.some((x) => DELIVERY_PROOF_TEXT.test(`${x.name} ${x.proves?.value ?? ''} ${x.source?.value ?? ''}`));
      if (!delivered) out.push(diag('DEBT307', { date: e.date.value }, { uri: e.uri, range: e.proofs[0].range }, L));
    }
  }
  // An asset's proofs (财产线索, spec §7.3) use the evidence too.
  for (const a of c.assets) use(a.proofs);
  // The proofs of a co-debtor's or spouse's liability (spec §8.1).
  for (const l of c.loans) use(coDebtorProofs(l));
  const hasIdentity = c.evidence.some((e) => e.kind?.value === 'identity');
  for (const e of c.evidence) {
    if (e.kind?.value === 'chat' && !hasIdentity && !HOLDER_TEXT.test(e.proves?.value ?? '')) {
      out.push(diag('DEBT308', { name: e.name }, { uri: e.uri, range: e.nameRange }, L));
    }
    if (e.copy && !e.original) out.push(diag('DEBT309', { name: e.name }, { uri: e.uri, range: e.copy }, L));
    if (!used.has(e.name) && e.kind?.value !== 'identity') out.push(diag('DEBT310', { name: e.name }, { uri: e.uri, range: e.nameRange }, L));
  }
  return out;
}
