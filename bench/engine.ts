/**
 * `debt report` over 10,000 generated cases on one core: cases per second, and the law engine's share beside
 * parsing, measured stage by stage on the same model in the same run (median of three rounds, so a busy machine
 * skews one round, not the figures).
 *   parse + model + structure checks → law engine (interest, limitation, fees, evidence) → report JSON.
 * The end-to-end `analyze` + `buildReport` time is printed beside the stage sum as a cross-check.
 */
import { analyze } from '../server/src/core/analyze';
import { buildModel } from '../server/src/core/model/build';
import { checkStructure } from '../server/src/core/checks/structure';
import { analyzeLaw } from '../server/src/core/law/analyze-law';
import { defaultSettings } from '../server/src/core/settings';
import { buildReport } from '../server/src/core/report';
import { generateFile } from './generate';

const ROUNDS = 3;
const ms = (fn: () => void) => { const t = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - t) / 1e6; };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function run(): Promise<void> {
  const n = 10_000;
  const { text } = generateFile(n);
  const uri = 'file:///bench.debt';
  const host = { read: () => undefined };
  const today = '2026-11-24';
  analyze('file:///warm.debt', generateFile(200).text, host, { today }); // warm-up: JIT the whole pipeline

  const parse: number[] = [], law: number[] = [], json: number[] = [], whole: number[] = [];
  let reportChars = 0;
  for (let r = 0; r < ROUNDS; r++) {
    let built!: ReturnType<typeof buildModel>;
    parse.push(ms(() => { built = buildModel(uri, text, host, 'zh'); checkStructure(built.file, 'zh'); }));
    let result!: ReturnType<typeof analyzeLaw>;
    law.push(ms(() => { result = analyzeLaw(built.file, { locale: 'zh', settings: defaultSettings, today }); }));
    json.push(ms(() => {
      const a = { uri, model: built.file, diagnostics: result.diagnostics, cases: result.cases, asOf: '2026-08-01', interestThrough: '2026-07-31' };
      reportChars = JSON.stringify(buildReport('bench.debt', a)).length;
    }));
    whole.push(ms(() => { JSON.stringify(buildReport('bench.debt', analyze(uri, text, host, { today }))); }));
  }
  const [p, l, j, w] = [median(parse), median(law), median(json), median(whole)];
  const sum = p + l + j;
  const row = (label: string, t: number, extra = '') => console.log(`  ${label.padEnd(36)}${t.toFixed(0).padStart(7)} ms ${(t / sum * 100).toFixed(0).padStart(4)} %${extra}`);
  console.log(`\ndebt report over ${n} cases (one process, one core; median of ${ROUNDS} rounds)`);
  row('parse + model + structure checks', p);
  row('law engine (interest, limitation, …)', l, `   ${(n / (l / 1000)).toFixed(0)} cases/s, ${(l / p).toFixed(2)}× the parsing time`);
  row('report JSON', j, `   ${(reportChars / 1e6).toFixed(1)} MB`);
  console.log(`  ${'stages together'.padEnd(36)}${sum.toFixed(0).padStart(7)} ms        → ${(n / (sum / 1000)).toFixed(0)} cases/s`);
  console.log(`  ${'analyze + buildReport end to end'.padEnd(36)}${w.toFixed(0).padStart(7)} ms        → ${(n / (w / 1000)).toFixed(0)} cases/s`);
}
