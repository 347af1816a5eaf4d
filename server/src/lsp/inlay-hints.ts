/**
 * Inline figures (inlay hints), each kind switchable in `debt.inlayHints.*`:
 *   - after a loan's name: principal outstanding, interest to the day before filing and their total;
 *   - after a rate: the annualised rate, and the cap in force when it differs;
 *   - after `到期 DATE` (or the last instalment) and after each interrupting event: the limitation period's last day;
 *   - after 履行期限, a pre-suit 保全 and a served 支付令: the recovery deadlines (recovery-hints.ts).
 * Labels are short; the tooltip holds the schedule rows or the limitation reasoning. Figures are the report's.
 */
import Decimal from 'decimal.js';
import { InlayHint, MarkupKind } from 'vscode-languageserver/node';
import { Analysis } from '../core/analyze';
import { Locale } from '../core/diagnostics/types';
import { CaseReport, LoanReport } from '../core/law/analyze-law';
import { extendPastRestDays } from '../core/law/calendar';
import { pct } from '../core/law/money';
import { annualise } from '../core/law/rates';
import { rateOn } from '../core/law/floating-rate';
import { lprTableFor } from '../core/law/lpr';
import { Case, Event, Field, Loan, Rate } from '../core/model/types';
import { defaultSettings, Settings } from '../core/settings';
import { addYears, IsoDate } from '../core/text/dates';
import { LineIndex, Range } from '../core/text/range';
import { Feature } from './context';
import { capsOf, dateText, limitationMarkdown, money } from './hover';
import { t } from './l10n';
import { lineIndexOf, offsetsOf } from './locate';
import { recoveryHints } from './recovery-hints';

export interface HintOptions {
  locale: Locale;
  settings: Settings;
  loanTotals: boolean;
  rates: boolean;
  limitation: boolean;
}

export interface Hint { offset: number; label: string; tooltip: string; kind: 'loan' | 'rate' | 'limitation' }

/** The hints of the cases that overlap `range` (offsets), in text order, only those inside it. */
export function hintsIn(analysis: Analysis, index: LineIndex, from: number, to: number, o: HintOptions): Hint[] {
  const out: Hint[] = [];
  const cases = analysis.model.cases;
  // Cases follow each other in the text: start at the first one that ends at or after `from`.
  let lo = 0, hi = cases.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsetsOf(cases[mid].range, index).end < from) lo = mid + 1; else hi = mid;
  }
  for (let i = lo; i < cases.length; i++) {
    if (offsetsOf(cases[i].range, index).start > to) break;
    if (analysis.cases[i]) caseHints(cases[i], analysis.cases[i], index, o, out);
  }
  return out.filter((h) => h.offset >= from && h.offset <= to).sort((a, b) => a.offset - b.offset);
}

function caseHints(c: Case, report: CaseReport, index: LineIndex, o: HintOptions, out: Hint[]): void {
  const end = (r: Range) => offsetsOf(r, index).end;
  c.loans.forEach((loan, j) => {
    const r = report.loans[j];
    if (!r) return;
    if (o.loanTotals) out.push({ offset: end(loan.nameRange), kind: 'loan', label: loanLabel(r, o.locale), tooltip: scheduleTable(r, report, o.locale) });
    if (o.rates) rateHints(loan, r, report, index, o, out);
    if (o.limitation) limitationHints(c, loan, r, index, c.loans.length > 1, o.locale, out);
  });
  if (o.limitation) {
    for (const h of recoveryHints(c, report, o.locale)) out.push({ offset: end(h.at), kind: 'limitation', label: h.label, tooltip: h.tooltip });
  }
}

// ── loan totals ─────────────────────────────────────────────────────────────────────────────────────────────

/** The amount owed on a loan through interestThrough: outstanding principal, interest, penalty and fees. */
export function loanTotal(r: LoanReport): Decimal {
  const o = r.outstanding;
  return new Decimal(o.principal).plus(o.interest).plus(o.penalty).plus(o.fees);
}

/**
 * '合计 58,123.45 = 利息 8,123.45 + 本金 50,000.00' (元 left out to keep it short). Figures in order of importance: VS Code
 * cuts a hint after `editor.inlayHints.maximumLength` (43) characters, so the total comes first, then what the law
 * engine worked out (interest, penalty, fees) and last the principal outstanding, which the lawyer mostly wrote
 * (in English the label runs past 43 characters; what is cut is the principal, never the interest).
 */
