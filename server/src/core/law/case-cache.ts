/**
 * The law analysis of each case, kept between edits: typing in one case re-runs the law engine for that case only.
 * A case is reused when its own text, the parties and agents it takes from outside its text (`当事人` and agents
 * declared elsewhere, used files), the locale, the as-of date and the settings are all unchanged. When only its
 * position moved (lines added or removed above it), its diagnostics move with it. Entries not used by the last run
 * are dropped, so the cache holds one file's cases. A change to a used file clears the cache of the files using it
 * (the language server's AnalysisCache does), since the places in it are not part of the key.
 */
import { DebtDiagnostic } from '../diagnostics/types';
import { Case } from '../model/types';
import { OffsetRange, Position, Range } from '../text/range';
import type { CaseReport } from './analyze-law';

export interface CaseResult { report: CaseReport; diagnostics: DebtDiagnostic[] }

interface Entry { start: Position; end: Position; result: CaseResult }

/** Ranges and places are left out: the key is what the law reads, not where it was written. */
const dropPlaces = (k: string, v: unknown) => (k === 'range' || k === 'nameRange' || k === 'declaredAt' || k === 'uri' ? undefined : v);

export class CaseLawCache {
  private entries = new Map<string, Entry>();
  private next = new Map<string, Entry>();
  hits = 0;
  misses = 0;

  /** The key of a case: its text and what it takes from outside that text. */
  static key(text: string, c: Case, context: string): string | undefined {
    if (!(c.range instanceof OffsetRange)) return undefined;
    const own = text.slice(c.range.startOffset, c.range.endOffset);
    const outside = JSON.stringify([c.parties.filter((p) => p.declaredAt), c.agents], dropPlaces);
    return `${context}\u0000${own}\u0000${outside}`;
  }

  /**
   * The key of a case, worked out once per case object: the model builder hands back the same object while the
   * case's text and what it reads from outside are unchanged (syntax/chunks.ts), so its key is the same string.
   */
  keyOf(text: string, c: Case, context: string): string | undefined {
    const k = this.keys.get(c);
    if (k && k.context === context) return k.key;
    const key = CaseLawCache.key(text, c, context);
    if (key !== undefined) this.keys.set(c, { context, key });
    return key;
  }
  private keys = new WeakMap<Case, { context: string; key: string }>();

  /** The cached result of a case with this key, its diagnostics moved to where the case now starts. */
  get(key: string, c: Case, uri: string): CaseResult | undefined {
    const e = this.entries.get(key) ?? this.next.get(key);
    if (!e || !(c.range instanceof OffsetRange)) { this.misses++; return undefined; }
    const start = c.range.start;
    const lines = start.line - e.start.line;
    // Moved within its line (text typed before it on its first line): its diagnostics cannot simply move by lines.
    if (start.character !== e.start.character) { this.misses++; return undefined; }
    let result = e.result;
    if (lines !== 0) {
      const inside = (r: Range) => this.within(r, e);
      const move = (r: Range): Range => ({ start: { line: r.start.line + lines, character: r.start.character }, end: { line: r.end.line + lines, character: r.end.character } });
      result = {
        report: result.report,
        diagnostics: result.diagnostics.map((d) => (d.uri !== uri ? d : {
          ...d, range: move(d.range),
          ...(d.related ? { related: d.related.map((r) => (r.uri === uri && inside(r.range) ? { ...r, range: move(r.range) } : r)) } : {}),
        })),
      };
    }
    this.next.set(key, { start, end: c.range.end, result });
    this.hits++;
    return result;
  }

  /**
   * Keeps a case's result, unless one of its diagnostics in this file lies outside the case (e.g. at a party declared
   * at top level): that text can move without the case changing, so such a case is analysed afresh each time.
   */
  set(key: string, c: Case, uri: string, result: CaseResult): void {
    if (!(c.range instanceof OffsetRange)) return;
    const e: Entry = { start: c.range.start, end: c.range.end, result };
    if (result.diagnostics.some((d) => d.uri === uri && !this.within(d.range, e))) return;
    this.next.set(key, e);
  }

  /** Ends one analysis of the file: keeps the entries it used or made. */
  endRun(): void {
    this.entries = this.next;
    this.next = new Map();
  }

  clear(): void { this.entries.clear(); this.next.clear(); }

  /** Whether `r` lies inside the case as it stood when the entry was made. */
  private within(r: Range, e: Entry): boolean {
    return !before(r.start, e.start) && !before(e.end, r.end);
  }
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
