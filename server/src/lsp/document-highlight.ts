/** Document highlight: the declaration of the name under the cursor (Write) and its references in this file (Read). */
import { DocumentHighlight, DocumentHighlightKind, Position } from 'vscode-languageserver/node';
import { Analysis } from '../core/analyze';
import { plainRange } from '../core/text/range';
import { Feature } from './context';
import { indexNames, occurrenceAt } from './names';

export function highlightsAt(a: Analysis, p: Position): DocumentHighlight[] {
  const index = indexNames(a.model);
  const occ = occurrenceAt(index, p);
  if (!occ) return [];
  return index.occurrences.filter((o) => o.key === occ.key).map((o) => ({
    range: plainRange(o.range), kind: o.declaration ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

export const documentHighlightFeature: Feature = {
  capabilities: { documentHighlightProvider: true },
  register(ctx) {
    ctx.connection.onDocumentHighlight((params) => {
      try {
        const a = ctx.analysis(params.textDocument.uri);
        return a ? highlightsAt(a, params.position) : [];
      } catch { return []; }
    });
  },
};
