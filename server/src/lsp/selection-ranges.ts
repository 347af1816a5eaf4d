/**
 * Selection ranges (expand selection): token → field or item → the block it stands in → the item that owns the block
 * → … → case → file. Items are read from the tokens with completion's item table (completion/walk.ts).
 */
import { Position, SelectionRange } from 'vscode-languageserver/node';
import { tokenize } from '../core/syntax/lexer';
import { LineIndex } from '../core/text/range';
import { Feature } from './context';
import { Segment, Walker } from './completion/walk';

export function selectionRanges(text: string, positions: Position[]): SelectionRange[] {
  const idx = new LineIndex(text);
  const tokens = tokenize(text).tokens;
  const segments = new Walker('top', true).walk(tokens).segments;
  return positions.map((p) => {
    const o = idx.offset(p);
    const spans: [number, number][] = [];
    const t = tokenAt(tokens, o);
    if (t) spans.push(t);
    let seg = innermost(segments, o);
    while (seg) {
      spans.push([seg.start, seg.end]);
      const parent = seg.parent;
      if (parent?.block) spans.push([parent.block.open, parent.block.close === undefined ? parent.end : parent.block.close + 1]);
      seg = parent;
    }
    spans.push([0, text.length]);
    // Innermost first; each must contain the one before (an item cut short by an error may not).
    let chain: SelectionRange | undefined;
    const kept: [number, number][] = [];
    for (const s of spans) {
      const prev = kept[kept.length - 1];
      if (prev && (s[0] > prev[0] || s[1] < prev[1] || (s[0] === prev[0] && s[1] === prev[1]))) continue;
      kept.push(s);
    }
    for (let i = kept.length - 1; i >= 0; i--) chain = { range: idx.range(kept[i][0], kept[i][1]), ...(chain ? { parent: chain } : {}) };
    return chain ?? { range: { start: p, end: p } };
  });
}

function tokenAt(tokens: { startOffset: number; image: string }[], o: number): [number, number] | undefined {
  let lo = 0, hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = tokens[mid].startOffset, e = s + tokens[mid].image.length;
    if (o < s) hi = mid - 1; else if (o > e) lo = mid + 1; else return [s, e];
  }
  return undefined;
}

/** The segment with the latest start that contains `o` (segments are in text order; nested ones start later). */
function innermost(segments: Segment[], o: number): Segment | undefined {
  let found: Segment | undefined;
  for (const s of segments) {
    if (s.start > o) break;
    if (o <= s.end) found = s;
  }
  return found;
}

export const selectionRangesFeature: Feature = {
  capabilities: { selectionRangeProvider: true },
  register(ctx) {
    ctx.connection.onSelectionRanges((params) => {
      try {
        const text = ctx.text(params.textDocument.uri);
        return text === undefined ? [] : selectionRanges(text, params.positions);
      } catch { return []; }
    });
  },
};
