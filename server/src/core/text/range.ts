/** Positions follow LSP: 0-based line, 0-based character in UTF-16 code units. */
export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export function range(sl: number, sc: number, el: number, ec: number): Range {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

/**
 * Where a piece of text stands in its document: the document's line index and the offset the piece starts at. A
 * LineIndex is the frame of a whole document (base 0). The language server keeps each top-level item of a file
 * between edits (syntax/chunks.ts) with its own frame; when the item moves, its frame moves, and every range in it.
 */
export interface Frame { readonly index: LineIndex; readonly base: number }

/** A frame that moves: the one of a top-level item kept between edits. */
export class MovableFrame implements Frame {
  constructor(public index: LineIndex, public base: number) {}
}

/**
 * A range kept as offsets in a frame, its LSP positions worked out when read. The case model holds tens of
 * thousands of ranges and reads few of them (those of diagnostics, hover, navigation), so it keeps these — one
 * object instead of three, no line lookup — as Langium's syntax nodes do. `plainRange` turns one into a plain LSP
 * range; JSON serialises it as one.
 */
export class OffsetRange implements Range {
  constructor(private readonly frame: Frame, private readonly from: number, private readonly to: number) {}
  get startOffset(): number { return this.frame.base + this.from; }
  get endOffset(): number { return this.frame.base + this.to; }
  get start(): Position { return this.frame.index.position(this.frame.base + this.from); }
  get end(): Position { return this.frame.index.position(this.frame.base + this.to); }
  toJSON(): Range { return { start: this.start, end: this.end }; }
}

/** A plain `{ start, end }` copy of any range (diagnostics leave the core as plain data). */
export function plainRange(r: Range): Range {
  return r instanceof OffsetRange ? { start: r.start, end: r.end } : r;
}

/** Maps string offsets to LSP positions; built once per document. */
export class LineIndex implements Frame {
  private readonly starts: number[] = [0];
  get index(): LineIndex { return this; }
  readonly base = 0;
  constructor(readonly text: string) {
    if (text.indexOf('\r') < 0) {
      // Only \n line ends (the usual case): let indexOf find them, much faster than a loop over every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }
  get lineCount(): number { return this.starts.length; }
  /** The line of the previous lookup: callers mostly move forward through the text, so try it first. */
  private hint = 0;

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const h = this.hint, starts = this.starts;
    if (starts[h] <= o && (h + 1 >= starts.length || starts[h + 1] > o)) return { line: h, character: o - starts[h] };
    if (h + 1 < starts.length && starts[h + 1] <= o && (h + 2 >= starts.length || starts[h + 2] > o)) {
      this.hint = h + 1;
      return { line: h + 1, character: o - starts[h + 1] };
    }
    let lo = 0, hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid; else hi = mid - 1;
    }
    this.hint = lo;
    return { line: lo, character: o - this.starts[lo] };
  }
  offset(p: Position): number {
    const line = Math.max(0, Math.min(p.line, this.starts.length - 1));
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    return Math.min(this.starts[line] + Math.max(0, p.character), next);
  }
  range(startOffset: number, endOffset: number): Range {
    return { start: this.position(startOffset), end: this.position(endOffset) };
  }
  /** The same range, its positions worked out only when read (see OffsetRange). */
  offsetRange(startOffset: number, endOffset: number): OffsetRange {
    return new OffsetRange(this, startOffset, endOffset);
  }
  /** The end of the document, for diagnostics about something missing at EOF. */
  end(): Position { return this.position(this.text.length); }
}

export function containsPosition(r: Range, p: Position): boolean {
  const afterStart = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const beforeEnd = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return afterStart && beforeEnd;
}
