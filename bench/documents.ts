/**
 * The documents, measured:
 *  - preview update: on a 115-case file, a one-character edit in the previewed case, then `debt/document` (html,
 *    要素式) answered by dist/server.js — what the preview waits for after each keystroke (target ≤ 50 ms).
 *  - `debt generate` throughput on 1,000 generated cases written as 10 files of 100 (more than 8 files: the CLI uses
 *    worker threads, one per core): DOCX and HTML complaints per second pinned to one core (`taskset -c 0`; its worker
 *    threads share that core) and with the workers on every core. Reference, in the same run: `debt check --json` on
 *    the same files on one core — the analysis and the JSON report of `debt report` for the same cases, process
 *    start-up included like the generate run — as cases per second beside each format's.
 */
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateCase } from './generate';
import { DEBT_ARGS, debtDoc, middleEdit } from './lsp';
import { LspProcess, positionAt } from './lsp-client';
import { elapsedMs, fmt, ratio, sample, summarize, Summary } from './stats';

const CLI = path.resolve(__dirname, '../../dist/cli.js');

async function previewUpdate(n: number): Promise<Summary | null> {
  const server = new LspProcess(DEBT_ARGS);
  try {
    await server.start({ textDocument: { diagnostic: {} } });
    const doc = debtDoc(n);
    await server.open(doc.uri, 'debt', doc.text);
    const m = Math.floor(n / 2);
    const params = { uri: doc.uri, caseName: `出借人${m}诉借款人${m}民间借贷纠纷${m}`, kind: 'complaint', style: 'element', format: 'html' };
    const { offset, chars } = middleEdit(doc, n, false);
    const at = positionAt(doc.text, offset), after = { line: at.line, character: at.character + 1 };
    const times = await sample(async (i) => {
      await server.change(doc.uri, at, after, chars[i % 2]);
      const answer = await server.request<{ content?: string }>('debt/document', params, 30_000);
      return typeof answer?.content === 'string' && answer.content.length > 0;
    }, { max: 40, budgetMs: 5_000, warmup: 3, warmupMs: 500 });
    return summarize(times);
  } finally { await server.stop(); }
}

const pinnable = (() => { try { cp.execFileSync('taskset', ['-c', '0', 'true']); return true; } catch { return false; } })();

/** Runs the CLI; seconds and the lines it printed on stdout (one per file written by `generate`). */
function cli(args: string[], oneCore: boolean): { seconds: number; lines: number } | null {
  const [cmd, argv] = oneCore && pinnable ? ['taskset', ['-c', '0', process.execPath, CLI, ...args]] : [process.execPath, [CLI, ...args]];
  const t0 = process.hrtime.bigint();
  const r = cp.spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = elapsedMs(t0) / 1000;
  // Exit 2 is a usage error (e.g. a command that does not exist yet); `check` exits 1 on warnings-as-errors only.
  if (r.error || r.status === 2 || r.status === null) return null;
  return { seconds, lines: r.stdout.split('\n').filter((l) => l.trim()).length };
}

export interface Throughput { cases: number; seconds: number; casesPerSecond: number }

function generate(files: string[], out: string, format: string, oneCore: boolean): Throughput | null {
  const cases = files.length * CASES_PER_FILE;
  const r = cli(['generate', ...files, '--format', format, '--out', out, '--force'], oneCore);
  // Every case must have been written, or the rate would count refusals.
  if (!r || r.lines !== cases) return null;
  return { cases, seconds: r.seconds, casesPerSecond: cases / r.seconds };
}

export interface FormatFigures {
  oneCore: Throughput | null; workers: Throughput | null;
  /** How many times the reference's cases per second (one core) this format's one-core rate is slower. */
  timesReference: number | null;
  /** Workers' cases per second over one core's. */
  speedUp: number | null;
}
export interface GenerateFigures {
  cases: number; files: number; pinnedToOneCore: boolean; workers: number; reference: Throughput | null;
  html?: FormatFigures; docx?: FormatFigures;
  /** HTML's cases per second over DOCX's, one core: how many times longer a DOCX takes. */
  docxOverHtml?: number | null;
}
export interface DocumentFigures { previewUpdate115: Summary | null; previewToDiagnostics: number | null; generate: GenerateFigures }

