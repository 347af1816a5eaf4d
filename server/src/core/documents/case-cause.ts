/**
 * The 案由 of the case (最高人民法院《民事案件案由规定》, 借款合同纠纷): 民间借贷纠纷 between private lenders; for a
 * licensed lender (spec §7.1) 金融借款合同纠纷 (a bank or other financial institution) or 小额借款合同纠纷 (a
 * microloan company). A licensed lender's loan is outside 民间借贷规定 (第1条第2款), so its documents cite the 民法典 only.
 */
import { Institution } from '../model/types';
import { CaseData } from './case-data';

export type Cause = '民间借贷纠纷' | '金融借款合同纠纷' | '小额借款合同纠纷';

const MICRO: ReadonlySet<Institution> = new Set<Institution>(['microloan']);

/** The lender's institution, when every loan of the case is a licensed lender's. */
export function licensedInstitution(d: CaseData): Institution | undefined {
  if (!d.loans.length || !d.loans.every(({ r }) => r?.regime === 'licensed-lender')) return undefined;
  const lender = d.loans[0].loan.lender?.name;
  return d.c.parties.find((p) => p.name === lender)?.institution?.value ?? 'licensed';
}

export function causeOf(d: CaseData): Cause {
  const inst = licensedInstitution(d);
  if (!inst) return '民间借贷纠纷';
  return MICRO.has(inst) ? '小额借款合同纠纷' : '金融借款合同纠纷';
}

/** True when the 民间借贷规定 applies to some loan of the case (it does not to a licensed lender's). */
export function privateLending(d: CaseData): boolean {
  return d.loans.some(({ r }) => r && r.regime !== 'licensed-lender');
}