export function loanLabel(r: LoanReport, L: Locale): string {
  const n = (s: string | Decimal) => money(typeof s === 'string' ? s : s.toFixed(2)).replace(/元$/, '');
  const parts = [`${t(L, 'interest')} ${n(r.outstanding.interest)}`];
  if (r.outstanding.penalty !== '0.00') parts.push(`${t(L, 'penalty')} ${n(r.outstanding.penalty)}`);
  if (r.outstanding.fees !== '0.00') parts.push(`${t(L, 'fees')} ${n(r.outstanding.fees)}`);
  parts.push(`${t(L, 'principal')} ${n(r.outstanding.principal)}`);
  return `${t(L, 'total')} ${n(loanTotal(r))} = ${parts.join(' + ')}`;
}

const rowKindName = (L: Locale): Record<string, string> => ({
  period: t(L, 'period'), overdue: t(L, 'overdue'), penalty: t(L, 'penalty'),
  fees: t(L, { message: 'fees', comment: 'schedule row: 其他费用 at a rate' }),
});

/** The schedule rows as a markdown table (report `schedule`), with what was paid and what remains. */
export function scheduleTable(r: LoanReport, report: CaseReport, L: Locale, kinds?: string[]): string {
  const rows = r.schedule.filter((x) => !kinds || kinds.includes(x.kind));
  const head = t(L, '| from | to | days | base | rate | kind | amount |');
  const kindName = rowKindName(L);
  const table = [head, '|---|---|--:|--:|--:|---|--:|',
    ...rows.map((x) => `| ${x.from} | ${x.to} | ${x.days} | ${money(x.base)} | ${x.rate}% | ${kindName[x.kind]} | ${money(x.interest)} |`)];
  const title = t(L, '**{0}** interest (through {1})', r.name, dateText(report.interestThrough, L));
  const notes = [
    t(L, 'Paid: interest {0}, principal {1}', money(r.paid.interest), money(r.paid.principal)),
    r.continuing ? t(L, 'Then from {0} on {1} at {2}% until paid ({3} a day)',
      dateText(r.continuing.from, L), money(r.continuing.base), r.continuing.rate, money(r.continuing.daily)) : '',
  ].filter(Boolean);
  return [title, rows.length ? table.join('\n') : t(L, '(no rows)'), notes.join('  \n')].join('\n\n');
}

// ── rates ───────────────────────────────────────────────────────────────────────────────────────────────────

const RATE_ROWS: Record<string, string[]> = { interest: ['period'], overdueInterest: ['overdue'], penalty: ['penalty'], fees: ['fees'] };

function rateHints(loan: Loan, r: LoanReport, report: CaseReport, index: LineIndex, o: HintOptions, out: Hint[]): void {
  const fields: [keyof typeof RATE_ROWS, Field<unknown> | undefined][] = [
    ['interest', loan.interest], ['overdueInterest', loan.overdueInterest], ['penalty', loan.penalty], ['fees', loan.fees],
  ];
  for (const [name, f] of fields) {
    if (!f || !isRate(f.value)) continue;
    // An LPR rate (spec §8.3) reads as its figure at formation.
    const annual = f.value.lpr ? (r.formation ? rateOn(f.value, r.formation, r.formation, lprTableFor(o.settings.extraLpr), loan.daycount) : undefined)
      : annualise(f.value, loan.daycount);
    if (!annual) continue;
    const label = rateLabel(annual, r, report.asOf, o);
    out.push({ offset: offsetsOf(f.range, index).end, kind: 'rate', label, tooltip: scheduleTable(r, report, o.locale, RATE_ROWS[name]) });
  }
}

function isRate(v: unknown): v is Rate {
  return typeof v === 'object' && v !== null && 'period' in v;
}

/** '年化 24.00% · 上限 14.60%'; the cap is left out when it equals the rate. Before 2020-08-20: both caps. */
export function rateLabel(annual: Decimal, r: LoanReport, asOf: IsoDate, o: HintOptions): string {
  const L = o.locale;
  const caps = capsOf(r, asOf, o.settings);
  const capList: string[] = [];
  if (caps?.single) capList.push(caps.single.cap);
  if (caps?.split) {
    if (caps.split.oldApplies) capList.push(caps.split.old);
    if (caps.split.after) capList.push(caps.split.after.cap);
  }
  const label = `${t(L, 'annual')} ${pct(annual)}`;
  if (capList.length === 0 || (capList.length === 1 && new Decimal(capList[0]).equals(annual))) return label;
  return `${label} · ${t(L, 'cap')} ${capList.map((c) => `${c}%`).join(' / ')}`;
}

// ── limitation ──────────────────────────────────────────────────────────────────────────────────────────────

