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
    return edits.map((e) => {
      // No position lies between \r and \n: an edit starting or ending there takes in the \r or the \n and writes it
      // back, so the result is the same text (fuzzing found such ranges on files with mixed line ends).
      let { start, end, newText } = e;
      if (start > 0 && text.charCodeAt(start - 1) === 13 && text.charCodeAt(start) === 10) { start--; newText = '\r' + newText; }
      if (end > 0 && end < text.length && text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10) { end++; newText += '\n'; }
      return { range: idx.range(start, end), newText };
    });
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
