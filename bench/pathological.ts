/**
 * Pathological inputs (issue 19: each under a second): 130,000 parties (in a used file, and in the open file with every
 * editor request over it), an amount of 200,000 digits, a loan with 200,000 deliveries. Each figure is the CPU time
 * of one call (user + system, median of three rounds after one warm-up round), printed beside the one-second budget as
 * a ratio, and for the analyses beside `JSON.parse` of the same facts written as JSON. `npm run bench` runs them in a
 * process of their own started with the language server's V8 flags (server/src/server-flags.ts), the steps being the
 * server's.
 */
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SERVER_NODE_FLAGS } from '../server/src/server-flags';
import { analyze, Analysis } from '../server/src/core/analyze';
import { formatEdits } from '../server/src/core/format/format';
import { defaultSettings } from '../server/src/core/settings';
import { documentSymbols } from '../server/src/lsp/document-symbols';
import { hoverAt } from '../server/src/lsp/hover';
import { referencesAt } from '../server/src/lsp/references';
import { renameAt } from '../server/src/lsp/rename';
import { selectionRanges } from '../server/src/lsp/selection-ranges';
import { semanticTokens } from '../server/src/lsp/semantic-tokens';

const BUDGET_MS = 1000;
const ROUNDS = 3;

export interface PathologicalFigure { input: string; step: string; cpuMs: number; ratioToBudget: number; jsonParseMs?: number }
export interface PathologicalFigures { budgetMs: number; figures: PathologicalFigure[] }

function cpuMs(fn: () => unknown): number {
  const c = process.cpuUsage();
  fn();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1000;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The median CPU time of `fn` over ROUNDS rounds after one untimed round; `fresh` builds its input per round. */
function timed<T>(fresh: () => T, fn: (input: T) => unknown): number {
  fn(fresh());
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) { const input = fresh(); times.push(cpuMs(() => fn(input))); }
  return median(times);
}

