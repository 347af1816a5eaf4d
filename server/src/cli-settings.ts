/**
 * Settings for the `debt` command line: the analysis flags (--small-claims-threshold, --grace-days, --cash-warn,
 * --warn-days, --overdue-lpr-date, --old-rules/--no-old-rules, --licensed-cap) and the settings file of the case file's folder or the
 * nearest folder above it — `.debt.json` (the `debt` section itself) or the `debt` section of `.vscode/settings.json` —
 * so the CLI reaches every setting the editor has. Flags win over the file; the file over the defaults.
 */
import * as fs from 'fs';
import * as path from 'path';
import { LICENSED_CAPS, LicensedCap, Settings } from './core/settings';
import { DebtConfig, settingsFromConfig } from './lsp/settings';

export interface SettingFlags {
  /** argv without the setting flags (for the command's own parser). */
  rest: string[];
  flags: Partial<Settings>;
  /** Bad values, one sentence each (Chinese / English); the command should exit 2. */
  errors: string[];
}

const AMOUNT = /^\d+(\.\d{1,2})?$/;
const DAYS = /^\d{1,5}$/;

/** Takes the setting flags out of argv (`--flag VALUE` or `--flag=VALUE`). */
export function extractSettingFlags(argv: string[]): SettingFlags {
  const out: SettingFlags = { rest: [], flags: {}, errors: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--old-rules') { out.flags.applyOldRulesBefore20200820 = true; continue; }
    if (arg === '--no-old-rules') { out.flags.applyOldRulesBefore20200820 = false; continue; }
    const m = /^(--small-claims-threshold|--grace-days|--cash-warn|--warn-days|--overdue-lpr-date|--licensed-cap)(?:=(.*))?$/.exec(arg);
    if (!m) { out.rest.push(arg); continue; }
    const value = m[2] ?? argv[++i];
    const bad = (what: string) => out.errors.push(`${m[1]}: ${what} / ${value === undefined ? 'missing value' : `not valid: ${value}`}`);
    switch (m[1]) {
      case '--small-claims-threshold': if (value !== undefined && AMOUNT.test(value)) out.flags.smallClaimsThreshold = value; else bad('应为金额（元），例如 50000'); break;
      case '--cash-warn': if (value !== undefined && AMOUNT.test(value)) out.flags.cashWarnAmount = value; else bad('应为金额（元），例如 100000'); break;
      case '--grace-days': if (value !== undefined && DAYS.test(value)) out.flags.onDemandGraceDays = Number(value); else bad('应为天数，例如 30'); break;
      case '--warn-days': if (value !== undefined && DAYS.test(value)) out.flags.limitationWarnDays = Number(value); else bad('应为天数，例如 90'); break;
      case '--overdue-lpr-date':
        if (value === 'filing' || value === 'first-overdue-day') out.flags.overdueLprDate = value; else bad('应为 first-overdue-day 或 filing');
        break;
      case '--licensed-cap':
        if (LICENSED_CAPS.includes(value as LicensedCap)) out.flags.licensedCap = value as LicensedCap; else bad('应为 none、24 或 4xLPR');
        break;
    }
  }
  return out;
}

/** JSON with comments and trailing commas (VS Code's settings.json) → plain JSON text; strings are left intact. */
export function stripJsonComments(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end); i = end - 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else out += c;
  }
  return out.replace(/,(\s*[}\]])/g, '$1');
}
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

/** `{ "smallClaims": { "threshold": … } }`, or dotted keys (`"smallClaims.threshold"`), → a nested DebtConfig. */
function nested(obj: Record<string, unknown>, prefix = ''): DebtConfig {
  const out: Record<string, any> = {};
  for (const [key, value] of Object.entries(obj)) {
    if (prefix && !key.startsWith(prefix)) continue;
    const parts = key.slice(prefix.length).split('.');
    let at = out;
    for (const p of parts.slice(0, -1)) at = at[p] = typeof at[p] === 'object' && at[p] ? at[p] : {};
    const last = parts[parts.length - 1];
    at[last] = value && typeof value === 'object' && !Array.isArray(value) && typeof at[last] === 'object' ? { ...at[last], ...value } : value;
  }
  return out as DebtConfig;
}

export interface FoundSettings { file: string; config: DebtConfig }

/** The settings file nearest the case file: its folder first, then each folder above; `.debt.json` before `.vscode/settings.json`. */
export function findSettingsFile(caseFile: string, read: (file: string) => string | undefined = readText): FoundSettings | undefined {
  let dir = path.dirname(path.resolve(caseFile));
  for (;;) {
    const own = path.join(dir, '.debt.json');
    const ownText = read(own);
    if (ownText !== undefined) return { file: own, config: nested(parse(ownText, own)) };
    const vscode = path.join(dir, '.vscode', 'settings.json');
    const vsText = read(vscode);
    if (vsText !== undefined) {
      const all = parse(vsText, vscode);
      const section = all.debt && typeof all.debt === 'object' ? nested(all.debt as Record<string, unknown>) : {};
      const dotted = nested(all, 'debt.');
      if (Object.keys(section).length || Object.keys(dotted).length) return { file: vscode, config: merge(section, dotted) };
    }
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function merge(a: DebtConfig, b: DebtConfig): DebtConfig {
  const out: Record<string, any> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = typeof v === 'object' && v && !Array.isArray(v) ? { ...(out[k] ?? {}), ...v } : v;
  return out as DebtConfig;
}

function readText(file: string): string | undefined {
  try { return fs.readFileSync(file, 'utf8'); } catch { return undefined; }
}

function parse(text: string, file: string): Record<string, unknown> {
  try {
    const v = JSON.parse(stripJsonComments(text.replace(/^\uFEFF/, '')));
    return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
  } catch (e) {
    throw new Error(`${file}: 不是有效的 JSON / not valid JSON (${(e as Error).message})`);
  }
}

/**
 * The settings for one case file: its settings file (if any), overridden by `cli` — the command line's own settings
 * (flags, --lpr). A settings file that is not valid JSON is reported in `error` and ignored, never thrown.
 */
export function settingsForFile(caseFile: string, cli: Partial<Settings>, read?: (file: string) => string | undefined): { settings: Partial<Settings>; file?: string; error?: string } {
  try {
    const found = findSettingsFile(caseFile, read);
    return { settings: { ...(found ? settingsFromConfig(found.config) : {}), ...cli }, file: found?.file };
  } catch (e) {
    return { settings: cli, error: (e as Error).message };
  }
}
