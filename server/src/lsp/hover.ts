/**
 * Hover (markdown): what a keyword means and the articles it rests on; a rate annualised against the cap in force;
 * the summary of a party, agent, loan, evidence item or case under a name; a date's weekday, holiday status and, on
 * a due date, the limitation period; an amount in 大写; and the full text of every article a diagnostic there cites.
 * Figures come from the case report (`Analysis.cases`) or the model; nothing is recomputed here.
 */
import Decimal from 'decimal.js';
import Nzh from 'nzh';
import holidayData from 'chinese-days/dist/chinese-days.json';
import { Hover, MarkupKind } from 'vscode-languageserver/node';
import { Analysis } from '../core/analyze';
import { DebtDiagnostic, Locale } from '../core/diagnostics/types';
import { article, keywordMeaning, keywordDoc } from '../core/keyword-docs';
import { LoanReport } from '../core/law/analyze-law';
import { calendarCovers } from '../core/law/calendar';
import { lprTableFor } from '../core/law/lpr';
import { fixed2, pct, yuan } from '../core/law/money';
import { annualise } from '../core/law/rates';
import { obligationsMarkdown } from '../core/law/obligations-text';
import { SPLIT_DATE, OLD_CAP } from '../core/law/regime';
import { Agent, Case, Evidence, Loan, Party, Rate } from '../core/model/types';
import { readDate, readMoney, readRate } from '../core/model/values';
import { defaultSettings, Settings } from '../core/settings';
import { addYears, dayOfWeek, formatChineseDate, IsoDate } from '../core/text/dates';
import { containsPosition, Position, Range } from '../core/text/range';
import { Feature } from './context';
import { recoveryHints } from './recovery-hints';
import { t } from './l10n';
import { Element, Lexeme, locate, offsetsOf, Spot } from './locate';

export interface HoverOptions { locale: Locale; settings: Settings }

/** The hover at `position` of `text` (the text `analysis` was made from): markdown and the range it covers. */
export function hoverAt(analysis: Analysis, text: string, position: Position, options: HoverOptions): { markdown: string; range?: Range } | undefined {
  const spot = locate(analysis, text, position);
  const L = options.locale;
  const sections: string[] = [];
  const t = spot.token;
  if (t) {
    const s = spot.name ? nameHover(spot.name.element, analysis, spot, L)
      : t.kind === 'keyword' ? keywordHover(t.concept!, L)
      : t.kind === 'rate' ? rateHover(t, spot, analysis, options)
      : t.kind === 'date' ? dateHover(t, spot, analysis, L)
      : t.kind === 'amount' ? amountHover(t, L)
      : undefined;
    if (s) sections.push(s);
    const deadline = recoveryHover(t, spot, analysis, L);
    if (deadline) sections.push(deadline);
  }
  const cited = diagnosticArticles(analysis, position, L, sections.join('\n'));
  if (cited) sections.push(cited);
  if (sections.length === 0) return undefined;
  const range = t && sections.length > 0 ? spot.lexed.index.range(t.start, t.end) : undefined;
  return { markdown: sections.join('\n\n---\n\n'), range };
}

// ── keywords and articles ───────────────────────────────────────────────────────────────────────────────────

export function keywordHover(concept: string, L: Locale): string | undefined {
  const meaning = keywordMeaning(concept, L);
  if (!meaning) return undefined;
  const ids = keywordDoc(concept)?.citations ?? [];
  return [meaning, ...ids.map(articleMarkdown)].join('\n\n');
}

/** An article as a block quote under its title; an id statutes.md does not quote is named only. */
export function articleMarkdown(id: string): string {
  const a = article(id);
  if (!a) return `**${id}**`;
  return `**${id}**（${a.title}）\n\n${a.text.split('\n').map((line) => `> ${line}`).join('\n>\n')}`;
}

