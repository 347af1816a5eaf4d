/**
 * The editor, measured over LSP as an editor drives it: dist/server.js --stdio beside vscode-json-languageserver on
 * the same generated cases written as JSON (indented two spaces, as a person keeps a JSON file), in the same run.
 *  - edit → diagnostics: a one-character edit in the middle (the first digit of the middle case's loan amount), then
 *    the diagnostics asked for. debt: pull `textDocument/diagnostic` naming the report held (as VS Code does; the
 *    edit flips a digit back and forth, so every answer is a full report). JSON: that server (1.3.4, LSP 3.16) has no pull
 *    diagnostics; its `json/validate` request is the equivalent (parse + validate now, answer the diagnostics), so
 *    its 300 ms push delay is not counted against it.
 *  - the push path of the debt server (a client without pull): didChange → publishDiagnostics of that version.
 *  - hover, completion and inlay hints on a 637-case file, the analysis already made (as after the diagnostics).
 *  - memory: the server's heap after GC (`debt/memory`, server started with --expose-gc; else RSS) after 1,000 and
 *    after 10,000 edits, each edit analysed (a pull follows it).
 */
import * as path from 'path';
import { ClientCapabilities, TextDocumentClientCapabilities } from 'vscode-languageserver-protocol';
import { generateFile } from './generate';
import { SERVER_NODE_FLAGS } from '../server/src/server-flags';
import { LspProcess, positionAt } from './lsp-client';
import { elapsedMs, fmt, ratio, sample, summarize, Summary } from './stats';

export const DEBT_SERVER = path.resolve(__dirname, '../../dist/server.js');
const JSON_SERVER = require.resolve('vscode-json-languageserver/bin/vscode-json-languageserver');
// The extension starts the server with these flags (server/src/server-flags.ts); --expose-gc only lets `debt/memory` collect first.
export const DEBT_ARGS = [...SERVER_NODE_FLAGS, '--expose-gc', DEBT_SERVER, '--stdio'];
const PULL = { textDocument: { diagnostic: { dynamicRegistration: false } } };
const SIZES = [1, 12, 115, 637];

export interface Doc { uri: string; text: string }

export function debtDoc(n: number): Doc { return { uri: `file:///bench/cases-${n}.debt`, text: generateFile(n).text }; }
export function jsonDoc(n: number): Doc {
  return { uri: `file:///bench/cases-${n}.json`, text: JSON.stringify(JSON.parse(generateFile(n).json), null, 2) };
}

/** The one-character edit in the middle: the first digit of the middle case's loan amount, flipped and back. */
export function middleEdit(doc: Doc, n: number, json: boolean): { offset: number; chars: [string, string] } {
  const m = Math.floor(n / 2);
  const loan = doc.text.indexOf(json ? `"name": "借款${m}"` : `借款 借款${m} {`);
  const marker = json ? '"amount": "' : '金额 ';
  const offset = doc.text.indexOf(marker, loan) + marker.length;
  const original = doc.text[offset];
  return { offset, chars: [original === '1' ? '2' : '1', original] };
}

/** Edits then asks for diagnostics; each sample is one edit, from sending the change to having the answer. */
interface EditRun { times: number[]; diagnostics: number; cpuMs: number | null }

async function editLoop(server: LspProcess, doc: Doc, n: number, json: boolean, o: { max: number; budgetMs: number }): Promise<EditRun> {
  const { offset, chars } = middleEdit(doc, n, json);
  const at = positionAt(doc.text, offset), after = { line: at.line, character: at.character + 1 };
  let diagnostics = 0, cpu0: number | undefined;
  // As VS Code does, the pull names the report the client holds (an `unchanged` answer keeps it).
  let held: string | undefined;
  const times = await sample(async (i) => {
    await server.change(doc.uri, at, after, chars[i % 2]);
    if (json) {
      const items = await server.request<unknown[]>('json/validate', doc.uri);
      diagnostics = items?.length ?? 0;
      return items !== undefined && items !== null;
    }
    const report = await server.request<{ kind: string; resultId?: string; items?: unknown[] }>('textDocument/diagnostic',
      { textDocument: { uri: doc.uri }, ...(held ? { previousResultId: held } : {}) });
    if (!report) return false;
    held = report.resultId ?? held;
    if (report.items) diagnostics = report.items.length;
    return true;
  }, { ...o, warmup: 3, warmupMs: 500, onTimed: () => { cpu0 = server.cpuMs(); } });
  const cpu1 = server.cpuMs();
  return { times, diagnostics, cpuMs: cpu0 === undefined || cpu1 === undefined || times.length === 0 ? null : (cpu1 - cpu0) / times.length };
}

