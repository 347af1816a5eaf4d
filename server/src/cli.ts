/**
 * `debt` — the command-line tool (spec §6): the same core as the language server, without VS Code.
 *   debt check FILE… [--as-of DATE] [--json]
 *   debt report FILE [--as-of DATE]
 *   debt generate FILE… [--kind K] [--format F] [--style S] [--out DIR] [--force]   (spec §7.5; async, see `run`)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { pathToFileURL, fileURLToPath } from 'url';
import { analyze, FileHost } from './core/analyze';
import { readUsedFile, workspaceFolderOfUri } from './used-file';
import { RunTargets } from './output-target';
import { DebtDiagnostic, Locale } from './core/diagnostics/types';
import { buildReport } from './core/report';
import { parseDateLiteral } from './core/text/date-literal';
import { settingsFromConfig } from './lsp/settings';
import { generateDocuments } from './core/documents/generate';
import { DocumentFormat, DocumentKind, DocumentStyle } from './core/documents/types';
import { SIDE_KINDS } from './core/documents/sides';
import { docxToPdf, findSoffice, INSTALL_HINT } from './pdf';

import pkg from '../../package.json';
import { withoutBom } from './core/text/bom';
import { extractSettingFlags, settingsForFile } from './cli-settings';
import { addCounts, expandInputs, FileWork, groupByFile, listCases, noCounts, parseShard, RunCounts, shardOf, summaryLine, writeWhole } from './cli-book';
import { runImport } from './cli-import';
import { runSummary } from './cli-summary';

const VERSION: string = pkg.version;

const HELP = `debt ${VERSION} — 民间借贷/欠款纠纷案件检查与计算 (debt-recovery case checker)

用法 Usage:
  debt check FILE… [--as-of DATE] [--json]   检查案件文件，输出诊断；有错误时退出码为 1
                                             check case files; exit 1 if any error
  debt report FILE [--as-of DATE]            输出 JSON 报告（利息、时效、诉讼费）
                                             print the JSON report (interest, limitation, fees)
  debt generate FILE… [--kind K] [--format F] [--style S] [--out DIR] [--force]
                                             每个案件生成一份文书（起诉状、证据目录、利息计算表、催款函、支付令、保全、执行申请书）；
                                             已有同名文件时不覆盖（除非 --force）；案件有错误时不生成并退出码为 1
                                             write one document per case; never overwrites without --force;
                                             exit 1 when a case has errors (nothing is written for it)
  debt generate DIR… [--shard I/N] [--jobs N]   整本台账：文件夹中的全部 .debt 文件；已有文件保留（可重复运行）；最后输出汇总
                                             a whole book: every .debt file of the folder; existing files are kept (a run
                                             can be repeated); --shard I/N takes the I-th of N equal parts of the sorted
                                             case list; --jobs N worker threads (default: the cores); a summary at the end
  debt import LEDGER.csv|LEDGER.xlsx --lender NAME [--court NAME] [--filing DATE] [--out DIR] [--force]
                                             借款台账 → 每个借款人一个案件文件，出借人写入共用的当事人文件；无法读取的行逐行报告（行号、列、原因），退出码为 1
                                             a loan ledger → one case file per borrower; unreadable rows reported (row, column, reason), exit 1
  debt import --template [--out DIR]         写出空台账模板（中文、英文表头各一份，.xlsx 与 .csv）/ empty ledger templates
  debt summary FILE…|DIR [--out book.xlsx|book.csv] [--as-of DATE]
                                             每个案件一行：本金、利息、标的额、诉讼费、时效、支付令、警告与错误 / one row per case
  debt --help | --version

选项 Options:
  --as-of DATE   计算基准日（覆盖起诉日）/ as-of date, overrides the filing date (2026-12-01)
  --json         以 JSON 输出诊断 / diagnostics as JSON
  --lang zh|en   消息语言 / message language (default: zh, or en when LANG starts with en)
  --lpr FILE     内置表之后新发布的LPR（JSON数组）/ newer LPR publications (JSON array);
                 默认读取当前目录的 .debt-lpr.json / default: .debt-lpr.json in the current directory
  --kind K       complaint（起诉状，默认）| evidence-list（证据目录）| schedule（利息计算表）
                 | demand-letter（催款函/律师函）| payment-order（支付令申请书）
                 | preservation（财产保全申请书）| enforcement（强制执行申请书）
                 | defence（答辩状）| objection（支付令异议书）| repayment-agreement（还款协议）
                 | acknowledgment（债务确认书）| collection-complaint（违法催收投诉书/举报信）
                 | power-of-attorney（授权委托书）| firm-letter（律师事务所函）
                 | representative-certificate（法定代表人身份证明书）| service-address（送达地址确认书）
                 | filing-list（立案材料清单）| witness（证人出庭作证申请书）
                 | investigation（调查取证/调查令申请书）| amend-claims（变更诉讼请求申请书，配合 --as-of 开庭日）
  --format F     docx（默认）| html | md | pdf（经 LibreOffice 转换，供网上立案；黑色 / via LibreOffice, black only）
  --style S      element（要素式，默认，法〔2025〕82号）| traditional（传统文书样式）
  --out DIR      输出目录，默认为案件文件所在目录 / output folder (default: beside the case file)
  --force        覆盖已有文件 / overwrite existing files
  --small-claims-threshold AMOUNT  小额诉讼标准（元）/ small-claims threshold
  --grace-days N       未约定期限且催收未写限期时的宽限期 / default grace period of a demand (30)
  --cash-warn AMOUNT   大额现金交付提示金额 / large-cash warning amount (100000)
  --warn-days N        时效届满前提示天数 / warn this many days before the limitation period ends (90)
  --overdue-lpr-date first-overdue-day|filing   未约定利率时逾期利息所用LPR的日期 / date of the LPR for overdue interest
  --old-rules | --no-old-rules   2020年8月20日前成立的合同是否请求适用当时的司法解释 / apply the 2015 rules before 2020-08-20
  --licensed-cap none|24|4xLPR   持牌出借人的利息、罚息、违约金和费用合计上限（法发〔2017〕22号第2条）/ cap of a licensed lender's charges
                 亦读取案件文件所在目录或上级目录的 .debt.json 或 .vscode/settings.json（debt 部分）；命令行优先
                 also read from .debt.json or .vscode/settings.json (debt section) in the case file's folder or above; flags win
`;

export const fsHost: FileHost = {
  read(uri: string) {
    try { return withoutBom(fs.readFileSync(fileURLToPath(uri), 'utf8')); } catch { return undefined; }
  },
  readUsed: (uri, caseUri) => readUsedFile(uri, workspaceFolderOfUri(caseUri)),
};

interface Args {
  command?: string; files: string[]; asOf?: string; lpr?: string; json: boolean; locale: Locale; help: boolean; version: boolean;
  kind?: string; format?: string; style?: string; out?: string; force: boolean;
  shard?: string; jobs?: string;
}

function parseArgs(argv: string[]): Args {
  const envLang = (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '').toLowerCase();
  const a: Args = { files: [], json: false, locale: envLang.startsWith('en') ? 'en' : 'zh', help: false, version: false, force: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--help' || x === '-h') a.help = true;
    else if (x === '--version' || x === '-v') a.version = true;
    else if (x === '--json') a.json = true;
    else if (x === '--as-of') a.asOf = argv[++i];
    else if (x.startsWith('--as-of=')) a.asOf = x.slice(8);
    else if (x === '--lang') a.locale = argv[++i] === 'en' ? 'en' : 'zh';
    else if (x === '--lpr') a.lpr = argv[++i];
    else if (x === '--kind') a.kind = argv[++i];
    else if (x === '--format') a.format = argv[++i];
    else if (x === '--style') a.style = argv[++i];
    else if (x === '--out') a.out = argv[++i];
    else if (x === '--force') a.force = true;
    else if (x === '--shard') a.shard = argv[++i];
    else if (x === '--jobs') a.jobs = argv[++i];
    else if (!a.command) a.command = x;
    else a.files.push(x);
  }
  return a;
}

function line(file: string, d: DebtDiagnostic): string {
  const shown = d.uri.startsWith('file:') ? path.relative(process.cwd(), fileURLToPath(d.uri)) || file : file;
  return `${shown}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`;
}

/** Newer LPR publications without a new release (lpr.md): --lpr FILE, else ./.debt-lpr.json if present. */
function readSettings(a: Args, err: (s: string) => void): object | undefined {
  const lprFile = a.lpr ?? (fs.existsSync('.debt-lpr.json') ? '.debt-lpr.json' : undefined);
  if (!lprFile) return {};
  try {
    const extra = JSON.parse(fs.readFileSync(lprFile, 'utf8'));
    if (!Array.isArray(extra)) throw new Error('not a JSON array');
    return settingsFromConfig({}, extra);
  } catch (e) {
    err(`${lprFile}: 无法读取LPR数据 / cannot read LPR data (${(e as Error).message})\n`);
    return undefined;
  }
}

