/**
 * Start-up, beside the JSON language server: time from spawning the process to the answer to `initialize`, to the
 * first diagnostics of a one-case file (debt: a pull `textDocument/diagnostic`; JSON: `json/validate`, the same case
 * as JSON), and the process's peak resident memory (VmHWM) at that point. Runs alternate between the two servers.
 * dist/server.js keeps V8's code cache in the temp folder (server/src/start.ts): the first run compiles and writes it,
 * the others read it, as every start after the first does on a user's machine; the median is of those.
 */
import * as fs from 'fs';
import { LspProcess } from './lsp-client';
import { DEBT_ARGS, debtDoc, jsonDoc } from './lsp';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const JSON_SERVER = require.resolve('vscode-json-languageserver/bin/vscode-json-languageserver');
const RUNS = 7;

export interface StartupFigures { debt: Side; json: Side }
interface Side { initializeMs: number; firstDiagnosticsMs: number; peakMiB: number }

function peakMiB(pid: number | undefined): number {
  try { return Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024; } catch { return NaN; }
}

async function once(json: boolean): Promise<Side> {
  const t0 = process.hrtime.bigint();
  const ms = () => Number(process.hrtime.bigint() - t0) / 1e6;
  const server = new LspProcess(json ? [JSON_SERVER, '--stdio'] : DEBT_ARGS);
  try {
    await server.start(json ? {} : { textDocument: { diagnostic: { dynamicRegistration: false } } });
    const initializeMs = ms();
    const doc = json ? jsonDoc(1) : debtDoc(1);
    await server.open(doc.uri, json ? 'json' : 'debt', doc.text);
    const answer = json ? await server.request('json/validate', doc.uri, 60_000) : await server.request('textDocument/diagnostic', { textDocument: { uri: doc.uri } }, 60_000);
    if (answer === undefined) throw new Error(`${json ? 'JSON' : 'debt'} server gave no diagnostics`);
    return { initializeMs, firstDiagnosticsMs: ms(), peakMiB: peakMiB(server.proc.pid) };
  } finally { await server.stop(); }
}

export async function run(): Promise<StartupFigures> {
  const debt: Side[] = [], json: Side[] = [];
  for (let i = 0; i < RUNS; i++) { debt.push(await once(false)); json.push(await once(true)); }
  const med = (xs: Side[]): Side => ({
    initializeMs: median(xs.map((x) => x.initializeMs)), firstDiagnosticsMs: median(xs.map((x) => x.firstDiagnosticsMs)), peakMiB: median(xs.map((x) => x.peakMiB)),
  });
  const figures = { debt: med(debt), json: med(json) };
  console.log(`\nstart-up (median of ${RUNS}, alternating): initialize answered / first diagnostics / peak memory`);
  for (const [name, s] of [['debt', figures.debt], ['JSON server', figures.json]] as const) {
    console.log(`  ${name.padEnd(12)} ${s.initializeMs.toFixed(0).padStart(5)} ms  ${s.firstDiagnosticsMs.toFixed(0).padStart(5)} ms  ${s.peakMiB.toFixed(0).padStart(4)} MiB`);
  }
  console.log(`  ratio debt/JSON: ${(figures.debt.initializeMs / figures.json.initializeMs).toFixed(2)}× / ${(figures.debt.firstDiagnosticsMs / figures.json.firstDiagnosticsMs).toFixed(2)}× / ${(figures.debt.peakMiB / figures.json.peakMiB).toFixed(2)}×`);
  return figures;
}

if (require.main === module) void run();
