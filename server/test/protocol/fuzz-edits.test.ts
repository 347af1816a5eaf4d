/**
 * Random edits and requests over stdio (fixed seed): the samples edited at random places — characters, braces, quotes,
 * digits, line ends of all three kinds, astral characters — with the requests an editor sends after each edit, and some
 * at positions the document does not have. Every request is answered, every range lies inside the document (never
 * inside a \r\n), every outline child inside its parent, and the server still answers at the end.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Client } from './client';
import { rng } from '../seeded-random';

const SAMPLES = path.resolve(__dirname, '../../../../samples');


interface P { line: number; character: number }
interface R { start: P; end: P }

/** Line starts and the length of each line without its end, for \n, \r\n and \r (as LSP counts lines). */
function lines(text: string): { starts: number[]; lengths: number[] } {
  const starts = [0], lengths: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lengths.push(i - starts[starts.length - 1]);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  lengths.push(text.length - starts[starts.length - 1]);
  return { starts, lengths };
}
function positionOf(text: string, offset: number): P {
  const { starts } = lines(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

function check(text: string, r: R, what: string): void {
  const { lengths } = lines(text);
  const ok = (p: P) => p.line >= 0 && p.line < lengths.length && p.character >= 0 && p.character <= lengths[p.line];
  assert.ok(ok(r.start) && ok(r.end), `${what}: range ${JSON.stringify(r)} outside the document (${lengths.length} lines)`);
  assert.ok(r.start.line < r.end.line || (r.start.line === r.end.line && r.start.character <= r.end.character), `${what}: range ends before it starts`);
}
const le = (a: P, b: P) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const within = (outer: R, inner: R) => le(outer.start, inner.start) && le(inner.end, outer.end);

function rangesIn(x: unknown, out: R[] = []): R[] {
  if (!x || typeof x !== 'object') return out;
  if (Array.isArray(x)) { for (const y of x) rangesIn(y, out); return out; }
  const o = x as Record<string, unknown>;
  if (o.start && o.end && typeof (o.start as { line?: unknown }).line === 'number') out.push(o as unknown as R);
  for (const [k, v] of Object.entries(o)) if (k !== 'start' && k !== 'end') rangesIn(v, out);
  return out;
}

interface Sym { range: R; selectionRange: R; children?: Sym[]; name: string }
function checkSymbols(text: string, syms: Sym[], parent?: Sym): void {
  for (const s of syms) {
    check(text, s.range, `symbol ${s.name}`);
    assert.ok(within(s.range, s.selectionRange), `symbol ${s.name}: selection ${JSON.stringify(s.selectionRange)} outside its range ${JSON.stringify(s.range)}`);
    if (parent) assert.ok(within(parent.range, s.range), `symbol ${s.name} ${JSON.stringify(s.range)} outside its parent ${parent.name} ${JSON.stringify(parent.range)}`);
    checkSymbols(text, s.children ?? [], s);
  }
}

const PIECES = ['{', '}', '"', '“', '”', '/*', '*/', '//', '\n', '\r\n', '\r', '、', ' ', '9', '0', '.', '万', '元', '-', '2023-02-30',
  '9997-01-01', '9'.repeat(40), '😀', '𠮷', '案件 甲 {', '借款 L {', '交付 2023-01-10 1元', '原告 甲', '引用 "/etc/passwd"', '引用 "x.debt"'];

describe('random edits and requests over stdio (fixed seed)', function () {
  this.timeout(600000);
  let client: Client;
  before(async () => { client = new Client(); await client.start('zh-cn', { textDocument: { diagnostic: {} } }); });
  after(async () => client.stop());

  it('300 random edits over the samples, 4 requests after each: all answered, every range valid', async () => {
    const random = rng(19);
    const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.debt')).sort();
    let requests = 0;
    for (let f = 0; f < 6; f++) {
      const name = files[Math.floor(random() * files.length)];
      let text = fs.readFileSync(path.join(SAMPLES, name), 'utf8');
      if (f % 2 === 1) text = text.replace(/\n/g, '\r\n');
      const uri = `file:///fuzz-edits/${f}-${name}`;
      await client.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'debt', version: 1, text } });
      for (let e = 0; e < 50; e++) {
        // An edit: delete a random span (maybe empty) and insert a random piece.
        let a = Math.floor(random() * (text.length + 1)), b = Math.min(text.length, a + Math.floor(random() * 12));
        // Keep \r\n and surrogate pairs whole on our side (an editor never splits them).
        const fix = (o: number) => (o > 0 && o < text.length && ((text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10) || (text.charCodeAt(o) >= 0xdc00 && text.charCodeAt(o) <= 0xdfff)) ? o - 1 : o);
        a = fix(a); b = Math.max(a, fix(b));
        const piece = random() < 0.1 ? '' : PIECES[Math.floor(random() * PIECES.length)];
        const range = { start: positionOf(text, a), end: positionOf(text, b) };
        text = text.slice(0, a) + piece + text.slice(b);
        await client.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: e + 2 }, contentChanges: [{ range, text: piece }] });
        const { lengths } = lines(text);
        const line = Math.floor(random() * lengths.length);
        const at = { line, character: Math.floor(random() * (lengths[line] + 1)) };
        // Sometimes a position the document does not have: past the line's end, or on a line after the last.
        const odd = random() < 0.2 ? (random() < 0.5 ? { line, character: lengths[line] + 5 } : { line: lengths.length + 3, character: 0 }) : at;
        const doc = { textDocument: { uri } };
        const all: [string, unknown][] = [
          ['textDocument/diagnostic', doc],
          ['textDocument/documentSymbol', doc],
          [['textDocument/hover', 'textDocument/completion', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight', 'textDocument/prepareRename'][e % 6],
            { ...doc, position: odd, context: { includeDeclaration: true } }],
          [['textDocument/formatting', 'textDocument/foldingRange', 'textDocument/codeLens', 'textDocument/selectionRange', 'textDocument/inlayHint'][e % 5],
            { ...doc, options: { tabSize: 2, insertSpaces: true }, positions: [odd], range: { start: { line: 0, character: 0 }, end: { line: lengths.length - 1, character: lengths[lengths.length - 1] } } }],
        ];
        for (const [method, params] of all) {
          requests++;
          let answer: unknown;
          try { answer = await client.conn.sendRequest(method, params); } catch (err) {
            assert.ok((err as { code?: number }).code !== undefined, `${method} after edit ${e} of ${name}: ${(err as Error).message}`);
            continue;
          }
          if (method === 'textDocument/documentSymbol') checkSymbols(text, answer as Sym[]);
          else if (method === 'textDocument/diagnostic') for (const d of (answer as { items: { range: R; code: string }[] }).items) check(text, d.range, `diagnostic ${d.code}`);
          else if (method === 'textDocument/selectionRange') {
            // A selection range's parents contain it (LSP), all inside the document.
            for (let s = (answer as { range: R; parent?: unknown }[] | null)?.[0]; s; s = s.parent as typeof s) {
              check(text, s.range, method);
              if (s.parent) assert.ok(within((s.parent as { range: R }).range, s.range), 'selection range outside its parent');
            }
          } else for (const r of rangesIn(answer)) check(text, r, `${method} after edit ${e} of ${name} at ${JSON.stringify(odd)}`);
        }
      }
    }
    assert.strictEqual(requests, 6 * 50 * 4);
    assert.ok(Array.isArray(await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: 'file:///fuzz-edits/none.debt' } })));
  });
});
