/**
 * The debt loan by loan and debtor by debtor, as the letters and applications state it: what each loan still owes
 * (the parts the case claims, from the report), who owes it with what liability (debts.ts, the obligations), and what
 * each addressee owes in all. A document names a party only for the loans it owes (合同相对性, 民法典第465条第2款).
 */
import Decimal from 'decimal.js';
import { LoanReport } from '../law/analyze-law';
import { agreesCharges } from '../law/payment-order';
import { Loan } from '../model/types';
import { CaseData, sum } from './case-data';
import { feeLoans } from './claims';
import { LoanDebt, loanDebts } from './debts';
import { money } from './format';

export interface LoanOwed { loan: Loan; r: LoanReport; principal: Decimal; interest: Decimal; penalty: Decimal; total: Decimal }

/**
 * Per loan, the parts the case claims through interestThrough (the report's figures). For a payment order
 * (`principalOnlyUncharged`), a loan whose documents agree no interest, late interest or 违约金 is claimed for its
 * principal only (民诉法解释第428条) — as the report's paymentOrderApplication counts it.
 */
export function owedByLoan(d: CaseData, principalOnlyUncharged = false): LoanOwed[] {
  const kinds = new Set(d.c.claims.map((c) => c.kind));
  return d.loans.flatMap(({ loan, r }) => {
    if (!r) return [];
    const charged = !principalOnlyUncharged || agreesCharges(loan);
    const principal = kinds.has('principal') ? new Decimal(r.outstanding.principal) : new Decimal(0);
    const interest = kinds.has('interest') && charged
      ? (r.claimedInterest ? new Decimal(r.claimedInterest.amount) : sum([r.outstanding.interest, r.outstanding.fees])) : new Decimal(0);
    const penalty = kinds.has('penalty') && charged ? new Decimal(r.outstanding.penalty) : new Decimal(0);
    const total = principal.plus(interest).plus(penalty);
    return total.isZero() ? [] : [{ loan, r, principal, interest, penalty, total }];
  });
}

/** 「本金201,711.23元、利息50,316.05元、违约金5,917.01元，合计257,944.29元」 (no 合计 for one part). */
export function partsText(o: { principal: Decimal; interest: Decimal; penalty: Decimal; total: Decimal }): string {
  const parts = [['本金', o.principal], ['利息', o.interest], ['违约金', o.penalty]].filter(([, v]) => !(v as Decimal).isZero())
    .map(([k, v]) => `${k}${money(v as Decimal)}`);
  return parts.length > 1 ? `${parts.join('、')}，合计${money(o.total)}` : parts[0] ?? money(o.total);
}

/** The 实现债权费用 claims, with the loans whose borrowers owe them. */
export function feeClaims(d: CaseData): { what: string; amount: Decimal; loans: Loan[] }[] {
  const loans = feeLoans(d);
  return d.c.claims.flatMap((c) => (c.kind === 'fees' ? [{ what: c.description?.value ?? '实现债权的费用', amount: c.amount.value, loans }] : []));
}

/** What a debtor owes on one loan: a guarantor only within its scope (民法典第691条). */
export function shareOf(x: LoanDebt, o: LoanOwed): Decimal {
  if (x.scope === 'principal') return o.principal;
  if (x.scope && x.scope !== 'all') return Decimal.min(new Decimal(x.scope), o.total);
  return o.total;
}

/** 「作为共同借款人，承担连带清偿责任（…）」: the liability in a letter's or application's words, with its articles. */
export function liabilityWords(x: LoanDebt): string {
  switch (x.liability) {
    case 'borrower': return '作为借款人，应当偿还（《中华人民共和国民法典》第六百七十五条）';
    case 'co-borrower': return '作为共同借款人，应当承担连带清偿责任（《中华人民共和国民法典》第一百七十八条、第五百一十八条）';
    case 'joined': return '作为债务加入人，应当承担连带清偿责任（《中华人民共和国民法典》第五百五十二条）';
    case 'spouse': return '该债务属夫妻共同债务，作为共同债务人应当共同清偿（《中华人民共和国民法典》第一千零六十四条）';
    case 'joint-guarantor': return `作为连带责任保证人，应当${x.scope === 'principal' ? '对借款本金' : x.scope && x.scope !== 'all' ? `在${money(x.scope)}范围内` : ''}承担连带清偿责任（《中华人民共和国民法典》第六百八十八条、第六百九十一条）`;
    case 'general-guarantor': return `作为一般保证人，应当${x.scope === 'principal' ? '对借款本金' : x.scope && x.scope !== 'all' ? `在${money(x.scope)}范围内` : ''}就债务人财产依法强制执行后仍不能履行的部分承担保证责任（《中华人民共和国民法典》第六百八十七条、第六百九十一条）`;
  }
}

/** The debtors of each owed loan, in the loan's order; optionally only some liabilities. */
export function debtorsOf(d: CaseData, o: LoanOwed, only?: ReadonlySet<LoanDebt['liability']>): LoanDebt[] {
  return loanDebts(d, o.loan.name).filter((x) => !only || only.has(x.liability));
}

/** Every addressee with what they owe in all (their loans within scope, plus the fee claims of their loans as borrowers). */
export function totalsByDebtor(d: CaseData, owed: LoanOwed[], only?: ReadonlySet<LoanDebt['liability']>): { name: string; loans: string[]; total: Decimal }[] {
  const out = new Map<string, { name: string; loans: string[]; total: Decimal }>();
  for (const o of owed) {
    for (const x of debtorsOf(d, o, only)) {
      const e = out.get(x.name) ?? { name: x.name, loans: [], total: new Decimal(0) };
      e.loans.push(o.loan.name);
      e.total = e.total.plus(shareOf(x, o));
      out.set(x.name, e);
    }
  }
  for (const f of feeClaims(d)) {
    const who = new Set(f.loans.flatMap((l) => loanDebts(d, l.name).filter((x) => x.liability === 'borrower' || x.liability === 'co-borrower').map((x) => x.name)));
    for (const n of who) { const e = out.get(n); if (e) e.total = e.total.plus(f.amount); }
  }
  return [...out.values()];
}
