/** DEBT4xx from a loan's computed interest: caps, unclear or missing interest, deductions, LPR data. */
import Decimal from 'decimal.js';
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case, Loan } from '../model/types';
import { LawContext } from './context';
import { LoanInterest } from './interest';
import { LprTable } from './lpr';
import { betweenNaturalPersons, lenderInstitution, SPLIT_DATE } from './regime';
import { pct, yuan, ZERO } from './money';
import { LOCAL_FINANCIAL } from '../diagnostics/messages/interest';
import { interestCredits } from './interest-credits';
import { pushAll } from '../lists';

export function checkInterest(c: Case, loan: Loan, li: LoanInterest, lpr: LprTable, ctx: LawContext): DebtDiagnostic[] {
  const out: DebtDiagnostic[] = [];
  const L = ctx.locale;
  const r = li.regime;
  if (!r || !li.formation) return out;
  const interestAt = { uri: loan.uri, range: loan.interest?.range ?? loan.nameRange };
  if (r.licensed) return licensedChecks(c, loan, li, lpr, ctx);
  if (li.agreed.period && li.agreed.period.greaterThan(li.regime!.capRate) && li.unsupportedPeriod.greaterThan(0)) {
    // Formed before 2020-08-20: the 24 % of the 2015 rules, not 4 × LPR, is the cap at formation (规定31).
    out.push(diag('DEBT401', { agreed: pct(li.agreed.period), cap: pct(r.capRate), formation: li.formation, unsupported: yuan(li.unsupportedPeriod), old: r.split },
      interestAt, L, r.split ? { citations: ['2015年民间借贷规定第26条', '民间借贷规定第31条'] } : undefined));
  }
  const cap = r.capOn(ctx.asOf);
  if (li.agreed.overdue && li.agreed.overdue.greaterThan(cap)) {
    out.push(diag('DEBT402', { agreed: pct(li.agreed.overdue), cap: pct(cap) }, { uri: loan.uri, range: loan.overdueInterest!.range }, L));
  }
  const total = (li.agreed.overdue ?? li.agreed.period ?? ZERO).plus(li.agreed.penalty ?? ZERO).plus(li.agreed.fees ?? ZERO);
  if ((li.agreed.penalty || li.agreed.fees) && total.greaterThan(cap)) {
    const range = (loan.penalty ?? loan.fees)!.range;
    out.push(diag('DEBT403', { total: pct(total), cap: pct(cap), unsupported: yuan(li.unsupportedOverdue) }, { uri: loan.uri, range }, L));
  }
  const iv = loan.interest?.value;
  if (!iv || iv === 'none') {
    const look = r.lookups.find((x) => x.purpose === 'overdue');
    const agreedOverdue = li.overdueBasis === 'agreed' && li.agreed.overdue ? pct(li.agreed.overdue) : undefined;
    out.push(diag('DEBT404', li.overdueBasis === 'agreed'
      ? { loan: loan.name, basis: 'agreed', rate: agreedOverdue }
      : { loan: loan.name, basis: li.overdueBasis, rate: look?.result.rate ? pct(look.result.rate) : undefined, lprDate: look?.result.published,
        // Overdue interest before 2020-08-20 at the 6 % of the 2015 rules (interest.ts): the message names that rate too.
        oldDefault: li.overdueBasis === 'lpr' && r.split && ctx.settings.applyOldRulesBefore20200820 && li.schedule.some((x) => x.kind === 'overdue' && x.from < SPLIT_DATE) },
    interestAt, L, { citations: ['民间借贷规定第24条', '民间借贷规定第28条'] }));
  }
  if (iv === 'unclear') {
    const persons = betweenNaturalPersons(c, loan);
    const rate = persons ? undefined : pct(lpr.on(li.formation >= '2019-08-20' ? li.formation : ctx.asOf).rate ?? ZERO);
    out.push(diag('DEBT405', { loan: loan.name, persons, rate }, interestAt, L, { citations: ['民间借贷规定第24条'] }));
  }
  if (loan.deducted && loan.deducted.value.greaterThan(0)) {
    out.push(diag('DEBT406', { deducted: yuan(loan.deducted.value), principal: yuan(li.principal) }, { uri: loan.uri, range: loan.deducted.range }, L));
  } else if (loan.amount && !loan.amount.value.equals(li.principal) && loan.deliveries.length > 0) {
    out.push(diag('DEBT407', { amount: yuan(loan.amount.value), principal: yuan(li.principal) }, { uri: loan.uri, range: loan.amount.range }, L));
  }
  const reported = new Set<string>();
  for (const look of r.lookups) {
    if (look.result.beyondTable && !reported.has('beyond')) {
      reported.add('beyond');
      const last = lpr.on(look.result.lastPublished).rate!;
      out.push(diag('DEBT408', { date: look.date, last: look.result.lastPublished, rate: pct(last) }, interestAt, L));
    }
  }
  if (r.split) out.push(diag('DEBT409', splitFacts(li, r.capOn(SPLIT_DATE), ctx.settings.applyOldRulesBefore20200820), interestAt, L));
  if (li.formation < '2015-09-01') out.push(diag('DEBT410', { formation: li.formation }, interestAt, L));
  if (!r.split && lpr.isPublicationDay(li.formation)) out.push(diag('DEBT411', { date: li.formation }, interestAt, L));
  // Fixed-amount 违约金 / 其他费用 beyond the room the cap leaves over the overdue period (民间借贷规定第29条).
  for (const f of li.fixedCharges) {
    if (f.supported.greaterThanOrEqualTo(f.agreed)) continue;
    const field = f.what === 'penalty' ? loan.penalty! : loan.fees!;
    const what = f.what === 'penalty' ? (L === 'zh' ? '违约金' : 'penalty') : (L === 'zh' ? '其他费用' : 'fees');
    out.push(diag('DEBT412', {
      what, amount: yuan(f.agreed), supported: yuan(f.supported), unsupported: yuan(f.agreed.minus(f.supported)), cap: pct(r.capOn(ctx.asOf)),
    }, { uri: loan.uri, range: field.range }, L));
  }
  pushAll(out, interestCredits(li, ctx));
  return out;
}

