/**
 * Quick fixes, one builder per diagnostic code that has a mechanical fix. Each reads the model of the current text
 * (never the message) and returns offset edits; `code-actions/index.ts` turns them into LSP code actions.
 * Codes without a fix here need the lawyer's judgement (a wrong ID check digit may be a typo anywhere in the
 * number; an interest cap is a legal finding, not a typo).
 */
import { Analysis } from '../../core/analyze';
import { DebtDiagnostic, Locale } from '../../core/diagnostics/types';
import { OffsetEdit } from '../../core/format/format';
import { keywordLanguageOf, KeywordLanguage, spell } from '../../core/format/keywords';
import { yuan } from '../../core/law/money';
import { Case, Claim, Loan } from '../../core/model/types';
import { formatChineseDate, IsoDate } from '../../core/text/dates';
import { LineIndex, Position, Range } from '../../core/text/range';
import { indentAt, insertLineAfter, insertLineBefore, lineEnding, lineStartOf, nameText, removeItem } from './text-edits';
import { defaultClaimLines, guessEvidenceKind } from './lines';
import { t as tr } from '../l10n';
import { NAMED_FIXES } from './named-fixes';

export interface Fix { title: string; edits: OffsetEdit[]; preferred?: boolean }

export interface FixInput {
  text: string;
  analysis: Analysis;
  diagnostic: DebtDiagnostic;
  /** Language of the titles. */
  locale: Locale;
  /** The date a filing-date fix writes. */
  today: IsoDate;
}

/** Helpers over one text: offsets of model positions, the case around an offset, the keyword language. */
export class FixText {
  readonly idx: LineIndex;
  readonly lang: KeywordLanguage;
  constructor(readonly text: string, readonly analysis: Analysis) {
    this.idx = new LineIndex(text);
    this.lang = keywordLanguageOf(text);
  }
  off(p: Position): number { return this.idx.offset(p); }
  same(a: Range, b: Range): boolean { return this.off(a.start) === this.off(b.start) && this.off(a.end) === this.off(b.end); }
  caseAt(offset: number): Case | undefined {
    return this.analysis.model.cases.find((c) => c.uri === this.analysis.uri && this.off(c.range.start) <= offset && offset <= this.off(c.range.end));
  }
  kw(concept: string, item?: string): string { return spell(concept, this.lang, item); }
  /** Offset of the case's closing brace, if it has one. */
  closeBrace(c: Case): number | undefined {
    const end = this.off(c.range.end) - 1;
    return end >= 0 && (this.text[end] === '}' || this.text[end] === '｝') ? end : undefined;
  }
  /** Where the case's first item starts, and the indentation of its items. */
  firstItem(c: Case): { offset?: number; indent: string } {
    const starts = [...c.parties, ...c.agents, ...c.loans, ...c.events, ...c.evidence, ...c.claims.filter((x) => !x.implicit)]
      .filter((e) => e.uri === c.uri).map((e) => this.off(e.range.start));
    for (const f of [c.court, c.filing, c.procedure, ...c.notes]) if (f) starts.push(lineFirstToken(this.text, this.off(f.range.start)));
    const offset = starts.length ? Math.min(...starts) : undefined;
    return { offset, indent: offset !== undefined ? indentAt(this.text, offset) : indentAt(this.text, this.off(c.range.start)) + '  ' };
  }
  /** A new line in case `c`: after `after` when given, else before its first item, else before its `}`. */
  insertInCase(c: Case, line: string, after?: number): OffsetEdit | undefined {
    const { offset, indent } = this.firstItem(c);
    if (after !== undefined) return insertLineAfter(this.text, after, line, indent);
    const at = offset ?? this.closeBrace(c);
    return at === undefined ? undefined : insertLineBefore(this.text, at, line, indent);
  }
}

/** The start of the first token on the line of `offset` (a field's keyword, seen from its value). */
function lineFirstToken(text: string, offset: number): number {
  const ls = lineStartOf(text, offset);
  return ls + indentAt(text, offset).length;
}

export function fixesFor(input: FixInput): Fix[] {
  const t = new FixText(input.text, input.analysis);
  const build = BUILDERS[input.diagnostic.code];
  const named = NAMED_FIXES[input.diagnostic.code];
  if (!build && !named) return [];
  try { // a broken file: no fix rather than a throw
    return [...(build ? build(t, input.diagnostic, input) : []), ...(named ? named(t, input.diagnostic, input, fixesFor) : [])];
  } catch { return []; }
}