export function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s)): number {
  const flags = extractSettingFlags(argv);
  if (flags.errors.length) { err(flags.errors.join('\n') + '\n'); return 2; }
  const a = parseArgs(flags.rest);
  if (a.version) { out(`${VERSION}\n`); return 0; }
  if (a.help || !a.command) { out(HELP); return a.command || a.help ? 0 : 2; }
  let asOf: string | undefined;
  if (a.asOf !== undefined) {
    asOf = parseDateLiteral(a.asOf);
    if (!asOf) { err(`--as-of: 不是有效日期 / not a valid date: ${a.asOf}（例如 2026-12-01）\n`); return 2; }
  }
  if (a.command !== 'check' && a.command !== 'report') { err(`未知命令 / unknown command: ${a.command}\n${HELP}`); return 2; }
  if (a.files.length === 0 || (a.command === 'report' && a.files.length !== 1)) {
    err(a.command === 'report' ? 'debt report 需要且只需要一个文件 / needs exactly one FILE\n' : 'debt check 需要至少一个文件 / needs FILE…\n');
    return 2;
  }
  const settings = readSettings(a, err);
  if (!settings) return 2;
  let errors = false;
  const reports: unknown[] = [];
  // `debt check DIR`: every .debt file of a book (spec §8.7), as `generate` and `summary` take it.
  const inputs = expandInputs(a.files);
  if (inputs.errors.length) { err(inputs.errors.join('\n') + '\n'); return 2; }
  for (const file of inputs.files) {
    let text: string;
    try { text = withoutBom(fs.readFileSync(file, 'utf8')); } catch (e) {
      err(`${file}: 无法读取文件 / cannot read file (${(e as Error).message})\n`);
      errors = true; continue;
    }
    const uri = pathToFileURL(path.resolve(file)).href;
    const local = settingsForFile(file, { ...settings, ...flags.flags });
    if (local.error) err(local.error + '\n');
    const result = analyze(uri, text, fsHost, { locale: a.locale, asOf, settings: local.settings });
    if (result.diagnostics.some((d) => d.severity === 'error')) errors = true;
    if (a.command === 'report' || a.json) reports.push(buildReport(file, result));
    else for (const d of result.diagnostics) out(line(file, d) + '\n');
  }
  if (a.command === 'report') out(JSON.stringify(reports[0], null, 2) + '\n');
  else if (a.json) out(JSON.stringify(reports, null, 2) + '\n');
  return errors ? 1 : 0;
}

