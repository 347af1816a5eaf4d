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
import { LprTable } from '../core/law/lpr';
import { fixed2, pct, yuan } from '../core/law/money';
import { annualise } from '../core/law/rates';
import { SPLIT_DATE, OLD_CAP } from '../core/law/regime';
import { Agent, Case, Evidence, Loan, Party, Rate } from '../core/model/types';
import { readDate, readMoney, readRate } from '../core/model/values';
import { defaultSettings, Settings } from '../core/settings';
import { addYears, dayOfWeek, formatChineseDate, IsoDate } from '../core/text/dates';
import { containsPosition, Position, Range } from '../core/text/range';
import { Feature } from './context';
import { recoveryHints } from './recovery-hints';
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
  return `${L === 'zh' ? '**依据**' : '**Basis**'}\n\n${ids.map(articleMarkdown).join('\n\n')}`;
}

// ── names ───────────────────────────────────────────────────────────────────────────────────────────────────

function nameHover(e: Element, analysis: Analysis, spot: Spot, L: Locale): string | undefined {
  switch (e.kind) {
    case 'party': return e.party && partySummary(e.party, L);
    case 'agent': return agentSummary(e.agent, L);
    case 'loan': return e.loan && spot.case && loanSummary(e.loan, loanReportOf(analysis, spot, e.loan), L);
    case 'evidence': return e.evidence && evidenceSummary(e.evidence, L);
    case 'case': return caseSummary(e.case, analysis, spot.caseIndex, L);
  }
}

const ROLE = { zh: { plaintiff: '原告', defendant: '被告', 'third-party': '第三人', party: '当事人' }, en: { plaintiff: 'plaintiff', defendant: 'defendant', 'third-party': 'third party', party: 'party' } };
const PARTY_KIND = { zh: { person: '自然人', company: '法人', organization: '非法人组织' }, en: { person: 'natural person', company: 'legal person', organization: 'organisation' } };

