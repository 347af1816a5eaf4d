/** The samples folder as a workspace for navigation tests: files read from disk, analysed like the server does. */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL, fileURLToPath } from 'url';
import { analyze, Analysis } from '../../../src/core/analyze';
import { Workspace } from '../../../src/lsp/names';

export const SAMPLES = path.resolve(__dirname, '../../../../../samples');
export const sampleUri = (rel: string) => pathToFileURL(path.join(SAMPLES, rel)).href;

/** A workspace of the given files (uri → text); files not given are read from disk. */
export function workspace(texts: Record<string, string> = {}, uris: string[] = []): Workspace {
  const cache = new Map<string, Analysis>();
  const text = (u: string) => {
    if (u in texts) return texts[u];
    try { return fs.readFileSync(fileURLToPath(u), 'utf8'); } catch { return undefined; }
  };
  return {
    uris: () => [...new Set([...Object.keys(texts), ...uris])],
    text,
    analysis: (u) => {
      const t = text(u);
      if (t === undefined) return undefined;
      let a = cache.get(u);
      if (!a) { a = analyze(u, t, { read: text }, { structureOnly: true }); cache.set(u, a); }
      return a;
    },
  };
}

export const SAMPLE_FILES = ['loan-basic.debt', 'company-installments.debt', 'shared/lender.debt', 'english-keywords.debt',
  'deducted-and-risks.debt', 'pre-2020-contract.debt'].map(sampleUri);

/** `line:char-line:char` of a range, 0-based as LSP counts. */
export function at(r: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}