interface Side { edit: Summary | null; diagnostics: number; cpuMs: number | null }

/**
 * Runs `measure` on the debt server and then on the JSON server, each started with `capabilities` and with the
 * `n` cases open (as .debt and as JSON); each server is stopped afterwards.
 */
async function onBothServers<T>(n: number, capabilities: { debt: ClientCapabilities; json: ClientCapabilities },
  measure: (server: LspProcess, doc: Doc, json: boolean) => Promise<T>): Promise<{ debt: T; json: T }> {
  const out: Partial<{ debt: T; json: T }> = {};
  for (const json of [false, true]) {
    const server = new LspProcess(json ? [JSON_SERVER, '--stdio'] : DEBT_ARGS);
    try {
      await server.start(json ? capabilities.json : capabilities.debt);
      const doc = json ? jsonDoc(n) : debtDoc(n);
      await server.open(doc.uri, json ? 'json' : 'debt', doc.text);
      out[json ? 'json' : 'debt'] = await measure(server, doc, json);
    } finally { await server.stop(); }
  }
  return out as { debt: T; json: T };
}

export async function pullPair(n: number): Promise<{ debt: Side; json: Side }> {
  const budgetMs = n >= 600 ? 6_000 : 2_500, max = n >= 600 ? 20 : 50;
  return onBothServers(n, { debt: PULL, json: {} }, async (server, doc, json) => {
    const { times, diagnostics, cpuMs } = await editLoop(server, doc, n, json, { max, budgetMs });
    return { edit: summarize(times), diagnostics, cpuMs };
  });
}

/**
 * The same edits, 1,500 of them on one server, the last 750 timed: an editing session some minutes in, when the
 * server's JIT has compiled the law engine (the figures above are taken within a few seconds of the server starting).
 */
export async function steadyPair(n: number): Promise<{ debt: Summary | null; json: Summary | null }> {
  return onBothServers(n, { debt: PULL, json: {} }, async (server, doc, json) => {
    const { times } = await editLoop(server, doc, n, json, { max: 1500, budgetMs: 60_000 });
    return summarize(times.slice(times.length / 2));
  });
}

async function pushPath(n: number): Promise<Summary | null> {
  const server = new LspProcess(DEBT_ARGS);
  try {
    await server.start({});
    const doc = debtDoc(n);
    const first = server.published(doc.uri, 1);
    await server.open(doc.uri, 'debt', doc.text);
    await first;
    const { offset, chars } = middleEdit(doc, n, false);
    const at = positionAt(doc.text, offset), after = { line: at.line, character: at.character + 1 };
    const times = await sample(async (i) => {
      const version = await server.change(doc.uri, at, after, chars[i % 2]);
      await server.published(doc.uri, version);
      return true;
    }, { max: n >= 600 ? 12 : 30, budgetMs: n >= 600 ? 4_000 : 2_000, warmup: 2, warmupMs: 300 });
    return summarize(times);
  } finally { await server.stop(); }
}

type Spots = Record<'keyword' | 'name' | 'amount' | 'date', number>;

/** Positions of each kind in case `i`: a keyword, a reference name, an amount, a date (inside each token). */
function spotsOf(text: string, i: number): Spots {
  const c = text.indexOf(`案件 "出借人${i}诉`);
  const after = (s: string, skip: number) => text.indexOf(s, c) + skip;
  return { keyword: after('逾期利率', 2), name: after(`出借人 出借人${i}`, 6), amount: after('金额 ', 5), date: after('到期 ', 6) };
}

/** The same places in the JSON form: the key that stands for the keyword, then the three values. */
function jsonSpotsOf(text: string, i: number): Spots {
  const c = text.indexOf(`"name": "借款${i}"`);
  const after = (s: string, skip: number) => text.indexOf(s, c) + skip;
  return { keyword: after('"overdueInterest"', 3), name: after('"lender": "', 13), amount: after('"amount": "', 13), date: after('"due": "', 10) };
}

/** 64 positions over the file: the four kinds in 16 cases spread from the first to the last. */
function positions(doc: Doc, n: number, of: (text: string, i: number) => Spots) {
  return Array.from({ length: 16 }, (_, k) => of(doc.text, Math.floor((k * n) / 16)))
    .flatMap((s) => [s.keyword, s.name, s.amount, s.date]).map((o) => positionAt(doc.text, o));
}