/** The events that restart a loan's period, as limitation.ts counts them: demands on a borrower, acknowledgements, repayments. */
function interrupts(e: Event, loan: Loan): boolean {
  if (!e.loans.includes(loan.name)) return false;
  const borrowers = new Set(loan.borrowers.map((b) => b.name));
  if (e.kind === 'demanded') return e.of.length === 0 || e.of.some((p) => borrowers.has(p.name));
  if (e.kind === 'acknowledged') return !e.by || borrowers.has(e.by.name);
  return true;
}

/** The last day of a three-year period that starts on `day` (民法典第188条, 第203条), as limitation.ts works it out. */
function lastDayFrom(day: IsoDate): IsoDate {
  return extendPastRestDays(addYears(day, 3)).day;
}

function limitationHints(c: Case, loan: Loan, r: LoanReport, index: LineIndex, named: boolean, L: Locale, out: Hint[]): void {
  const lim = r.limitation;
  if (!lim.start || !lim.end) return;
  const tooltip = limitationMarkdown(r, L);
  const suffix = named ? t(L, ' ({0})', loan.name) : '';
  // 'limitation to 2028-06-01 (restarted) (借款一)': the date first, then what qualifies it, within VS Code's 43 characters.
  const label = (day: IsoDate, interrupted: boolean) => t(L, 'limitation to {0}{1}{2}{3}', dateText(day, L),
    interrupted ? t(L, ' (superseded)') : '', lim.status === 'lapsed' && day === lim.end ? t(L, ' (lapsed)') : '', suffix);
  // Where the period starts: 到期 (a date or 未约定), else the last instalment.
  const lastInstalment = loan.installments.length ? loan.installments.reduce((a, b) => (a.date.value >= b.date.value ? a : b)) : undefined;
  const startAt = lim.basis === 'installments' ? lastInstalment?.date.range : loan.due?.range;
  if (startAt) {
    // The hint at the due date tells the end the case stands on (issue 19: after interruptions, not the superseded first
    // end, which the tooltip and the events' own hints still show).
    const end = lim.interruptions.length > 0
      ? t(L, 'limitation to {0}{1}{2}{3}', dateText(lim.end, L), t(L, ' (restarted)'), lim.status === 'lapsed' ? t(L, ' (lapsed)') : '', suffix)
      : label(lastDayFrom(lim.start), false);
    out.push({ offset: offsetsOf(startAt, index).end, kind: 'limitation', label: end, tooltip });
  }
  const relied = new Set(lim.interruptions);
  const last = lim.interruptions[lim.interruptions.length - 1];
  for (const e of c.events) {
    if (!relied.has(e.date.value) || !interrupts(e, loan)) continue;
    const day = lastDayFrom(e.date.value);
    out.push({ offset: offsetsOf(e.date.range, index).end, kind: 'limitation', label: label(day, e.date.value !== last), tooltip });
  }
}

// ── the LSP feature ─────────────────────────────────────────────────────────────────────────────────────────

/** `debt.inlayHints.*`: each kind on unless set to false. */
export function hintSwitches(config: Record<string, unknown>): Pick<HintOptions, 'loanTotals' | 'rates' | 'limitation'> {
  const c = (config.inlayHints ?? {}) as Record<string, unknown>;
  return { loanTotals: c.loanTotals !== false, rates: c.rates !== false, limitation: c.limitation !== false };
}

export function toLspHints(hints: Hint[], index: LineIndex): InlayHint[] {
  return hints.map((h) => ({
    position: index.position(h.offset), label: h.label, paddingLeft: true,
    tooltip: { kind: MarkupKind.Markdown, value: h.tooltip },
  }));
}

export const inlayHintsFeature: Feature = {
  capabilities: { inlayHintProvider: true },
  register(ctx) {
    ctx.connection.languages.inlayHint.on((params): InlayHint[] => {
      try {
        const uri = params.textDocument.uri;
        const analysis = ctx.analysis(uri), text = ctx.text(uri);
        if (!analysis || text === undefined) return [];
        const index = lineIndexOf(analysis, text);
        const o: HintOptions = { locale: ctx.locale(), settings: { ...defaultSettings, ...ctx.settings() }, ...hintSwitches(ctx.config()) };
        const from = index.offset(params.range.start), to = index.offset(params.range.end);
        return toLspHints(hintsIn(analysis, index, from, to, o), index);
      } catch (e) {
        ctx.connection.console.error(`debt: inlay hints failed: ${(e as Error).stack ?? e}`);
        return [];
      }
    });
  },
};