type Builder = (t: FixText, d: DebtDiagnostic, input: FixInput) => Fix[];
// A Chinese title names a keyword as the file spells it; an English one in English.
const zh = (i: FixInput) => i.locale === 'zh';

const BUILDERS: Record<string, Builder> = {
  // Undeclared name: the suggested name (did you mean), or a declaration of an evidence item.
  DEBT202: (t, d, i) => {
    const fix = d.fix;
    if (fix?.kind === 'use-name') {
      return [{ title: tr(i.locale, 'Change to "{0}"', fix.name), preferred: true,
        edits: [{ start: t.off(d.range.start), end: t.off(d.range.end), newText: nameText(fix.name) }] }];
    }
    if (fix?.kind === 'declare' && fix.what === 'evidence') {
      const c = t.caseAt(t.off(d.range.start));
      if (!c) return [];
      const kind = guessEvidenceKind(fix.name);
      const line = `${t.kw('EvidenceKw')} ${nameText(fix.name)} { ${t.kw('Kind')} ${t.kw(kind, 'Kind')} ${t.kw('Proves')} "${provesText(t, c, d.range)}" }`;
      const lastEvidence = c.evidence.filter((e) => e.uri === c.uri).pop();
      const firstClaim = c.claims.find((x) => !x.implicit);
      const edit = lastEvidence ? t.insertInCase(c, line, t.off(lastEvidence.range.end))
        : firstClaim ? insertLineBefore(t.text, t.off(firstClaim.range.start), line, indentAt(t.text, t.off(firstClaim.range.start)))
          : closeInsert(t, c, line);
      return edit ? [{ title: tr(i.locale, 'Declare evidence "{0}" (kind {1})', fix.name, zh(i) ? t.kw(kind, 'Kind') : spell(kind, 'en')), preferred: true, edits: [edit] }] : [];
    }
    return [];
  },
  // Missing `}`: where the parser expected it (a problem at a line's end: before the next item, on its own line).
  DEBT106: (t, d, i) => {
    const at = nextItemStart(t.text, t.off(d.range.start));
    const nl = lineEnding(t.text);
    let edit: OffsetEdit;
    if (at >= t.text.length) edit = { start: at, end: at, newText: (/[\r\n]$/.test(t.text) || t.text === '' ? '' : nl) + '}' + nl };
    else if (lineStartOf(t.text, at) + indentAt(t.text, at).length === at) edit = { start: lineStartOf(t.text, at), end: lineStartOf(t.text, at), newText: indentAt(t.text, at) + '}' + nl };
    else edit = { start: at, end: at, newText: '} ' };
    return [{ title: tr(i.locale, 'Insert the missing }'), preferred: true, edits: [edit] }];
  },
  // Unterminated string: close it at the end of its text.
  DEBT102: (t, d, i) => {
    const start = t.off(d.range.start), raw = t.text.slice(start, t.off(d.range.end));
    const body = raw.replace(/[ \t\u3000]+$/, '');
    if (/(^|[^\\])(\\\\)*\\$/.test(body)) return []; // ends in an escape: the quote would be escaped too
    const close = body.startsWith('“') ? '”' : '"';
    const at = start + body.length;
    return [{ title: tr(i.locale, 'Insert the closing quote {0}', close), preferred: true, edits: [{ start: at, end: at, newText: close }] }];
  },
  // Evidence declared and never used: remove it (the other remedy, referencing it, needs the lawyer).
  DEBT310: (t, d, i) => {
    const c = t.caseAt(t.off(d.range.start));
    const e = c?.evidence.find((x) => x.uri === c.uri && t.same(x.nameRange, d.range));
    if (!e) return [];
    return [{ title: tr(i.locale, 'Remove the unused evidence "{0}"', e.name), edits: [removeItem(t.text, t.off(e.range.start), t.off(e.range.end))] }];
  },
  // Dates out of order: swap the two dates the finding compares.
  DEBT209: (t, d, i) => {
    const loan = loanWith(t, d, (l) => l.deliveries.some((x) => t.same(x.date.range, d.range)));
    return loan?.signed ? [swap(t, i, d.range, loan.signed.range)] : [];
  },
  DEBT210: (t, d, i) => {
    const c = t.caseAt(t.off(d.range.start));
    const e = c?.events.find((x) => x.kind === 'repaid' && t.same(x.date.range, d.range));
    if (!c || !e) return [];
    const deliveries = c.loans.filter((l) => e.loans.includes(l.name)).map((l) => firstDelivery(l)).filter((x) => x && x.date.value > e.date.value);
    return deliveries.length === 1 ? [swap(t, i, d.range, deliveries[0]!.date.range)] : [];
  },
  DEBT211: (t, d, i) => {
    const loan = loanWith(t, d, (l) => !!l.due && t.same(l.due.range, d.range) && l.due.value !== 'on-demand');
    const first = loan && firstDelivery(loan);
    return first ? [swap(t, i, d.range, first.date.range)] : [];
  },
  // No court: a line for it, with a placeholder the lawyer replaces (a bare `法院` would swallow the next word).
  DEBT601: (t, d, i) => {
    const c = t.caseAt(t.off(d.range.start));
    const edit = c && t.insertInCase(c, `${t.kw('Court')} "${tr(i.locale, '(court name)')}"`);
    return edit ? [{ title: tr(i.locale, 'Add a court line'), edits: [edit] }] : [];
  },
  // No filing date: today's, after the court line when there is one.
  DEBT608: (t, d, i) => {
    const c = t.caseAt(t.off(d.range.start));
    if (!c) return [];
    const line = `${t.kw('Filing')} ${i.today}`;
    const edit = c.court ? t.insertInCase(c, line, t.off(c.court.range.end)) : t.insertInCase(c, line);
    return edit ? [{ title: tr(i.locale, 'Add filing {0} (today)', i.today), edits: [edit] }] : [];
  },
  // A guarantor left out of the claims: claim the guarantee (with the default claims when the case has none written).
  DEBT606: (t, d, i) => {
    const c = t.caseAt(t.off(d.range.start));
    if (!c) return [];
    const name = t.text.slice(t.off(d.range.start), t.off(d.range.end));
    const line = `${t.kw('ClaimKw')} ${t.kw('Guarantee')} ${name}`;
    const lastClaim = c.claims.filter((x) => !x.implicit && x.uri === c.uri).pop();
    const edit = lastClaim ? t.insertInCase(c, line, t.off(lastClaim.range.end)) : closeInsert(t, c, [...defaultClaimLines(t), line].join('\n'));
    return edit ? [{ title: tr(i.locale, 'Add the claim: guarantee {0}', name), edits: [edit] }] : [];
  },
  // A claim with nothing to rest on: remove it.
  DEBT604: (t, d, i) => removeClaim(t, i, (x) => t.same(x.range, d.range)),
  DEBT605: (t, d, i) => removeClaim(t, i, (x) => x.kind === 'guarantee' && t.same(x.party.range, d.range)),
  // A repayment in a case of several loans: name the loan (one fix per loan).
  DEBT218: (t, d, i) => {
    const c = t.caseAt(t.off(d.range.start));
    const e = c?.events.find((x) => x.kind === 'repaid' && t.same(x.date.range, d.range));
    if (!c || !e || e.kind !== 'repaid') return [];
    const at = t.off(e.amount.range.end);
    return c.loans.map((l) => ({ title: tr(i.locale, 'Name the loan "{0}"', l.name),
      edits: [{ start: at, end: at, newText: ` ${t.kw('LoanKw')} ${nameText(l.name)}` }] }));
  },
  // A loan without lender / borrower: one fix per plaintiff / defendant of the case.
  DEBT206: (t, d, i) => loanParty(t, d, i, 'plaintiff', 'Lender'),
  DEBT207: (t, d, i) => loanParty(t, d, i, 'defendant', 'Borrower'),
};

