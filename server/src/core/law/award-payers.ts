/**
 * How several names in one `由` owe an award item (docs/conventions.md, "Several names in one 由"):
 *
 * - 连带 (民法典第178条第1款、第518条第1款): each owes the whole item.
 * - 共同 — the word courts write most (「被告甲、乙于本判决生效之日起十日内共同偿还…」), and the reading when the file writes
 *   no word: the judgment fixes no shares, so each 被执行人 is asked for the whole item in enforcement (the creditor is paid
 *   once). The report keeps the word as written ('jointly') so the documents can quote the judgment.
 * - 按份 (民法典第517条): each owes a share; the judgment's shares are written as separate 判项 lines, so `按份` alone means
 *   equal shares (第517条第2款: 份额难以确定的，视为份额相同). Shares are cut to the fen, the odd fen to the first names.
 */
import Decimal from 'decimal.js';
import { Award, AwardLiability } from '../model/types';

export type PayerLiability = AwardLiability;

/** The liability of an item paid by `payers` names; undefined with one payer or none. */
export function liabilityOf(a: Award, payers: number): { liability: PayerLiability; written: boolean } | undefined {
  if (payers < 2) return undefined;
  return a.byLiability ? { liability: a.byLiability.value, written: true } : { liability: 'jointly', written: false };
}

/** `amount` in `n` equal shares to the fen (民法典第517条第2款), the odd fen to the first shares. */
export function sharesOf(amount: Decimal, n: number): Decimal[] {
  const fen = amount.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  const each = fen.dividedToIntegerBy(n);
  const odd = fen.minus(each.times(n)).toNumber();
  return Array.from({ length: n }, (_, i) => each.plus(i < odd ? 1 : 0).dividedBy(100));
}
