/** Go to definition: a name → its declaration (also in a `引用` file); an `引用 "path"` string → that file. */
import { Location, Position } from 'vscode-languageserver/node';
import { Analysis } from '../core/analyze';
import { plainRange } from '../core/text/range';
import { Feature } from './context';
import { indexNames, occurrenceAt, useAt } from './names';

export function definitionAt(a: Analysis, p: Position): Location[] {
  const index = indexNames(a.model);
  const use = useAt(index, p);
  if (use?.target) return [{ uri: use.target, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }];
  const occ = occurrenceAt(index, p);
  return occ?.target ? [{ uri: occ.target.uri, range: plainRange(occ.target.range) }] : [];
}

export const definitionFeature: Feature = {
  capabilities: { definitionProvider: true },
  register(ctx) {
    ctx.connection.onDefinition((params) => {
      try {
        const a = ctx.analysis(params.textDocument.uri);
        return a ? definitionAt(a, params.position) : [];
      } catch { return []; }
    });
  },
};