const own = new WeakMap<Analysis, DebtDiagnostic[]>();
/** The diagnostics of the analysed file itself that cite an article, in text order (analyze sorts them). */
function ownDiagnostics(analysis: Analysis): DebtDiagnostic[] {
  let ds = own.get(analysis);
  if (!ds) { ds = analysis.diagnostics.filter((d) => d.uri === analysis.uri && d.citations.length > 0); own.set(analysis, ds); }
  return ds;
}

/** The articles cited by the diagnostics at `position`, except those the hover above already quotes. */
function diagnosticArticles(analysis: Analysis, position: Position, L: Locale, above: string): string | undefined {
  const ids: string[] = [];
  for (const d of ownDiagnostics(analysis)) {
    if (d.range.start.line > position.line) break;
    if (!containsPosition(d.range, position)) continue;
    for (const id of d.citations) if (!ids.includes(id) && !above.includes(`**${id}**`)) ids.push(id);
  }
  if (ids.length === 0) return undefined;
  return `**${t(L, 'Basis')}**\n\n${ids.map(articleMarkdown).join('\n\n')}`;
}

// ── names ───────────────────────────────────────────────────────────────────────────────────────────────────

function nameHover(e: Element, analysis: Analysis, spot: Spot, L: Locale): string | undefined {
  switch (e.kind) {
    case 'party': return e.party && [partySummary(e.party, L), partyObligations(e.party.name, analysis, spot, L)].filter(Boolean).join('\n\n');
    case 'agent': return agentSummary(e.agent, L);
    case 'loan': return e.loan && spot.case && loanSummary(e.loan, loanReportOf(analysis, spot, e.loan), L);
    case 'evidence': return e.evidence && evidenceSummary(e.evidence, L);
    case 'case': return caseSummary(e.case, analysis, spot.caseIndex, L);
  }
}

const roleName = (L: Locale): Record<Party['role'], string> => ({
  plaintiff: t(L, 'plaintiff'), defendant: t(L, 'defendant'), 'third-party': t(L, 'third party'), party: t(L, 'party'),
});
const partyKindName = (L: Locale): Record<Party['kind'], string> => ({
  person: t(L, 'natural person'), company: t(L, 'legal person'), organization: t(L, 'organisation'),
});

