/** The samples analysed as `debt report` analyses them (filing dates in the files fix every figure). */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analyze, Analysis } from '../../../src/core/analyze';
import { buildDocument, LegalDocument, Block, Run } from '../../../src/core/documents';

export const SAMPLES = path.resolve(__dirname, '../../../../../samples');

export function sample(name: string): { a: Analysis; text: string } {
  const file = path.join(SAMPLES, name);
  const text = fs.readFileSync(file, 'utf8');
  const a = analyze(pathToFileURL(file).href, text, { read: () => undefined }, { today: '2026-06-01' });
  return { a, text };
}

export function doc(name: string, style: 'element' | 'traditional', kind: 'complaint' | 'evidence-list' | 'schedule' = 'complaint'): { d: LegalDocument; a: Analysis; text: string } {
  const { a, text } = sample(name);
  return { d: buildDocument(a, 0, { kind, style }), a, text };
}

const plain = (rs: Run[]) => rs.map((r) => r.text).join('');

/** Every paragraph, heading, table line and signature line of a document as text, in order. */
export function lines(d: LegalDocument): string[] {
  const out: string[] = [];
  const walk = (b: Block) => {
    if (b.type === 'heading' || b.type === 'paragraph') out.push(plain(b.runs));
    else if (b.type === 'table') for (const row of b.rows) out.push(row.map((c) => c.lines.map(plain).join('\n')).join(' | '));
    else if (b.type === 'signature') for (const l of b.lines) out.push(plain(l));
  };
  d.blocks.forEach(walk);
  return out;
}

/** The lines from the heading `from` up to (not including) the next line equal to one of `until`. */
export function section(d: LegalDocument, from: string, until: string[]): string[] {
  const all = lines(d);
  const start = all.indexOf(from);
  if (start < 0) throw new Error(`no section ${from}: ${all.join('\n')}`);
  const end = all.findIndex((l, i) => i > start && until.includes(l));
  return all.slice(start + 1, end < 0 ? undefined : end);
}
