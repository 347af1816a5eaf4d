/** Find all references: every occurrence of the name's declaration, in this file and the files that `引用` it. */
import { Location, Position, ResponseError } from 'vscode-languageserver/node';
import { plainRange } from '../core/text/range';
import { Feature } from './context';
import { indexNameSteps, occurrenceAt, occurrenceSteps, Workspace } from './names';
import { finish, finishInSlices, mapSteps, Steps, versionChanged } from './steps';

export function referencesAt(ws: Workspace, uri: string, p: Position, includeDeclaration: boolean): Location[] {
  return finish(referenceSteps(ws, uri, p, includeDeclaration));
}

/** referencesAt, pausing now and then (steps.ts). */
export function* referenceSteps(ws: Workspace, uri: string, p: Position, includeDeclaration: boolean): Steps<Location[]> {
  const a = ws.analysis(uri);
  if (!a) return [];
  const occ = occurrenceAt(yield* indexNameSteps(a.model), p);
  if (!occ) return [];
  const all = (yield* occurrenceSteps(ws, occ, uri)).filter((o) => includeDeclaration || !o.occurrence.declaration);
  return yield* mapSteps(all, (o) => ({ uri: o.uri, range: plainRange(o.occurrence.range) }));
}

export function workspaceOf(ctx: { workspaceUris(): string[]; text(u: string): string | undefined; analysis(u: string): ReturnType<Workspace['analysis']> }): Workspace {
  return { uris: () => ctx.workspaceUris(), text: (u) => ctx.text(u), analysis: (u) => ctx.analysis(u) };
}

export const referencesFeature: Feature = {
  capabilities: { referencesProvider: true },
  register(ctx) {
    ctx.connection.onReferences(async (params, token) => {
      try {
        const steps = referenceSteps(workspaceOf(ctx), params.textDocument.uri, params.position, params.context?.includeDeclaration ?? true);
        return await finishInSlices(steps, token, versionChanged(ctx, params.textDocument.uri));
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        return [];
      }
    });
  },
};
