/**
 * Checks on a judgment's instalments, stays and several payers (DEBT245–DEBT248):
 * - DEBT245: the instalments (分期) do not add up to the money ordered other than general interest (迟延利息解释第1条第3款、第2条);
 * - DEBT246: an instalment falls after 履行期限;
 * - DEBT247: a stay (中止) ends before it begins, or begins before the first day of the doubled part (第3条第3款);
 * - DEBT248: several names in one 由 without 共同/连带/按份 (read as 共同: law/award-payers.ts).
 */
import Decimal from 'decimal.js';
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Judgment } from '../model/types';
import { IsoDate } from '../text/dates';
import { LawContext } from './context';
import { yuan } from './money';

export function checkInstallments(j: Judgment, money: Decimal, delayStart: IsoDate | null, ctx: LawContext): DebtDiagnostic[] {
  const out: DebtDiagnostic[] = [];
  const at = (range: Judgment['range']) => ({ uri: j.uri, range });
  if (j.installments.length) {
    const sum = j.installments.reduce((t, x) => t.plus(x.amount.value), new Decimal(0));
    if (!sum.equals(money)) {
      out.push(diag('DEBT245', { sum: yuan(sum), money: yuan(money), count: j.installments.length }, at(j.installments[0].amount.range), ctx.locale));
    }
    const by = j.performBy;
    if (by) for (const x of j.installments) {
      if (x.date.value > by.value) out.push(diag('DEBT246', { date: x.date.value, performBy: by.value }, at(x.date.range), ctx.locale));
    }
  }
  for (const x of j.suspensions) {
    if (x.to.value < x.from.value) out.push(diag('DEBT247', { from: x.from.value, to: x.to.value, start: delayStart, reversed: true }, at(x.to.range), ctx.locale));
    else if (!delayStart || x.from.value < delayStart) out.push(diag('DEBT247', { from: x.from.value, to: x.to.value, start: delayStart, reversed: false }, at(x.from.range), ctx.locale));
  }
  return out;
}

export function checkPayerWords(j: Judgment, ctx: LawContext): DebtDiagnostic[] {
  const out: DebtDiagnostic[] = [];
  for (const a of j.awards) {
    const names = [...new Set(a.by.map((r) => r.name))];
    if (names.length < 2 || a.byLiability) continue;
    out.push(diag('DEBT248', { names: names.join('、') }, { uri: j.uri, range: a.range }, ctx.locale));
  }
  return out;
}
