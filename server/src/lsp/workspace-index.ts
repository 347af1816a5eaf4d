/**
 * Every `.debt` file of the workspace folders, read once at start (with a progress notification) and kept fresh by
 * the editor's file watcher: workspace symbols, rename across `引用` files and references in closed files read it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { Connection, FileChangeType } from 'vscode-languageserver/node';
import { Locale } from '../core/diagnostics/types';
import { withoutBom } from '../core/text/bom';
import { t } from './l10n';

const SKIP = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);
/** A workspace with more files than this is indexed only this far (a lawyer's folder has tens to hundreds). */
const MAX_FILES = 20000;

export class WorkspaceIndex {
  private texts = new Map<string, string>();

  text(uri: string): string | undefined { return this.texts.get(uri); }
  uris(): string[] { return [...this.texts.keys()]; }

  async scan(roots: string[], connection: Connection | undefined, locale: Locale): Promise<void> {
    const files: string[] = [];
    for (const root of roots) {
      if (!root.startsWith('file:')) continue;
      collect(fileURLToPath(root), files);
    }
    if (files.length === 0) return;
    const progress = connection ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    progress?.begin(t(locale, 'Indexing case files'), 0, `0/${files.length}`);
    for (let i = 0; i < files.length; i++) {
      try { this.texts.set(pathToFileURL(files[i]).href, withoutBom(fs.readFileSync(files[i], 'utf8'))); } catch { /* unreadable: skipped */ }
      if (i % 50 === 49) {
        progress?.report(Math.round(((i + 1) * 100) / files.length), `${i + 1}/${files.length}`);
        await new Promise((r) => setImmediate(r)); // let requests in between
      }
    }
    progress?.done();
  }

  update(uri: string, type: FileChangeType): void {
    if (type === FileChangeType.Deleted) { this.texts.delete(uri); return; }
    try { this.texts.set(uri, withoutBom(fs.readFileSync(fileURLToPath(uri), 'utf8'))); } catch { this.texts.delete(uri); }
  }
}

function collect(dir: string, out: string[]): void {
  let entries: fs.Dirent[];
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
  for (const e of entries) {
    if (out.length >= MAX_FILES) return;
    if (e.isDirectory()) { if (!SKIP.has(e.name) && !e.name.startsWith('.')) collect(path.join(dir, e.name), out); }
    else if (e.isFile() && e.name.endsWith('.debt')) out.push(path.join(dir, e.name));
  }
}