/** Times `method` over the positions; a position may have nothing to show (null), a method that fails or answers null everywhere is n/a. */
async function timedAt(server: LspProcess, method: string, params: (i: number) => unknown): Promise<Summary | null> {
  let answered = 0;
  const times = await sample(async (i) => {
    const r = await server.request(method, params(i), 10_000);
    if (r) answered++;
    return r !== undefined;
  }, { max: 120, budgetMs: 3_000, warmup: 4, warmupMs: 300 });
  return answered > 0 ? summarize(times) : null;
}

export interface FeatureFigures {
  hover: Summary | null; completion: Summary | null; inlayHints: Summary | null;
  /** Reference: the JSON server at the same places of the JSON form (no schema: it completes keys and values it sees in the document; hover has nothing to say). */
  jsonCompletion: Summary | null; jsonHover: Summary | null;
}

const EDITOR: TextDocumentClientCapabilities = { hover: { contentFormat: ['markdown'] }, completion: { completionItem: { snippetSupport: true } }, inlayHint: {} };

async function features(n: number): Promise<FeatureFigures> {
  const server = new LspProcess(DEBT_ARGS);
  const out: FeatureFigures = { hover: null, completion: null, inlayHints: null, jsonCompletion: null, jsonHover: null };
  try {
    await server.start({ textDocument: { ...PULL.textDocument, ...EDITOR } });
    const doc = debtDoc(n);
    await server.open(doc.uri, 'debt', doc.text);
    await server.request('textDocument/diagnostic', { textDocument: { uri: doc.uri } }, 60_000);
    const spots = positions(doc, n, spotsOf);
    const at = (i: number) => ({ textDocument: { uri: doc.uri }, position: spots[i % spots.length] });
    out.hover = await timedAt(server, 'textDocument/hover', at);
    out.completion = await timedAt(server, 'textDocument/completion', at);
    // An editor asks for the hints of the visible lines: 60 lines around each spot.
    out.inlayHints = await timedAt(server, 'textDocument/inlayHint', (i) => {
      const line = spots[i % spots.length].line;
      return { textDocument: { uri: doc.uri }, range: { start: { line: Math.max(0, line - 30), character: 0 }, end: { line: line + 30, character: 0 } } };
    });
  } finally { await server.stop(); }
  const json = new LspProcess([JSON_SERVER, '--stdio']);
  try {
    await json.start({ textDocument: EDITOR });
    const doc = jsonDoc(n);
    await json.open(doc.uri, 'json', doc.text);
    await json.request('json/validate', doc.uri, 60_000);
    const spots = positions(doc, n, jsonSpotsOf);
    const at = (i: number) => ({ textDocument: { uri: doc.uri }, position: spots[i % spots.length] });
    out.jsonCompletion = await timedAt(json, 'textDocument/completion', at);
    out.jsonHover = await timedAt(json, 'textDocument/hover', at);
  } finally { await json.stop(); }
  return out;
}

/** What an editor asks after each edit, besides the diagnostics (VS Code: colours, outline, lenses, folding). */
export type AfterEdit = Record<string, { debt: Summary | null; json: Summary | null }>;

