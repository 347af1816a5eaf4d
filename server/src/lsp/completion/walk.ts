/**
 * Walks tokens with the item table of grammar.ts: which block the walk is in, which item, and what that item still
 * expects. Completion walks the tokens up to the cursor; selection ranges keep every item as a segment.
 */
import { IToken, tokenMatcher } from 'chevrotain';
import { Comma, DateLit, K, LBrace, LprLit, NameLike, NumberLike, RateLit, RBrace, WordLit } from '../../core/syntax/tokens';
import { BlockKind, Choice, Element, ITEMS, Literal, Value } from './grammar';

const conceptByIdx = new Map<number, string>(Object.entries(K).map(([c, t]) => [t.tokenTypeIdx!, c]));
export function conceptOf(t: IToken): string | undefined { return conceptByIdx.get(t.tokenTypeIdx); }

/** An item as written: its keyword's concept, its extent, the block it opened. Offsets are those of the walked text. */
export interface Segment {
  concept: string;
  start: number;
  end: number;
  parent?: Segment;
  block?: { open: number; close?: number; kind: BlockKind };
}

interface ItemState { seg: Segment; elements: Element[]; pos: number; pending?: Value; listOf?: Value; dead: boolean }
interface Frame { kind: BlockKind; owner?: ItemState }

function isLiteral(t: IToken, lit: Literal): boolean {
  switch (lit) {
    case 'date': return t.tokenType === DateLit;
    case 'rate': return t.tokenType === RateLit || t.tokenType === LprLit;
    case 'money': case 'int': return tokenMatcher(t, NumberLike);
    case 'name': case 'path': return tokenMatcher(t, NameLike);
    case 'word': return t.tokenType === WordLit || tokenMatcher(t, NumberLike) || tokenMatcher(t, NameLike);
  }
}

/** The enum concept `t` stands for in `v`, true for another accepted token, false when `v` does not take it. */
function accepts(v: Value, t: IToken): string | boolean {
  const c = conceptOf(t);
  if (c && v.enums?.some((e) => e.c === c)) return c;
  if (v.any?.some((l) => isLiteral(t, l))) return true;
  return !!v.ref && tokenMatcher(t, NameLike);
}

/** What may come at the cursor. */
export interface Expectation {
  block: BlockKind;
  /** The item being written, by its keyword's concept. */
  item?: string;
  /** Value slots (enums, literals, names). */
  values: Value[];
  /** Optional keywords of the item that may come next (证据, 冲抵, 至 …). */
  keywords: Choice[];
  /** Whether a new item of the block may start here. */
  starters: boolean;
  /** Start offset of the innermost `case` item around the cursor. */
  caseStart?: number;
}

export class Walker {
  readonly frames: Frame[];
  item: ItemState | undefined;
  readonly segments: Segment[] = [];

  constructor(start: BlockKind = 'top', private readonly keep = false) { this.frames = [{ kind: start }]; }

  private get frame(): Frame { return this.frames[this.frames.length - 1]; }

  walk(tokens: IToken[], count = tokens.length): this {
    for (let i = 0; i < count; i++) this.step(tokens, i);
    return this;
  }

  step(tokens: IToken[], i: number): void {
    const t = tokens[i];
    const end = t.startOffset + t.image.length;
    if (t.tokenType === RBrace) {
      if (this.frames.length > 1) {
        const f = this.frames.pop()!;
        if (f.owner) { f.owner.seg.block!.close = t.startOffset; f.owner.seg.end = end; }
        this.item = f.owner;
      } else this.item = undefined;
      return;
    }
    const it = this.item;
    const r = it ? this.advance(it, tokens, i) : 'no';
    if (r === 'consumed') { it!.seg.end = end; return; }
    if (r === 'block') {
      const kind = (it!.elements[it!.pos - 1] as { block: BlockKind }).block;
      it!.seg.block = { open: t.startOffset, kind };
      it!.seg.end = end;
      this.frames.push({ kind, owner: it });
      this.item = undefined;
      return;
    }
    if (t.tokenType === LBrace) { this.frames.push({ kind: 'unknown' }); this.item = undefined; return; }
    const concept = conceptOf(t);
    const elements = concept !== undefined ? ITEMS[this.frame.kind][concept] : undefined;
    if (elements) {
      const seg: Segment = { concept: concept!, start: t.startOffset, end, parent: this.frame.owner?.seg };
      if (this.keep) this.segments.push(seg);
      this.item = { seg, elements, pos: 0, dead: false };
    } else if (it) it.dead = true;
  }

  private advance(s: ItemState, tokens: IToken[], i: number): 'consumed' | 'block' | 'no' {
    if (s.dead) return 'no';
    const t = tokens[i];
    if (s.pending) {
      const m = accepts(s.pending, t);
      if (m === false) return 'no';
      if (s.pending.many) s.listOf = s.pending;
      this.follow(s, s.pending, m);
      s.pending = undefined;
      return 'consumed';
    }
    if (s.listOf && t.tokenType === Comma) { s.pending = s.listOf; s.listOf = undefined; return 'consumed'; }
    s.listOf = undefined;
    for (let idx = s.pos; idx < s.elements.length; idx++) {
      const e = s.elements[idx];
      if ('v' in e) {
        const m = accepts(e.v, t);
        if (m === false) return 'no';
        s.pos = idx + 1;
        if (e.v.many) s.listOf = e.v;
        this.follow(s, e.v, m);
        return 'consumed';
      }
      if ('opt' in e) {
        if (accepts(e.opt, t) !== false) { s.pos = idx + 1; return 'consumed'; }
      } else if ('kw' in e) {
        // `借款 X {` or `证据 X {` after an event is the next item (as the parser reads it).
        const c = conceptOf(t);
        if (c === e.kw.c && tokens[i + 2]?.tokenType !== LBrace) { s.pos = idx + 1; s.pending = e.then; return 'consumed'; }
      } else if (t.tokenType === LBrace) { s.pos = idx + 1; return 'block'; }
      else if (!e.optional) return 'no';
    }
    return 'no';
  }

  /** After an enum value with its own continuation (请求 利息 → 至 …). */
  private follow(s: ItemState, v: Value, m: string | boolean): void {
    if (typeof m === 'string' && v.next) { s.elements = v.next[m] ?? []; s.pos = 0; }
  }

  /** What the walk expects next. */
  expectation(): Expectation {
    const frame = this.frame;
    const caseFrame = [...this.frames].reverse().find((f) => f.kind === 'case');
    const out: Expectation = { block: frame.kind, values: [], keywords: [], starters: false, caseStart: caseFrame?.owner?.seg.start };
    if (frame.kind === 'unknown') return out;
    const s = this.item;
    if (!s || s.dead) { out.starters = true; return out; }
    out.item = s.seg.concept;
    if (s.pending) { out.values.push(s.pending); return out; }
    for (let idx = s.pos; idx < s.elements.length; idx++) {
      const e = s.elements[idx];
      if ('v' in e) { out.values.push(e.v); return out; }
      if ('opt' in e) out.values.push(e.opt);
      else if ('kw' in e) out.keywords.push(e.kw);
      else if (!e.optional) return out;
    }
    out.starters = true;
    return out;
  }
}
