/**
 * Parse + build the case model, beside JSON.parse of the same cases written as JSON, in the same run (the ratio is
 * the figure issue 3 sets at most 5×). Beside it, two stages timed on their own to show where the time goes: lexing
 * (text → tokens) and parsing (tokens → syntax tree); the model builder takes the rest.
 */
import { buildModel } from '../server/src/core/model/build';
import { tokenize } from '../server/src/core/syntax/lexer';
import { parseTokens } from '../server/src/core/syntax/parser';
import { generateFile, median } from './generate';

export async function run(): Promise<void> {
  console.log('parse + model build vs JSON.parse of the same cases (median ms)');
  console.log('  cases   text KB   debt ms   JSON.parse ms   ratio   lexing ms   parsing ms');
  for (const n of [1, 12, 115, 637]) {
    const { text, json } = generateFile(n);
    const runs = n < 100 ? 51 : n < 500 ? 31 : 21;
    const batch = n === 1 ? 200 : n < 100 ? 20 : 1;
    const debt = median(() => buildModel('file:///bench.debt', text, { read: () => undefined }, 'zh'), runs, 3, batch);
    const ref = median(() => JSON.parse(json), runs, 3, batch);
    const lex = median(() => tokenize(text), runs, 3, batch);
    const tokens = tokenize(text).tokens;
    const parse = median(() => parseTokens(tokens, text), runs, 3, batch);
    console.log(`  ${String(n).padStart(5)}   ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(7)}   ${debt.toFixed(3).padStart(7)}   ${ref.toFixed(3).padStart(13)}   ${(debt / ref).toFixed(1).padStart(5)}×   ${lex.toFixed(3).padStart(9)}   ${parse.toFixed(3).padStart(10)}`);
  }
}
