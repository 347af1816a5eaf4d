/**
 * snippets/debt.json: every snippet, its placeholders filled with their defaults (and each choice in turn), parses
 * with no syntax error (DEBT1xx); every block has a snippet in both keyword languages, each written in its language.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { keywordLanguageOf } from '../../../src/core/format/keywords';

const FILE = path.resolve(__dirname, '../../../../../snippets/debt.json');
interface Snippet { prefix: string | string[]; body: string | string[]; description?: string }
const snippets: Record<string, Snippet> = JSON.parse(fs.readFileSync(FILE, 'utf8'));

const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '27' };

/** Tab stops and their defaults: `${n:default}` or the first (or `pick`ed) option of `${n|a,b|}`. */
function defaults(body: string, pick: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of body.matchAll(/\$\{(\d+):([^}$]*)\}/g)) out[m[1]] = m[2];
  for (const m of body.matchAll(/\$\{(\d+)\|([^|]*)\|\}/g)) out[m[1]] = pick[m[1]] ?? m[2].split(',')[0];
  return out;
}

/** The text VS Code inserts when the lawyer accepts every default: mirrors (`$4`) repeat their tab stop's value. */
function expand(raw: string, pick: Record<string, string> = {}): string {
  // Variables first: a default may hold one (起诉日 ${3:$CURRENT_YEAR-…}).
  const body = raw.replace(/\$\{([A-Z_]+)\}|\$([A-Z_]+)/g, (_m, a?: string, b?: string) => VARIABLES[(a ?? b)!] ?? '');
  const values = defaults(body, pick);
  return body
    .replace(/\$\{(\d+)(?::[^}$]*|\|[^|]*\|)\}/g, (_m, n: string) => values[n] ?? '')
    .replace(/\$\{(\d+)\}|\$(\d+)/g, (_m, a?: string, b?: string) => values[(a ?? b)!] ?? '');
}

/** Choice tab stops and their options, to try each option in turn. */
const choices = (body: string) => [...body.matchAll(/\$\{(\d+)\|([^|]*)\|\}/g)].map((m) => ({ n: m[1], options: m[2].split(',') }));

const TOP_LEVEL = /^(案件|case|引用|use|当事人|party|代理人|agent)\s/;

/** A snippet's text where it belongs: top-level items as they are, case items inside a case. */
function inContext(text: string): string {
  if (TOP_LEVEL.test(text)) return text;
  const lang = keywordLanguageOf(text);
  return lang === 'en' ? `case X {\n  plaintiff 张三\n  defendant 李四\n${text}\n}\n` : `案件 X {\n  原告 张三\n  被告 李四\n${text}\n}\n`;
}

const syntaxErrors = (text: string) =>
  analyze('file:///snippet.debt', text, { read: () => undefined }, { today: '2026-11-27', structureOnly: true })
    .diagnostics.filter((d) => d.code.startsWith('DEBT1')).map((d) => `${d.code} ${d.message}`);

const bodyOf = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);

describe('snippets', () => {
  it('expands placeholders the way VS Code does (mirrors, choices, variables)', () => {
    assert.strictEqual(expand('a ${1:x} $1 ${2|p,q|} ${3} $CURRENT_YEAR$0'), 'a x x p  2026');
    assert.strictEqual(expand('${2|p,q|}', { 2: 'q' }), 'q');
  });

  it('every snippet parses with no syntax error, with its defaults and with each choice', () => {
    assert.ok(Object.keys(snippets).length >= 30);
    for (const [name, s] of Object.entries(snippets)) {
      const body = bodyOf(s);
      assert.deepStrictEqual(syntaxErrors(inContext(expand(body))), [], name);
      for (const { n, options } of choices(body)) {
        for (const o of options) assert.deepStrictEqual(syntaxErrors(inContext(expand(body, { [n]: o }))), [], `${name}: ${n}=${o}`);
      }
    }
  });

  it('the case snippets with their defaults check without any error', () => {
    for (const name of ['案件 Case', 'case (English keywords)']) {
      const text = expand(bodyOf(snippets[name]));
      const a = analyze('file:///snippet.debt', text, { read: () => undefined }, { today: '2026-11-27' });
      assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), [], name);
    }
  });

  it('every block has a snippet in each keyword language, written in that language', () => {
    const blocks: [string, string][] = [
      ['案件', 'case'], ['引用', 'use'], ['原告', 'plaintiff'], ['被告', 'defendant'], ['第三人', 'third-party'], ['当事人', 'party'],
      ['代理人', 'agent'], ['借款', 'loan'], ['证据', 'evidence'], ['还款', 'repaid'], ['催收', 'demanded'], ['确认', 'acknowledged'],
      ['请求', 'claim'], ['财产', 'asset'], ['保全', 'preservation'], ['判决', 'judgment'],
    ];
    const firstWords = Object.values(snippets).map((s) => expand(bodyOf(s)).split(/\s/)[0]);
    for (const [zh, en] of blocks) {
      assert.ok(firstWords.includes(zh), `a snippet starting with ${zh}`);
      assert.ok(firstWords.includes(en), `a snippet starting with ${en}`);
    }
    for (const [name, s] of Object.entries(snippets)) {
      const text = expand(bodyOf(s));
      const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      const lang = keywordLanguageOf(inContext(text));
      // The prefix is typed in the snippet's own keyword language: 借款… for Chinese, loan… for English.
      for (const p of prefixes) assert.strictEqual(/^[a-z]/.test(p) ? 'en' : 'zh', lang, `${name}: prefix ${p}`);
    }
  });
});
