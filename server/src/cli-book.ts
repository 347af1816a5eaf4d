/**
 * A lender's whole book (spec §8.7) for `debt generate` and `debt summary`: folders taken as their `.debt` files,
 * the sorted case list, `--shard I/N` (the I-th of N equal parts of that list, so that N copies started by any engine —
 * a Kubernetes Indexed Job, a Slurm array, GNU parallel — split a book without a scheduler of ours), and the counts of
 * the summary line.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analyze, FileHost } from './core/analyze';
import { withoutBom } from './core/text/bom';

export interface Inputs {
  files: string[];
  /** Files found in a folder (not named): one without a case is a shared party file, not a mistake. */
  fromFolder: Set<string>;
  errors: string[];
}

/** Every `.debt` file under a folder, depth first, in code-point order of the path (the same on every machine). */
function walk(dir: string, out: string[]): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).map((e) => e.name).sort();
  for (const name of entries) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = path.join(dir, name);
    let st: fs.Stats;
    try { st = fs.statSync(p); } catch { continue; }
    if (st.isDirectory()) walk(p, out);
    else if (st.isFile() && name.endsWith('.debt')) out.push(p);
  }
}

export function expandInputs(args: string[]): Inputs {
  const r: Inputs = { files: [], fromFolder: new Set(), errors: [] };
  for (const a of args) {
    let st: fs.Stats | undefined;
    try { st = fs.statSync(a); } catch { /* reported when read, as before */ }
    if (st?.isDirectory()) {
      const found: string[] = [];
      walk(a, found);
      if (found.length === 0) r.errors.push(`${a}: 文件夹中没有 .debt 文件 / no .debt file in this folder`);
      for (const f of found) { r.files.push(f); r.fromFolder.add(f); }
    } else r.files.push(a);
  }
  return r;
}

export interface Shard { index: number; count: number }

/** `--shard I/N`, I from 1 to N (a Kubernetes Indexed Job passes JOB_COMPLETION_INDEX + 1). */
export function parseShard(s: string | undefined): Shard | string | undefined {
  if (s === undefined) return undefined;
  const m = /^(\d{1,6})\/(\d{1,6})$/.exec(s);
  const index = m ? Number(m[1]) : 0, count = m ? Number(m[2]) : 0;
  if (!m || count < 1 || index < 1 || index > count) {
    return `--shard: 应为 I/N，1 ≤ I ≤ N，例如 --shard 2/8 / expected I/N with 1 ≤ I ≤ N, e.g. --shard 2/8 (got ${s})`;
  }
  return { index, count };
}

export interface CaseRef { file: string; index: number }

/** The cases of each file, read for structure only (no law): the list a shard is cut from. */
export function listCases(files: string[], host: FileHost): CaseRef[] {
  const out: CaseRef[] = [];
  for (const file of files) {
    let text: string;
    try { text = withoutBom(fs.readFileSync(file, 'utf8')); } catch { out.push({ file, index: -1 }); continue; }
    const a = analyze(pathToFileURL(path.resolve(file)).href, text, host, { structureOnly: true });
    for (let i = 0; i < a.model.cases.length; i++) out.push({ file, index: i });
  }
  return out;
}

/**
 * The I-th of N equal parts of the case list: cases [⌊(I−1)·T/N⌋, ⌊I·T/N⌋). Every case falls in exactly one part, and
 * the parts differ in size by at most one case. A file that cannot be read (index −1) goes to the shard its place falls
 * in, so its error is reported once.
 */
export function shardOf(cases: CaseRef[], shard: Shard): CaseRef[] {
  const t = cases.length;
  return cases.slice(Math.floor(((shard.index - 1) * t) / shard.count), Math.floor((shard.index * t) / shard.count));
}

/** Work for one file: every case, or the listed ones (a shard). */
export interface FileWork { file: string; cases?: number[] }

export function groupByFile(cases: CaseRef[]): FileWork[] {
  const out: FileWork[] = [];
  for (const c of cases) {
    const last = out[out.length - 1];
    if (last && last.file === c.file) { if (c.index >= 0) last.cases!.push(c.index); } else out.push({ file: c.file, cases: c.index >= 0 ? [c.index] : [] });
  }
  return out;
}

export interface RunCounts { cases: number; written: number; kept: number; refused: number; errors: number }

export const noCounts = (): RunCounts => ({ cases: 0, written: 0, kept: 0, refused: 0, errors: 0 });

export function addCounts(a: RunCounts, b: RunCounts): RunCounts {
  return { cases: a.cases + b.cases, written: a.written + b.written, kept: a.kept + b.kept, refused: a.refused + b.refused, errors: a.errors + b.errors };
}

export function summaryLine(c: RunCounts): string {
  return `案件 ${c.cases} 件：写出 ${c.written} 份，保留已有 ${c.kept} 份，拒绝 ${c.refused} 件，有错误 ${c.errors} 件`
    + ` / cases ${c.cases}: written ${c.written}, kept ${c.kept}, refused ${c.refused}, with errors ${c.errors}\n`;
}

/**
 * Writes a document so that no reader ever sees half of it and a run stopped midway can be repeated: the bytes go to a
 * temporary file first, which is then linked in place (fails if the target exists: never overwritten) or, with
 * `force`, renamed over it. Returns 'written' or 'exists'.
 */
export function writeWhole(target: string, data: Buffer | string, force: boolean): 'written' | 'exists' {
  const tmp = path.join(path.dirname(target), `.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  fs.writeFileSync(tmp, data, { flag: 'wx' });
  try {
    if (force) { fs.renameSync(tmp, target); return 'written'; }
    try { fs.linkSync(tmp, target); } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return 'exists';
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw e;
      // A file system without hard links: 'wx' still never overwrites.
      try { fs.writeFileSync(target, data, { flag: 'wx' }); } catch (x) {
        if ((x as NodeJS.ErrnoException).code === 'EEXIST') return 'exists';
        throw x;
      }
    }
    return 'written';
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
