// Fails the packaging when the .vsix is over 1.5 MB (1,500,000 bytes, the bound of issue 19), naming its largest
// entries, so a dependency or an image that slips into the package is seen when it happens.
//   node scripts/check-vsix-size.mjs debt-lang-<version>.vsix   (run by `npm run package`)
import * as fs from 'fs';
import { execFileSync } from 'child_process';

export const LIMIT_BYTES = 1_500_000;
const file = process.argv[2];
const size = fs.statSync(file).size;
if (size > LIMIT_BYTES) {
  let largest = '';
  try {
    // unzip -lv: … compressed size in column 3, name last.
    const rows = execFileSync('unzip', ['-lv', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').filter((l) => /^\s*\d+\s+\S+\s+\d+/.test(l));
    largest = rows.map((l) => l.trim().split(/\s+/)).sort((a, b) => Number(b[2]) - Number(a[2])).slice(0, 8)
      .map((c) => `  ${(Number(c[2]) / 1024).toFixed(0).padStart(6)} KB  ${c[c.length - 1]}`).join('\n');
  } catch { /* unzip absent: the total is enough to fail */ }
  console.error(`${file}: ${(size / 1e6).toFixed(2)} MB, over the 1.5 MB bound (${size} > ${LIMIT_BYTES} bytes). Largest entries, compressed:\n${largest}`);
  process.exit(1);
}
console.log(`${file}: ${(size / 1e6).toFixed(2)} MB (bound 1.5 MB)`);
