/**
 * Workspace symbols: every case, party, agent, loan and evidence item declared in the workspace's `.debt` files,
 * matched by substring or by pinyin initials (`zs` finds 张三, `hzsm` 杭州某某商贸有限公司).
 */
import { ResponseError, SymbolInformation, SymbolKind } from 'vscode-languageserver/node';
import { plainRange } from '../core/text/range';
import { Feature } from './context';
import { pinyinKeys } from './completion/keywords';
import { indexNameSteps, NameKind, Workspace } from './names';
import { workspaceOf } from './references';
import { anyVersionChanged, finish, finishInSlices, ITEMS_PER_PAUSE, Steps } from './steps';

const KIND: Record<NameKind, SymbolKind> = {
  case: SymbolKind.Namespace, party: SymbolKind.Object, agent: SymbolKind.Interface, loan: SymbolKind.Struct, evidence: SymbolKind.File,
  asset: SymbolKind.Property,
};
const MAX_RESULTS = 1000;

/** Whether `name` matches the query: as a substring (any case), or its pinyin initials / full pinyin contain it. */
export function matchesQuery(name: string, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  if (name.toLowerCase().includes(q)) return true;
  if (!/^[a-z]+$/.test(q) || !/[^\x00-\x7f]/.test(name)) return false;
  const [initials, full] = pinyinKeys(name).split(' ');
  return initials.includes(q) || full.includes(q);
}

export function workspaceSymbols(ws: Workspace, query: string): SymbolInformation[] {
  return finish(workspaceSymbolSteps(ws, query));
}

/**
 * workspaceSymbols, pausing after each file and every few hundred names (steps.ts): a query that matches little
 * reads the pinyin of every name (130,000 parties: most of a second), and can be cancelled meanwhile.
 */
export function* workspaceSymbolSteps(ws: Workspace, query: string): Steps<SymbolInformation[]> {
  const out: SymbolInformation[] = [];
  for (const uri of ws.uris()) {
    const a = ws.analysis(uri);
    yield;
    if (!a) continue;
    let count = 0;
    for (const o of (yield* indexNameSteps(a.model)).occurrences) {
      if (++count % ITEMS_PER_PAUSE === 0) yield;
      if (!o.declaration || !o.name || !matchesQuery(o.name, query)) continue;
      const container = o.kind !== 'case' && o.caseIndex >= 0 ? a.model.cases[o.caseIndex]?.name : undefined;
      out.push({ name: o.name, kind: KIND[o.kind], location: { uri, range: plainRange(o.range) }, ...(container ? { containerName: container } : {}) });
      if (out.length >= MAX_RESULTS) return out;
    }
  }
  return out;
}

export const workspaceSymbolsFeature: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register(ctx) {
    // Over the workspace: ContentModified when any open document changed while it ran.
    ctx.connection.onWorkspaceSymbol(async (params, token) => {
      try {
        return await finishInSlices(workspaceSymbolSteps(workspaceOf(ctx), params.query), token, anyVersionChanged(ctx));
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        return [];
      }
    });
  },
};