const CASES_PER_FILE = 100;
/** All 1,000 DOCX on one core too: since DOCX is written directly (render-docx.ts) it takes seconds, not 75. */
const DOCX_ONE_CORE_FILES = 10;

function throughput(): GenerateFigures {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-bench-'));
  try {
    const files: string[] = [];
    for (let f = 0; f < 10; f++) {
      const file = path.join(dir, `cases-${f}.debt`);
      // Case numbers stay unique over the files: each case writes its own document.
      fs.writeFileSync(file, Array.from({ length: CASES_PER_FILE }, (_, k) => generateCase(f * CASES_PER_FILE + k).text).join('\n'));
      files.push(file);
    }
    const cases = files.length * CASES_PER_FILE, out = path.join(dir, 'out');
    const checked = cli(['check', ...files, '--json'], true);
    const reference = checked && { cases, seconds: checked.seconds, casesPerSecond: cases / checked.seconds };
    const workers = Math.min(os.availableParallelism(), files.length);
    const figures: GenerateFigures = { cases, files: files.length, pinnedToOneCore: pinnable, workers, reference };
    console.log(`\ndebt generate on ${cases} cases (${files.length} files, workers above 8 files); one core = ${pinnable ? 'taskset -c 0' : 'not pinned (no taskset)'}`);
    console.log(`  reference: debt check --json on the same files, one core: ${fmt(reference?.seconds, 2)} s, ${fmt(reference?.casesPerSecond, 0)} cases/s`);
    console.log('  format   one core: cases   s   cases/s   × slower than reference   workers: s   cases/s   speed-up');
    for (const format of ['html', 'docx'] as const) {
      const one = generate(format === 'docx' ? files.slice(0, DOCX_ONE_CORE_FILES) : files, out, format, true);
      const all = generate(files, out, format, false);
      const f = {
        oneCore: one, workers: all,
        timesReference: ratio(reference?.casesPerSecond, one?.casesPerSecond), speedUp: ratio(all?.casesPerSecond, one?.casesPerSecond),
      };
      figures[format] = f;
      console.log(`  ${format.padEnd(6)} ${String(one?.cases ?? 'n/a').padStart(15)} ${fmt(one?.seconds, 2).padStart(6)} ${fmt(one?.casesPerSecond, 0).padStart(9)} ${fmt(f.timesReference, 1).padStart(24)}× ${fmt(all?.seconds, 2).padStart(12)} ${fmt(all?.casesPerSecond, 0).padStart(9)} ${fmt(f.speedUp, 2).padStart(9)}×`);
    }
    // Issue 20's target: DOCX within 2× of the HTML of the same documents, at or above 200 complaints/s per core.
    figures.docxOverHtml = ratio(figures.html?.oneCore?.casesPerSecond, figures.docx?.oneCore?.casesPerSecond);
    console.log(`  DOCX one core: ${fmt(figures.docx?.oneCore?.casesPerSecond, 0)} complaints/s, ${fmt(figures.docxOverHtml, 2)}× the time of HTML (target ≤ 2×, ≥ 200/s)`);
    return figures;
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
}

/** `analysis115`: edit → pull diagnostics on the same 115-case file (bench/lsp.ts, this run), the preview's reference. */
export async function run(analysis115?: Summary | null): Promise<DocumentFigures> {
  const preview = await previewUpdate(115);
  console.log('\npreview update on a 115-case file: edit → debt/document html answered (ms; target ≤ 50), beside edit → diagnostics');
  console.log(`  ${preview ? `median ${fmt(preview.median)}  p95 ${fmt(preview.p95)}  (${preview.n} edits)` : 'n/a (no answer)'}` +
    `   edit → diagnostics median ${fmt(analysis115?.median)}: ${fmt(ratio(preview?.median, analysis115?.median), 2)}×`);
  return { previewUpdate115: preview, previewToDiagnostics: ratio(preview?.median, analysis115?.median), generate: throughput() };
}
