/** Parse + build the case model, beside JSON.parse of the same cases written as JSON, in the same run. */
import { buildModel } from '../server/src/core/model/build';
import { generateFile, median } from './generate';

export async function run(): Promise<void> {
  console.log('parse + model build vs JSON.parse of the same cases (median ms)');
  console.log('  cases   text KB   debt ms   JSON.parse ms   ratio');
  for (const n of [1, 12, 115, 637]) {
    const { text, json } = generateFile(n);
    const runs = n < 100 ? 51 : n < 500 ? 31 : 21;
    const batch = n === 1 ? 200 : n < 100 ? 20 : 1;
    const debt = median(() => buildModel('file:///bench.debt', text, { read: () => undefined }, 'zh'), runs, 3, batch);
    const ref = median(() => JSON.parse(json), runs, 3, batch);
    console.log(`  ${String(n).padStart(5)}   ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(7)}   ${debt.toFixed(3).padStart(7)}   ${ref.toFixed(3).padStart(13)}   ${(debt / ref).toFixed(1).padStart(5)}×`);
  }
}
