/** Helpers for formatter tests: the model without its ranges (what formatting must not change), the samples. */
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';

export const SAMPLES = path.join(__dirname, '../../../../../samples');

export function samples(): { name: string; text: string }[] {
  return fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.debt')).map((f) => ({ name: f, text: fs.readFileSync(path.join(SAMPLES, f), 'utf8') }));
}

/**
 * The model and the structure findings with every range replaced by '@': what formatting and keyword conversion
 * must not change (the law engine reads nothing else).
 */
export function meaning(text: string, uri = 'file:///samples/x.debt'): string {
  const host = { read: (u: string) => { try { return fs.readFileSync(new URL(u), 'utf8'); } catch { return undefined; } } };
  const a = analyze(uri, text, host, { today: '2026-11-24', structureOnly: true });
  return JSON.stringify({ model: a.model, codes: a.diagnostics.map((d) => d.code) }, (_k, v) =>
    v && typeof v === 'object' && typeof v.start === 'object' && v.start !== null && 'line' in v.start && 'end' in v ? '@' : v);
}