// ── debt generate (spec §7.5, §8.7) ─────────────────────────────────────────────────────────────────────────

const KINDS: string[] = ['complaint', 'evidence-list', 'schedule', 'demand-letter', 'payment-order', 'preservation', 'enforcement'];
// Both sides and the filing package (spec §8.4).
KINDS.push(...SIDE_KINDS);
/** Above this many files, generation runs in worker threads (one per core, up to the file count). */
const WORKER_THRESHOLD = 8;

interface GenerateJob {
  work: FileWork[]; kind: DocumentKind; style: DocumentStyle; format: DocumentFormat; out?: string; force: boolean;
  asOf?: string; locale: Locale; settings: object;
  /** A book run (a folder, --shard or --jobs): an existing document is kept and counted, not an error. */
  book: boolean;
  fromFolder: string[];
  /** When the run began (ms): a file modified since was written by this run (output-target.ts). */
  startedAt?: number;
  /** `--format pdf`: DOCX made black and converted by this LibreOffice (pdf.ts). */
  soffice?: string;
}

type Progress = (cases: number) => void;

/** One file: analyse, then per case write the document or say why not. */
async function generateFile(w: FileWork, job: GenerateJob, out: (s: string) => void, err: (s: string) => void, progress: Progress): Promise<RunCounts> {
  const file = w.file;
  const counts = noCounts();
  let text: string;
  try { text = withoutBom(fs.readFileSync(file, 'utf8')); } catch (e) {
    err(`${file}: 无法读取文件 / cannot read file (${(e as Error).message})\n`);
    counts.errors++;
    return counts;
  }
  const uri = pathToFileURL(path.resolve(file)).href;
  const local = settingsForFile(file, job.settings);
  if (local.error) err(local.error + '\n');
  const a = analyze(uri, text, fsHost, { locale: job.locale, asOf: job.asOf, settings: local.settings });
  const dir = job.out ?? path.dirname(file);
  if (a.model.cases.length === 0) {
    // A folder's shared party file (当事人 only, read through 引用) has no case: nothing to write, nothing wrong.
    if (!job.fromFolder.includes(file)) { err(`${file}: 没有案件 / no case in this file\n`); counts.errors++; }
    return counts;
  }
  const only = w.cases ? new Set(w.cases) : undefined;
  const targets = runTargets(job);
  for (const c of await generateDocuments(a, { kind: job.kind, style: job.style, format: job.format, locale: job.locale, only, black: !!job.soffice })) {
    counts.cases++;
    progress(1);
    const name = job.soffice ? c.fileName.replace(/\.docx$/, '.pdf') : c.fileName;
    // Never over another case's document of the same run (output-target.ts): a second case of the same name gets ` (2)`.
    const target = c.data ? targets.choose(dir, name) : path.join(dir, name);
    if (c.refused) { err(`${file}: ${c.refused}\n`); counts.refused++; continue; }
    if (!c.data) {
      err(`${file}: 案件“${c.caseName}”有错误，未生成 / case has errors, nothing written:\n`);
      for (const d of c.errors) err('  ' + line(file, d) + '\n');
      counts.errors++;
      continue;
    }
    let data = c.data;
    let written: 'written' | 'exists' = 'exists';
    // A PDF kept from an earlier run is not converted again (LibreOffice takes seconds a document).
    if (!(job.soffice && !job.force && fs.existsSync(target))) {
      if (job.soffice) {
        try { data = await docxToPdf(data as Buffer, job.soffice); } catch (e) {
          err(`${target}: PDF 转换失败 / PDF conversion failed (${(e as Error).message})\n`);
          counts.errors++;
          continue;
        }
      }
      try { written = writeWhole(target, data, job.force); } catch (e) {
        err(`${target}: 无法写入 / cannot write (${(e as Error).message})\n`);
        counts.errors++;
        continue;
      }
    }
    if (written === 'exists') {
      counts.kept++;
      if (!job.book) err(`${target}: 文件已存在，未覆盖（使用 --force 覆盖）/ file exists, not overwritten (use --force)\n`);
      continue;
    }
    counts.written++;
    targets.mark(target);
    out(`${target}\n`);
    for (const n of c.notes) err(`${target}: 注意 / note: ${n}\n`);
  }
  return counts;
}

