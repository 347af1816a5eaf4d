/** Procedure checks (DEBT6xx): court, routes (small claims, payment order), claims against the loans, defendants. */
import Decimal from 'decimal.js';
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case } from '../model/types';
import { LawContext } from './context';
import { LoanInterest } from './interest';
import { yuan } from './money';
import { lenderInstitution } from './regime';

export function checkProcedure(c: Case, ctx: LawContext, loans: LoanInterest[], claimAmount: Decimal, hasFiling: boolean, today: string): DebtDiagnostic[] {
  const out: DebtDiagnostic[] = [];
  const L = ctx.locale;
  const atName = { uri: c.uri, range: c.nameRange };
  if (!c.court) out.push(diag('DEBT601', { places: courtCandidates(c, L) }, atName, L));
  if (!hasFiling) out.push(diag('DEBT608', { today }, atName, L));
  const threshold = ctx.settings.smallClaimsThreshold;
  if (threshold && claimAmount.greaterThan(0) && claimAmount.lessThanOrEqualTo(threshold) && c.procedure?.value !== 'small-claims') {
    out.push(diag('DEBT602', { amount: yuan(claimAmount), threshold: yuan(new Decimal(threshold)) }, atName, L));
  }
  // 支付令 (DEBT603): payment-order.ts, called by analyze-law.ts with the limitation status.
  const guarantors = new Set(c.loans.flatMap((l) => l.guarantors.map((g) => g.party.name)));
  const claimed = new Set<string>();
  for (const cl of c.claims) {
    const at = { uri: cl.uri, range: cl.range };
    if (cl.kind === 'penalty' && !c.loans.some((l) => l.penalty)) out.push(diag('DEBT604', {}, at, L));
    if (cl.kind === 'fees') {
      // 实现债权费用 (律师费 …): a contract clause and proof of the cost; 规定29's cap only for private lending (rules.md §5).
      const capNote = c.loans.some((l) => !lenderInstitution(c, l));
      out.push(diag('DEBT415', { amount: yuan(cl.amount.value), what: cl.description?.value, capNote }, at, L,
        capNote ? { citations: ['民间借贷规定第29条'] } : undefined));
    }
    if (cl.kind === 'guarantee') {
      claimed.add(cl.party.name);
      if (!guarantors.has(cl.party.name)) out.push(diag('DEBT605', { name: cl.party.name }, { uri: cl.uri, range: cl.party.range }, L));
    }
    if (cl.kind === 'interest' && !cl.implicit && loans.every((l) => l.schedule.every((r) => r.interest.isZero()) && (!l.continuing || l.continuing.rate.isZero()))) {
      out.push(diag('DEBT607', {}, at, L));
    }
  }
  for (const l of c.loans) for (const g of l.guarantors) {
    if (!claimed.has(g.party.name)) out.push(diag('DEBT606', { name: g.party.name }, { uri: g.uri, range: g.party.range }, L));
  }
  for (const p of c.parties) {
    if (p.role !== 'defendant') continue;
    const missing: string[] = [];
    if (!p.address && !p.residence) missing.push(L === 'zh' ? '住所' : 'an address');
    if (p.kind === 'person' && !p.id) missing.push(L === 'zh' ? '身份证号' : 'a resident ID');
    if (p.kind !== 'person' && !p.creditCode) missing.push(L === 'zh' ? '统一社会信用代码' : 'a credit code');
    if (missing.length) out.push(diag('DEBT609', { name: p.name, missing: missing.join(L === 'zh' ? '、' : ' and ') }, { uri: p.uri, range: p.nameRange }, L));
  }
  return out;
}

/** Where the case may be filed (民诉法第24条; 民间借贷规定第3条): the defendants' domiciles and the lenders' (performance place). */
function courtCandidates(c: Case, L: 'zh' | 'en'): string | undefined {
  const place = (name: string) => { const p = c.parties.find((x) => x.name === name); return p?.address?.value ?? p?.residence?.value; };
  const parts: string[] = [];
  for (const p of c.parties) {
    const where = p.role === 'defendant' ? place(p.name) : undefined;
    if (where) parts.push(L === 'zh' ? `被告${p.name}住所地（${where}）` : `${p.name}'s domicile (${where})`);
  }
  const lenders = new Set(c.loans.map((l) => l.lender?.name).filter((n): n is string => !!n));
  for (const n of lenders) {
    const where = place(n);
    if (where) parts.push(L === 'zh' ? `出借人${n}住所地即合同履行地（${where}）` : `the lender ${n}'s domicile as the place of performance (${where})`);
  }
  return parts.length ? parts.join(L === 'zh' ? '、' : '; ') + (L === 'zh' ? '的基层人民法院' : ', at the basic court') : undefined;
}
