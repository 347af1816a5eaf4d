/**
 * The outline: `引用`, parties and agents declared outside cases, and each case → its parties, agents, loans
 * (→ deliveries and instalments), events (还款/催收/确认 with their dates), evidence and claims. Read from the model;
 * amounts and dates are shown as a lawyer writes them (50,000.00元, 2023年1月10日).
 */
import { DocumentSymbol, ResponseError, SymbolKind } from 'vscode-languageserver/node';
import { Analysis } from '../core/analyze';
import { Locale } from '../core/diagnostics/types';
import { yuan } from '../core/law/money';
import { Case, Claim, Event, Loan, Party } from '../core/model/types';
import { parts } from '../core/text/dates';
import { plainRange, Range } from '../core/text/range';
import { Feature } from './context';
import { t } from './l10n';
import { sendsOften } from './wire';
import { fitSymbol } from './range-fit';
import { finish, finishInSlices, mapSteps, Steps, versionChanged } from './steps';
import { pushAll } from '../core/lists';

const zhDate = (d: string) => { const [y, m, day] = parts(d); return `${y}年${m}月${day}日`; };

function symbol(name: string, detail: string | undefined, kind: SymbolKind, range: Range, selection: Range, children?: DocumentSymbol[]): DocumentSymbol {
  return fitSymbol({ name: name || '?', ...(detail ? { detail } : {}), kind, range: plainRange(range), selectionRange: plainRange(selection), ...(children?.length ? { children } : {}) });
}

/**
 * The outline entry of each case, kept on the case: the model builder hands back the same case object while its
 * text and what it reads from outside are unchanged (core/syntax/chunks.ts), so its entry is the same until the case
 * moves to another line. Marked for the wire, which then sends its kept bytes (wire.ts).
 */
const keptCases = new WeakMap<Case, { locale: Locale; line: number; symbol: DocumentSymbol }>();

export function documentSymbols(a: Analysis, locale: Locale): DocumentSymbol[] {
  return finish(documentSymbolSteps(a, locale));
}

/** The outline, pausing every few hundred entries (steps.ts). */
export function* documentSymbolSteps(a: Analysis, locale: Locale): Steps<DocumentSymbol[]> {
  const zh = locale !== 'en';
  const m = a.model, uri = m.uri;
  const date = (d: string) => (zh ? zhDate(d) : d);
  const role: Record<string, string> = { plaintiff: t(locale, 'plaintiff'), defendant: t(locale, 'defendant'), 'third-party': t(locale, 'third party'), party: t(locale, 'party') };
  const party = (p: Party) => symbol(p.name, role[p.role], p.kind === 'person' ? SymbolKind.Object : SymbolKind.Class, p.range, p.nameRange);

  const loan = (l: Loan) => symbol(l.name, l.amount ? yuan(l.amount.value) : t(locale, 'loan'), SymbolKind.Struct, l.range, l.nameRange, [
    ...l.deliveries.map((d) => symbol(`${t(locale, 'delivered')} ${date(d.date.value)}`, yuan(d.amount.value), SymbolKind.Field, d.range, d.date.range)),
    ...l.installments.map((i) => symbol(`${t(locale, 'installment')} ${date(i.date.value)}`, yuan(i.amount.value), SymbolKind.Field, i.range, i.date.range)),
  ]);
  const eventName: Record<Event['kind'], string> = { repaid: t(locale, 'repaid'), demanded: t(locale, 'demanded'), acknowledged: t(locale, 'acknowledged') };
  const event = (e: Event) => symbol(`${eventName[e.kind]} ${date(e.date.value)}`, e.kind === 'repaid' ? yuan(e.amount.value) : e.kind === 'demanded' ? e.of.map((r) => r.name).join('、') || undefined : e.by?.name, SymbolKind.Event, e.range, e.date.range);
  const claimName: Record<Claim['kind'], string> = { principal: t(locale, 'principal'), interest: t(locale, 'interest'), penalty: t(locale, 'penalty'), fees: t(locale, { message: 'fees', comment: 'claim: 实现债权费用' }), guarantee: t(locale, 'guarantee'), costs: t(locale, 'costs'), other: t(locale, 'other') };
  const claim = (c: Claim) => symbol(`${t(locale, 'claim')} ${claimName[c.kind]}`, c.kind === 'fees' ? yuan(c.amount.value) : c.kind === 'guarantee' ? c.party.name : undefined, SymbolKind.Constant, c.range, c.range);

  const caseSymbol = (c: Case) => symbol(c.name, c.filing ? `${t(locale, 'filing')} ${date(c.filing.value)}` : undefined, SymbolKind.Namespace, c.range, c.nameRange, [
    ...c.parties.filter((p) => p.uri === uri).map(party),
    ...c.agents.filter((ag) => ag.uri === uri && contains(c.range, ag.range)).map((ag) => symbol(ag.name, t(locale, 'agent'), SymbolKind.Interface, ag.range, ag.nameRange)),
    ...c.loans.map(loan),
    ...c.events.map(event),
    ...c.evidence.map((e) => symbol(e.name, t(locale, 'evidence'), SymbolKind.File, e.range, e.nameRange)),
    ...c.claims.filter((cl) => !cl.implicit).map(claim),
  ].sort(byStart));

  const out: DocumentSymbol[] = [];
  pushAll(out, m.uses.filter((u) => u.uri === uri).map((u) => symbol(`${t(locale, 'use')} ${u.path.value}`, undefined, SymbolKind.Module, u.range, u.path.range)));
  pushAll(out, yield* mapSteps(m.parties.filter((p) => p.uri === uri), party));
  pushAll(out, yield* mapSteps(m.agents.filter((ag) => ag.uri === uri), (ag) => symbol(ag.name, t(locale, 'agent'), SymbolKind.Interface, ag.range, ag.nameRange)));
  for (const c of m.cases) {
    const line = c.range.start.line, k = keptCases.get(c);
    if (k && k.locale === locale && k.line === line) { out.push(k.symbol); continue; }
    const made = sendsOften(caseSymbol(c));
    keptCases.set(c, { locale, line, symbol: made });
    out.push(made);
    yield;
  }
  return out.sort(byStart);
}

function byStart(a: DocumentSymbol, b: DocumentSymbol): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
function contains(outer: Range, inner: Range): boolean {
  const s = outer.start, e = outer.end, p = inner.start, q = inner.end;
  return (p.line > s.line || (p.line === s.line && p.character >= s.character)) && (q.line < e.line || (q.line === e.line && q.character <= e.character));
}

export const documentSymbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: { label: 'debt' } },
  register(ctx) {
    ctx.connection.onDocumentSymbol(async (params, token) => {
      try {
        const a = ctx.analysis(params.textDocument.uri);
        return a ? await finishInSlices(documentSymbolSteps(a, ctx.locale()), token, versionChanged(ctx, params.textDocument.uri)) : [];
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        return [];
      }
    });
  },
};