async function generateAll(job: GenerateJob, out: (s: string) => void, err: (s: string) => void, progress: Progress): Promise<RunCounts> {
  let counts = noCounts();
  for (const w of job.work) counts = addCounts(counts, await generateFile(w, job, out, err, progress));
  return counts;
}

const runs = new WeakMap<GenerateJob, RunTargets>();
function runTargets(job: GenerateJob): RunTargets {
  let t = runs.get(job);
  if (!t) { t = new RunTargets(job.startedAt ?? Date.now()); runs.set(job, t); }
  return t;
}


/**
 * Many files: spread over worker threads that re-run this script (file i to worker i mod n, so a sorted book's large
 * and small files mix); their output is passed on in worker order and each reports its cases as it goes.
 */
async function generateInWorkers(job: GenerateJob, jobs: number, out: (s: string) => void, err: (s: string) => void, progress: Progress): Promise<RunCounts> {
  const n = Math.max(1, Math.min(jobs, job.work.length));
  const parts: FileWork[][] = Array.from({ length: n }, () => []);
  job.work.forEach((w, i) => parts[i % n].push(w));
  // Keep the output in file order: each worker's lines are collected per file and put back in place at the end.
  const results = await Promise.all(parts.map((work) => new Promise<{ counts: RunCounts; files: { out: string; err: string }[] }>((resolve) => {
    const w = new Worker(__filename, { workerData: { debtGenerate: { ...job, work } } });
    let done = false;
    w.on('message', (m) => {
      if (m.progress) { progress(m.progress); return; }
      done = true; resolve(m);
    });
    w.once('error', (e) => { done = true; resolve({ counts: { ...noCounts(), errors: work.length }, files: [{ out: '', err: `worker: ${e.message}\n` }] }); });
    w.once('exit', (c) => { if (!done) resolve({ counts: { ...noCounts(), errors: work.length }, files: [{ out: '', err: `worker exited (${c})\n` }] }); });
  })));
  for (let i = 0; i < job.work.length; i++) {
    const f = results[i % n].files[Math.floor(i / n)];
    if (f) { out(f.out); err(f.err); }
  }
  for (let k = 0; k < n; k++) for (const f of results[k].files.slice(parts[k].length)) { out(f.out); err(f.err); }
  return results.reduce((s, r) => addCounts(s, r.counts), noCounts());
}