/** The lines before the case's `}`, after a blank line. */
export function closeInsert(t: FixText, c: Case, lines: string): OffsetEdit | undefined {
  const close = t.closeBrace(c);
  if (close === undefined) return undefined;
  const nl = lineEnding(t.text);
  const { indent } = t.firstItem(c);
  const body = lines.split('\n').map((l) => indent + l + nl).join('');
  const ls = lineStartOf(t.text, close);
  if (indentAt(t.text, close).length !== close - ls) return { start: close, end: close, newText: nl + body };
  const prevLine = t.text.slice(lineStartOf(t.text, Math.max(0, ls - 1)), ls);
  return { start: ls, end: ls, newText: (/^[ \t\u3000]*[\r\n]*$/.test(prevLine) ? '' : nl) + body };
}

function loanWith(t: FixText, d: DebtDiagnostic, test: (l: Loan) => boolean): Loan | undefined {
  return t.caseAt(t.off(d.range.start))?.loans.find(test);
}

function firstDelivery(l: Loan) {
  return l.deliveries.reduce<Loan['deliveries'][number] | undefined>((m, x) => (!m || x.date.value < m.date.value ? x : m), undefined);
}

function swap(t: FixText, i: FixInput, a: Range, b: Range): Fix {
  const [as, ae, bs, be] = [t.off(a.start), t.off(a.end), t.off(b.start), t.off(b.end)];
  const ta = t.text.slice(as, ae), tb = t.text.slice(bs, be);
  return { title: tr(i.locale, 'Swap the two dates ({0} ↔ {1})', ta, tb),
    edits: [{ start: as, end: ae, newText: tb }, { start: bs, end: be, newText: ta }] };
}