export async function run(): Promise<PathologicalFigures> {
  const figures: PathologicalFigure[] = [];
  const host = { read: () => undefined };
  const add = (input: string, step: string, ms: number, jsonParseMs?: number) => {
    figures.push({ input, step, cpuMs: ms, ratioToBudget: ms / BUDGET_MS, ...(jsonParseMs !== undefined ? { jsonParseMs } : {}) });
    const ref = jsonParseMs !== undefined ? `   JSON.parse ${jsonParseMs.toFixed(0).padStart(5)} ms (${(ms / jsonParseMs).toFixed(1)}×)` : '';
    console.log(`  ${input.padEnd(26)}${step.padEnd(30)}${ms.toFixed(0).padStart(6)} ms CPU  ${(ms / BUDGET_MS).toFixed(2).padStart(5)}× the 1 s budget${ref}`);
  };
  console.log(`\npathological inputs (CPU of one call, node ${process.execArgv.join(' ') || 'without flags'}, median of ${ROUNDS}; budget ${BUDGET_MS} ms each)`);

  // 130,000 parties, as the fuzz wrote them: 当事人 甲N, one a line (and the same facts as JSON for scale).
  const N = 130_000;
  const lib = Array.from({ length: N }, (_, i) => `当事人 甲${i}\n`).join('');
  const partiesJson = JSON.stringify(Array.from({ length: N }, (_, i) => ({ party: `甲${i}` })));
  const jsonParse = timed(() => partiesJson, (s) => JSON.parse(s));
  const usedHost = { read: (u: string) => (u === 'file:///bench/lib.debt' ? lib : undefined) };
  const user = '引用 "lib.debt"\n案件 x { 原告 甲1 被告 甲2 }\n';
  // A new text each round (a trailing newline more), so nothing is served from a cache keyed by the text.
  let round = 0;
  add('130,000 used parties', 'analyze', timed(() => user + '\n'.repeat(++round), (t) => analyze('file:///bench/a.debt', t, usedHost, {})), jsonParse);
  const own = lib + '案件 x { 原告 甲1 被告 甲2 }\n';
  add('130,000 parties in file', 'analyze', timed(() => own + '\n'.repeat(++round), (t) => analyze('file:///bench/b.debt', t, host, {})), jsonParse);
  const fresh = (): { a: Analysis; t: string } => { const t = own + '\n'.repeat(++round); return { a: analyze('file:///bench/b.debt', t, host, {}), t }; };
  const ws = (x: { a: Analysis; t: string }) => ({ uris: () => ['file:///bench/b.debt'], text: () => x.t, analysis: () => x.a });
  add('130,000 parties in file', 'semantic tokens', timed(fresh, (x) => semanticTokens(x.a, x.t)));
  add('130,000 parties in file', 'outline', timed(fresh, (x) => documentSymbols(x.a, 'zh')));
  add('130,000 parties in file', 'references', timed(fresh, (x) => referencesAt(ws(x), 'file:///bench/b.debt', { line: 1, character: 5 }, true)));
  add('130,000 parties in file', 'rename', timed(fresh, (x) => renameAt(ws(x), 'file:///bench/b.debt', { line: 1, character: 5 }, '乙1', 'zh')));
  add('130,000 parties in file', 'selection range', timed(() => own, (t) => selectionRanges(t, [{ line: 5, character: 5 }])));
  add('130,000 parties in file', 'formatting', timed(() => own, (t) => formatEdits(t)));

  // An amount of 200,000 digits (DEBT112): analysed, hovered, formatted.
  const digits = '9'.repeat(200_000);
  const amount = `案件 x {\n  原告 甲\n  被告 乙\n  借款 L {\n    出借人 甲\n    借款人 乙\n    金额 ${digits}元\n  }\n}\n`;
  add('200,000-digit amount', 'analyze', timed(() => amount + '\n'.repeat(++round), (t) => analyze('file:///bench/d.debt', t, host, {})));
  add('200,000-digit amount', 'hover', timed(() => analyze('file:///bench/d.debt', amount, host, {}),
    (a) => hoverAt(a, amount, { line: 6, character: 10 }, { locale: 'zh', settings: defaultSettings })));
  add('200,000-digit amount', 'formatting', timed(() => amount, (t) => formatEdits(t)));

  // 200,000 deliveries of 1元 in one loan.
  const rows = Array.from({ length: 200_000 }, () => '    交付 2023-01-10 1元 转账').join('\n');
  const deliveries = `案件 x {\n  原告 甲\n  被告 乙\n  借款 L {\n    出借人 甲\n    借款人 乙\n${rows}\n  }\n}\n`;
  const deliveriesJson = JSON.stringify(Array.from({ length: 200_000 }, () => ({ delivered: '2023-01-10', amount: '1', method: 'transfer' })));
  add('200,000 deliveries', 'analyze (200,000 findings)', timed(() => deliveries + '\n'.repeat(++round), (t) => analyze('file:///bench/e.debt', t, host, {})),
    timed(() => deliveriesJson, (s) => JSON.parse(s)));
  // The same with each delivery proved: the figure above is mostly its 200,000 findings (DEBT302, a delivery without proof).
  const proved = deliveries.replace(/ 转账\n/g, ' 转账 证据 凭证\n').replace('  }\n}', '  }\n  证据 凭证 { 类型 转账记录 }\n}');
  add('200,000 proved deliveries', 'analyze', timed(() => proved + '\n'.repeat(++round), (t) => analyze('file:///bench/f.debt', t, host, {})));
  const over = figures.filter((f) => f.cpuMs > BUDGET_MS);
  console.log(over.length ? `  over budget: ${over.map((f) => `${f.input} ${f.step}`).join('; ')}` : '  every figure within the budget');
  return { budgetMs: BUDGET_MS, figures };
}

/** `run` in a child process with the server's flags; its table is printed as it goes. */
export async function runAsServer(): Promise<PathologicalFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-pathological-'));
  const out = path.join(dir, 'figures.json');
  try {
    await new Promise<void>((resolve, reject) => {
      const child = cp.spawn(process.execPath, [...SERVER_NODE_FLAGS, __filename, '--json', out], { stdio: 'inherit' });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pathological inputs: exit ${code}`))));
    });
    return JSON.parse(fs.readFileSync(out, 'utf8')) as PathologicalFigures;
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
}

if (require.main === module) {
  const at = process.argv.indexOf('--json');
  void run().then((figures) => { if (at > 0) fs.writeFileSync(process.argv[at + 1], JSON.stringify(figures)); });
}
