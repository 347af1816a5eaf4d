/**
 * Checks on what the judgment awarded (spec §8.2; DEBT240–DEBT244): who is ordered to pay, the items against
 * 判决金额, the dates of running interest, payments above everything owed. Undeclared names are DEBT202
 * (checks/structure.ts).
 */
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Judgment, Party } from '../model/types';
import { AwardsResult } from './awards';
import { LawContext } from './context';
import { yuan } from './money';

export function checkAwards(j: Judgment, r: AwardsResult, parties: Party[], ctx: LawContext): DebtDiagnostic[] {
  const out: DebtDiagnostic[] = [];
  const at = (range: Judgment['range']) => ({ uri: j.uri, range });
  const role = new Map(parties.map((p) => [p.name, p.role]));
  for (const ref of [...j.awards.flatMap((a) => a.by), ...j.joint.flatMap((x) => x.parties)]) {
    if (role.get(ref.name) === 'plaintiff') out.push(diag('DEBT240', { name: ref.name, caseNumber: j.caseNumber.value }, at(ref.range), ctx.locale));
  }
  if (j.awarded && !j.awarded.value.equals(r.nonInterest)) {
    out.push(diag('DEBT241', { awarded: yuan(j.awarded.value), sum: yuan(r.nonInterest) }, at(j.awarded.range), ctx.locale));
  }
  for (const a of j.awards) {
    if (a.kind === 'running-interest' && a.until.value !== 'paid' && a.until.value < a.from.value) {
      out.push(diag('DEBT242', { from: a.from.value, until: a.until.value }, at(a.until.range), ctx.locale));
    }
  }
  if (r.overpaid.greaterThan(0)) {
    const last = j.payments[j.payments.length - 1];
    out.push(diag('DEBT243', { paid: yuan(r.paid), overpaid: yuan(r.overpaid) }, at(last.amount.range), ctx.locale));
  }
  const nobody = r.awards.find((a) => a.by.length === 0);
  if (nobody) out.push(diag('DEBT244', { caseNumber: j.caseNumber.value }, at(j.awards[nobody.item - 1].range), ctx.locale));
  return out;
}
