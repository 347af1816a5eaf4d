/**
 * The court 「新建案件」 suggests from the domiciles typed in (issue 19): the defendant's (民诉法第22条 — 由被告住所地
 * 人民法院管辖), else the lender-plaintiff's as the place of performance (民间借贷规定第3条 — 以接受货币一方所在地为合同
 * 履行地; a repayment suit: the lender receives). Named as the payment order names its court (law/jurisdiction.ts
 * basicCourtOf); only a suggestion, the lawyer edits it.
 */
import { addressUnits, basicCourtOf } from '../law/jurisdiction';

export interface CourtSuggestion { court: string; basis: 'defendant-domicile' | 'performance-place' }

export function suggestCourt(a: { lenderAddress?: string; borrowerAddress?: string }): CourtSuggestion | undefined {
  const defendant = a.borrowerAddress && basicCourtOf(addressUnits(a.borrowerAddress.trim()));
  if (defendant) return { court: defendant, basis: 'defendant-domicile' };
  const plaintiff = a.lenderAddress && basicCourtOf(addressUnits(a.lenderAddress.trim()));
  if (plaintiff) return { court: plaintiff, basis: 'performance-place' };
  return undefined;
}
