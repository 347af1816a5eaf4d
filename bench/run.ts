/**
 * `npm run bench`: each figure printed beside a reference measured in the same run, as a ratio. The figures are also
 * written to bench/results/<date>.json and latest.json (with node version, cores and load), and the headline figures
 * are compared with bench/results/baseline.json, the committed run.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as parse from './parse';
import * as engine from './engine';
import * as lsp from './lsp';
import * as documents from './documents';
import * as book from './book';
import * as startup from './startup';
import * as pathological from './pathological';
import { fmt } from './stats';

const RESULTS = path.resolve(__dirname, '../../bench/results');

/** Runs `fn`, keeping what it prints (the parse and engine benches print their tables and return nothing). */
async function printed(fn: () => Promise<void>): Promise<string[]> {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...args: unknown[]) => { lines.push(...args.join(' ').split('\n')); log(...args); };
  try { await fn(); } finally { console.log = log; }
  return lines.filter((l) => l.trim());
}

/** A section that fails (a server that crashed, a CLI that is missing) is reported and the run goes on. */
async function section<T>(name: string, fn: () => Promise<T>): Promise<T | undefined> {
  try { return await fn(); } catch (e) {
    console.log(`\n${name}: failed, figures n/a (${(e as Error).stack ?? e})`);
    return undefined;
  }
}

type Results = {
  lsp?: lsp.LspFigures; documents?: documents.DocumentFigures; book?: book.BookFigures; startup?: startup.StartupFigures;
  pathological?: pathological.PathologicalFigures;
};

/** The figures worth comparing run to run, by name (ms unless named otherwise). */
function headline(r: Results): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const e of r.lsp?.editToDiagnostics ?? []) {
    out[`edit→diagnostics ${e.cases} cases, debt median`] = e.debtPull?.median ?? null;
    out[`edit→diagnostics ${e.cases} cases, ratio debt/json`] = e.ratioMedian ?? null;
    out[`edit→diagnostics ${e.cases} cases, CPU ratio debt/json`] = e.ratioCpu ?? null;
  }
  for (const k of ['hover', 'completion', 'inlayHints'] as const) out[`${k} p95, 637 cases`] = r.lsp?.features637?.[k]?.p95 ?? null;
  for (const k of ['semantic tokens, delta', 'outline'] as const) out[`after an edit, ${k} median, 637 cases`] = r.lsp?.afterEdit637?.[k]?.debt?.median ?? null;
  out['memory ratio 10k/1k edits'] = r.lsp?.memory?.heapRatio ?? null;
  out['preview update median, 115 cases'] = r.documents?.previewUpdate115?.median ?? null;
  for (const f of ['html', 'docx'] as const) out[`generate ${f} cases/s, one core`] = r.documents?.generate?.[f]?.oneCore?.casesPerSecond ?? null;
  for (const s of r.book?.sizes ?? []) {
    out[`import rows/s, ${s.loans} loans`] = s.importRowsPerSecond;
    out[`summary max RSS MB, ${s.loans} loans`] = s.summaryMaxRssMb;
  }
  out['start-up: first diagnostics, ratio debt/json'] = r.startup ? r.startup.debt.firstDiagnosticsMs / r.startup.json.firstDiagnosticsMs : null;
  out['start-up: peak memory, ratio debt/json'] = r.startup ? r.startup.debt.peakMiB / r.startup.json.peakMiB : null;
  for (const f of r.pathological?.figures ?? []) out[`pathological: ${f.input}, ${f.step} CPU ms`] = f.cpuMs;
  return out;
}

async function main(): Promise<void> {
  const started = new Date(), loadAtStart = os.loadavg()[0];
  // In-process figures (parse, engine) run with these flags; the language server and the pathological inputs with the
  // server's own (server/src/server-flags.ts).
  console.log(`node ${process.version}, flags: ${process.execArgv.join(' ') || '(none)'}, ${os.cpus().length} cores, load ${loadAtStart.toFixed(1)}\n`);
  const parseLines = await printed(parse.run);
  const engineLines = await printed(engine.run);
  const startupFigures = await section('start-up', startup.run);
  const lspFigures = await section('editor', lsp.run);
  const documentFigures = await section('documents', () => documents.run(lspFigures?.editToDiagnostics.find((e) => e.cases === 115)?.debtPull));
  const bookFigures = await section('book', book.run);
  const pathologicalFigures = await section('pathological inputs', pathological.runAsServer);
  const results = {
    date: started.toISOString(), seconds: (Date.now() - started.getTime()) / 1000,
    node: process.version, flags: process.execArgv, cores: os.cpus().length, cpu: os.cpus()[0]?.model, platform: `${os.platform()} ${os.release()}`,
    // Other processes on the machine skew every figure; the 1-minute load average at start and end says how much.
    load: { start: loadAtStart, end: os.loadavg()[0] },
    parse: parseLines, engine: engineLines, lsp: lspFigures, documents: documentFigures, book: bookFigures, startup: startupFigures,
    pathological: pathologicalFigures,
  };
  fs.mkdirSync(RESULTS, { recursive: true });
  const json = JSON.stringify(results, null, 2) + '\n';
  fs.writeFileSync(path.join(RESULTS, `${results.date.replace(/[:.]/g, '-')}.json`), json);
  fs.writeFileSync(path.join(RESULTS, 'latest.json'), json);

  const baselineFile = path.join(RESULTS, 'baseline.json');
  if (fs.existsSync(baselineFile)) {
    const baseline = JSON.parse(fs.readFileSync(baselineFile, 'utf8')) as Results & { date: string };
    const before = headline(baseline), now = headline(results);
    console.log(`\nbeside the baseline of ${baseline.date.slice(0, 10)} (bench/results/baseline.json)`);
    for (const [k, v] of Object.entries(now)) console.log(`  ${k.padEnd(48)} ${fmt(v, 2).padStart(9)}   baseline ${fmt(before[k], 2).padStart(9)}`);
  }
  console.log(`\nfigures written to bench/results/latest.json (${results.seconds.toFixed(0)} s in all)`);
}
main().catch((e) => { console.error(e); process.exit(1); });
