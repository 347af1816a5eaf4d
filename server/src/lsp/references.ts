/** Find all references: every occurrence of the name's declaration, in this file and the files that `引用` it. */
import { Location, Position } from 'vscode-languageserver/node';
import { plainRange } from '../core/text/range';
import { Feature } from './context';
import { indexNames, occurrenceAt, occurrencesOf, Workspace } from './names';

export function referencesAt(ws: Workspace, uri: string, p: Position, includeDeclaration: boolean): Location[] {
  const a = ws.analysis(uri);
  if (!a) return [];
  const occ = occurrenceAt(indexNames(a.model), p);
  if (!occ) return [];
  return occurrencesOf(ws, occ, uri)
    .filter((o) => includeDeclaration || !o.occurrence.declaration)
    .map((o) => ({ uri: o.uri, range: plainRange(o.occurrence.range) }));
}

export function workspaceOf(ctx: { workspaceUris(): string[]; text(u: string): string | undefined; analysis(u: string): ReturnType<Workspace['analysis']> }): Workspace {
  return { uris: () => ctx.workspaceUris(), text: (u) => ctx.text(u), analysis: (u) => ctx.analysis(u) };
}

export const referencesFeature: Feature = {
  capabilities: { referencesProvider: true },
  register(ctx) {
    ctx.connection.onReferences((params) => {
      try {
        return referencesAt(workspaceOf(ctx), params.textDocument.uri, params.position, params.context?.includeDeclaration ?? true);
      } catch { return []; }
    });
  },
};
