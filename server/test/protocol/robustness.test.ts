/**
 * The built server on broken input: pieces of every sample cut at random places, shuffled lines, stray braces and
 * quotes, and random bytes — every request of every feature at random positions. The server must answer each one
 * (no crash, no hang: the next request is still answered), and every range it returns must lie inside the document.
 * Deterministic: a fixed seed.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Client } from './client';
import { rng } from '../seeded-random';

const SAMPLES = path.resolve(__dirname, '../../../../samples');


function brokenTexts(count: number, random: () => number): string[] {
  const samples = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.debt')).map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const s = samples[Math.floor(random() * samples.length)];
    const a = Math.floor(random() * s.length), b = Math.floor(random() * s.length);
    switch (i % 5) {
      case 0: out.push(s.slice(0, Math.max(a, b))); break; // cut off
      case 1: out.push(s.slice(0, Math.min(a, b)) + s.slice(Math.max(a, b))); break; // a piece removed
      case 2: out.push(s.split('\n').sort(() => random() - 0.5).join('\n')); break; // lines shuffled
      case 3: out.push(s.slice(0, a) + ['{', '}', '"', '“', '/*', '、', '2023-02-30', '5.555万元'][i % 8] + s.slice(a)); break;
      default: out.push(Array.from({ length: 300 }, () => String.fromCharCode(Math.floor(random() * 0x9fff))).join(''));
    }
  }
  return out;
}

interface R { start: { line: number; character: number }; end: { line: number; character: number } }

function inside(text: string, r: R | undefined, what: string): void {
  if (!r) return;
  const lines = text.split(/\r\n|\r|\n/);
  const ok = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
  assert.ok(ok(r.start) && ok(r.end), `${what}: range ${JSON.stringify(r)} outside the document`);
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: range ends before it starts`);
}

/** Every range in an LSP answer, wherever it sits (locations, edits, symbols, hints' positions). */
function rangesIn(x: unknown, out: R[] = []): R[] {
  if (!x || typeof x !== 'object') return out;
  if (Array.isArray(x)) { for (const y of x) rangesIn(y, out); return out; }
  const o = x as Record<string, unknown>;
  if (o.start && o.end && typeof (o.start as { line?: unknown }).line === 'number') out.push(o as unknown as R);
  for (const [k, v] of Object.entries(o)) if (k !== 'start' && k !== 'end') rangesIn(v, out);
  return out;
}

describe('language server on broken input (every feature, random positions)', function () {
  this.timeout(120000);
  let client: Client;
  before(async () => { client = new Client(); await client.start('zh-cn'); });
  after(async () => client.stop());

  it('answers every request on 40 broken files, with every range inside the document', async () => {
    const random = rng(20261127);
    const texts = brokenTexts(40, random);
    let answered = 0;
    for (const [i, text] of texts.entries()) {
      const uri = `file:///fuzz/${i}.debt`;
      const published = await client.open(uri, text);
      for (const d of published.diagnostics) inside(text, d.range, `diagnostic ${d.code}`);
      const lines = text.split(/\r\n|\r|\n/);
      const doc = { textDocument: { uri } };
      const whole = { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
      const requests: [string, unknown][] = [
        ['textDocument/documentSymbol', doc], ['textDocument/foldingRange', doc], ['textDocument/codeLens', doc],
        ['textDocument/semanticTokens/full', doc], ['textDocument/formatting', { ...doc, options: { tabSize: 2, insertSpaces: true } }],
        ['textDocument/inlayHint', { ...doc, range: whole }],
        ['textDocument/codeAction', { ...doc, range: whole, context: { diagnostics: published.diagnostics } }],
        ['debt/document', { uri, format: 'html' }], ['debt/cases', { uri }], ['debt/convertKeywords', { uri, to: 'en' }],
      ];
      for (let k = 0; k < 4; k++) {
        const line = Math.floor(random() * lines.length);
        const position = { line, character: Math.floor(random() * (lines[line].length + 1)) };
        requests.push(
          ['textDocument/hover', { ...doc, position }], ['textDocument/completion', { ...doc, position }],
          ['textDocument/definition', { ...doc, position }], ['textDocument/references', { ...doc, position, context: { includeDeclaration: true } }],
          ['textDocument/documentHighlight', { ...doc, position }], ['textDocument/prepareRename', { ...doc, position }],
          ['textDocument/selectionRange', { ...doc, positions: [position] }],
        );
      }
      for (const [method, params] of requests) {
        let answer: unknown;
        try { answer = await client.conn.sendRequest(method, params); } catch (e) {
          // A request may be refused with an LSP error (e.g. prepareRename on a keyword): an answer, not a crash.
          assert.ok((e as { code?: number }).code !== undefined, `${method} on file ${i}: ${(e as Error).message}`);
          continue;
        }
        if (answer !== null && !(Array.isArray(answer) && answer.length === 0)) answered++;
        if (method === 'textDocument/semanticTokens/full' || method.startsWith('debt/')) continue;
        for (const r of rangesIn(answer)) inside(text, r, `${method} on file ${i}`);
      }
      // Still alive and answering after all of it.
      assert.ok(Array.isArray(await client.conn.sendRequest('textDocument/documentSymbol', doc)));
    }
    // The files are broken, not empty: most requests find something to answer with.
    assert.ok(answered > 600, `only ${answered} non-empty answers`);
  });
});
