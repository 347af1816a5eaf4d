// Crops the UI test's screenshots (test-results/ui/*.png, 1400×900, written by test/ui/journey.test.mjs) to the part
// each walkthrough step is about and writes them as WebP to media/walkthrough/, for the walkthrough and the README.
// A walkthrough beside the sample (as `npm run try` opens it) shows its image about 500 px wide: each crop stays near
// that width, so the editor's text is shown at its own size, legible, not a whole window shrunk to a third.
// Run after the UI test:
//   node scripts/walkthrough-media.mjs   (needs ImageMagick's `convert`)
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const shots = path.join(root, 'test-results/ui');
const out = path.join(root, 'media/walkthrough');

/** Output name → parts (screenshot, crop `WxH+X+Y`), stacked top to bottom. */
const MEDIA = {
  // The sample as it opens: the case's heading, the lens line (claim, limitation end) and the first party.
  'sample.webp': [['inlay-hints', '520x320+405+90']],
  // The loan with its inline total and each rate with its cap.
  'interest.webp': [['inlay-hints', '520x178+420+688']],
  // The hover on 逾期利率 with 民间借贷规定第28条 in full.
  'hover-statute.webp': [['hover-statute', '540x272+452+232']],
  // The preview pane: notes for the lawyer, then the complaint.
  'preview.webp': [['preview', '525x532+875+40']],
  // The claims of the complaint and the notification naming the Word file written.
  'generated.webp': [['generated', '525x230+875+653']],
  // After 3000元 → 4000元: the loan's total in the editor, then the complaint's claims, both recomputed.
  'preview-after-edit.webp': [['preview-after-edit', '393x245+413+311'], ['preview-after-edit', '525x226+875+653']],
};

fs.mkdirSync(out, { recursive: true });
for (const [name, parts] of Object.entries(MEDIA)) {
  const args = [];
  for (const [shot, crop] of parts) args.push('(', path.join(shots, `${shot}.png`), '-crop', crop, '+repage', ')');
  if (parts.length > 1) args.push('-background', 'white', '-gravity', 'west', '-splice', '0x0', '-append');
  args.push('-strip', '-quality', '82', path.join(out, name));
  const r = spawnSync('convert', args, { encoding: 'utf8' });
  if (r.status !== 0) { console.error(`${name}: ${r.stderr}`); process.exit(1); }
  console.log(`${path.relative(root, path.join(out, name))} ${(fs.statSync(path.join(out, name)).size / 1024).toFixed(0)} KB`);
}
