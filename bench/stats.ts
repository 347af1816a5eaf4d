/** Sampling and summaries shared by the editor and document benchmarks (milliseconds throughout). */

export interface Summary { n: number; median: number; p95: number }

export function summarize(times: number[]): Summary | null {
  if (times.length === 0) return null;
  const s = [...times].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { n: s.length, median: at(0.5), p95: at(0.95) };
}

export const elapsedMs = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

export interface SampleOptions { max: number; min?: number; warmup?: number; warmupMs?: number; budgetMs: number; onTimed?: () => void }

/**
 * Times `step(i)` up to `max` times after at least `warmup` untimed calls and at least `warmupMs` of them (so the
 * server's JIT has settled, as in an editing session), stopping early once `budgetMs` is spent (but not before `min`
 * samples), so a slow server shortens its own sample instead of the whole run. A step that returns false did not
 * get an answer: sampling stops and the result is empty (n/a).
 */
export async function sample(step: (i: number) => Promise<boolean>, o: SampleOptions): Promise<number[]> {
  let i = 0;
  const warm = Date.now();
  for (; i < (o.warmup ?? 2) || Date.now() - warm < (o.warmupMs ?? 0); i++) if (!(await step(i))) return [];
  o.onTimed?.();
  const times: number[] = [];
  const start = Date.now();
  while (times.length < o.max && (times.length < (o.min ?? 5) || Date.now() - start < o.budgetMs)) {
    const t0 = process.hrtime.bigint();
    if (!(await step(i++))) return [];
    times.push(elapsedMs(t0));
  }
  return times;
}

export const fmt = (x: number | null | undefined, digits = 1) => (x === null || x === undefined ? 'n/a' : x.toFixed(digits));
export const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  (a === null || a === undefined || !b ? null : a / b);