/** `label value` lines, markdown line breaks between them; absent values are left out. */
function lines(rows: [string, string | undefined][]): string {
  return rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k} ${v}`).join('  \n');
}

export function partySummary(p: Party, L: Locale): string {
  const head = `**${p.name}** · ${roleName(L)[p.role]} · ${partyKindName(L)[p.kind]}`;
  return `${head}\n\n${lines([
    [t(L, 'ID'), p.id?.value],
    [t(L, 'Credit code'), p.creditCode?.value],
    [t(L, 'Representative'), p.representative && `${p.representative.name.value}${p.representative.title ? ` ${p.representative.title.value}` : ''}`],
    [t(L, 'Address'), p.address?.value],
    [t(L, 'Residence'), p.residence?.value],
    [t(L, 'Phone'), p.phone?.value],
    [t(L, 'Service address'), p.serviceAddress?.value],
  ]) || t(L, '(no ID or address written)')}`;
}

/** What the party owes in the case under the cursor (core/law/obligations-text.ts). */
function partyObligations(name: string, analysis: Analysis, spot: Spot, L: Locale): string | undefined {
  const r = spot.case && spot.caseIndex !== undefined ? analysis.cases[spot.caseIndex] : undefined;
  return r && spot.case && obligationsMarkdown(spot.case, r, name, L);
}

function agentSummary(a: Agent, L: Locale): string {
  const authority = a.authority && (a.authority.value === 'special' ? t(L, 'special') : t(L, 'general'));
  return `**${a.name}** · ${t(L, { message: 'agent', comment: 'hover heading: 诉讼代理人' })}\n\n${lines([
    [t(L, 'Firm'), a.firm?.value], [t(L, 'Phone'), a.phone?.value],
    [t(L, 'Authority'), authority], [t(L, 'For'), a.principals.map((p) => p.name).join('、')],
  ])}`;
}

export function loanReportOf(analysis: Analysis, spot: Spot, loan: Loan): LoanReport | undefined {
  if (!spot.case || spot.caseIndex === undefined) return undefined;
  return analysis.cases[spot.caseIndex]?.loans[spot.case.loans.indexOf(loan)];
}

/** '50,000.00元' from a report figure ('50000.00', already two decimals): grouped as text, no arithmetic. */
export function money(s: string): string {
  if (!/^-?\d+\.\d\d$/.test(s)) return yuan(new Decimal(s));
  const dot = s.length - 3;
  return `${s.slice(0, dot).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${s.slice(dot)}元`;
}

/** A date where a lawyer reads it: 2023年1月10日 in Chinese, ISO in English (a format, not a translation). */
export function dateText(d: IsoDate, L: Locale): string { return L === 'zh' ? formatChineseDate(d) : d; }

export function rateText(r: Rate, L: Locale): string {
  const per = { year: t(L, ' per year'), month: t(L, ' per month'), day: t(L, ' per day') };
  return `${r.value.toString()}%${per[r.period]}`;
}

export function loanSummary(loan: Loan, r: LoanReport | undefined, L: Locale): string {
  const rate = loan.interest && (loan.interest.value === 'none' ? t(L, 'none') : loan.interest.value === 'unclear' ? t(L, 'unclear')
    : `${rateText(loan.interest.value, L)}${loan.interest.value.period === 'year' ? '' : `（${t(L, 'annual')} ${pct(annualise(loan.interest.value, loan.daycount))}）`}`);
  const due = loan.due && (loan.due.value === 'on-demand' ? t(L, 'on demand') : dateText(loan.due.value, L));
  const rows: [string, string | undefined][] = [
    [t(L, 'Lender'), loan.lender?.name],
    [t(L, 'Borrower'), loan.borrowers.map((b) => b.name).join('、')],
    [t(L, 'Principal'), r && money(r.principal)],
    [t(L, 'Principal outstanding'), r && money(r.outstanding.principal)],
    [t(L, 'Interest outstanding'), r && money(r.outstanding.interest)],
    [t(L, 'Penalty outstanding'), r && r.outstanding.penalty !== '0.00' ? money(r.outstanding.penalty) : undefined],
    [t(L, 'Fees outstanding'), r && r.outstanding.fees !== '0.00' ? money(r.outstanding.fees) : undefined],
    [t(L, 'Due'), due],
    [t(L, 'Rate'), rate],
    [t(L, 'Overdue rate'), loan.overdueInterest && rateText(loan.overdueInterest.value, L)],
    [t(L, 'Cap'), r?.capRate ? `${r.capRate}%` : undefined],
    [t(L, { message: 'Limitation ends', comment: 'hover row: the last day of the limitation period' }), r?.limitation.end && dateText(r.limitation.end, L)],
  ];
  return `**${loan.name}** · ${t(L, 'loan')}\n\n${lines(rows)}`;
}

const evidenceKindName = (L: Locale): Record<string, string> => ({
  iou: t(L, 'IOU'), contract: t(L, 'loan contract'), receipt: t(L, 'receipt'), transfer: t(L, 'transfer record'),
  'bank-statement': t(L, 'bank statement'), chat: t(L, 'chat record'), recording: t(L, 'recording'), video: t(L, 'video'),
  sms: t(L, 'SMS'), email: t(L, 'e-mail'), letter: t(L, 'letter'), notarized: t(L, 'notarial certificate'),
  witness: t(L, 'witness statement'), identity: t(L, 'proof of identity'), other: t(L, 'other'),
});

export function evidenceSummary(e: Evidence, L: Locale): string {
  const kinds = evidenceKindName(L);
  const kind = e.kind && (Object.prototype.hasOwnProperty.call(kinds, e.kind.value) ? kinds[e.kind.value] : undefined);
  const form = e.original ? t(L, 'original') : e.copy ? t(L, 'copy') : undefined;
  return `**${e.name}** · ${t(L, 'evidence')}${kind ? ` · ${kind}` : ''}${form ? ` · ${form}` : ''}\n\n${lines([
    [t(L, 'Proves'), e.proves?.value], [t(L, 'Source'), e.source?.value],
    [t(L, 'Pages'), e.pages ? String(e.pages.value) : undefined],
  ])}`;
}

function caseSummary(c: Case, analysis: Analysis, index: number | undefined, L: Locale): string {
  const r = index === undefined ? undefined : analysis.cases[index];
  return `**${c.name}** · ${t(L, 'case')}\n\n${lines([
    [t(L, 'Court'), c.court?.value],
    [t(L, 'Filing'), c.filing && dateText(c.filing.value, L)],
    [t(L, 'Interest through'), r && dateText(r.interestThrough, L)],
    [t(L, 'Claim amount'), r && money(r.claimAmount)],
    [t(L, 'Court fee'), r && money(r.courtFee.ordinary)],
  ])}`;
}

// ── rates ───────────────────────────────────────────────────────────────────────────────────────────────────

/** The loan field a rate token stands in: the keyword just before it. */
export function rateField(spot: Spot, t: Lexeme): string | undefined {
  const xs = spot.lexed.lexemes;
  const i = xs.indexOf(t);
  return i > 0 ? xs[i - 1].concept : undefined;
}

const RATE_ARTICLES: Record<string, string[]> = { InterestKw: ['民间借贷规定第25条'], OverdueInterest: ['民间借贷规定第28条'], Penalty: ['民间借贷规定第29条'], Fees: ['民间借贷规定第29条'] };

/** The caps in force for a loan, from its formation date and the report's capRate (rules.md §1–§3). */
export interface Caps {
  formation: IsoDate;
  /** Formed on or after 2020-08-20: one cap, 4 × the LPR at formation. */
  single?: { cap: string; lpr: string; published: IsoDate };
  /** Formed before: 24 % up to 2020-08-19 (when the lender asks), 4 × the LPR at filing from 2020-08-20. */
  split?: { old: string; oldApplies: boolean; after?: { cap: string; lpr: string; published: IsoDate } };
}

export function capsOf(r: LoanReport | undefined, asOf: IsoDate, settings: Settings): Caps | undefined {
  if (!r?.formation || !r.capRate) return undefined;
  const lpr = lprTableFor(settings.extraLpr);
  if (r.formation >= SPLIT_DATE) {
    const l = lpr.on(r.formation);
    return { formation: r.formation, single: l.rate && { cap: r.capRate, lpr: fixed2(l.rate), published: l.published! } };
  }
  const l = lpr.on(asOf);
  return {
    formation: r.formation,
    split: { old: fixed2(OLD_CAP), oldApplies: settings.applyOldRulesBefore20200820, after: l.rate && { cap: fixed2(l.rate.times(4)), lpr: fixed2(l.rate), published: l.published! } },
  };
}

function rateHover(tok: Lexeme, spot: Spot, analysis: Analysis, options: HoverOptions): string | undefined {
  const L = options.locale;
  const read = readRate(tok.image);
  if (!read.ok) return undefined;
  const loan = spot.loan;
  const annual = annualise(read.value, loan?.daycount ?? 365);
  const field = rateField(spot, tok);
  const out = [`**${rateText(read.value, L)}** · ${t(L, 'annualised')} ${pct(annual)}${read.value.period === 'day' ? `（×${loan?.daycount ?? 365}）` : read.value.period === 'month' ? '（×12）' : ''}`];
  const r = loan && loanReportOf(analysis, spot, loan);
  const asOf = spot.caseIndex !== undefined ? analysis.cases[spot.caseIndex]?.asOf ?? analysis.asOf : analysis.asOf;
  const caps = capsOf(r, asOf, options.settings);
  let ids = RATE_ARTICLES[field ?? ''] ?? [];
  if (caps?.single) {
    out.push(t(L, 'Formed {0}; one-year LPR {1}% (published {2}) × 4 = cap **{3}%**',
      dateText(caps.formation, L), caps.single.lpr, dateText(caps.single.published, L), caps.single.cap));
    out.push(verdict(annual, new Decimal(caps.single.cap), field, L));
  } else if (caps?.split) {
    const s = caps.split;
    const oldRules = s.oldApplies ? t(L, ' (old rules requested)') : t(L, ' (old rules not requested: not applied)');
    const lprAtFiling = s.after ? t(L, ' (one-year LPR at filing {0}%, published {1}, × 4)', s.after.lpr, dateText(s.after.published, L)) : '';
    out.push(t(L, 'Formed {0}, before 2020-08-20: cap **{1}%** up to 2020-08-19{2}; from 2020-08-20 cap **{3}**{4}',
      dateText(caps.formation, L), s.old, oldRules, s.after ? `${s.after.cap}%` : '—', lprAtFiling));
    if (s.after) out.push(verdict(annual, new Decimal(s.after.cap), field, L));
    ids = [...ids.filter((id) => id !== '民间借贷规定第25条'), '民间借贷规定第31条', '2015年民间借贷规定第26条'];
  }
  out.push(...ids.map(articleMarkdown));
  return out.join('\n\n');
}

function verdict(annual: Decimal, cap: Decimal, field: string | undefined, L: Locale): string {
  const shared = field === 'Penalty' || field === 'Fees' || field === 'OverdueInterest';
  if (annual.greaterThan(cap)) {
    return t(L, 'Annualised {0} exceeds the cap {1}; the excess is not supported{2}.', pct(annual), pct(cap),
      shared ? t(L, ' (overdue interest, penalty and fees together)') : '');
  }
  return t(L, 'Annualised {0} is within the cap {1}{2}.', pct(annual), pct(cap),
    shared ? t(L, { message: ' (overdue interest, penalty and fees together)', comment: 'within the cap: together they may not exceed it' }) : '');
}

// ── dates ───────────────────────────────────────────────────────────────────────────────────────────────────

const holidays = (holidayData as { holidays: Record<string, string> }).holidays;
const workdays = (holidayData as { workdays: Record<string, string> }).workdays;
const weekdayName = (L: Locale): string[] => [t(L, 'Sunday'), t(L, 'Monday'), t(L, 'Tuesday'), t(L, 'Wednesday'),
  t(L, 'Thursday'), t(L, 'Friday'), t(L, 'Saturday')];

/** '2024年1月1日 · 星期一 · 法定节假日（元旦）' — the official calendar as the `chinese-days` package keeps it. */
export function dayDescription(d: IsoDate, L: Locale): string {
  const zh = L === 'zh';
  const w = dayOfWeek(d);
  const holiday = Object.prototype.hasOwnProperty.call(holidays, d) ? holidays[d].split(',') : undefined;
  const workday = Object.prototype.hasOwnProperty.call(workdays, d) ? workdays[d].split(',') : undefined;
  let status: string;
  // chinese-days names each holiday in English and in Chinese: 'New Year\'s Day,元旦,1'.
  if (holiday) status = t(L, 'official holiday ({0})', holiday[zh ? 1 : 0]);
  else if (workday) status = t(L, 'make-up working day ({0})', workday[zh ? 1 : 0]);
  else status = w === 0 || w === 6 ? t(L, 'weekend') : t(L, 'working day');
  const unknown = calendarCovers(d) ? '' : t(L, '; that year\'s holiday notice is not known yet: weekends only');
  return `${dateText(d, L)} · ${weekdayName(L)[w]} · ${status}${unknown}`;
}

function dateHover(t: Lexeme, spot: Spot, analysis: Analysis, L: Locale): string | undefined {
  const read = readDate(t.image);
  if (!read.ok) return undefined;
  const out = [dayDescription(read.value, L)];
  const loan = spot.loan;
  if (loan && spot.case) {
    const at = (r: Range | undefined) => !!r && offsetsOf(r, spot.lexed.index).start === t.start;
    const last = loan.installments.length ? loan.installments.reduce((a, b) => (a.date.value >= b.date.value ? a : b)) : undefined;
    if (at(loan.due?.range) || (last && at(last.date.range))) {
      const r = loanReportOf(analysis, spot, loan);
      if (r) out.push(limitationMarkdown(r, L));
    }
  }
  return out.join('\n\n');
}

/**
 * The recovery deadlines (spec §7.3–7.4) on the text they run from: enforcement after 履行期限 (or 生效), suit after a
 * pre-suit 保全, objection after a served 支付令 — the same figures as the inlay hints.
 */
function recoveryHover(t: Lexeme, spot: Spot, analysis: Analysis, L: Locale): string | undefined {
  const report = spot.case && spot.caseIndex !== undefined ? analysis.cases[spot.caseIndex] : undefined;
  if (!spot.case || !report) return undefined;
  const rows = recoveryHints(spot.case, report, L)
    .filter((h) => offsetsOf(h.at, spot.lexed.index).start === t.start)
    .map((h) => `**${h.label}**  \n${h.tooltip}`);
  return rows.length ? rows.join('\n\n') : undefined;
}

/** The limitation period of a loan and why: start, interruptions, holiday extension, status (report `limitation`). */
export function limitationMarkdown(r: LoanReport, L: Locale): string {
  const lim = r.limitation;
  if (!lim.start || !lim.end) return t(L, 'Limitation: no start date (no due date and no demand).');
  const basis = { due: t(L, 'due date'), installments: t(L, 'last instalment (Civil Code Art. 189)'), demand: t(L, 'end of the grace period after a demand (Civil Code Art. 675)') }[lim.basis ?? 'due'];
  const rows: string[] = [];
  rows.push(t(L, '**Limitation ends {0}**{1}', dateText(lim.end, L), lim.status === 'lapsed' ? t(L, ' (lapsed)') : ''));
  rows.push(t(L, 'Start: {0} ({1}), three years (Civil Code Art. 188)', dateText(lim.start, L), basis));
  if (lim.interruptions.length) {
    rows.push(t(L, 'Interrupted: {0}; three years again from the last (Civil Code Art. 195)',
      lim.interruptions.map((d) => dateText(d, L)).join(t(L, ', '))));
  }
  if (lim.holidayExtended) {
    const counted = addYears(lim.interruptions[lim.interruptions.length - 1] ?? lim.start, 3);
    rows.push(t(L, 'The last day {0} fell on a rest day: moved to the day after the rest days (Civil Code Art. 203)', dateText(counted, L)));
  }
  if (lim.waived) rows.push(t(L, 'On {0}, after expiry, the debtor agreed or paid: the defence is waived (Civil Code Art. 192)', dateText(lim.waived, L)));
  if (lim.longStop) rows.push(t(L, 'Long stop: {0} (Civil Code Art. 188(2))', dateText(lim.longStop, L)));
  return rows.join('  \n');
}

// ── amounts ─────────────────────────────────────────────────────────────────────────────────────────────────

/** 大写 of an amount with nzh: 50000 → 人民币伍万元整 (整 also after 角, as on a cheque). */
export function amountInWords(d: Decimal): string {
  return Nzh.cn.toMoney(d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(), { forceZheng: true });
}

function amountHover(tok: Lexeme, L: Locale): string | undefined {
  const read = readMoney(tok.image);
  if (!read.ok) return undefined;
  return `**${yuan(read.value)}**\n\n${t(L, 'In words')}：${amountInWords(read.value)}`;
}

// ── the LSP feature ─────────────────────────────────────────────────────────────────────────────────────────

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(ctx) {
    ctx.connection.onHover((params): Hover | null => {
      try {
        const uri = params.textDocument.uri;
        const analysis = ctx.analysis(uri), text = ctx.text(uri);
        if (!analysis || text === undefined) return null;
        const h = hoverAt(analysis, text, params.position, { locale: ctx.locale(), settings: { ...defaultSettings, ...ctx.settings() } });
        if (!h) return null;
        return { contents: { kind: MarkupKind.Markdown, value: h.markdown }, ...(h.range ? { range: h.range } : {}) };
      } catch (e) {
        ctx.connection.console.error(`debt: hover failed: ${(e as Error).stack ?? e}`);
        return null;
      }
    });
  },
};
