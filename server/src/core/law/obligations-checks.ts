/**
 * Findings on who owes what (spec §8.1), all read from the ties law/obligations.ts decides: a spouse without a basis
 * or without proof of common use, a guarantee claimed beyond the loans it covers or after it lapsed, a general
 * guarantor sued without the debtor, a defendant who owes nothing.
 */
import { diag } from '../diagnostics/catalogue';
import { SPOUSE_BASIS_ZH } from '../diagnostics/messages/obligations';
import { DebtDiagnostic } from '../diagnostics/types';
import { coDebtorRefs } from '../model/resolve';
import { Case } from '../model/types';
import { LawContext } from './context';
import { formatChineseDate as zhDate } from '../text/dates';
import { isGuarantor, Tie } from './obligations';

export function checkObligations(c: Case, ties: Tie[], ctx: LawContext): DebtDiagnostic[] {
  const out: DebtDiagnostic[] = [];
  const L = ctx.locale;
  const list = (xs: string[]) => xs.join(L === 'zh' ? '、' : ', ');

  // The lender named as one of its own loan's debtors or guarantors.
  for (const loan of c.loans) {
    const lender = loan.lender?.name;
    if (!lender) continue;
    const named = [...loan.borrowers, ...coDebtorRefs(loan), ...loan.guarantors.map((g) => g.party)].filter((r) => r.name === lender);
    for (const r of named) out.push(diag('DEBT227', { name: lender, loan: loan.name }, { uri: loan.uri, range: r.range }, L));
  }

  for (const loan of c.loans) for (const s of loan.spouses) {
    if (!s.basis) out.push(diag('DEBT226', { name: s.party.name, loan: loan.name }, { uri: s.uri, range: s.party.range }, L));
    else if ((s.basis.value === 'common-use' || s.basis.value === 'common-business') && s.proofs.length === 0) {
      const basis = L === 'zh' ? SPOUSE_BASIS_ZH[s.basis.value] : s.basis.value;
      out.push(diag('DEBT616', { name: s.party.name, loan: loan.name, basis }, { uri: s.uri, range: s.basis.range }, L));
    }
  }

  // `请求 保证责任 X`: the guarantee reaches only the loans X guaranteed, and nothing once every period has lapsed.
  for (const cl of c.claims) {
    if (cl.kind !== 'guarantee' || cl.implicit) continue;
    const name = cl.party.name;
    const guarantees = ties.filter((t) => t.party === name && isGuarantor(t.obligation.liability));
    if (guarantees.length === 0) continue; // not a guarantor at all: DEBT605
    const at = { uri: cl.uri, range: cl.party.range };
    const live = guarantees.filter((t) => t.owes);
    if (live.length === 0) {
      const until = guarantees.map((t) => t.obligation.guaranteeUntil ?? '').sort().pop() ?? '';
      const type = guarantees[0].obligation.liability === 'joint-guarantor' ? 'joint' : 'general';
      out.push(diag('DEBT619', { name, loans: list(unique(guarantees.map((t) => t.obligation.loan))), until, type }, at, L));
      continue;
    }
    const covered = new Set(guarantees.map((t) => t.obligation.loan));
    const others = c.loans.map((l) => l.name).filter((n) => !covered.has(n));
    if (others.length) out.push(diag('DEBT224', { name, guaranteed: list([...covered]), others: list(others) }, at, L));
  }

  // 先诉抗辩权: a general guarantor sued while no principal debtor of that loan is a defendant.
  const defendants = new Set(c.parties.filter((p) => p.role === 'defendant').map((p) => p.name));
  for (const t of ties) {
    if (t.obligation.liability !== 'general-guarantor' || !t.owes || !defendants.has(t.party)) continue;
    const debtors = unique(ties.filter((d) => d.obligation.loan === t.obligation.loan && d.owes && !isGuarantor(d.obligation.liability)).map((d) => d.party));
    if (debtors.some((d) => defendants.has(d))) continue;
    out.push(diag('DEBT617', { name: t.party, loan: t.obligation.loan, debtors: debtors.length ? list(debtors) : (L === 'zh' ? '（未写明）' : 'none written') },
      { uri: t.uri, range: t.range }, L));
  }

  // A defendant who owes nothing. Not for a case with no loans or with a judgment: what a judgment orders is its own
  // (spec §8.2); nor for a spouse already reported without a basis (DEBT226).
  if (c.loans.length > 0 && c.judgments.length === 0) {
    for (const p of c.parties) {
      if (p.role !== 'defendant') continue;
      const own = ties.filter((t) => t.party === p.name);
      if (own.some((t) => t.owes) || own.some((t) => t.reason === 'no-basis')) continue;
      const lapsed = own.filter((t) => t.reason === 'guarantee-lapsed');
      const settled = own.filter((t) => t.reason === 'nothing-outstanding');
      const why = settled.length && !lapsed.length
        ? (L === 'zh'
          ? `其所涉借款“${list(unique(settled.map((t) => t.obligation.loan)))}”截至${zhDate(ctx.asOf)}已无未清偿的本金、利息或费用`
          : `nothing of "${list(unique(settled.map((t) => t.obligation.loan)))}" is outstanding as of ${ctx.asOf}`)
        : lapsed.length
        ? (L === 'zh'
          ? `其对借款“${list(lapsed.map((t) => t.obligation.loan))}”的保证期间已届满，保证人不再承担保证责任（民法典第693条）`
          : `the guarantee period of "${list(lapsed.map((t) => t.obligation.loan))}" has ended and the guarantor is released (Civil Code Art. 693)`)
        : (L === 'zh' ? '本案借款均未将其列为借款人、共同借款人、债务加入人、配偶或保证人' : 'no loan of the case names them as borrower, co-borrower, joined debtor, spouse or guarantor');
      out.push(diag('DEBT618', { name: p.name, why }, { uri: p.uri, range: p.nameRange }, L, lapsed.length ? { citations: ['民法典第693条'] } : undefined));
    }
  }
  return out;
}

function unique(xs: string[]): string[] { return [...new Set(xs)]; }
