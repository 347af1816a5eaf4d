/**
 * Runtime strings, the VS Code way: every key the client (`t('English {0}', …)` → vscode.l10n.t) and the server's
 * editor features (`t(locale, 'English {0}', …)` → @vscode/l10n) use has a Chinese entry in
 * l10n/bundle.l10n.zh-cn.json with the same `{n}` placeholders, every entry is used, and a few labels come out in
 * Chinese for 'zh' and in English for 'en' (the feature tests pin many more exact strings).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { defaultSettings } from '../../../src/core/settings';
import { codeLenses } from '../../../src/lsp/code-lens';
import { dayDescription } from '../../../src/lsp/hover';
import { hintsIn } from '../../../src/lsp/inlay-hints';
import { t } from '../../../src/lsp/l10n';
import { lineIndexOf } from '../../../src/lsp/locate';
import { sample } from '../lsp/hover-fixtures';

const ROOT = path.resolve(__dirname, '../../../../..');
const BUNDLE: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n/bundle.l10n.zh-cn.json'), 'utf8'));

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'test' ? [] : sources(p);
    return e.name.endsWith('.ts') && e.name !== 'l10n.ts' ? [p] : [];
  });
}

/** A single-quoted TypeScript literal's value. */
const unquote = (s: string) => s.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
const LIT = String.raw`'((?:[^'\\]|\\.)*)'`;

interface Use { key: string; message: string; at: string }

/**
 * The calls of the l10n helper in one file, under the names the file imports it as (`t`, or `t as tr` where `t` is
 * taken), and `vscode.l10n.t`. A call whose key is not a string literal is reported, so no key escapes the check.
 */
function uses(file: string, server: boolean): { found: Use[]; unreadable: string[] } {
  const text = fs.readFileSync(file, 'utf8');
  const names = [...text.matchAll(/import \{([^}]*)\} from '(?:\.\.?\/)+l10n'/g)]
    .flatMap((m) => m[1].split(',').map((s) => s.trim()))
    .map((s) => /^t(?: as (\w+))?$/.exec(s)).filter((m): m is RegExpExecArray => !!m).map((m) => m[1] ?? 't');
  const callee = [...names.map((n) => String.raw`(?<![\w.])${n}`), String.raw`vscode\.l10n\.t`].join('|');
  const locale = server ? String.raw`[\w.]+,\s*` : '';
  const plain = new RegExp(String.raw`^(?:${callee})\(\s*${locale}${LIT}`);
  const commented = new RegExp(String.raw`^(?:${callee})\(\s*${locale}\{\s*message:\s*${LIT},\s*comment:\s*${LIT}\s*\}`);
  const found: Use[] = [], unreadable: string[] = [];
  const rel = path.relative(ROOT, file);
  for (const m of text.matchAll(new RegExp(String.raw`(?:${callee})\(`, 'g'))) {
    const rest = text.slice(m.index);
    const line = text.slice(0, m.index).split('\n').length;
    const p = plain.exec(rest), c = commented.exec(rest);
    if (p) found.push({ key: unquote(p[1]), message: unquote(p[1]), at: `${rel}:${line}` });
    else if (c) found.push({ key: `${unquote(c[1])}/${unquote(c[2])}`, message: unquote(c[1]), at: `${rel}:${line}` });
    else unreadable.push(`${rel}:${line}`);
  }
  return { found, unreadable };
}

const scanned = [
  ...sources(path.join(ROOT, 'client/src')).map((f) => uses(f, false)),
  ...sources(path.join(ROOT, 'server/src/lsp')).map((f) => uses(f, true)),
];
const USES = scanned.flatMap((s) => s.found);
const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort();

