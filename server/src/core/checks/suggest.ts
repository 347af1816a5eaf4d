/** "Did you mean": the closest declared name by edit distance, when it is close enough to be a typo. */
export function editDistance(a: string, b: string): number {
  const x = [...a], y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length];
}

export function suggest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined, bestD = Infinity;
  const limit = Math.max(1, Math.floor([...name].length / 2));
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestD && d <= limit) { best = c; bestD = d; }
  }
  return best;
}
