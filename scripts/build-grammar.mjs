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
// A name (spec §2): quoted, or a run of name characters that does not start with a digit.
const NAME = `"(?:[^"\\\\]|\\\\.)*"|“[^”]*”|(?!\\d)[${NAME_CHAR}]+`;
// The name after a declaring keyword is an entity.name. 借款 and 证据 also refer (`还款 … 借款 借款一`, `证据 借条、收条`),
// so they declare only when a block follows on the line; a role without a block still names the party of the case.
// A declaration opens its line or follows `{` or `;`: in `出借人 原告 借款人 乙` the name 原告 declares nothing.
const DECLARATIONS = [
  ['case', ['案件', 'case'], false],
  ['loan', ['借款', 'loan'], true],
  ['evidence', ['证据', 'evidence'], true],
  ['party', ['原告', '被告', '第三人', '当事人', 'plaintiff', 'defendant', 'third-party', 'party'], false],
  ['agent', ['代理人', 'agent'], false],
];
const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Debt Case',
  scopeName: 'source.debt',
  // Declarations before keywords: at the same position the earlier rule wins, so `证据 借条 {` is keyword + name.
  patterns: ['comments', 'declarations', 'strings', 'dates', 'rates', 'ids', 'money', 'keywords'].map((r) => ({ include: `#${r}` })),
  repository: {
    comments: { patterns: [{ name: 'comment.line.double-slash.debt', match: '//.*$' }, { name: 'comment.block.debt', begin: '/\\*', end: '\\*/' }] },
    strings: { patterns: [
      { name: 'string.quoted.double.debt', begin: '"', end: '"|$', patterns: [{ name: 'constant.character.escape.debt', match: '\\\\["\\\\]' }] },
      { name: 'string.quoted.other.debt', begin: '“', end: '”|$' },
    ] },
    dates: { patterns: [{ name: 'constant.numeric.date.debt', match: '\\d{4}(?:-\\d{1,2}-\\d{1,2}|/\\d{1,2}/\\d{1,2}|年\\d{1,2}月\\d{1,2}日)' }] },
    rates: { patterns: [{ name: 'constant.numeric.rate.debt', match: '\\d+(?:\\.\\d+)?[%％](?:\\s*[/／]\\s*[年月日]|\\s+per\\s+(?:year|month|day)\\b)?' },
      // A rate tied to the LPR (spec §8.3): LPR, LPR ×1.5, LPR 加 50%.
      { name: 'constant.numeric.rate.debt', match: '\\bLPR(?:\\s*(?:[×xX*＊]\\s*\\d+(?:\\.\\d+)?|(?:[+＋]|加)\\s*\\d+(?:\\.\\d+)?[%％]))?(?![\\p{L}\\p{N}_\\-])' }] },
    // Resident IDs and credit codes (digits with letters) are one word, not a number followed by a name.
    ids: { patterns: [{ name: 'constant.other.id.debt', match: '\\+\\d[0-9A-Za-z-]*|\\b\\d[0-9A-Za-z]*(?:[A-Za-z]|-[0-9A-Za-z])[0-9A-Za-z-]*' }] },
    money: { patterns: [{ name: 'constant.numeric.money.debt', match: '(?:(?:[¥￥]|CNY)\\s*)?\\d[\\d,]*(?:\\.\\d+)?(?:\\s*万)?(?:\\s*元)?' }] },
    declarations: { patterns: DECLARATIONS.map(([kind, spellings, needsBlock]) => ({
      match: `(?:^|(?<=[{;；]))\\s*(${spellings.map((w) => w.replace(/-/g, '\\-')).join('|')})(?![${NAME_CHAR}])\\s+(${NAME})${needsBlock ? '(?=\\s*\\{)' : ''}`,
      captures: { 1: { name: 'keyword.other.debt' }, 2: { name: `entity.name.${kind}.debt` } },
    })) },
    keywords: { patterns: [{ name: 'keyword.other.debt', match: `(?<![${NAME_CHAR}])(?:${kw})(?![${NAME_CHAR}])` }] },
  },
};
fs.writeFileSync(path.join(root, 'syntaxes/debt.tmLanguage.json'), JSON.stringify(grammar, null, 2) + '\n');
console.log(`${words.length} keyword spellings → syntaxes/debt.tmLanguage.json`);
