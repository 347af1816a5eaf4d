/**
 * Rename a party, agent, loan, evidence item or case everywhere it is written, across the files that `引用` the
 * declaring file. Refused: a place that is not a name (a keyword, a date, an amount), a new name that is a keyword
 * spelling or cannot be a name (spec §2; 、 and , separate references), or one that another name of the same kind
 * already has where the renamed one is visible. A new name that is not a bare name is written quoted.
 */
import { ErrorCodes, Position, Range, ResponseError, TextEdit, WorkspaceEdit } from 'vscode-languageserver/node';
import { Locale } from '../core/diagnostics/types';
import { pushAll } from '../core/lists';
import { keywordOf } from '../core/syntax/tokens';
import { plainRange } from '../core/text/range';
import { Feature } from './context';
import { indexNames, indexNameSteps, NameKind, nameText, NameOccurrence, occurrenceAt, occurrenceSteps, Workspace } from './names';
import { finish, finishInSlices, Steps, versionChanged } from './steps';
import { t } from './l10n';
import { workspaceOf } from './references';
import { titleCommentEdits } from './title-comment';

type Refusal = { error: string };

const kindName = (L: Locale): Record<NameKind, string> => ({
  party: t(L, 'party'), agent: t(L, 'agent'), loan: t(L, 'loan'), evidence: t(L, 'evidence item'), case: t(L, 'case'),
  asset: t(L, 'asset'),
});

export function prepareRenameAt(ws: Workspace, uri: string, p: Position, locale: Locale): { range: Range; placeholder: string } | Refusal {
  const a = ws.analysis(uri);
  const occ = a && occurrenceAt(indexNames(a.model), p);
  if (!occ) return { error: t(locale, 'Only the name of a party, agent, loan, evidence item or case can be renamed.') };
  return { range: plainRange(occ.range), placeholder: occ.name };
}

export function renameAt(ws: Workspace, uri: string, p: Position, newNameRaw: string, locale: Locale): WorkspaceEdit | Refusal {
  return finish(renameSteps(ws, uri, p, newNameRaw, locale));
}

/** renameAt, pausing now and then (steps.ts). */
export function* renameSteps(ws: Workspace, uri: string, p: Position, newNameRaw: string, locale: Locale): Steps<WorkspaceEdit | Refusal> {
  const a = ws.analysis(uri);
  const occ = a && occurrenceAt(yield* indexNameSteps(a.model), p);
  if (!occ) return prepareRenameAt(ws, uri, p, locale) as Refusal;
  const newName = newNameRaw.trim();
  if (!newName || /[\r\n、,，]/.test(newName)) {
    return { error: t(locale, '"{0}" cannot be a name: it must not be empty, span lines, or contain 、 or , (they separate names).', newName) };
  }
  if (keywordOf(newName)) {
    return { error: t(locale, '"{0}" is a keyword; choose another name.', newName) };
  }
  const all = yield* occurrenceSteps(ws, occ, uri);
  const clash = clashIn(ws, all, occ, newName);
  if (clash) {
    return { error: t(locale, 'A {0} named "{1}" already exists ({2}); the names would be confused.', kindName(locale)[occ.kind], newName, clash) };
  }
  const changes: Record<string, TextEdit[]> = {};
  const text = nameText(newName);
  for (const o of all) (changes[o.uri] ??= []).push({ range: plainRange(o.occurrence.range), newText: text });
  // A case renamed: the comment above it that repeats its title follows, in the same edit (one undo step).
  if (occ.kind === 'case' && newName !== occ.name) {
    for (const o of all) if (o.occurrence.declaration) pushAll(changes[o.uri] ??= [], titleCommentEdits(ws, o.uri, o.occurrence.caseIndex, newName));
  }
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
      ? { party: c.parties, agent: c.agents, loan: c.loans, evidence: c.evidence, case: [], asset: c.assets ?? [] }[occ.kind].map((x) => x.name)
      : { party: model.parties, agent: model.agents, loan: [], evidence: [], case: model.cases, asset: [] }[occ.kind].map((x) => x.name);
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
    ctx.connection.onRenameRequest(async (params, token) => {
      try {
        const steps = renameSteps(workspaceOf(ctx), params.textDocument.uri, params.position, params.newName, ctx.locale());
        const r = await finishInSlices(steps, token, versionChanged(ctx, params.textDocument.uri));
        return 'error' in r ? new ResponseError(ErrorCodes.InvalidRequest, r.error) : r;
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        return null;
      }
    });
  },
};
