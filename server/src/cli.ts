/**
 * `debt` — the command-line tool (spec §6): the same core as the language server, without VS Code.
 *   debt check FILE… [--as-of DATE] [--json]
 *   debt report FILE [--as-of DATE]
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL, fileURLToPath } from 'url';
import { analyze, FileHost } from './core/analyze';
import { DebtDiagnostic, Locale } from './core/diagnostics/types';
import { buildReport } from './core/report';
import { parseDateLiteral } from './core/text/date-literal';
import { settingsFromConfig } from './lsp/settings';

import pkg from '../../package.json';
import { withoutBom } from './core/text/bom';

const VERSION: string = pkg.version;

const HELP = `debt ${VERSION} — 民间借贷/欠款纠纷案件检查与计算 (debt-recovery case checker)

用法 Usage:
  debt check FILE… [--as-of DATE] [--json]   检查案件文件，输出诊断；有错误时退出码为 1
                                             check case files; exit 1 if any error
  debt report FILE [--as-of DATE]            输出 JSON 报告（利息、时效、诉讼费）
                                             print the JSON report (interest, limitation, fees)
  debt --help | --version

选项 Options:
  --as-of DATE   计算基准日（覆盖起诉日）/ as-of date, overrides the filing date (2026-12-01)
  --json         以 JSON 输出诊断 / diagnostics as JSON
  --lang zh|en   消息语言 / message language (default: zh, or en when LANG starts with en)
  --lpr FILE     内置表之后新发布的LPR（JSON数组）/ newer LPR publications (JSON array);
                 默认读取当前目录的 .debt-lpr.json / default: .debt-lpr.json in the current directory
`;

export const fsHost: FileHost = {
  read(uri: string) {
    try { return withoutBom(fs.readFileSync(fileURLToPath(uri), 'utf8')); } catch { return undefined; }
  },
};

interface Args { command?: string; files: string[]; asOf?: string; lpr?: string; json: boolean; locale: Locale; help: boolean; version: boolean }

function parseArgs(argv: string[]): Args {
  const envLang = (process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '').toLowerCase();
  const a: Args = { files: [], json: false, locale: envLang.startsWith('en') ? 'en' : 'zh', help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--help' || x === '-h') a.help = true;
    else if (x === '--version' || x === '-v') a.version = true;
    else if (x === '--json') a.json = true;
    else if (x === '--as-of') a.asOf = argv[++i];
    else if (x.startsWith('--as-of=')) a.asOf = x.slice(8);
    else if (x === '--lang') a.locale = argv[++i] === 'en' ? 'en' : 'zh';
    else if (x === '--lpr') a.lpr = argv[++i];
    else if (!a.command) a.command = x;
    else a.files.push(x);
  }
  return a;
}

function line(file: string, d: DebtDiagnostic): string {
  const shown = d.uri.startsWith('file:') ? path.relative(process.cwd(), fileURLToPath(d.uri)) || file : file;
  return `${shown}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`;
}

export function main(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s),
  err: (s: string) => void = (s) => process.stderr.write(s)): number {
  const a = parseArgs(argv);
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
  // Newer LPR publications without a new release (lpr.md): --lpr FILE, else ./.debt-lpr.json if present.
  const lprFile = a.lpr ?? (fs.existsSync('.debt-lpr.json') ? '.debt-lpr.json' : undefined);
  let settings = {};
  if (lprFile) {
    try {
      const extra = JSON.parse(fs.readFileSync(lprFile, 'utf8'));
      if (!Array.isArray(extra)) throw new Error('not a JSON array');
      settings = settingsFromConfig({}, extra);
    } catch (e) {
      err(`${lprFile}: 无法读取LPR数据 / cannot read LPR data (${(e as Error).message})\n`);
      return 2;
    }
  }
  let errors = false;
  const reports: unknown[] = [];
  for (const file of a.files) {
    let text: string;
    try { text = withoutBom(fs.readFileSync(file, 'utf8')); } catch (e) {
      err(`${file}: 无法读取文件 / cannot read file (${(e as Error).message})\n`);
      errors = true; continue;
    }
    const uri = pathToFileURL(path.resolve(file)).href;
    const result = analyze(uri, text, fsHost, { locale: a.locale, asOf, settings });
    if (result.diagnostics.some((d) => d.severity === 'error')) errors = true;
    if (a.command === 'report' || a.json) reports.push(buildReport(file, result));
    else for (const d of result.diagnostics) out(line(file, d) + '\n');
  }
  if (a.command === 'report') out(JSON.stringify(reports[0], null, 2) + '\n');
  else if (a.json) out(JSON.stringify(reports, null, 2) + '\n');
  return errors ? 1 : 0;
}

if (require.main === module) {
  // `debt check … | head`: the reader going away is not an error of ours; stop quietly with the exit code so far.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
