/**
 * Snippet placeholders (issue 19): VS Code accepts a `${n|a,b|}` choice on Enter and moves on, so Enter on `person`
 * skipped the next field and the ID landed in the address. Snippets hold plain placeholders instead (the first value as
 * default; the server offers the values after a keyword and a space), repeated values share one tab stop (the signed
 * date is the delivery date, the amount the delivered amount), and each snippet, pasted with its defaults where it
 * belongs, checks without an error in its own keyword language.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';

const FILE = path.resolve(__dirname, '../../../../../snippets/debt.json');
interface Snippet { prefix: string | string[]; body: string | string[]; description?: string }
const snippets: Record<string, Snippet> = JSON.parse(fs.readFileSync(FILE, 'utf8'));
const bodyOf = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);

/**
 * VS Code's snippet syntax (https://code.visualstudio.com/docs/editor/userdefinedsnippets#_grammar): `$n`, `${n}`,
 * `${n:placeholder}` (nesting allowed), `${n|a,b|}`, `$VAR`, `${VAR}`, `${VAR:default}`; `\$`, `\}`, `\\` escape.
 * Returns the tab stops met (number → whether it was a choice, and its default text), or throws at a malformed piece.
 */
function parseSnippet(body: string): { stops: { n: number; choice: boolean; text?: string }[] } {
  const stops: { n: number; choice: boolean; text?: string }[] = [];
  let i = 0;
  function parseUntil(close: string | undefined): string {
    let out = '';
    while (i < body.length) {
      const c = body[i];
      if (c === '\\' && i + 1 < body.length && '$}\\'.includes(body[i + 1])) { out += body[i + 1]; i += 2; continue; }
      if (close && c === close) return out;
      if (c !== '$') { out += c; i++; continue; }
      const simple = /^\$(\d+|[A-Z_a-z][A-Z_a-z0-9]*)/.exec(body.slice(i));
      if (simple) {
        if (/^\d/.test(simple[1])) stops.push({ n: Number(simple[1]), choice: false });
        i += simple[0].length; continue;
      }
      const open = /^\$\{(\d+|[A-Z_a-z][A-Z_a-z0-9]*)/.exec(body.slice(i));
      if (!open) throw new Error(`a $ that starts nothing at ${i}: ${body.slice(i, i + 20)}`);
      i += open[0].length;
      const isStop = /^\d/.test(open[1]);
      if (body[i] === '}') { if (isStop) stops.push({ n: Number(open[1]), choice: false }); i++; continue; }
      if (body[i] === ':') {
        i++;
        const stop = isStop ? { n: Number(open[1]), choice: false, text: '' } : undefined;
        if (stop) stops.push(stop);
        const text = parseUntil('}');
        if (body[i] !== '}') throw new Error(`placeholder ${open[1]} is not closed`);
        if (stop) stop.text = text;
        out += text; i++; continue;
      }
      if (body[i] === '|' && isStop) {
        const end = body.indexOf('|}', i + 1);
        if (end < 0) throw new Error(`choice ${open[1]} is not closed`);
        stops.push({ n: Number(open[1]), choice: true, text: body.slice(i + 1, end).split(',')[0] });
        i = end + 2; continue;
      }
      throw new Error(`malformed \${${open[1]} at ${i}`);
    }
    if (close) throw new Error(`missing ${close}`);
    return out;
  }
  parseUntil(undefined);
  return { stops };
}

const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '11', CURRENT_DATE: '27' };

/** The text inserted when every default is kept: a mirror repeats its tab stop's default. */
function withDefaults(body: string): string {
  const b = body.replace(/\$\{([A-Z_]+)\}|\$([A-Z_]+)/g, (_m, x?: string, y?: string) => VARIABLES[(x ?? y)!] ?? '');
  const values = new Map<string, string>();
  for (const m of b.matchAll(/\$\{(\d+):([^}$]*)\}/g)) values.set(m[1], m[2]);
  return b.replace(/\$\{(\d+):[^}$]*\}/g, (_m, n: string) => values.get(n)!)
    .replace(/\$\{(\d+)\}|\$(\d+)/g, (_m, x?: string, y?: string) => values.get((x ?? y)!) ?? '');
}

const isEnglish = (text: string) => /^[a-z]/.test(text);

/**
 * A snippet where it belongs, with what it refers to declared: a case item inside a case whose court and filing date
 * are known, with the parties it names; the evidence a fact cites (`证据 借条` without a block) declared once; the
 * guarantor of a guarantee claim standing in a loan; the asset a preservation targets; a used file that exists.
 */
