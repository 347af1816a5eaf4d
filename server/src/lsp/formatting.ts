/** Document and range formatting: the canonical layout of core/format, as minimal edits (only whitespace changes). */
import { CancellationToken, ResponseError, TextEdit } from 'vscode-languageserver/node';
import { formatEditSteps } from '../core/format/format';
import { LineIndex, Range } from '../core/text/range';
import { Feature } from './context';
import { finish, finishInSlices, mapSteps, Steps, versionChanged } from './steps';

/** The edits for the whole text, or for the items the range overlaps. Never throws: a failure formats nothing. */
export function formattingEdits(text: string, range?: Range): TextEdit[] {
  try { return finish(formattingEditSteps(text, range)); } catch { return []; }
}

/**
 * formattingEdits, pausing every few hundred atoms (steps.ts): over a 130,000-party file the formatter takes about a
 * second, and the request can be cancelled, or find its document changed, in between. Throws what the formatter throws.
 */
export function* formattingEditSteps(text: string, range?: Range): Steps<TextEdit[]> {
  const idx = new LineIndex(text);
  const edits = yield* formatEditSteps(text, range && { start: idx.offset(range.start), end: idx.offset(range.end) });
  return yield* mapSteps(edits, (e) => {
    // No position lies between \r and \n: an edit starting or ending there takes in the \r or the \n and writes it
    // back, so the result is the same text (fuzzing found such ranges on files with mixed line ends).
    let { start, end, newText } = e;
    if (start > 0 && text.charCodeAt(start - 1) === 13 && text.charCodeAt(start) === 10) { start--; newText = '\r' + newText; }
    if (end > 0 && end < text.length && text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10) { end++; newText += '\n'; }
    return { range: idx.range(start, end), newText };
  });
}

export const formattingFeature: Feature = {
  capabilities: { documentFormattingProvider: true, documentRangeFormattingProvider: true },
  register(ctx) {
    /** The edits in slices: RequestCancelled when cancelled, ContentModified when the document changed meanwhile. */
    const edits = async (uri: string, token: CancellationToken, range?: Range): Promise<TextEdit[]> => {
      const text = ctx.text(uri);
      if (text === undefined) return [];
      try {
        return await finishInSlices(formattingEditSteps(text, range), token, versionChanged(ctx, uri));
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        return []; // a failure formats nothing
      }
    };
    ctx.connection.onDocumentFormatting((p, token) => edits(p.textDocument.uri, token));
    ctx.connection.onDocumentRangeFormatting((p, token) => edits(p.textDocument.uri, token, p.range));
  },
};
