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
  return rows.join('  \n');
}
