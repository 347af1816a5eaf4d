/**
 * Hover on `判项` (spec §8.2): the item's figure to the as-of date, what payments covered of it and what is still owed,
 * and who pays — read from the case report's `judgment` (law/awards.ts), never recomputed.
 */
import { Locale } from '../core/diagnostics/types';
import { yuan } from '../core/law/money';
import { formatChineseDate } from '../core/text/dates';
import Decimal from 'decimal.js';
import { Analysis } from '../core/analyze';
import { Lexeme, offsetsOf, Spot } from './locate';
import { t } from './l10n';

export function awardHover(tok: Lexeme, spot: Spot, analysis: Analysis, L: Locale): string | undefined {
  if ((tok.concept === 'InstallmentKw' || tok.concept === 'Suspended') && spot.case && spot.caseIndex !== undefined) return stagedHover(tok, spot, analysis, L);
  if (tok.concept !== 'Ordered' || !spot.case || spot.caseIndex === undefined) return undefined;
  const j = spot.case.judgments[0], jr = analysis.cases[spot.caseIndex]?.judgment;
  if (!j || !jr) return undefined;
  const i = j.awards.findIndex((a) => offsetsOf(a.range, spot.lexed.index).start === tok.start);
  const a = jr.awards[i], o = jr.outstanding[i];
  if (!a || !o) return undefined;
  const day = (d: string) => (L === 'zh' ? formatChineseDate(d) : d);
  const m = (s: string) => yuan(new Decimal(s));
  const rows = [`**${t(L, 'Award item {0}', a.item)}**`];
  rows.push(a.accruedThrough ? t(L, 'Running interest to {0}: {1}', day(a.accruedThrough), m(a.amount)) : t(L, 'Ordered: {0}', m(a.amount)));
  rows.push(t(L, 'Paid {0}, still owed {1}', m(o.paid), m(o.outstanding)));
  rows.push(t(L, 'Ordered to pay: {0}', a.by.join('、') || '—'));
  if (a.liability) rows.push(payersLine(a.liability, a.liabilityWritten ?? false, a.shares ?? [], L, m));
  return rows.join('  \n');
}

/** How several payers owe the item, with the article (law/award-payers.ts decides). */
function payersLine(l: 'jointly' | 'joint' | 'several', written: boolean, shares: { name: string; amount: string }[], L: Locale, m: (s: string) => string): string {
  if (l === 'joint') return t(L, 'Jointly and severally (连带): each owes the whole item (Civil Code Art. 518).');
  if (l === 'several') return t(L, 'In shares (按份): {0} (Civil Code Art. 517; shares not fixed are equal).', shares.map((x) => `${x.name} ${m(x.amount)}`).join(L === 'zh' ? '，' : ', '));
  return written ? t(L, 'Jointly (共同): no shares fixed, so each is asked for the whole item in enforcement.')
    : t(L, 'Several payers without 共同, 连带 or 按份: read as 共同, each asked for the whole item; write the word the judgment uses.');
}

/** Hover on a judgment's `分期` (迟延利息解释第2条) or `中止` (第3条第3款): the instalment's doubled part, the stayed days. */
function stagedHover(tok: Lexeme, spot: Spot, analysis: Analysis, L: Locale): string | undefined {
  const j = spot.case!.judgments[0], jr = analysis.cases[spot.caseIndex!]?.judgment;
  if (!j || !jr) return undefined;
  const day = (d: string) => (L === 'zh' ? formatChineseDate(d) : d);
  const m = (s: string) => yuan(new Decimal(s));
  if (tok.concept === 'InstallmentKw') {
    const i = j.installments.findIndex((x) => offsetsOf(x.range, spot.lexed.index).start === tok.start);
    if (i < 0) return undefined;
    const x = j.installments[i];
    const d = jr.delayInterest.installments?.find((y) => y.due === x.date.value);
    const rows = [`**${t(L, 'Instalment due {0}: {1}', day(x.date.value), m(x.amount.value.toFixed(2)))}**`];
    if (d) {
      rows.push(t(L, 'Paid {0}; doubled delay interest from {1}: {2} to {3}', m(d.paid), day(d.from), m(d.total), day(jr.delayInterest.through)));
    }
    rows.push(t(L, 'Each instalment\'s doubled delay interest runs from the end of its own period (Delay Interest Interpretation Art. 2).'));
    return rows.join('  \n');
  }
  const i = j.suspensions.findIndex((x) => offsetsOf(x.range, spot.lexed.index).start === tok.start);
  if (i < 0) return undefined;
  const x = j.suspensions[i];
  const c = (jr.delayInterest.stays ?? [])[i];
  const rows = [`**${t(L, 'Stay of enforcement {0} to {1}', day(x.from.value), day(x.to.value))}**`];
  rows.push(c && c.days > 0 ? t(L, '{0} days inside the delay period are not counted in the doubled delay interest.', c.days)
    : t(L, 'No day of it is inside the delay period: it changes nothing.'));
  rows.push(t(L, 'A stay not at the debtor\'s request is not counted (Delay Interest Interpretation Art. 3(3)).'));
  return rows.join('  \n');
}
