/**
 * The pieces of `npm run bench` whose mistakes would silently skew a figure: the percentiles, the sampling loop,
 * the one-character edit (it must land on the digit it names, in both the .debt and the JSON form) and the server's
 * memory figure. Timings themselves are never asserted (speed is measured by the bench, not by tests).
 */
import * as assert from 'assert';
import { summarize, sample, ratio } from '../../../../bench/stats';
import { debtDoc, middleEdit, jsonDoc } from '../../../../bench/lsp';
import { positionAt } from '../../../../bench/lsp-client';
import { memoryAfterGc } from '../../../src/lsp/memory';

describe('bench helpers', () => {
  it('median and p95 are nearest-rank values of the sorted samples', () => {
    // 20 samples 1…20 (given shuffled): median = the 10th (⌈0.5·20⌉) = 10, p95 = the 19th (⌈0.95·20⌉) = 19.
    const xs = [7, 3, 20, 1, 15, 9, 2, 18, 11, 5, 14, 4, 19, 6, 13, 8, 17, 10, 16, 12];
    assert.deepStrictEqual(summarize(xs), { n: 20, median: 10, p95: 19 });
    assert.strictEqual(summarize([]), null);
    assert.strictEqual(ratio(6, 3), 2);
    assert.strictEqual(ratio(null, 3), null);
    assert.strictEqual(ratio(6, 0), null);
  });

  it('sampling takes the warm-up untimed, keeps the minimum when the budget is spent, and gives up on no answer', async () => {
    const calls: number[] = [];
    const times = await sample(async (i) => { calls.push(i); return true; }, { max: 50, min: 4, warmup: 2, budgetMs: 0 });
    assert.strictEqual(times.length, 4);
    assert.deepStrictEqual(calls, [0, 1, 2, 3, 4, 5]); // 2 warm-up + 4 timed, numbered on
    assert.deepStrictEqual(await sample(async (i) => i < 3, { max: 10, warmup: 2, budgetMs: 1000 }), []);
  });

  it('a warm-up given in milliseconds keeps calling untimed until that time has passed', async () => {
    let timedFrom = -1, calls = 0;
    const t0 = Date.now();
    await sample(async () => { calls++; await new Promise((r) => setTimeout(r, 2)); return true; },
      { max: 3, min: 3, warmup: 1, warmupMs: 40, budgetMs: 0, onTimed: () => { timedFrom = Date.now() - t0; } });
    assert.ok(timedFrom >= 40, `timing started after ${timedFrom} ms`);
    // ≥ 40 ms of 2 ms steps is more than the one warm-up call asked for, plus the 3 timed ones.
    assert.ok(calls > 1 + 3, `${calls} calls`);
  });

  it('the middle edit is the first digit of the middle case\'s loan amount, in .debt and in JSON', () => {
    // 12 cases → the middle is case 6; amount = 10,000 + ((6 × 7919) mod 490) × 1,000 = 10,000 + (47,514 − 96 × 490) × 1,000
    // = 10,000 + 474 × 1,000 = 484,000 (bench/generate.ts). Its first digit 4 flips to 1 and back.
    for (const [doc, json] of [[debtDoc(12), false], [jsonDoc(12), true]] as const) {
      const { offset, chars } = middleEdit(doc, 12, json);
      assert.strictEqual(doc.text.slice(offset, offset + 6), '484000');
      assert.deepStrictEqual(chars, ['1', '4']);
      const before = doc.text.slice(0, offset);
      assert.ok(before.lastIndexOf(json ? '"name": "借款6"' : '借款 借款6 {') > before.lastIndexOf(json ? '"name": "借款5"' : '借款 借款5 {'));
    }
  });

  it('positions count lines and UTF-16 units from the start of the line', () => {
    const text = '案件 甲\n  金额 5元\n';
    assert.deepStrictEqual(positionAt(text, text.indexOf('5')), { line: 1, character: 5 });
    assert.deepStrictEqual(positionAt(text, 0), { line: 0, character: 0 });
  });

  it('debt/memory answers the process memory, collected first when the process has gc', () => {
    const m = memoryAfterGc();
    assert.strictEqual(m.collected, typeof (globalThis as { gc?: unknown }).gc === 'function');
    assert.ok(m.heapUsed > 0 && m.heapUsed <= m.heapTotal && m.rss >= m.heapTotal);
  });
});