/** What DEBT409 may say of this loan: whether interest accrued before 2020-08-20, and the rates used after it. */
function splitFacts(li: LoanInterest, cap: Decimal, oldRules: boolean) {
  const rows = li.schedule.filter((x) => (x.kind === 'period' || x.kind === 'overdue') && x.interest.greaterThan(0));
  const after = rows.filter((x) => x.from >= SPLIT_DATE);
  const rates = [...new Set(after.map((x) => pct(x.rate)))];
  return {
    formation: li.formation!, cap: pct(cap), oldRules,
    accruedBefore: rows.some((x) => x.from < SPLIT_DATE),
    capBinds: after.some((x) => x.rate.equals(cap)),
    rates: rates.length ? rates.join('、') : undefined,
  };
}

/**
 * A licensed lender's loan (spec §7.1): the warning at the lender that 民间借贷规定 is set aside (DEBT413), and only the
 * checks that do not rest on it — the principal actually lent (民法典第670条) and the LPR data.
 */
function licensedChecks(c: Case, loan: Loan, li: LoanInterest, lpr: LprTable, ctx: LawContext): DebtDiagnostic[] {
  const out: DebtDiagnostic[] = [];
  const inst = lenderInstitution(c, loan)!;
  out.push(diag('DEBT413', { lender: loan.lender!.name, kind: inst.value, local: LOCAL_FINANCIAL.has(inst.value) },
    { uri: loan.uri, range: loan.lender!.range }, ctx.locale));
  if (loan.amount && !loan.amount.value.equals(li.principal) && loan.deliveries.length > 0 && !loan.deducted) {
    out.push(diag('DEBT407', { amount: yuan(loan.amount.value), principal: yuan(li.principal) }, { uri: loan.uri, range: loan.amount.range }, ctx.locale));
  }
  if (loan.deducted && loan.deducted.value.greaterThan(0)) {
    out.push(diag('DEBT406', { deducted: yuan(loan.deducted.value), principal: yuan(li.principal) }, { uri: loan.uri, range: loan.deducted.range }, ctx.locale));
  }
  pushAll(out, licensedRateChecks(loan, li, lpr, ctx));
  const beyond = li.regime!.lookups.find((x) => x.result.beyondTable);
  if (beyond) {
    const last = lpr.on(beyond.result.lastPublished).rate!;
    out.push(diag('DEBT408', { date: beyond.date, last: beyond.result.lastPublished, rate: pct(last) },
      { uri: loan.uri, range: loan.interest?.range ?? loan.nameRange }, ctx.locale));
  }
  return out;
}

/**
 * A licensed lender's loan with no agreed or an unclear rate: 民法典第680条 governs every loan contract (no interest
 * for the loan period; unclear → set from practice, usage and market rates, never "none" for an institution), and
 * 民法典第676条 the overdue interest — DEBT404/405 without 民间借贷规定 (规定第24、28条 do not apply, rules.md §1.1).
 * The figures are those computed (interest.ts): the LPR for what nothing fixes, to be argued.
 */
function licensedRateChecks(loan: Loan, li: LoanInterest, lpr: LprTable, ctx: LawContext): DebtDiagnostic[] {
  const iv = loan.interest?.value;
  const at = { uri: loan.uri, range: loan.interest?.range ?? loan.nameRange };
  const overdue = li.agreed.overdue ? pct(li.agreed.overdue) : undefined;
  const cites = { citations: ['民法典第676条'] };
  if (!iv || iv === 'none') {
    const look = li.regime!.lookups.find((x) => x.purpose === 'overdue');
    return [diag('DEBT404', li.overdueBasis === 'agreed'
      ? { loan: loan.name, basis: 'agreed', rate: overdue, licensed: true }
      : { loan: loan.name, basis: li.overdueBasis, rate: look?.result.rate ? pct(look.result.rate) : undefined, lprDate: look?.result.published, licensed: true },
    at, ctx.locale, cites)];
  }
  if (iv !== 'unclear') return [];
  // The same LPR interest.ts uses for the period rate (at formation; before the LPR existed, at the as-of date).
  const used = lpr.on(li.formation! >= '2019-08-20' ? li.formation! : ctx.asOf);
  return [diag('DEBT405', { loan: loan.name, persons: false, licensed: true, rate: pct(used.rate ?? ZERO), lprDate: used.published, overdue }, at, ctx.locale, cites)];
}