const AFTER_EDIT: TextDocumentClientCapabilities = {
  ...PULL.textDocument,
  semanticTokens: { requests: { full: { delta: true }, range: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
  documentSymbol: { hierarchicalDocumentSymbolSupport: true }, codeLens: {}, foldingRange: {},
};

/**
 * On a file of `n` cases: a one-character edit, the diagnostics asked for (so the analysis is made), then each of
 * the other requests timed on its own. The JSON server answers the outline and folding of the JSON form (it has no
 * semantic tokens or code lenses).
 */
export async function afterEdit(n: number): Promise<AfterEdit> {
  const timed: Record<string, { debt: number[]; json: number[] }> = {};
  const time = async (name: string, side: 'debt' | 'json', server: LspProcess, method: string, params: unknown) => {
    const t0 = process.hrtime.bigint();
    const r = await server.request<Record<string, unknown>>(method, params, 30_000);
    (timed[name] ??= { debt: [], json: [] })[side].push(elapsedMs(t0));
    return r;
  };
  await onBothServers(n, { debt: { textDocument: AFTER_EDIT }, json: { textDocument: AFTER_EDIT } }, async (server, doc, json) => {
    const td = { textDocument: { uri: doc.uri } };
    const { offset, chars } = middleEdit(doc, n, json);
    const at = positionAt(doc.text, offset), after = { line: at.line, character: at.character + 1 };
    let previous = json ? undefined : (await server.request<{ resultId?: string }>('textDocument/semanticTokens/full', td, 60_000))?.resultId;
    const warm = Date.now();
    for (let i = 0; i < 60; i++) {
      const counted = i >= 10 && Date.now() - warm > 300;
      await server.change(doc.uri, at, after, chars[i % 2]);
      if (json) await server.request('json/validate', doc.uri);
      else await server.request('textDocument/diagnostic', td);
      const side = json ? 'json' : 'debt';
      const run = async (name: string, method: string, params: unknown) => {
        if (counted) return time(name, side, server, method, params);
        return server.request<Record<string, unknown>>(method, params, 30_000);
      };
      if (!json) {
        const d = await run('semantic tokens, delta', 'textDocument/semanticTokens/full/delta', { ...td, previousResultId: previous });
        previous = (d?.resultId as string | undefined) ?? previous;
        await run('semantic tokens, full', 'textDocument/semanticTokens/full', td);
        await run('code lens', 'textDocument/codeLens', td);
      }
      await run('outline', 'textDocument/documentSymbol', td);
      await run('folding', 'textDocument/foldingRange', td);
    }
  });
  const out: AfterEdit = {};
  for (const [name, t] of Object.entries(timed)) out[name] = { debt: summarize(t.debt), json: summarize(t.json) };
  return out;
}

export interface Memory { heapAfter1k?: number; heapAfter10k?: number; rssAfter1k?: number; rssAfter10k?: number; seconds: number }

/** 10,000 edits of a one-case file, each text new (a counter in an address), each analysed by a pull. */
async function memory(): Promise<Memory> {
  const n = 1, server = new LspProcess(DEBT_ARGS);
  const t0 = Date.now();
  try {
    await server.start(PULL);
    const doc = debtDoc(n);
    await server.open(doc.uri, 'debt', doc.text);
    const marker = '建国路';
    const offset = doc.text.indexOf(marker, doc.text.indexOf(`案件 "出借人${Math.floor(n / 2)}诉`)) + marker.length;
    const at = positionAt(doc.text, offset);
    let width = String(Math.floor(n / 2)).length;
    const pull = () => server.request('textDocument/diagnostic', { textDocument: { uri: doc.uri } }, 60_000);
    const heap = async () => (await server.request<{ heapUsed: number }>('debt/memory', {}, 60_000))?.heapUsed;
    const edits = async (from: number, to: number) => {
      for (let k = from; k < to; k += 25) {
        const batch: Promise<unknown>[] = [];
        for (let j = k; j < Math.min(to, k + 25); j++) {
          const s = String(j);
          await server.change(doc.uri, at, { line: at.line, character: at.character + width }, s);
          width = s.length;
          batch.push(pull());
        }
        await Promise.all(batch);
      }
    };
    await edits(0, 1000);
    const out: Memory = { heapAfter1k: await heap(), rssAfter1k: server.rssKb(), seconds: 0 };
    await edits(1000, 10_000);
    Object.assign(out, { heapAfter10k: await heap(), rssAfter10k: server.rssKb() });
    return { ...out, seconds: (Date.now() - t0) / 1000 };
  } finally { await server.stop(); }
}

const MB = (bytes?: number) => (bytes === undefined ? 'n/a' : `${(bytes / 1048576).toFixed(1)} MB`);

export interface EditFigures {
  cases: number; debtPull: Summary | null; jsonValidate: Summary | null; debtPush: Summary | null;
  /** Diagnostics in each answer: the debt server reports warnings on generated cases, the JSON server none. */
  debtDiagnostics: number; jsonDiagnostics: number;
  /** Server CPU ms per edit (mean over the timed edits) and their ratio: the figure other load on the machine skews least. */
  debtCpuMs: number | null; jsonCpuMs: number | null; ratioCpu: number | null;
  ratioMedian: number | null; ratioP95: number | null;
}
export interface LspFigures {
  editToDiagnostics: EditFigures[]; steady: { cases: number; debt: Summary | null; json: Summary | null }[];
  features637: FeatureFigures; afterEdit637: AfterEdit;
  memory: Memory & { heapRatio: number | null; rssRatio: number | null };
}

export async function run(): Promise<LspFigures> {
  console.log('\nedit → diagnostics over LSP (ms per edit: a one-character edit, then the diagnostics)');
  console.log('  debt: pull textDocument/diagnostic; json: json/validate; CPU: the server process\'s CPU ms per edit; push: debt without pull');
  console.log('  cases   debt median    p95   json median    p95   ratio median   p95   CPU debt   json  ratio   push median    p95   diagnostics');
  const edit: EditFigures[] = [];
  for (const n of SIZES) {
    const pair = await pullPair(n);
    const debt = pair.debt.edit, json = pair.json.edit, push = await pushPath(n);
    edit.push({
      cases: n, debtPull: debt, jsonValidate: json, debtPush: push, debtDiagnostics: pair.debt.diagnostics, jsonDiagnostics: pair.json.diagnostics,
      debtCpuMs: pair.debt.cpuMs, jsonCpuMs: pair.json.cpuMs, ratioCpu: ratio(pair.debt.cpuMs, pair.json.cpuMs),
      ratioMedian: ratio(debt?.median, json?.median), ratioP95: ratio(debt?.p95, json?.p95),
    });
    const e = edit[edit.length - 1];
    console.log(`  ${String(n).padStart(5)}   ${fmt(debt?.median).padStart(11)} ${fmt(debt?.p95).padStart(6)}   ${fmt(json?.median).padStart(11)} ${fmt(json?.p95).padStart(6)}   ${fmt(e.ratioMedian, 2).padStart(11)}× ${fmt(e.ratioP95, 2).padStart(5)}×   ${fmt(e.debtCpuMs).padStart(8)} ${fmt(e.jsonCpuMs).padStart(6)} ${fmt(e.ratioCpu, 2).padStart(5)}×   ${fmt(push?.median).padStart(11)} ${fmt(push?.p95).padStart(6)}   ${String(e.debtDiagnostics).padStart(5)} / ${e.jsonDiagnostics}`);
  }

  console.log('  the same after 1,500 edits on one server (the last 750 timed: some minutes into an editing session)');
  const steady: { cases: number; debt: Summary | null; json: Summary | null }[] = [];
  for (const n of [1, 12]) {
    const x = await steadyPair(n);
    steady.push({ cases: n, ...x });
    console.log(`  ${String(n).padStart(5)}   ${fmt(x.debt?.median, 2).padStart(11)} ${fmt(x.debt?.p95, 2).padStart(6)}   ${fmt(x.json?.median, 2).padStart(11)} ${fmt(x.json?.p95, 2).padStart(6)}   ${fmt(ratio(x.debt?.median, x.json?.median), 2).padStart(11)}×`);
  }

  const f = await features(637);
  const line = (name: string, x: Summary | null, ref: Summary | null, refNote: string) =>
    console.log(`  ${name.padEnd(12)} ${fmt(x?.median, 2).padStart(7)} ${fmt(x?.p95, 2).padStart(7)}   ${fmt(ratio(x?.p95, 20), 2).padStart(5)}×   ${ref ? `${fmt(ref.p95, 2).padStart(7)}   ${fmt(ratio(x?.p95, ref.p95), 2)}×` : refNote}`);
  console.log('\nediting features on a 637-case file, analysis already made (ms; the JSON server at the same places of the JSON form)');
  console.log('  feature       median     p95   p95/20ms   json p95   ratio');
  line('hover', f.hover, f.jsonHover, '    n/a   (the JSON server has no hover without a schema)');
  line('completion', f.completion, f.jsonCompletion, '    n/a');
  line('inlay hints', f.inlayHints, null, '    n/a   (no inlay hints in the JSON server)');

  const a = await afterEdit(637);
  console.log('\nwhat an editor asks after each edit of a 637-case file, the analysis made (ms; the JSON server on the JSON form)');
  console.log('  request                    median     p95   json median     p95   ratio');
  for (const [name, x] of Object.entries(a)) {
    console.log(`  ${name.padEnd(24)} ${fmt(x.debt?.median, 2).padStart(8)} ${fmt(x.debt?.p95, 2).padStart(7)}   ${x.json ? `${fmt(x.json.median, 2).padStart(11)} ${fmt(x.json.p95, 2).padStart(7)}   ${fmt(ratio(x.debt?.median, x.json.median), 2)}×` : '        n/a   (no such request in the JSON server)'}`);
  }

  const m = await memory();
  const heapRatio = ratio(m.heapAfter10k, m.heapAfter1k), rssRatio = ratio(m.rssAfter10k, m.rssAfter1k);
  console.log(`\nserver memory over 10,000 edits of a one-case file (${m.seconds.toFixed(0)} s)`);
  console.log(`  heap after GC   ${MB(m.heapAfter1k)} after 1,000 → ${MB(m.heapAfter10k)} after 10,000: ${fmt(heapRatio, 2)}×`);
  console.log(`  RSS             ${m.rssAfter1k === undefined ? 'n/a' : MB(m.rssAfter1k * 1024)} → ${m.rssAfter10k === undefined ? 'n/a' : MB(m.rssAfter10k * 1024)}: ${fmt(rssRatio, 2)}×`);
  return { editToDiagnostics: edit, steady, features637: f, afterEdit637: a, memory: { ...m, heapRatio, rssRatio } };
}
