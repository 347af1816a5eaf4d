/** Semantic tokens of a range are exactly the whole document's tokens that lie in that range (VS Code asks for the viewport first). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { semanticTokens } from '../../../src/lsp/semantic-tokens';
import { generateFile } from '../../../../bench/generate';

const SAMPLES = path.resolve(__dirname, '../../../../../samples');

/** LSP's relative encoding → absolute [line, char, length, type, modifiers] rows. */
function decode(data: number[]): number[][] {
  const out: number[][] = [];
  let line = 0, char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push([line, char, data[i + 2], data[i + 3], data[i + 4]]);
  }
  return out;
}

function check(text: string, from: number, to: number): void {
  const a = analyze('file:///x.debt', text, { read: () => undefined });
  const full = decode(semanticTokens(a, text).data);
  const range = decode(semanticTokens(a, text, { start: { line: from, character: 0 }, end: { line: to, character: 0 } }).data);
  assert.ok(range.length > 0, 'the range has tokens');
  assert.deepStrictEqual(range, full.filter(([line]) => line >= from && line < to));
}

describe('semantic tokens of a range', () => {
  it('loan-basic: lines 30–45 (the loan and the events)', () => {
    check(fs.readFileSync(path.join(SAMPLES, 'loan-basic.debt'), 'utf8'), 30, 45);
  });
  it('a 40-case file: a window in the middle, across a case boundary', () => {
    const text = generateFile(40).text;
    const lines = text.split('\n').length;
    check(text, Math.floor(lines / 2) - 20, Math.floor(lines / 2) + 20);
  });
});
