/**
 * Property preservation (spec §7.3; rules.md §13, §15): the amount (the claim amount unless written), the fee
 * (办法第14条(二)), and for a pre-suit application the 30 days within which suit must be filed (民诉法第104条第3款),
 * counted from the ruling (`裁定 DATE`: the court rules and executes at once, 第104条第2款) as a procedural period:
 * the start day not counted, a last day on a rest day moves to the next working day (民诉法第85条).
 * A pre-suit application interrupts the limitation period like a suit (时效规定第11条(四)) — limitation.ts reads
 * `preSuitApplications` — and rules out a payment order (民诉法解释第427条(七)).
 */
import Decimal from 'decimal.js';
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case, PreservationSecurity, PreservationStage } from '../model/types';
import { addDays, IsoDate } from '../text/dates';
import { extendPastRestDays } from './calendar';
import { LawContext } from './context';
import { preservationFee } from './fees';
import { fixed2 } from './money';
import { ClaimAsOf } from './preservation-as-of';

/** 民诉法第104条第3款. */
export const PRE_SUIT_DAYS = 30;

export interface PreservationReport {
  stage: PreservationStage;
  /** As written, else the claim amount (as of the application day when `申请` is written: `asOf`). */
  amount: string;
  amountIsClaim: boolean;
  fee: string;
  security: PreservationSecurity | null;
  targets: string[];
  applied: IsoDate | null;
  ruled: IsoDate | null;
  /** Pre-suit with a ruling date: the last day to file suit. */
  suitDeadline: IsoDate | null;
  /** The day before the holiday rule moved it; set only when it moved. */
  suitDeadlineUnextended?: IsoDate;
  /** The day the application's figures are computed as of: `申请` when written, else the case's as-of date. */
  asOf: IsoDate;
  /** Interest through this day (the day before `asOf`). */
  interestThrough: IsoDate;
  /** When `申请` differs from the case's as-of date: the case's figures as of the application day (preservation-as-of.ts). */
  atApplication?: ClaimAsOf;
}

/** Days on which a pre-suit preservation was applied for: interruptions of every loan's limitation period. */
export function preSuitApplications(c: Case): IsoDate[] {
  return c.preservations.filter((p) => p.stage.value === 'pre-suit' && p.applied).map((p) => p.applied!.value);
}

export function hasPreSuitPreservation(c: Case): boolean {
  return c.preservations.some((p) => p.stage.value === 'pre-suit');
}

export function assessPreservations(c: Case, claimAmount: Decimal, ctx: LawContext,
  asOfDay?: (day: IsoDate) => ClaimAsOf | undefined): { reports: PreservationReport[]; diagnostics: DebtDiagnostic[] } {
  const out: DebtDiagnostic[] = [];
  const reports = c.preservations.map((p): PreservationReport => {
    // Spec §7.3 with `申请 DATE`: the claim as of the application day, from the law engine asked with that as-of date.
    const day = p.applied && asOfDay ? asOfDay(p.applied.value) : undefined;
    const amount = p.amount?.value ?? (day ? new Decimal(day.claimAmount) : claimAmount);
    const r: PreservationReport = {
      stage: p.stage.value, amount: fixed2(amount), amountIsClaim: !p.amount, fee: fixed2(preservationFee(amount)),
      security: p.security?.value ?? null, targets: p.targets.map((t) => t.name),
      applied: p.applied?.value ?? null, ruled: p.ruled?.value ?? null, suitDeadline: null,
      asOf: day?.asOf ?? ctx.asOf, interestThrough: day?.interestThrough ?? ctx.interestThrough, ...(day ? { atApplication: day } : {}),
    };
    if (p.stage.value !== 'pre-suit') return r;
    const at = { uri: p.uri, range: p.stage.range };
    if (!p.ruled) {
      out.push(diag('DEBT511', { applied: p.applied?.value }, at, ctx.locale));
      return r;
    }
    const last = extendPastRestDays(addDays(p.ruled.value, PRE_SUIT_DAYS));
    r.suitDeadline = last.day;
    if (last.extended) r.suitDeadlineUnextended = last.from;
    out.push(diag('DEBT511', { ruled: p.ruled.value, last: last.day, applied: p.applied?.value, moved: last.extended ? last.from : undefined }, at, ctx.locale));
    if (ctx.asOf > last.day) out.push(diag('DEBT512', { last: last.day, asOf: ctx.asOf }, at, ctx.locale));
    return r;
  });
  return { reports, diagnostics: out };
}
