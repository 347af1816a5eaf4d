/**
 * The latest analysis of each file, reused by every feature until its text (or a used file's text) changes:
 * a hover, an inlay hint and a code lens after one edit share one `analyze` run.
 */
import { analyze, Analysis, FileHost } from '../core/analyze';
import { CaseLawCache } from '../core/law/case-cache';
import { IncrementalSyntax } from '../core/syntax/chunks';
import { Locale } from '../core/diagnostics/types';
import { Settings } from '../core/settings';

interface Entry { text: string; analysis: Analysis }


export class AnalysisCache {
  private entries = new Map<string, Entry>();
  /** Per file: the law analysis of each case, reused while the case is unchanged (see core/law/case-cache.ts). */
  private laws = new Map<string, CaseLawCache>();
  /** Per file: its top-level chunks and the cases read from them (see core/syntax/chunks.ts). */
  private syntax = new Map<string, IncrementalSyntax>();
  constructor(private host: FileHost, private options: () => { locale: Locale; settings: Partial<Settings> }) {}

  get(uri: string): Analysis | undefined {
    const text = this.host.read(uri);
    if (text === undefined) return undefined;
    const hit = this.entries.get(uri);
    if (hit && hit.text === text) return hit.analysis;
    const { locale, settings } = this.options();
    let lawCache = this.laws.get(uri);
    if (!lawCache) this.laws.set(uri, lawCache = new CaseLawCache());
    let syntax = this.syntax.get(uri);
    if (!syntax) this.syntax.set(uri, syntax = new IncrementalSyntax());
    const analysis = analyze(uri, text, this.host, { locale, settings, lawCache, syntax });
    this.entries.set(uri, { text, analysis });
    return analysis;
  }

  /** Forgets `uri` and every cached file that uses it, directly or through others; returns those dependents. */
  invalidate(uri: string): string[] {
    this.entries.delete(uri);
    const dependents: string[] = [];
    const queue = [uri];
    while (queue.length > 0) {
      const changed = queue.pop()!;
      for (const [other, entry] of this.entries) {
        if (entry.analysis.model.uses.some((u) => u.resolvedUri === changed)) {
          this.entries.delete(other);
          this.laws.delete(other);
          this.syntax.delete(other);
          dependents.push(other);
          queue.push(other);
        }
      }
    }
    return dependents;
  }

  /** Settings changed: nothing computed before holds. */
  clear(): void { this.entries.clear(); this.laws.clear(); this.syntax.clear(); }

  /** A closed file: forget its cases too. */
  forget(uri: string): void { this.entries.delete(uri); this.laws.delete(uri); this.syntax.delete(uri); }
}