function removeClaim(t: FixText, i: FixInput, test: (c: Claim) => boolean): Fix[] {
  for (const c of t.analysis.model.cases) {
    const claim = c.claims.find((x) => !x.implicit && x.uri === c.uri && test(x));
    if (claim) return [{ title: tr(i.locale, 'Remove this claim'), edits: [removeItem(t.text, t.off(claim.range.start), t.off(claim.range.end))] }];
  }
  return [];
}

function loanParty(t: FixText, d: DebtDiagnostic, i: FixInput, role: 'plaintiff' | 'defendant', concept: 'Lender' | 'Borrower'): Fix[] {
  const c = t.caseAt(t.off(d.range.start));
  const loan = c?.loans.find((l) => t.same(l.nameRange, d.range));
  if (!c || !loan) return [];
  const brace = /[{｛]/.exec(t.text.slice(t.off(loan.nameRange.end)));
  if (!brace) return [];
  const at = t.off(loan.nameRange.end) + brace.index + 1;
  const indent = indentAt(t.text, t.off(loan.range.start)) + '  ';
  const parties = c.parties.filter((p) => p.role === role);
  return parties.map((p) => ({
    title: concept === 'Lender' ? tr(i.locale, 'Add lender "{0}"', p.name) : tr(i.locale, 'Add borrower "{0}"', p.name),
    preferred: parties.length === 1,
    edits: [insertLineAfter(t.text, at, `${t.kw(concept)} ${nameText(p.name)}`, indent)],
  }));
}

/** What an evidence item referenced at `at` proves, from the fact that references it (for its 证明 line). */
function provesText(t: FixText, c: Case, at: Range): string {
  const has = (refs: { range: Range }[]) => refs.some((r) => t.same(r.range, at));
  for (const l of c.loans) {
    if (has(l.proofs) || has(l.signedProofs)) return `双方就“${l.name}”的借贷合意`;
    const d = l.deliveries.find((x) => has(x.proofs));
    if (d) return `出借人已于${formatChineseDate(d.date.value)}交付借款${yuan(d.amount.value)}`;
  }
  const e = c.events.find((x) => has(x.proofs));
  if (e?.kind === 'repaid') return `借款人于${formatChineseDate(e.date.value)}还款${yuan(e.amount.value)}`;
  if (e?.kind === 'demanded') return `出借人于${formatChineseDate(e.date.value)}催收`;
  if (e?.kind === 'acknowledged') return `债务人于${formatChineseDate(e.date.value)}确认债务`;
  return '待补充';
}


/** `at`, or, when only blanks and a comment follow it to the end of its line, where the next text starts (or the file ends). */
function nextItemStart(text: string, at: number): number {
  for (let i = at; ;) {
    let j = i;
    while (j < text.length && ' \t\u3000\r'.includes(text[j])) j++;
    if (text.startsWith('//', j)) { const nl = text.indexOf('\n', j); j = nl < 0 ? text.length : nl; }
    if (j >= text.length) return text.length;
    if (text[j] !== '\n') return i === at ? at : j;
    i = j + 1;
  }
}