/** A progress line on a terminal (stderr), at most five times a second; nothing when stderr is a file or a pipe. */
function progressLine(total: number, enabled: boolean): { tick: Progress; end(): void } {
  let done = 0, last = 0;
  const show = () => process.stderr.write(`\r生成中 / generating: ${done}/${total}`);
  return {
    tick(k: number) {
      done += k;
      if (!enabled) return;
      const now = Date.now();
      if (now - last > 200 || done === total) { last = now; show(); }
    },
    end() { if (enabled && total > 0) process.stderr.write('\n'); },
  };
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/** The command line, `generate` included (it writes DOCX, which is asynchronous); the others go through `main`. */
export async function run(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s), opts: { workerThreshold?: number; tty?: boolean } = {}): Promise<number> {
  const flags = extractSettingFlags(argv);
  const a = parseArgs(flags.rest);
  if (a.command === 'import' && !a.help) return runImport(flags.rest.slice(1), out, err);
  if (a.command === 'summary' && !a.help) return runSummary(a, flags.flags, out, err, fsHost);
  if (a.command !== 'generate' || a.help || a.version) return main(argv, out, err);
  if (flags.errors.length) { err(flags.errors.join('\n') + '\n'); return 2; }
  const kind = a.kind ?? 'complaint', format = a.format ?? 'docx', style = a.style ?? 'element';
  if (!KINDS.includes(kind)) { err(`--kind: 未知文书 / unknown kind: ${kind}（${KINDS.join(' | ')}）\n`); return 2; }
  if (!['docx', 'html', 'md', 'pdf'].includes(format)) { err(`--format: 未知格式 / unknown format: ${format}（docx | html | md | pdf）\n`); return 2; }
  const soffice = format === 'pdf' ? findSoffice() : undefined;
  if (format === 'pdf' && !soffice) { err(INSTALL_HINT + '\n'); return 2; }
  if (!['element', 'traditional'].includes(style)) { err(`--style: 未知样式 / unknown style: ${style}（element | traditional）\n`); return 2; }
  if (a.files.length === 0) { err('debt generate 需要至少一个文件 / needs FILE…\n'); return 2; }
  const shard = parseShard(a.shard);
  if (typeof shard === 'string') { err(shard + '\n'); return 2; }
  let jobs = availableCores();
  if (a.jobs !== undefined) {
    if (!/^\d{1,3}$/.test(a.jobs) || Number(a.jobs) < 1) { err(`--jobs: 应为正整数 / expected a positive number (got ${a.jobs})\n`); return 2; }
    jobs = Number(a.jobs);
  }
  let asOf: string | undefined;
  if (a.asOf !== undefined) {
    asOf = parseDateLiteral(a.asOf);
    if (!asOf) { err(`--as-of: 不是有效日期 / not a valid date: ${a.asOf}（例如 2026-12-01）\n`); return 2; }
  }
  const inputs = expandInputs(a.files);
  if (inputs.errors.length) { err(inputs.errors.join('\n') + '\n'); return 2; }
  if (a.out !== undefined && !fs.existsSync(a.out)) {
    try { fs.mkdirSync(a.out, { recursive: true }); } catch (e) { err(`--out ${a.out}: 无法创建目录 / cannot create (${(e as Error).message})\n`); return 2; }
  }
  const settings = readSettings(a, err);
  if (!settings) return 2;
  const book = inputs.fromFolder.size > 0 || shard !== undefined || a.jobs !== undefined;
  const work: FileWork[] = shard ? groupByFile(shardOf(listCases(inputs.files, fsHost), shard)) : inputs.files.map((file) => ({ file }));
  const job: GenerateJob = {
    work, kind: kind as DocumentKind, style: style as DocumentStyle, format: (format === 'pdf' ? 'docx' : format) as DocumentFormat, soffice,
    out: a.out, force: a.force, asOf, locale: a.locale, settings: { ...settings, ...flags.flags }, book, fromFolder: [...inputs.fromFolder],
    startedAt: Date.now(),
  };
  const total = shard ? work.reduce((s, w) => s + (w.cases?.length ?? 0), 0) : 0;
  const bar = progressLine(total, book && (opts.tty ?? !!process.stderr.isTTY) && total > 0);
  const useWorkers = jobs > 1 && work.length > (a.jobs !== undefined ? 1 : (opts.workerThreshold ?? WORKER_THRESHOLD));
  const counts = useWorkers ? await generateInWorkers(job, jobs, out, err, bar.tick) : await generateAll(job, out, err, bar.tick);
  bar.end();
  if (book || counts.cases > 1) err(summaryLine(counts));
  return counts.errors > 0 || counts.refused > 0 || (!book && counts.kept > 0) ? 1 : 0;
}

async function workerMain(job: GenerateJob): Promise<void> {
  const files: { out: string; err: string }[] = [];
  let counts = noCounts();
  for (const w of job.work) {
    const f = { out: '', err: '' };
    files.push(f);
    const c = await generateFile(w, job, (s) => { f.out += s; }, (s) => { f.err += s; }, (k) => parentPort!.postMessage({ progress: k }))
      .catch((x: Error) => { f.err += `${x.stack ?? x.message}\n`; return { ...noCounts(), errors: 1 }; });
    counts = addCounts(counts, c);
  }
  parentPort!.postMessage({ counts, files });
}

if (!isMainThread && workerData?.debtGenerate) {
  void workerMain(workerData.debtGenerate as GenerateJob);
} else if (require.main === module) {
  // `debt check … | head`: the reader going away is not an error of ours; stop quietly with the exit code so far.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  run(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: Error) => {
    process.stderr.write(`${e.stack ?? e.message}\n`);
    process.exitCode = 2;
  });
}