describe('runtime strings: the zh-cn bundle', () => {
  it('the scan finds the keys of both sides, each a string literal', () => {
    assert.deepStrictEqual(scanned.flatMap((s) => s.unreadable), []);
    // Not vacuous: both the client and the server's features translate through the helper.
    assert.ok(USES.filter((u) => u.at.startsWith('client/')).length >= 50, 'client keys');
    assert.ok(USES.filter((u) => u.at.startsWith('server/')).length >= 150, 'server keys');
  });

  it('every key used has a Chinese entry', () => {
    const missing = USES.filter((u) => !Object.prototype.hasOwnProperty.call(BUNDLE, u.key)).map((u) => `${u.at} ${JSON.stringify(u.key)}`);
    assert.deepStrictEqual(missing, []);
  });

  it('every entry is used, none is empty', () => {
    const used = new Set(USES.map((u) => u.key));
    assert.deepStrictEqual(Object.keys(BUNDLE).filter((k) => !used.has(k)), []);
    assert.deepStrictEqual(Object.entries(BUNDLE).filter(([, v]) => typeof v !== 'string' || v === '').map(([k]) => k), []);
  });

  it('the Chinese keeps the same {n} placeholders as its English key', () => {
    const wrong = USES.filter((u) => BUNDLE[u.key] !== undefined && placeholders(BUNDLE[u.key]).join() !== placeholders(u.message).join())
      .map((u) => `${u.at} ${JSON.stringify(u.message)} → ${JSON.stringify(BUNDLE[u.key])}`);
    assert.deepStrictEqual(wrong, []);
  });

  it('package.json points VS Code at the bundle and the .vsix ships it', () => {
    assert.strictEqual(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).l10n, './l10n');
    assert.ok(fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').includes('!l10n/**'));
  });
});

describe('runtime strings: Chinese for zh, English for en', () => {
  it('the helper: arguments in the translation\'s order; one English word, two Chinese ones told apart by a comment', () => {
    const clash = 'A {0} named "{1}" already exists ({2}); the names would be confused.';
    assert.strictEqual(t('en', clash, 'loan', '借款二', '借款一'), 'A loan named "借款二" already exists (借款一); the names would be confused.');
    assert.strictEqual(t('zh', clash, '借款', '借款二', '借款一'), '已有名为“借款二”的借款（借款一），重命名后将无法区分。');
    assert.strictEqual(t('zh', 'fees'), '费用');
    assert.strictEqual(t('zh', { message: 'fees', comment: 'schedule row: 其他费用 at a rate' }), '其他费用');
    assert.strictEqual(t('en', { message: 'fees', comment: 'schedule row: 其他费用 at a rate' }), 'fees');
  });

  it('code lens (rules.md example 2): the claim and the limitation end', () => {
    const doc = sample('pre-2020-contract.debt');
    const index = lineIndexOf(doc.analysis, doc.text);
    // 200,000 + interest 82,375.89 = 282,375.89 (the report's claimAmount); due 2019-09-04 + 3 years = 2022-09-04, a
    // Sunday → 2022-09-05 (民法典第203条).
    assert.strictEqual(doc.analysis.cases[0].claimAmount, '282375.89');
    const titles = (locale: 'zh' | 'en') => codeLenses(doc.analysis, index, locale).map((l) => l.command!.title);
    assert.deepStrictEqual(titles('zh'), ['预览起诉状', '生成起诉状', '生成文书', '本息合计 ¥282,375.89', '时效届满 2022-09-05']);
    assert.deepStrictEqual(titles('en'), ['Preview complaint', 'Generate complaint', 'Generate document', 'Claim ¥282,375.89', 'Limitation ends 2022-09-05']);
  });

  it('inlay hints (rules.md example 2): the rate against both caps and the limitation end', () => {
    const doc = sample('pre-2020-contract.debt');
    const index = lineIndexOf(doc.analysis, doc.text);
    const labels = (locale: 'zh' | 'en') => hintsIn(doc.analysis, index, 0, doc.text.length,
      { locale, settings: defaultSettings, loanTotals: false, rates: true, limitation: true }).map((h) => h.label);
    // 2%/月 × 12 = 24 %; caps 24 % (to 2020-08-19) and 4 × LPR 3.85 % = 15.40 % (from 2020-08-20).
    assert.deepStrictEqual(labels('zh'), ['时效至2022年9月5日', '年化 24.00% · 上限 24.00% / 15.40%']);
    assert.deepStrictEqual(labels('en'), ['limitation to 2022-09-05', 'annual 24.00% · cap 24.00% / 15.40%']);
  });

  it('hover on a date: weekday and holiday (2024-01-01 was a Monday, 元旦)', () => {
    assert.strictEqual(dayDescription('2024-01-01', 'zh'), '2024年1月1日 · 星期一 · 法定节假日（元旦）');
    assert.strictEqual(dayDescription('2024-01-01', 'en'), '2024-01-01 · Monday · official holiday (New Year\'s Day)');
  });
});
