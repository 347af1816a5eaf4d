/** `debt report` over 10,000 generated cases on one core: cases per second, and the law engine's share beside parsing. */
import { analyze } from '../server/src/core/analyze';
import { buildReport } from '../server/src/core/report';
import { generateFile } from './generate';

export async function run(): Promise<void> {
  const n = 10_000;
  const { text } = generateFile(n);
  const host = { read: () => undefined };
  const time = (fn: () => void) => { const t = process.hrtime.bigint(); fn(); return Number(process.hrtime.bigint() - t) / 1e6; };
  analyze('file:///warm.debt', generateFile(50).text, host, {}); // warm-up
  const structure = time(() => analyze('file:///bench.debt', text, host, { structureOnly: true }));
  let reportChars = 0;
  const full = time(() => { reportChars = JSON.stringify(buildReport('bench.debt', analyze('file:///bench.debt', text, host, {}))).length; });
  const law = full - structure;
  console.log(`\ndebt report over ${n} cases (one process, one core)`);
  console.log(`  parse + model + structure checks   ${structure.toFixed(0).padStart(7)} ms`);
  console.log(`  full report (law engine + JSON)    ${full.toFixed(0).padStart(7)} ms   → ${(n / (full / 1000)).toFixed(0)} cases/s`);
  console.log(`  law engine + report share          ${((law / full) * 100).toFixed(0).padStart(6)} %   (${(law / structure).toFixed(1)}× the parsing time; report ${(reportChars / 1e6).toFixed(1)} MB)`);
}
