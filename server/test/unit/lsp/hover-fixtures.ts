/** Shared by the editor-feature tests: samples analysed in full, and positions found by the text they point at. */
import * as fs from 'fs';
import * as path from 'path';
import { analyze, Analysis } from '../../../src/core/analyze';
import { Position } from '../../../src/core/text/range';

export const SAMPLES = path.resolve(__dirname, '../../../../../samples');

export interface Doc { uri: string; text: string; analysis: Analysis }

export function sample(name: string): Doc {
  const text = fs.readFileSync(path.join(SAMPLES, name), 'utf8');
  return inline(text, `file:///samples/${name}`);
}

export function inline(text: string, uri = 'file:///cases/editor.debt'): Doc {
  return { uri, text, analysis: analyze(uri, text, { read: () => undefined }, { today: '2026-11-24' }) };
}

/** The position of the `nth` (0-based) occurrence of `needle` on the line that contains `lineHint` (or anywhere). */
export function at(doc: Doc, needle: string, lineHint?: string, nth = 0): Position {
  const lines = doc.text.split('\n');
  let seen = 0;
  for (let line = 0; line < lines.length; line++) {
    if (lineHint !== undefined && !lines[line].includes(lineHint)) continue;
    let from = 0;
    for (;;) {
      const character = lines[line].indexOf(needle, from);
      if (character < 0) break;
      if (seen++ === nth) return { line, character };
      from = character + 1;
    }
  }
  throw new Error(`not found: ${needle} (${lineHint ?? ''})`);
}
