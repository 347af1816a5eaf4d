/**
 * A lender's whole book (spec §8.7), measured: `debt import` rows per second on a generated CSV ledger, `debt summary`
 * rows per second on the imported folder, and the peak memory (max RSS) of `summary` and of `debt generate --jobs 1`
 * at two book sizes, ten times apart — flat memory shows the book streams through (files one at a time), not held whole.
 * Reference in the same run: `debt check --json` on the same folder (the analysis alone), as rows per second.
 * Sizes: 1,000 and 10,000 loans; BENCH_FULL=1 adds 100,000.
 */
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateCase } from './generate';
import { residentIdCheckDigit } from '../server/src/core/checks/ids';
import { addDays } from '../server/src/core/text/dates';
import { fmt, ratio } from './stats';

const CLI = path.resolve(__dirname, '../../dist/cli.js');
/** Preloaded into the CLI's process: prints the peak resident memory of the whole process (workers included) at exit. */
const PRELOAD = `process.on('exit', () => process.stderr.write('\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));`;

/** A valid resident ID for borrower i, unique for any book size: born 1950-01-01 plus ⌊i / 1000⌋ days, sequence i mod 1000. */
function idOf(i: number): string {
  const born = addDays('1950-01-01', Math.floor(i / 1000)).replace(/-/g, '');
  const first = `110108${born}${String(i % 1000).padStart(3, '0')}`;
  return first + residentIdCheckDigit(first);
}

function ledger(n: number): string {
  const lines = ['借款人,身份证号,住所,合同编号,签订日,放款日,放款金额,到期日,年利率,逾期年利率,还款记录'];
  for (let i = 0; i < n; i++) {
    const j = generateCase(i).json as { loans: { amount: string; signed: string; due: string; interest: { value: string }; overdueInterest: { value: string } }[]; events: { kind: string; date: string; amount?: string }[] };
    const l = j.loans[0], r = j.events.find((e) => e.kind === 'repaid')!;
    lines.push([`借款人${i}`, idOf(i), `北京市海淀区中关村大街${i}号`, `C${i}`, l.signed, l.signed, l.amount, l.due, `${l.interest.value}%`, `${l.overdueInterest.value}%`, `${r.date}:${r.amount}`].join(','));
  }
  return lines.join('\n') + '\n';
}

interface Run { seconds: number; maxRssMb: number | null; ok: boolean }

function cli(args: string[], preload: string): Run {
  const t0 = process.hrtime.bigint();
  const r = cp.spawnSync(process.execPath, ['-r', preload, CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const m = /MAXRSS (\d+)/.exec(r.stderr ?? '');
  return { seconds, maxRssMb: m ? Number(m[1]) / 1024 : null, ok: r.status === 0 || r.status === 1 };
}

export interface BookFigures {
  sizes: { loans: number; importRowsPerSecond: number | null; summaryRowsPerSecond: number | null; checkRowsPerSecond: number | null;
    summaryMaxRssMb: number | null; generateHtmlMaxRssMb: number | null; generateHtmlCasesPerSecond: number | null }[];
}

export async function run(): Promise<BookFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-bench-book-'));
  const preload = path.join(dir, 'maxrss.js');
  fs.writeFileSync(preload, PRELOAD);
  const sizes = process.env.BENCH_BOOK_SIZES ? process.env.BENCH_BOOK_SIZES.split(',').map(Number)
    : process.env.BENCH_FULL === '1' ? [1_000, 10_000, 100_000] : [1_000, 10_000];
  const figures: BookFigures = { sizes: [] };
  console.log('\na whole book: debt import → summary → generate (html, --jobs 1), one process each; reference debt check --json on the same folder');
  console.log('  loans   import rows/s   summary rows/s   check rows/s (ref)   summary/check   summary max RSS MB   generate html cases/s   generate max RSS MB');
  try {
    for (const n of sizes) {
      const file = path.join(dir, `ledger-${n}.csv`), book = path.join(dir, `book-${n}`);
      fs.writeFileSync(file, ledger(n));
      const imp = cli(['import', file, '--lender', '某某小额贷款有限公司', '--filing', '2026-08-01', '--court', '某某市某某区人民法院', '--out', book], preload);
      // Every row must have become a case file (plus the lender's party file), or the rates would count refusals.
      const written = fs.readdirSync(book).filter((f) => f.endsWith('.debt')).length;
      if (written !== n + 1) console.log(`  (import wrote ${written - 1} case files for ${n} rows: figures below are not comparable)`);
      const sum = cli(['summary', book, '--out', path.join(dir, `summary-${n}.csv`)], preload);
      const check = cli(['check', book, '--json'], preload);
      const gen = cli(['generate', book, '--format', 'html', '--jobs', '1', '--out', path.join(dir, `out-${n}`)], preload);
      const s = {
        loans: n,
        importRowsPerSecond: imp.ok ? n / imp.seconds : null,
        summaryRowsPerSecond: sum.ok ? n / sum.seconds : null,
        checkRowsPerSecond: check.ok ? n / check.seconds : null,
        summaryMaxRssMb: sum.maxRssMb,
        generateHtmlMaxRssMb: gen.maxRssMb,
        generateHtmlCasesPerSecond: gen.ok ? n / gen.seconds : null,
      };
      figures.sizes.push(s);
      console.log(`  ${String(n).padStart(6)} ${fmt(s.importRowsPerSecond, 0).padStart(15)} ${fmt(s.summaryRowsPerSecond, 0).padStart(16)} ${fmt(s.checkRowsPerSecond, 0).padStart(20)} ${fmt(ratio(s.summaryRowsPerSecond, s.checkRowsPerSecond), 2).padStart(14)}× ${fmt(s.summaryMaxRssMb, 0).padStart(20)} ${fmt(s.generateHtmlCasesPerSecond, 0).padStart(23)} ${fmt(s.generateHtmlMaxRssMb, 0).padStart(21)}`);
      fs.rmSync(path.join(dir, `out-${n}`), { recursive: true, force: true });
    }
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  return figures;
}
