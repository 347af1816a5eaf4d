/**
 * Mutation fuzz through the CLI in-process (fixed seed): 300 samples mutated at random — pieces inserted, spans cut,
 * lines duplicated or dropped, dates and amounts replaced with extreme ones — through `check`, `report` and `generate`.
 * No stack trace, no exit code 2 (a crash), the report is JSON, and every diagnostic's range lies inside its file.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../../src/cli';
import { rng } from '../../seeded-random';

const SAMPLES = path.resolve(__dirname, '../../../../../samples');


const PIECES = ['{', '}', '"', '“', '/*', '\n', '\r\n', '\r', '、', '9', '.', '万', '元', '😀', '案件 甲 {', '借款 L {', '原告 甲',
  '交付 2023-01-10 1元', '到期 9997-01-01', '分期 9998-01-01 100元', '还款 2024-02-30 100元', '引用 "../../etc/passwd"', '引用 "/dev/zero"',
  '起诉日 2199-12-31', '催收 2024-01-01 向 甲 电话 限期 99999999999日'];

function mutate(text: string, random: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  let out = text;
  const n = 1 + Math.floor(random() * 4);
  for (let k = 0; k < n; k++) {
    const a = Math.floor(random() * (out.length + 1));
    switch (Math.floor(random() * 7)) {
      case 0: out = out.slice(0, a) + pick(PIECES) + out.slice(a); break;
      case 1: out = out.slice(0, a) + out.slice(Math.min(out.length, a + Math.floor(random() * 40))); break;
      case 2: { const ls = out.split('\n'); const i = Math.floor(random() * ls.length); ls.splice(i, 0, ls[i]); out = ls.join('\n'); break; }
      case 3: { const ls = out.split('\n'); ls.splice(Math.floor(random() * ls.length), 1); out = ls.join('\n'); break; }
      case 4: out = out.replace(/\d{4}-\d{2}-\d{2}/g, (d) => (random() < 0.3 ? pick(['9997-01-01', '9999-12-31', '0001-01-01', '1899-12-31', '2199-12-31', '2024-02-29']) : d)); break;
      case 5: out = out.replace(/\d[\d,]*(?:\.\d+)?元/g, (m) => (random() < 0.3 ? pick(['9'.repeat(14) + '元', '9'.repeat(3000) + '元', '0元', '0.001元', '9999999999999.99元']) : m)); break;
      default: { const b = Math.floor(random() * (out.length + 1)); out = out.slice(0, Math.min(a, b)) + out.slice(Math.max(a, b)); out = out.slice(0, a) + out.slice(0, Math.min(60, a)); }
    }
  }
  return out;
}

function checkRanges(file: string, text: string, diags: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code: string }[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of diags) {
    const ok = (p: { line: number; character: number }) => p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length;
    assert.ok(ok(d.range.start) && ok(d.range.end), `${file}: ${d.code} range ${JSON.stringify(d.range)} outside the file`);
  }
}

describe('mutation fuzz through check, report and generate (fixed seed)', function () {
  this.timeout(600000);
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-fuzz-')); fs.mkdirSync(path.join(dir, '.git')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('300 mutated files: no crash, no stack trace, JSON reports, ranges inside the file', async () => {
    const random = rng(20261205);
    const samples = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.debt')).sort().map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
    const failures: string[] = [];
    let written = 0;
    for (let i = 0; i < 300; i++) {
      const text = mutate(samples[i % samples.length], random);
      const file = path.join(dir, `m${i}.debt`);
      fs.writeFileSync(file, text);
      const outs: string[] = [], errs: string[] = [];
      const o = (s: string) => { outs.push(s); }, e = (s: string) => { errs.push(s); };
      const codes: number[] = [];
      codes.push(await run(['check', '--json', '--as-of', '2026-12-01', file], o, e));
      const json = outs.join('');
      outs.length = 0;
      try {
        const parsed = JSON.parse(json) as { diagnostics?: unknown[] }[] | { diagnostics?: unknown[] };
        const diags = (Array.isArray(parsed) ? parsed.flatMap((p) => p.diagnostics ?? []) : parsed.diagnostics ?? []) as Parameters<typeof checkRanges>[2];
        checkRanges(`m${i}`, text, diags.filter((d) => !(d as { uri?: string }).uri || (d as { uri?: string }).uri!.endsWith(`m${i}.debt`)));
      } catch (x) { failures.push(`m${i} check --json: ${(x as Error).message}`); }
      codes.push(await run(['report', '--as-of', '2026-12-01', file], o, e));
      try { JSON.parse(outs.join('')); } catch { failures.push(`m${i}: report is not JSON`); }
      const format = i % 50 === 0 ? 'docx' : i % 2 ? 'html' : 'md';
      codes.push(await run(['generate', '--format', format, '--out', path.join(dir, 'out'), '--force', file], o, e));
      if (codes[2] === 0) written++;
      const stack = errs.join('').match(/\n\s+at .+\(.+:\d+:\d+\)/);
      if (codes.some((c) => c === 2) || stack) failures.push(`m${i}: exit ${codes.join('/')}${stack ? `, stack trace: ${errs.join('').slice(0, 300)}` : ''}`);
    }
    assert.deepStrictEqual(failures, []);
    // Mutated, not destroyed: many still make a document (so the document stage was exercised, not only refused).
    assert.ok(written > 30, `only ${written} documents written`);
  });
});
