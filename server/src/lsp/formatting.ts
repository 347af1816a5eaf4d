/** Document and range formatting: the canonical layout of core/format, as minimal edits (only whitespace changes). */
import { TextEdit } from 'vscode-languageserver/node';
import { formatEdits } from '../core/format/format';
import { LineIndex, Range } from '../core/text/range';
import { Feature } from './context';

/** The edits for the whole text, or for the items the range overlaps. Never throws: a failure formats nothing. */
export function formattingEdits(text: string, range?: Range): TextEdit[] {
  try {
    const idx = new LineIndex(text);
    const edits = formatEdits(text, range && { start: idx.offset(range.start), end: idx.offset(range.end) });
    return edits.map((e) => ({ range: idx.range(e.start, e.end), newText: e.newText }));
  } catch { return []; }
}

export const formattingFeature: Feature = {
  capabilities: { documentFormattingProvider: true, documentRangeFormattingProvider: true },
  register(ctx) {
    ctx.connection.onDocumentFormatting((p) => {
      const text = ctx.text(p.textDocument.uri);
      return text === undefined ? [] : formattingEdits(text);
    });
    ctx.connection.onDocumentRangeFormatting((p) => {
      const text = ctx.text(p.textDocument.uri);
      return text === undefined ? [] : formattingEdits(text, p.range);
    });
  },
};
