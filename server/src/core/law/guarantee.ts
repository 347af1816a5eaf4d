/**
 * 保证期间 of each guarantor (民法典第692–694条): agreed end, else six months from the main debt's due date.
 * Joint guarantee: the creditor must demand performance of the guarantor within the period; general
 * guarantee: the creditor must sue the debtor within it. Otherwise the guarantor is released.
 */
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case, Loan } from '../model/types';
import { addMonths, IsoDate } from '../text/dates';
import { periodFrom } from './old-limitation';
import { LawContext } from './context';

export interface GuarantorReport {
  name: string;
  type: 'joint' | 'general';
  periodEnd?: IsoDate;
  /** claimed: demanded (joint) or sued (general) within the period; in-period: this suit is within it. */
  status: 'claimed' | 'in-period' | 'released' | 'unknown';
  /** Joint guarantee claimed in time: the guarantor's own limitation from that demand (民法典第694条第2款). */
  limitationEnd?: IsoDate;
}

export function assessGuarantors(c: Case, loan: Loan, mainDue: IsoDate | undefined, ctx: LawContext, out: DebtDiagnostic[]): GuarantorReport[] {
  return loan.guarantors.map((g) => {
    const name = g.party.name;
    const r: GuarantorReport = { name, type: g.type, status: 'unknown' };
    if (!mainDue) return r;
    // An agreed end no later than the main debt's due date counts as no agreement (民法典第692条第2款).
    r.periodEnd = g.until && g.until.value > mainDue ? g.until.value : addMonths(mainDue, 6);
    const inPeriod = (d: IsoDate) => d > mainDue && d <= r.periodEnd!;
    if (g.type === 'joint') {
      const demands = c.events.filter((e) => e.kind === 'demanded' && e.of.some((p) => p.name === name) && e.date.value <= ctx.asOf)
        .map((e) => e.date.value).sort();
      const first = demands.find(inPeriod);
      if (first) {
        r.status = 'claimed';
        // Two years for a period begun before 2017-10-01 (民法通则第135条; old-limitation.ts), else three.
        let end = periodFrom(first).end.day;
        for (const d of demands) if (d > first && d <= end) end = periodFrom(d).end.day;
        r.limitationEnd = end;
        if (ctx.asOf > end) out.push(diag('DEBT509', { name, end }, { uri: g.uri, range: g.party.range }, ctx.locale));
      } else r.status = ctx.asOf <= r.periodEnd ? 'in-period' : 'released';
    } else {
      const borrowers = new Set(loan.borrowers.map((b) => b.name));
      const sued = c.events.some((e) => e.kind === 'demanded' && e.channel?.value === 'lawsuit' && inPeriod(e.date.value)
        && (e.of.length === 0 || e.of.some((p) => borrowers.has(p.name))));
      r.status = sued ? 'claimed' : ctx.asOf <= r.periodEnd ? 'in-period' : 'released';
    }
    if (r.status === 'released') {
      out.push(diag('DEBT508', { name, type: g.type, periodEnd: r.periodEnd }, { uri: g.uri, range: g.party.range }, ctx.locale));
    }
    return r;
  });
}
