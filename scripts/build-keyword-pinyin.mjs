// Writes server/data/keyword-pinyin.json: the pinyin filter keys of every Chinese keyword spelling (逾期利率 →
// "yqll yuqililv"), so the language server finds keywords by pinyin without loading pinyin-pro at start-up.
// Run after changing keywords, once the TypeScript is compiled: npx tsc -p . && node scripts/build-keyword-pinyin.mjs
// (server/test/unit/lsp/keyword-pinyin.test.ts fails while the file is stale).
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const require = createRequire(path.join(root, 'out', 'x.js'));
const { K, spellingsOf } = require('./server/src/core/syntax/tokens.js');
const { computePinyinKeys } = require('./server/src/lsp/pinyin-keys.js');

const table = {};
for (const concept of Object.keys(K)) {
  for (const s of spellingsOf(concept)) if (/[^\x00-\x7f]/.test(s)) table[s] = computePinyinKeys(s);
}
const sorted = Object.fromEntries(Object.entries(table).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
fs.writeFileSync(path.join(root, 'server/data/keyword-pinyin.json'), JSON.stringify(sorted, null, 1) + '\n');
console.log(`server/data/keyword-pinyin.json: ${Object.keys(sorted).length} spellings`);
