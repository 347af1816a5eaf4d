/**
 * Facts that would otherwise change the figures or the documents without a word (spec §8 brief, issue 17): a repayment
 * larger than everything owed on its loan (DEBT418 — the claim silently became ¥0.00; often a typo such as 304000 for
 * 30400), and a court that is only a placeholder (DEBT620 — 「某某区人民法院」 of the new-case skeleton, `SomeDistrictCourt`,
 * an empty name), reported before anything is generated.
 */
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case } from '../model/types';
import { LawContext } from './context';
import { LoanInterest } from './interest';
import { yuan } from './money';

export function checkOverpaid(li: LoanInterest, ctx: LawContext): DebtDiagnostic[] {
  return li.allocations.filter((a) => a.overpaid.greaterThan(0)).map((a) => diag('DEBT418', {
    date: a.repayment.date.value, amount: yuan(a.repayment.amount.value), owed: yuan(a.repayment.amount.value.minus(a.overpaid)), overpaid: yuan(a.overpaid),
  }, { uri: a.repayment.uri, range: a.repayment.amount.range }, ctx.locale));
}

/**
 * Placeholder court names: 某某 / ＸＸ / ×× stand-ins, the English skeleton's `SomeDistrictCourt`, the quick fix's
 * 「（请填写受诉法院）」 / "(court name)", blanks (＿＿, __), or nothing at all.
 */
const PLACEHOLDER = /某某|[xX×Ｘ]{2}|^some.*court$|请填写|court name|[＿_]{2}/i;

export function isPlaceholderCourt(name: string): boolean {
  const n = name.trim();
  return n === '' || PLACEHOLDER.test(n);
}

export function checkPlaceholderCourt(c: Case, ctx: LawContext): DebtDiagnostic[] {
  if (!c.court || !isPlaceholderCourt(c.court.value)) return [];
  const court = c.court.value.trim() || (ctx.locale === 'zh' ? '（空）' : '(empty)');
  return [diag('DEBT620', { court }, { uri: c.uri, range: c.court.range }, ctx.locale)];
}