/** `label value` lines, markdown line breaks between them; absent values are left out. */
function lines(rows: [string, string | undefined][]): string {
  return rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k} ${v}`).join('  \n');
}

export function partySummary(p: Party, L: Locale): string {
  const zh = L === 'zh';
  const head = `**${p.name}** · ${ROLE[L][p.role]} · ${PARTY_KIND[L][p.kind]}`;
  return `${head}\n\n${lines([
    [zh ? '身份证号' : 'ID', p.id?.value],
    [zh ? '统一社会信用代码' : 'Credit code', p.creditCode?.value],
    [zh ? '法定代表人' : 'Representative', p.representative && `${p.representative.name.value}${p.representative.title ? ` ${p.representative.title.value}` : ''}`],
    [zh ? '住所' : 'Address', p.address?.value],
    [zh ? '经常居住地' : 'Residence', p.residence?.value],
    [zh ? '电话' : 'Phone', p.phone?.value],
    [zh ? '送达地址' : 'Service address', p.serviceAddress?.value],
  ]) || (zh ? '（未写明身份信息与住所）' : '(no ID or address written)')}`;
}

function agentSummary(a: Agent, L: Locale): string {
  const zh = L === 'zh';
  const authority = a.authority && (zh ? (a.authority.value === 'special' ? '特别授权' : '一般授权') : a.authority.value);
  return `**${a.name}** · ${zh ? '诉讼代理人' : 'agent'}\n\n${lines([
    [zh ? '律所' : 'Firm', a.firm?.value], [zh ? '电话' : 'Phone', a.phone?.value],
    [zh ? '代理权限' : 'Authority', authority], [zh ? '委托人' : 'For', a.principals.map((p) => p.name).join('、')],
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

export function dateText(d: IsoDate, L: Locale): string { return L === 'zh' ? formatChineseDate(d) : d; }

export function rateText(r: Rate, L: Locale): string {
  const per = L === 'zh' ? { year: '/年', month: '/月', day: '/日' } : { year: ' per year', month: ' per month', day: ' per day' };
  return `${r.value.toString()}%${per[r.period]}`;
}

export function loanSummary(loan: Loan, r: LoanReport | undefined, L: Locale): string {
  const zh = L === 'zh';
  const rate = loan.interest && (loan.interest.value === 'none' ? (zh ? '无' : 'none') : loan.interest.value === 'unclear' ? (zh ? '约定不明' : 'unclear')
    : `${rateText(loan.interest.value, L)}${loan.interest.value.period === 'year' ? '' : `（${zh ? '年化' : 'annual'} ${pct(annualise(loan.interest.value, loan.daycount))}）`}`);
  const due = loan.due && (loan.due.value === 'on-demand' ? (zh ? '未约定' : 'on demand') : dateText(loan.due.value, L));
  const rows: [string, string | undefined][] = [
    [zh ? '出借人' : 'Lender', loan.lender?.name],
    [zh ? '借款人' : 'Borrower', loan.borrowers.map((b) => b.name).join('、')],
    [zh ? '本金' : 'Principal', r && money(r.principal)],
    [zh ? '尚欠本金' : 'Principal outstanding', r && money(r.outstanding.principal)],
    [zh ? '尚欠利息' : 'Interest outstanding', r && money(r.outstanding.interest)],
    [zh ? '尚欠违约金' : 'Penalty outstanding', r && r.outstanding.penalty !== '0.00' ? money(r.outstanding.penalty) : undefined],
    [zh ? '尚欠费用' : 'Fees outstanding', r && r.outstanding.fees !== '0.00' ? money(r.outstanding.fees) : undefined],
    [zh ? '到期' : 'Due', due],
    [zh ? '利率' : 'Rate', rate],
    [zh ? '逾期利率' : 'Overdue rate', loan.overdueInterest && rateText(loan.overdueInterest.value, L)],
    [zh ? '利率上限' : 'Cap', r?.capRate ? `${r.capRate}%` : undefined],
    [zh ? '诉讼时效届满' : 'Limitation ends', r?.limitation.end && dateText(r.limitation.end, L)],
  ];
  return `**${loan.name}** · ${zh ? '借款' : 'loan'}\n\n${lines(rows)}`;
}

const EVIDENCE_KIND: Record<string, [string, string]> = {
  iou: ['借条', 'IOU'], contract: ['借款合同', 'loan contract'], receipt: ['收条', 'receipt'], transfer: ['转账记录', 'transfer record'],
  'bank-statement': ['银行流水', 'bank statement'], chat: ['聊天记录', 'chat record'], recording: ['录音', 'recording'], video: ['视频', 'video'],
  sms: ['短信', 'SMS'], email: ['邮件', 'e-mail'], letter: ['函件', 'letter'], notarized: ['公证书', 'notarial certificate'],
  witness: ['证人证言', 'witness statement'], identity: ['身份证明', 'proof of identity'], other: ['其他', 'other'],
};

export function evidenceSummary(e: Evidence, L: Locale): string {
  const zh = L === 'zh';
  const kind = e.kind && EVIDENCE_KIND[e.kind.value]?.[zh ? 0 : 1];
  const form = e.original ? (zh ? '原件' : 'original') : e.copy ? (zh ? '复印件' : 'copy') : undefined;
  return `**${e.name}** · ${zh ? '证据' : 'evidence'}${kind ? ` · ${kind}` : ''}${form ? ` · ${form}` : ''}\n\n${lines([
    [zh ? '证明' : 'Proves', e.proves?.value], [zh ? '来源' : 'Source', e.source?.value],
    [zh ? '页数' : 'Pages', e.pages ? String(e.pages.value) : undefined],
  ])}`;
}

function caseSummary(c: Case, analysis: Analysis, index: number | undefined, L: Locale): string {
  const zh = L === 'zh';
  const r = index === undefined ? undefined : analysis.cases[index];
  return `**${c.name}** · ${zh ? '案件' : 'case'}\n\n${lines([
    [zh ? '法院' : 'Court', c.court?.value],
    [zh ? '起诉日' : 'Filing', c.filing && dateText(c.filing.value, L)],
    [zh ? '利息暂计至' : 'Interest through', r && dateText(r.interestThrough, L)],
    [zh ? '本息合计（标的额）' : 'Claim amount', r && money(r.claimAmount)],
    [zh ? '案件受理费' : 'Court fee', r && money(r.courtFee.ordinary)],
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

/** One LPR table per list of extra publications (settings change rarely; a hint asks for every rate). */
const lprTables = new WeakMap<object, LprTable>();
function lprTable(settings: Settings): LprTable {
  let t = lprTables.get(settings.extraLpr);
  if (!t) { t = new LprTable(settings.extraLpr); lprTables.set(settings.extraLpr, t); }
  return t;
}

export function capsOf(r: LoanReport | undefined, asOf: IsoDate, settings: Settings): Caps | undefined {
  if (!r?.formation || !r.capRate) return undefined;
  const lpr = lprTable(settings);
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

function rateHover(t: Lexeme, spot: Spot, analysis: Analysis, options: HoverOptions): string | undefined {
  const L = options.locale, zh = L === 'zh';
  const read = readRate(t.image);
  if (!read.ok) return undefined;
  const loan = spot.loan;
  const annual = annualise(read.value, loan?.daycount ?? 365);
  const field = rateField(spot, t);
  const out = [`**${rateText(read.value, L)}** · ${zh ? '年化' : 'annualised'} ${pct(annual)}${read.value.period === 'day' ? `（×${loan?.daycount ?? 365}）` : read.value.period === 'month' ? '（×12）' : ''}`];
  const r = loan && loanReportOf(analysis, spot, loan);
  const asOf = spot.caseIndex !== undefined ? analysis.cases[spot.caseIndex]?.asOf ?? analysis.asOf : analysis.asOf;
  const caps = capsOf(r, asOf, options.settings);
  let ids = RATE_ARTICLES[field ?? ''] ?? [];
  if (caps?.single) {
    out.push(zh
      ? `合同成立日 ${dateText(caps.formation, L)}；一年期LPR ${caps.single.lpr}%（${dateText(caps.single.published, L)}发布）× 4 = 上限 **${caps.single.cap}%**`
      : `Formed ${caps.formation}; one-year LPR ${caps.single.lpr}% (published ${caps.single.published}) × 4 = cap **${caps.single.cap}%**`);
    out.push(verdict(annual, new Decimal(caps.single.cap), field, L));
  } else if (caps?.split) {
    const s = caps.split;
    out.push(zh
      ? `合同成立日 ${dateText(caps.formation, L)}，早于2020年8月20日：2020年8月19日前上限 **${s.old}%**${s.oldApplies ? '（原告请求适用当时的司法解释）' : '（未请求适用当时的司法解释，不适用）'}；自2020年8月20日起上限 **${s.after ? `${s.after.cap}%**（起诉时一年期LPR ${s.after.lpr}%，${dateText(s.after.published, L)}发布，× 4）` : '—**'}`
      : `Formed ${caps.formation}, before 2020-08-20: cap **${s.old}%** up to 2020-08-19${s.oldApplies ? ' (old rules requested)' : ' (old rules not requested: not applied)'}; from 2020-08-20 cap **${s.after ? `${s.after.cap}%** (one-year LPR at filing ${s.after.lpr}%, published ${s.after.published}, × 4)` : '—**'}`);
    if (s.after) out.push(verdict(annual, new Decimal(s.after.cap), field, L));
    ids = [...ids.filter((id) => id !== '民间借贷规定第25条'), '民间借贷规定第31条', '2015年民间借贷规定第26条'];
  }
  out.push(...ids.map(articleMarkdown));
  return out.join('\n\n');
}

function verdict(annual: Decimal, cap: Decimal, field: string | undefined, L: Locale): string {
  const zh = L === 'zh';
  const shared = field === 'Penalty' || field === 'Fees' || field === 'OverdueInterest';
  if (annual.greaterThan(cap)) {
    return zh ? `年化 ${pct(annual)} 超过上限 ${pct(cap)}，超过部分不予支持${shared ? '（逾期利息、违约金、其他费用合计以此为限）' : ''}。`
      : `Annualised ${pct(annual)} exceeds the cap ${pct(cap)}; the excess is not supported${shared ? ' (overdue interest, penalty and fees together)' : ''}.`;
  }
  return zh ? `年化 ${pct(annual)} 未超过上限 ${pct(cap)}${shared ? '（逾期利息、违约金、其他费用合计不得超过上限）' : ''}。`
    : `Annualised ${pct(annual)} is within the cap ${pct(cap)}${shared ? ' (overdue interest, penalty and fees together)' : ''}.`;
}

// ── dates ───────────────────────────────────────────────────────────────────────────────────────────────────

const holidays = (holidayData as { holidays: Record<string, string> }).holidays;
const workdays = (holidayData as { workdays: Record<string, string> }).workdays;
const WEEKDAY = { zh: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'], en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] };

/** '2024年1月1日 · 星期一 · 法定节假日（元旦）' — the official calendar as the `chinese-days` package keeps it. */
export function dayDescription(d: IsoDate, L: Locale): string {
  const zh = L === 'zh';
  const w = dayOfWeek(d);
  const holiday = Object.prototype.hasOwnProperty.call(holidays, d) ? holidays[d].split(',') : undefined;
  const workday = Object.prototype.hasOwnProperty.call(workdays, d) ? workdays[d].split(',') : undefined;
  let status: string;
  if (holiday) status = zh ? `法定节假日（${holiday[1]}）` : `official holiday (${holiday[0]})`;
  else if (workday) status = zh ? `调休工作日（${workday[1]}）` : `make-up working day (${workday[0]})`;
  else status = w === 0 || w === 6 ? (zh ? '休息日' : 'weekend') : (zh ? '工作日' : 'working day');
  const unknown = calendarCovers(d) ? '' : (zh ? '；该年度放假安排尚未收录，仅按周末判断' : '; that year\'s holiday notice is not known yet: weekends only');
  return `${dateText(d, L)} · ${WEEKDAY[L][w]} · ${status}${unknown}`;
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
  const zh = L === 'zh';
  const lim = r.limitation;
  if (!lim.start || !lim.end) return zh ? '诉讼时效：无法确定起算日（未写明到期日，也无催收）。' : 'Limitation: no start date (no due date and no demand).';
  const basis = { due: zh ? '到期日' : 'due date', installments: zh ? '最后一期履行期限届满（民法典第189条）' : 'last instalment (Civil Code Art. 189)', demand: zh ? '催收后宽限期届满（民法典第675条）' : 'end of the grace period after a demand (Civil Code Art. 675)' }[lim.basis ?? 'due'];
  const rows: string[] = [];
  rows.push(zh ? `**诉讼时效届满日 ${dateText(lim.end, L)}**${lim.status === 'lapsed' ? '（已届满）' : ''}` : `**Limitation ends ${lim.end}**${lim.status === 'lapsed' ? ' (lapsed)' : ''}`);
  rows.push(zh ? `起算：${dateText(lim.start, L)}（${basis}），三年（民法典第188条）` : `Start: ${lim.start} (${basis}), three years (Civil Code Art. 188)`);
  if (lim.interruptions.length) {
    rows.push(zh ? `中断：${lim.interruptions.map((d) => dateText(d, L)).join('、')}，自最后一次中断重新计算三年（民法典第195条）`
      : `Interrupted: ${lim.interruptions.join(', ')}; three years again from the last (Civil Code Art. 195)`);
  }
  if (lim.holidayExtended) {
    const counted = addYears(lim.interruptions[lim.interruptions.length - 1] ?? lim.start, 3);
    rows.push(zh ? `期间末日 ${dateText(counted, L)} 为法定休假日，顺延至休假日结束的次日（民法典第203条）`
      : `The last day ${counted} fell on a rest day: moved to the day after the rest days (Civil Code Art. 203)`);
  }
  if (lim.waived) rows.push(zh ? `${dateText(lim.waived, L)} 时效届满后债务人同意履行或还款，不得再以时效抗辩（民法典第192条）` : `On ${lim.waived}, after expiry, the debtor agreed or paid: the defence is waived (Civil Code Art. 192)`);
  if (lim.longStop) rows.push(zh ? `最长保护期至 ${dateText(lim.longStop, L)}（民法典第188条第2款）` : `Long stop: ${lim.longStop} (Civil Code Art. 188(2))`);
  return rows.join('  \n');
}

// ── amounts ─────────────────────────────────────────────────────────────────────────────────────────────────

/** 大写 of an amount with nzh: 50000 → 人民币伍万元整 (整 also after 角, as on a cheque). */
export function amountInWords(d: Decimal): string {
  return Nzh.cn.toMoney(d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(), { forceZheng: true });
}

function amountHover(t: Lexeme, L: Locale): string | undefined {
  const read = readMoney(t.image);
  if (!read.ok) return undefined;
  return `**${yuan(read.value)}**\n\n${L === 'zh' ? '大写' : 'In words'}：${amountInWords(read.value)}`;
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
