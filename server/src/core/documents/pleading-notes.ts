/**
 * What a document must not be built without, and what the lawyer must know about how it was pleaded: a complaint or
 * demand letter with nothing to claim is refused (民诉法解释第247条 — a suit needs a concrete claim; a letter demanding
 * nothing is no demand); a due date resting on the default grace period and a guarantee claimed of someone who owes
 * nothing as guarantor are said in the notes.
 */
import Decimal from 'decimal.js';
import { CaseData } from './case-data';
import { unfoundedGuaranteeClaims } from './claims';
import { date } from './format';
import { DocumentRefused } from './refused';
import { DocumentKind } from './types';

/** Throws DocumentRefused when the case has no loan, or nothing is owed on any. */
export function refuseWithoutClaim(d: CaseData, kind: DocumentKind, en: boolean): void {
  const owed = d.loans.some(({ r }) => r) && new Decimal(d.report.claimAmount).greaterThan(0);
  if (owed) return;
  const what = kind === 'complaint' ? (en ? 'a complaint' : '起诉状') : (en ? 'a demand letter' : '催款函');
  const why = d.loans.length === 0 ? (en ? 'it records no loan' : '案件没有记载借款') : (en ? 'nothing is owed on its loans' : '各笔借款均无尚欠金额');
  throw new DocumentRefused([why], en
    ? `Case "${d.c.name}" has nothing to claim, so no ${what} is generated: ${why} (a suit needs a concrete claim, Interpretation of the Civil Procedure Law Art. 247).`
    : `案件“${d.c.name}”没有可主张的债权，不生成${what}：${why}（起诉须有具体的诉讼请求，民诉法解释第247条）。`);
}

export function pleadingNotes(d: CaseData, kind: DocumentKind, en: boolean): string[] {
  const out: string[] = [];
  if (kind === 'evidence-list') return out;
  for (const { loan, r } of d.loans) {
    const grace = r?.limitation.defaultGraceDays;
    if (grace && r?.dueDate) {
      out.push(en
        ? `Loan "${loan.name}" has no term and the first demand named no deadline: its due date ${r.dueDate} rests on the default grace period of ${grace} days (a reasonable time, Civil Code Art. 675). Record the demand's 限期 if it gave one.`
        : `借款“${loan.name}”未约定还款期限，首次催收未写明限期：到期日${date(r.dueDate)}按默认宽限期${grace}日（合理期限，民法典第675条）计算。催收中给过期限的，请在案件文件中写明“限期”。`);
    }
  }
  if (kind === 'complaint') {
    for (const name of unfoundedGuaranteeClaims(d)) {
      out.push(en ? `The claim 保证责任 ${name} is not pleaded: ${name} owes nothing as guarantor on any loan of the case (released, or guaranteeing no loan).`
        : `请求“保证责任 ${name}”未写入诉讼请求：${name}对本案任何借款均不承担保证责任（保证期间已届满，或未为本案借款提供保证）。`);
    }
  }
  return out;
}