function inContext(text: string): { text: string; files: Record<string, string> } {
  const en = isEnglish(text);
  const files: Record<string, string> = { 'file:///cases/shared/lender.debt': en ? 'party 张三 { person }\n' : '当事人 张三 { 自然人 }\n' };
  if (/^(案件|case)\s/.test(text)) return { text, files };
  if (/^(引用|use|当事人|party)\s/.test(text)) return { text, files };
  if (/^(代理人|agent)\s/.test(text)) return { text: (en ? 'party 张三 { person }\n' : '当事人 张三 { 自然人 }\n') + text, files };
  const declaresParty = /^(原告|被告|第三人|plaintiff|defendant|third-party)\s/.test(text);
  const kw = en
    ? { case: 'case', court: 'court', filing: 'filing', p: 'plaintiff', d: 'defendant', ev: 'evidence', kind: 'kind other', asset: 'asset', assetKind: 'kind bank-account owner', loan: 'loan', lender: 'lender', borrower: 'borrower', guarantor: 'guarantor', amount: 'amount', delivered: 'delivered', joint: 'joint', t: 'third-party', iou: 'IOUx' }
    : { case: '案件', court: '法院', filing: '起诉日', p: '原告', d: '被告', ev: '证据', kind: '类型 其他', asset: '财产', assetKind: '类型 银行账户 所有人', loan: '借款', lender: '出借人', borrower: '借款人', guarantor: '保证人', amount: '金额', delivered: '交付', joint: '连带', t: '第三人', iou: '借据' };
  const lines = [`${kw.case} X {`, `  ${kw.court} 北京市朝阳区人民法院`, `  ${kw.filing} 2026-11-27`];
  lines.push(declaresParty ? `  ${kw.p} 王五` : `  ${kw.p} 张三`, declaresParty ? `  ${kw.d} 赵六` : `  ${kw.d} 李四`);
  const guarantor = /(保证责任|guarantee)\s+(\S+)/.exec(text)?.[2];
  if (guarantor) {
    lines.push(`  ${kw.d} ${guarantor}`, `  ${kw.loan} L0 { ${kw.lender} 张三 ${kw.borrower} 李四 ${kw.guarantor} ${guarantor} ${kw.joint} ${kw.amount} 1000 ${kw.delivered} 2026-01-10 1000 ${kw.ev} ${kw.iou} }`);
    lines.push(`  ${kw.ev} ${kw.iou} { ${kw.kind} }`);
  }
  const target = /(对象|targets)\s+(\S+)/.exec(text)?.[2];
  if (target) lines.push(`  ${kw.asset} ${target} { ${kw.assetKind} 李四 }`);
  // Evidence a fact cites by name (no block follows the name): declared once.
  const cited = new Set([...text.matchAll(/(?:证据|evidence)\s+([^\s{}]+)(?!\s*\{)/g)].map((m) => m[1]));
  for (const name of cited) lines.push(`  ${kw.ev} ${name} { ${kw.kind} }`);
  lines.push(text, '}', '');
  return { text: lines.join('\n'), files };
}

const errorsOf = (text: string, files: Record<string, string>) =>
  analyze('file:///cases/s.debt', text, { read: (u) => files[u] }, { today: '2026-11-27' })
    .diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`);

describe('snippet placeholders', () => {
  it('the snippet parser reads the grammar and rejects what VS Code would not', () => {
    assert.deepStrictEqual(parseSnippet('a ${1:x ${2:y}} $1 ${3|p,q|} $CURRENT_YEAR ${4} \\$5$0').stops.map((s) => [s.n, s.choice]),
      [[1, false], [2, false], [1, false], [3, true], [4, false], [0, false]]);
    assert.throws(() => parseSnippet('${1:x'));
    assert.throws(() => parseSnippet('${1|a,b}'));
    assert.throws(() => parseSnippet('${x'));
  });

  it('every snippet is a valid VS Code snippet with no choice placeholder (a choice is accepted on Enter and moves on)', () => {
    assert.ok(Object.keys(snippets).length >= 30);
    for (const [name, s] of Object.entries(snippets)) {
      const { stops } = parseSnippet(bodyOf(s));
      assert.deepStrictEqual(stops.filter((x) => x.choice).map((x) => x.n), [], `${name} has a choice`);
      // A tab stop has at most one default (VS Code would keep the first and the editor would show two texts).
      const defaults = new Map<number, string>();
      for (const x of stops) if (x.text !== undefined) {
        assert.ok(!defaults.has(x.n), `${name}: tab stop ${x.n} has two defaults`);
        defaults.set(x.n, x.text);
      }
    }
  });

  it('the delivery repeats the signed date and the amount (one tab stop each), in both keyword languages', () => {
    const withLoan = Object.entries(snippets).filter(([, s]) => /(^|\n)\s*(借款|loan) /.test(bodyOf(s)) || /^(案件|case) /.test(bodyOf(s)));
    assert.deepStrictEqual(withLoan.length, 6, withLoan.map(([n]) => n).join(', '));
    for (const [name, s] of withLoan) {
      const body = bodyOf(s);
      const signed = /(?:签订|signed) \$\{(\d+):/.exec(body);
      const amount = /(?:金额|amount) \$\{(\d+):/.exec(body);
      const delivered = /(?:交付|delivered) \$(\d+) \$(\d+) /.exec(body);
      assert.ok(signed && amount && delivered, name);
      assert.deepStrictEqual([delivered![1], delivered![2]], [signed![1], amount![1]], `${name}: 交付 <signed date> <amount>`);
    }
    // The case snippets also name the plaintiff as the lender and the defendant as the borrower, by the same tab stops.
    for (const name of ['案件 Case', 'case (English keywords)']) {
      const body = bodyOf(snippets[name]);
      const p = /(?:原告|plaintiff) \$\{(\d+):/.exec(body)![1], d = /(?:被告|defendant) \$\{(\d+):/.exec(body)![1];
      assert.match(body, new RegExp(`(?:出借人|lender) \\$${p}\\n`), name);
      assert.match(body, new RegExp(`(?:借款人|borrower) \\$${d}\\n`), name);
    }
  });

  it('an English-keyword snippet has no Chinese keyword or literal form (12%/年, 元, 万); a Chinese one no English keyword', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const text = withDefaults(bodyOf(s));
      if (isEnglish(text)) assert.doesNotMatch(text, /%\/[年月日]|\d元|\d万/, name);
      else assert.doesNotMatch(text, /% per |\b(?:person|company|transfer|evidence|kind)\b/, name);
    }
  });

  it('every snippet pasted with its defaults checks without an error, in its own keyword language', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const ctx = inContext(withDefaults(bodyOf(s)));
      assert.deepStrictEqual(errorsOf(ctx.text, ctx.files), [], `${name}:\n${ctx.text}`);
    }
  });
});
