/**
 * Code lenses on each case's name line: 预览起诉状 · 生成起诉状 (the complaint commands) · 生成文书 (any kind) · 本息合计 ¥… (the report's
 * claimAmount; opens the report read-only — a lens writes no file, issue 19) · 时效届满 YYYY-MM-DD or 已届满 (the earliest end among the case's loans; a label).
 */
import { CodeLens } from 'vscode-languageserver/node';
import { Analysis } from '../core/analyze';
import { Locale } from '../core/diagnostics/types';
import { CaseReport } from '../core/law/analyze-law';
import { IsoDate } from '../core/text/dates';
import { LineIndex } from '../core/text/range';
import { Feature } from './context';
import { money } from './hover';
import { t } from './l10n';
import { lineIndexOf, offsetsOf } from './locate';
import { sendsOften } from './wire';
import { Case } from '../core/model/types';
import { pushAll } from '../core/lists';

/** The earliest limitation end among a case's loans, and whether any loan's period has lapsed on the as-of date. */
export function earliestLimitation(r: CaseReport): { end?: IsoDate; lapsed: boolean } {
  let end: IsoDate | undefined;
  let lapsed = false;
  for (const l of r.loans) {
    if (l.limitation.status === 'lapsed') lapsed = true;
    if (l.limitation.end && (!end || l.limitation.end < end)) end = l.limitation.end;
  }
  return { end, lapsed };
}

/**
 * The lenses of each case, kept on the case while it, its report (kept by the law cache for an unchanged case) and
 * its line are unchanged; marked for the wire, which then sends their kept bytes (wire.ts).
 */
const keptLenses = new WeakMap<Case, { report: CaseReport | undefined; locale: Locale; uri: string; line: number; lenses: CodeLens[] }>();

export function codeLenses(analysis: Analysis, index: LineIndex, L: Locale): CodeLens[] {
  const out: CodeLens[] = [];
  analysis.model.cases.forEach((c, i) => {
    const r = analysis.cases[i];
    const line = c.nameRange.start.line, k = keptLenses.get(c);
    if (k && k.report === r && k.locale === L && k.uri === analysis.uri && k.line === line) { pushAll(out, k.lenses); return; }
    const lenses = caseLenses(analysis.uri, c, r, index, L).map(sendsOften);
    keptLenses.set(c, { report: r, locale: L, uri: analysis.uri, line, lenses });
    pushAll(out, lenses);
  });
  return out;
}

function caseLenses(uri: string, c: Case, r: CaseReport | undefined, index: LineIndex, L: Locale): CodeLens[] {
  const out: CodeLens[] = [];
  const o = offsetsOf(c.nameRange, index);
  const range = index.range(o.start, o.end);
  const args = [uri, c.name];
  if (r?.side === 'debtor' && r.sideExplicit) {
    // A debtor's lawyer (spec §8.4): the 答辩状 where a creditor's lawyer has the complaint.
    out.push({ range, command: { title: t(L, 'Preview defence'), command: 'debt.openPreview', arguments: [...args, 'element', 'defence'] } });
    out.push({ range, command: { title: t(L, 'Generate defence'), command: 'debt.generateDocument', arguments: [...args, { kind: 'defence' }] } });
  } else {
    out.push({ range, command: { title: t(L, 'Preview complaint'), command: 'debt.openPreview', arguments: args } });
    out.push({ range, command: { title: t(L, 'Generate complaint'), command: 'debt.generateComplaint', arguments: args } });
  }
  // Any kind (催款函/律师函, 支付令申请书, …): the client asks which with a picker.
  out.push({ range, command: { title: t(L, 'Generate document'), command: 'debt.generateDocument', arguments: args } });
  if (!r) return out;
  out.push({ range, command: { title: t(L, 'Claim ¥{0}', money(r.claimAmount).replace(/元$/, '')), command: 'debt.showReport', arguments: [uri] } });
  const lim = earliestLimitation(r);
  // A label, not an action: an empty command id makes the lens plain text in VS Code.
  if (lim.lapsed) out.push({ range, command: { title: t(L, 'Limitation lapsed'), command: '' } });
  else if (lim.end) out.push({ range, command: { title: `${t(L, { message: 'Limitation ends', comment: 'code lens: before the date' })} ${lim.end}`, command: '' } });
  return out;
}

export const codeLensFeature: Feature = {
  capabilities: { codeLensProvider: { resolveProvider: false } },
  register(ctx) {
    ctx.connection.onCodeLens((params): CodeLens[] => {
      try {
        const uri = params.textDocument.uri;
        const analysis = ctx.analysis(uri), text = ctx.text(uri);
        if (!analysis || text === undefined) return [];
        return codeLenses(analysis, lineIndexOf(analysis, text), ctx.locale());
      } catch (e) {
        ctx.connection.console.error(`debt: code lens failed: ${(e as Error).stack ?? e}`);
        return [];
      }
    });
  },
};
