/** Folding: blocks `{…}` over several lines, runs of line comments, block comments over several lines. */
import { FoldingRange, FoldingRangeKind, ResponseError } from 'vscode-languageserver/node';
import { LineIndex } from '../core/text/range';
import { Feature } from './context';
import { scanTextSteps } from './completion/scan';
import { finish, finishInSlices, ITEMS_PER_PAUSE, Steps, versionChanged } from './steps';

export function foldingRanges(text: string): FoldingRange[] {
  return finish(foldingRangeSteps(text));
}

/** The folding ranges, pausing every few hundred blocks or comments (steps.ts): a large file's can be cancelled. */
export function* foldingRangeSteps(text: string): Steps<FoldingRange[]> {
  const idx = new LineIndex(text);
  const { comments, braces } = yield* scanTextSteps(text);
  const out: FoldingRange[] = [];
  let count = 0;
  for (const b of braces) {
    if (++count % ITEMS_PER_PAUSE === 0) yield;
    const start = idx.position(b.open).line;
    // An unclosed block folds to the end of the file; the closing brace's line stays visible.
    const end = b.close === undefined ? idx.lineCount - 1 : idx.position(b.close).line - 1;
    if (end > start) out.push({ startLine: start, endLine: end });
  }
  let run: { start: number; end: number } | undefined;
  const flush = () => { if (run && run.end > run.start) out.push({ startLine: run.start, endLine: run.end, kind: FoldingRangeKind.Comment }); run = undefined; };
  for (const c of comments) {
    if (++count % ITEMS_PER_PAUSE === 0) yield;
    const s = idx.position(c.start).line, e = idx.position(c.end).line;
    if (c.block) { flush(); if (e > s) out.push({ startLine: s, endLine: e, kind: FoldingRangeKind.Comment }); continue; }
    // A line comment continues the run when it is alone on the next line.
    const alone = /^[ \t\u3000]*$/.test(text.slice(text.lastIndexOf('\n', c.start - 1) + 1, c.start));
    if (run && alone && s === run.end + 1) run.end = s;
    else { flush(); if (alone) run = { start: s, end: s }; }
  }
  flush();
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

export const foldingRangesFeature: Feature = {
  capabilities: { foldingRangeProvider: true },
  register(ctx) {
    ctx.connection.onFoldingRanges(async (params, token) => {
      try {
        const text = ctx.text(params.textDocument.uri);
        return text === undefined ? [] : await finishInSlices(foldingRangeSteps(text), token, versionChanged(ctx, params.textDocument.uri));
      } catch (e) {
        if (e instanceof ResponseError) throw e;
        return [];
      }
    });
  },
};
