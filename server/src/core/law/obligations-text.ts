/**
 * What a party owes, loan by loan, in a lawyer's words (the hover on a party's name): liability, why (the article),
 * the figures of the report. Reads law/obligations.ts and the report; decides nothing itself.
 */
import { Locale } from '../diagnostics/types';
import { coDebtorRefs } from '../model/resolve';
import { Case } from '../model/types';
import { formatChineseDate } from '../text/dates';
import type { CaseReport } from './analyze-law';
import { lapsedGuarantees, LoanObligation, obligationsOf } from './obligations';

const BASIS_ZH: Record<string, string> = {
  'joint-signature': '共同签字', ratified: '事后追认', 'daily-needs': '家庭日常生活需要', 'common-use': '共同生活', 'common-business': '共同生产经营',
};

/** '50,000.00元' from a two-decimal report figure. */
function yuanText(s: string): string {
  const dot = s.length - 3;
  return `${s.slice(0, dot).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${s.slice(dot)}元`;
}

function scopeText(o: LoanObligation, L: Locale): string | undefined {
  if (!o.scope) return undefined;
  if (o.scope === 'all') return L === 'zh' ? '范围：全部（本金、利息、违约金及实现债权的费用，民法典第691条）' : 'scope: all (principal, interest, penalty, costs; Civil Code Art. 691)';
  if (o.scope === 'principal') return L === 'zh' ? '范围：本金' : 'scope: principal only';
  return L === 'zh' ? `范围：以${yuanText(o.scope)}为限` : `scope: up to ${o.scope}`;
}

/** Why the party owes: the liability and the rule, with its article. */
function why(o: LoanObligation, L: Locale): string {
  const zh = L === 'zh';
  switch (o.liability) {
    case 'borrower': return zh ? '借款人：应按约定返还借款并支付利息（民法典第667条、第675条）' : 'borrower: repays the loan with interest as agreed (Civil Code Arts. 667, 675)';
    case 'co-borrower': return zh ? '共同借款人：与借款人承担连带债务，债权人可请求其偿还全部借款（民法典第518条、第178条）'
      : 'co-borrower: jointly and severally liable with the borrower; the creditor may claim the whole from them (Civil Code Arts. 518, 178)';
    case 'joined': return zh ? '债务加入：与债务人承担连带债务（民法典第552条）' : 'joined the debt: jointly liable with the debtor (Civil Code Art. 552)';
    case 'spouse': {
      const basis = o.spouseBasis ?? '';
      const proofNeeded = basis === 'common-use' || basis === 'common-business';
      return zh ? `配偶：夫妻共同债务，依据“${BASIS_ZH[basis] ?? basis}”（民法典第1064条${proofNeeded ? '第2款，须由债权人证明' : '第1款'}）`
        : `spouse: a joint marital debt on the basis "${basis}" (Civil Code Art. 1064${proofNeeded ? '(2); the creditor must prove it' : '(1)'})`;
    }
    case 'joint-guarantor': return zh ? '连带责任保证人：债务人到期不履行的，债权人可直接请求其承担保证责任（民法典第688条）'
      : 'joint guarantor: once the debt is overdue the creditor may claim from them directly (Civil Code Art. 688)';
    case 'general-guarantor': return zh ? '一般保证人：享有先诉抗辩权，仅对债务人财产依法强制执行后仍不能履行的部分承担责任（民法典第687条）'
      : 'general guarantor: may refuse until the debtor has been sued and enforced against; answers for what remains unpaid (Civil Code Art. 687)';
  }
}

/**
 * The markdown of what `party` owes in case `c` (report `r`): one line per loan; a released guarantee and a spouse
 * without a basis say why nothing is owed. Undefined for a party with no tie to a loan who is not a defendant.
 */
export function obligationsMarkdown(c: Case, r: CaseReport, party: string, L: Locale): string | undefined {
  const zh = L === 'zh';
  const lines: string[] = [];
  for (const o of obligationsOf(r, party)) {
    const extra = [scopeText(o, L), o.guaranteeUntil ? (zh ? `保证期间至${formatChineseDate(o.guaranteeUntil)}` : `guarantee period to ${o.guaranteeUntil}`) : undefined]
      .filter((x): x is string => !!x);
    const figures = zh ? `本金${yuanText(o.principal)}，利息${yuanText(o.interest)}，合计${yuanText(o.total)}`
      : `principal ${o.principal}, interest ${o.interest}, total ${o.total}`;
    lines.push(zh ? `- 借款“${o.loan}”：${why(o, L)}${extra.length ? `；${extra.join('；')}` : ''}。应付${figures}`
      : `- "${o.loan}": ${why(o, L)}${extra.length ? `; ${extra.join('; ')}` : ''}. Owes ${figures}`);
  }
  for (const g of lapsedGuarantees(r, party)) {
    const until = g.until ? (zh ? formatChineseDate(g.until) : g.until) : '';
    lines.push(zh ? `- 借款“${g.loan}”：保证期间已于${until}届满，不再承担保证责任（民法典第693条）`
      : `- "${g.loan}": the guarantee period ended ${until}; no longer liable as guarantor (Civil Code Art. 693)`);
  }
  for (const loan of c.loans) for (const s of loan.spouses) {
    if (s.party.name !== party || s.basis) continue;
    lines.push(zh ? `- 借款“${loan.name}”：配偶，未写明夫妻共同债务的依据，按不负清偿责任计算（民法典第1064条）`
      : `- "${loan.name}": spouse, with no basis written for a joint marital debt: counted as owing nothing (Civil Code Art. 1064)`);
  }
  // Tied to a loan of which nothing is outstanding (repaid in full, or nothing lent as of the as-of date).
  c.loans.forEach((loan, i) => {
    const o = r.loans[i]?.outstanding;
    const tied = [...loan.borrowers, ...coDebtorRefs(loan), ...loan.guarantors.map((g) => g.party)].some((x) => x.name === party);
    if (!o || !tied || loan.lender?.name === party || [o.principal, o.interest, o.penalty, o.fees].some((v) => v !== '0.00')) return;
    lines.push(zh ? `- 借款“${loan.name}”：截至${formatChineseDate(r.asOf)}已无未清偿的本金、利息或费用` : `- "${loan.name}": nothing outstanding as of ${r.asOf}`);
  });
  const role = c.parties.find((p) => p.name === party)?.role;
  if (lines.length === 0) {
    if (role !== 'defendant') return undefined;
    lines.push(zh ? '- 本案借款均未将其列为借款人、共同借款人、债务加入人、配偶或保证人：不负清偿责任（民法典第465条第2款）'
      : '- no loan of the case names them as borrower, co-borrower, joined debtor, spouse or guarantor: owes nothing (Civil Code Art. 465(2))');
  }
  const date = zh ? formatChineseDate(r.asOf) : r.asOf;
  const head = zh ? `**应负责任**（截至${date}）` : `**Owes** (as of ${date})`;
  const shared = obligationsOf(r, party).some((o) => r.debtors.some((d) => d.name !== party && d.loans.some((x) => x.loan === o.loan)));
  const note = shared ? (zh ? '\n\n同一借款的各债务人各自对全部（保证人在其范围内）负责，债权人就该借款只能受偿一次（民法典第178条、第518条）。'
    : '\n\nEach debtor of a loan answers for the whole (a guarantor within its scope); the creditor recovers the loan once (Civil Code Arts. 178, 518).') : '';
  return `${head}\n\n${lines.join('\n')}${note}`;
}
