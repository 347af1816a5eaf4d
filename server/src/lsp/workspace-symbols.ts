/**
 * Workspace symbols: every case, party, agent, loan and evidence item declared in the workspace's `.debt` files,
 * matched by substring or by pinyin initials (`zs` finds 张三, `hzsm` 杭州某某商贸有限公司).
 */
import { SymbolInformation, SymbolKind } from 'vscode-languageserver/node';
import { plainRange } from '../core/text/range';
import { Feature } from './context';
import { pinyinKeys } from './completion/keywords';
import { indexNames, NameKind, Workspace } from './names';
import { workspaceOf } from './references';

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
  const out: SymbolInformation[] = [];
  for (const uri of ws.uris()) {
    const a = ws.analysis(uri);
    if (!a) continue;
    for (const o of indexNames(a.model).occurrences) {
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
    ctx.connection.onWorkspaceSymbol((params) => {
      try { return workspaceSymbols(workspaceOf(ctx), params.query); } catch { return []; }
    });
  },
};
