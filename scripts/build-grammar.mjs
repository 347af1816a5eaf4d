// Writes syntaxes/debt.tmLanguage.json from the keyword table in server/src/core/syntax/tokens.ts, so the
// highlighting never drifts from the lexer. Run after changing keywords: node scripts/build-grammar.mjs
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const src = fs.readFileSync(path.join(root, 'server/src/core/syntax/tokens.ts'), 'utf8');
const start = src.indexOf('const KEYWORDS');
const table = src.slice(start, src.indexOf('};', start));
const words = [...table.matchAll(/'([^']+)'/g)].map((m) => m[1]).sort((a, b) => b.length - a.length);
const kw = words.map((w) => w.replace(/-/g, '\\-')).join('|');
const NAME_CHAR = '\\p{L}\\p{N}_\\-·（）()';
const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Debt Case',
  scopeName: 'source.debt',
  patterns: ['comments', 'strings', 'dates', 'rates', 'ids', 'money', 'keywords'].map((r) => ({ include: `#${r}` })),
  repository: {
    comments: { patterns: [{ name: 'comment.line.double-slash.debt', match: '//.*$' }, { name: 'comment.block.debt', begin: '/\\*', end: '\\*/' }] },
    strings: { patterns: [
      { name: 'string.quoted.double.debt', begin: '"', end: '"|$', patterns: [{ name: 'constant.character.escape.debt', match: '\\\\["\\\\]' }] },
      { name: 'string.quoted.other.debt', begin: '“', end: '”|$' },
    ] },
    dates: { patterns: [{ name: 'constant.numeric.date.debt', match: '\\d{4}(?:-\\d{1,2}-\\d{1,2}|/\\d{1,2}/\\d{1,2}|年\\d{1,2}月\\d{1,2}日)' }] },
    rates: { patterns: [{ name: 'constant.numeric.rate.debt', match: '\\d+(?:\\.\\d+)?[%％](?:\\s*[/／]\\s*[年月日]|\\s+per\\s+(?:year|month|day)\\b)?' }] },
    // Resident IDs and credit codes (digits with letters) are one word, not a number followed by a name.
    ids: { patterns: [{ name: 'constant.other.id.debt', match: '\\+\\d[0-9A-Za-z-]*|\\b\\d[0-9A-Za-z]*(?:[A-Za-z]|-[0-9A-Za-z])[0-9A-Za-z-]*' }] },
    money: { patterns: [{ name: 'constant.numeric.money.debt', match: '(?:(?:[¥￥]|CNY)\\s*)?\\d[\\d,]*(?:\\.\\d+)?(?:\\s*万)?(?:\\s*元)?' }] },
    keywords: { patterns: [{ name: 'keyword.other.debt', match: `(?<![${NAME_CHAR}])(?:${kw})(?![${NAME_CHAR}])` }] },
  },
};
fs.writeFileSync(path.join(root, 'syntaxes/debt.tmLanguage.json'), JSON.stringify(grammar, null, 2) + '\n');
console.log(`${words.length} keyword spellings → syntaxes/debt.tmLanguage.json`);
