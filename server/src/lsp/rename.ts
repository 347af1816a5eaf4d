/**
 * Rename a party, agent, loan, evidence item or case everywhere it is written, across the files that `引用` the
 * declaring file. Refused: a place that is not a name (a keyword, a date, an amount), a new name that is a keyword
 * spelling or cannot be a name (spec §2; 、 and , separate references), or one that another name of the same kind
 * already has where the renamed one is visible. A new name that is not a bare name is written quoted.
 */
import { ErrorCodes, Position, Range, ResponseError, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { Locale } from '../core/diagnostics/types';
import { keywordOf } from '../core/syntax/tokens';
import { plainRange } from '../core/text/range';
import { Feature } from './context';
import { indexNames, NameKind, nameText, NameOccurrence, occurrenceAt, occurrencesOf, Workspace } from './names';
import { workspaceOf } from './references';

type Refusal = { error: string };

const WHAT: Record<NameKind, [string, string]> = {
  party: ['当事人', 'party'], agent: ['代理人', 'agent'], loan: ['借款', 'loan'], evidence: ['证据', 'evidence item'], case: ['案件', 'case'],
};

export function prepareRenameAt(ws: Workspace, uri: string, p: Position, locale: Locale): { range: Range; placeholder: string } | Refusal {
  const a = ws.analysis(uri);
  const occ = a && occurrenceAt(indexNames(a.model), p);
  if (!occ) return { error: locale === 'zh' ? '此处不是可重命名的名称（当事人、代理人、借款、证据或案件的名称）。' : 'Only the name of a party, agent, loan, evidence item or case can be renamed.' };
  return { range: plainRange(occ.range), placeholder: occ.name };
}

export function renameAt(ws: Workspace, uri: string, p: Position, newNameRaw: string, locale: Locale): WorkspaceEdit | Refusal {
  const zh = locale === 'zh';
  const a = ws.analysis(uri);
  const occ = a && occurrenceAt(indexNames(a.model), p);
  if (!occ) return prepareRenameAt(ws, uri, p, locale) as Refusal;
  const newName = newNameRaw.trim();
  if (!newName || /[\r\n、,，]/.test(newName)) {
    return { error: zh ? `“${newName}”不能作为名称：名称不能为空，不能换行，也不能含有“、”或“,”（它们用于分隔多个名称）。` : `"${newName}" cannot be a name: it must not be empty, span lines, or contain 、 or , (they separate names).` };
  }
  if (keywordOf(newName)) {
    return { error: zh ? `“${newName}”是关键字，不能作为名称，请另取一个名称。` : `"${newName}" is a keyword; choose another name.` };
  }
  const all = occurrencesOf(ws, occ, uri);
  const clash = clashIn(ws, all, occ, newName);
  if (clash) {
    const [zhWhat, enWhat] = WHAT[occ.kind];
    return { error: zh ? `已有名为“${newName}”的${zhWhat}（${clash}），重命名后将无法区分。` : `A ${enWhat} named "${newName}" already exists (${clash}); the names would be confused.` };
  }
  const changes: Record<string, TextEdit[]> = {};
  const text = nameText(newName);
  for (const o of all) (changes[o.uri] ??= []).push({ range: plainRange(o.occurrence.range), newText: text });
  return { changes };
}

/** Where another name of the same kind is already `newName`, in a scope the renamed name is visible in. */
function clashIn(ws: Workspace, all: { uri: string; occurrence: NameOccurrence }[], occ: NameOccurrence, newName: string): string | undefined {
  if (newName === occ.name) return undefined;
  const seen = new Set<string>();
  for (const { uri, occurrence } of all) {
    const scope = `${uri}#${occurrence.caseIndex}`;
    if (seen.has(scope)) continue;
    seen.add(scope);
    const model = ws.analysis(uri)?.model;
    if (!model) continue;
    const c = occurrence.caseIndex >= 0 && occ.kind !== 'case' ? model.cases[occurrence.caseIndex] : undefined;
    const names: string[] = c
      ? { party: c.parties, agent: c.agents, loan: c.loans, evidence: c.evidence, case: [] }[occ.kind].map((x) => x.name)
      : { party: model.parties, agent: model.agents, loan: [], evidence: [], case: model.cases }[occ.kind].map((x) => x.name);
    if (names.includes(newName)) return c ? c.name : uri.slice(uri.lastIndexOf('/') + 1);
  }
  return undefined;
}

export const renameFeature: Feature = {
  capabilities: { renameProvider: { prepareProvider: true } },
  register(ctx) {
    ctx.connection.onPrepareRename((params) => {
      try {
        const r = prepareRenameAt(workspaceOf(ctx), params.textDocument.uri, params.position, ctx.locale());
        return 'error' in r ? new ResponseError(ErrorCodes.InvalidRequest, r.error) : r;
      } catch { return null; }
    });
    ctx.connection.onRenameRequest((params) => {
      try {
        const r = renameAt(workspaceOf(ctx), params.textDocument.uri, params.position, params.newName, ctx.locale());
        return 'error' in r ? new ResponseError(ErrorCodes.InvalidRequest, r.error) : r;
      } catch { return null; }
    });
  },
};
