/**
 * Hover of the spec §8.3 additions: an LPR rate (`LPR ×1.5`: the multiple, the figure at formation, floating or fixed,
 * the cap at formation) and a 分期 plan (its instalments, from the report's `installmentPlan`). Figures from the report
 * and the LPR table; nothing about the loan is recomputed here.
 */
import { Analysis } from '../core/analyze';
import { Locale } from '../core/diagnostics/types';
import { lprTableFor } from '../core/law/lpr';

import { lprRateText, readLprRate } from '../core/model/lpr-literal';
import { formatChineseDate } from '../core/text/dates';
import { Settings } from '../core/settings';
import { Lexeme, offsetsOf, Spot } from './locate';
import { loanReportOf, money } from './hover';

export function lprRateHover(tok: Lexeme, spot: Spot, analysis: Analysis, L: Locale, settings: Settings): string | undefined {
  const rate = readLprRate(tok.image, false);
  if (!rate) return undefined;
  const zh = L === 'zh';
  const m = rate.lpr!.multiple;
  const out = [zh
    ? `**${lprRateText(rate, L)}** · 一年期贷款市场报价利率（LPR）的${m.toString()}倍；未写“固定”的，按每日适用的LPR浮动计算，LPR每次调整即分段；写“固定”的，按合同成立时的LPR计算`
    : `**${lprRateText(rate, L)}** · ${m.toString()} × the one-year LPR; floating with each LPR change (rows split there) unless written fixed (the LPR at formation)`];
  const r = spot.loan && loanReportOf(analysis, spot, spot.loan);
  if (r?.formation) {
    const look = lprTableFor(settings.extraLpr).on(r.formation);
    if (look.rate) {
      const at = look.rate.times(m);
      out.push(zh
        ? `合同成立时（${formatChineseDate(r.formation)}）LPR ${look.rate.toFixed(2)}%（${formatChineseDate(look.published!)}发布）× ${m.toString()} = ${at.toString()}%${r.capRate ? `；上限为合同成立时LPR的四倍 **${r.capRate}%**（民间借贷规定第25条）` : ''}`
        : `At formation (${r.formation}) LPR ${look.rate.toFixed(2)}% (published ${look.published}) × ${m.toString()} = ${at.toString()}%${r.capRate ? `; the cap is 4 × the LPR at formation, **${r.capRate}%** (Private Lending Provisions Art. 25)` : ''}`);
    }
  }
  return out.join('\n\n');
}

/** On the `分期 等额本息|等额本金 …` line: the generated instalments. */
export function planHover(spot: Spot, analysis: Analysis, L: Locale): string | undefined {
  const plan = spot.loan?.installmentPlan;
  if (!plan || !spot.token) return undefined;
  const { start, end } = offsetsOf(plan.range, spot.lexed.index);
  if (spot.token.start < start || spot.token.start >= end) return undefined;
  const rows = spot.loan && loanReportOf(analysis, spot, spot.loan)?.installmentPlan;
  if (!rows) return undefined;
  const zh = L === 'zh';
  const head = zh ? '| 期 | 还款日 | 应还 | 本金 | 利息 | 剩余本金 |' : '| # | date | payment | principal | interest | balance |';
  const title = zh
    ? `**${plan.method.value === 'equal-payment' ? '等额本息' : '等额本金'} ${rows.length}期**（月利率 = 年利率 ÷ 12，逐期四舍五入至分，末期补足余额）`
    : `**${plan.method.value === 'equal-payment' ? 'Equal payment' : 'Equal principal'}, ${rows.length} months** (monthly rate = annual ÷ 12, each figure rounded to the fen, the last instalment takes the balance)`;
  const acc = (spot.case?.accelerations ?? []).find((x) => !x.loan || x.loan.name === spot.loan!.name);
  const note = acc ? (zh ? `\n\n${formatChineseDate(acc.date.value)}宣布到期：此后各期均于该日到期。` : `\n\nAccelerated on ${acc.date.value}: every later instalment fell due that day.`) : '';
  return [title + note, '', head, '|---:|---|---:|---:|---:|---:|',
    ...rows.map((x) => `| ${x.no} | ${zh ? formatChineseDate(x.date) : x.date} | ${money(x.payment)} | ${money(x.principal)} | ${money(x.interest)} | ${money(x.balance)} |`)].join('\n');
}

