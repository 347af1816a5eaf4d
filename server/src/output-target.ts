/**
 * Where `debt generate` writes a case's document: never over another case's document of the same run. Two cases can
 * have the same file name (the same case name in two files, written to one --out folder); the second then gets
 * ` (2)`, ` (3)` … before the kind. "Of this run" is what this process wrote, or a file modified since the run began
 * (another worker thread of the same run); an older file is replaced only with --force, as before.
 */
import * as fs from 'fs';
import * as path from 'path';

/**
 * A file written in the run's first milliseconds was not written by it (no document is analysed and rendered that
 * fast): a file the lawyer saved just before the run is then an older file, kept without --force, not a sibling.
 */
const SAME_RUN_SLACK_MS = 5;

export class RunTargets {
  private readonly written = new Set<string>();
  constructor(private readonly startedAt: number) {}

  private ofThisRun(p: string): boolean {
    if (this.written.has(p)) return true;
    try { return fs.statSync(p).mtimeMs > this.startedAt + SAME_RUN_SLACK_MS; } catch { return false; }
  }

  /** The path for `fileName` (`<stem>.<kind>.<ext>`) in `dir`. */
  choose(dir: string, fileName: string): string {
    const first = path.join(dir, fileName);
    if (!this.ofThisRun(first)) return first;
    const ext = fileName.lastIndexOf('.'), kind = fileName.lastIndexOf('.', ext - 1);
    const cut = kind > 0 ? kind : ext > 0 ? ext : fileName.length;
    for (let n = 2; ; n++) {
      const p = path.join(dir, `${fileName.slice(0, cut)} (${n})${fileName.slice(cut)}`);
      if (!this.ofThisRun(p)) return p;
    }
  }

  mark(p: string): void { this.written.add(p); }
}
