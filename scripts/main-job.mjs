// `npm start` — the main job on a fresh machine: build, package the .vsix, run `debt check` and
// `debt report` over samples/ (reports into out/reports/), generate every sample's complaint (Word) and evidence list into
// out/documents/, then say where everything is.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { cwd: root, encoding: 'utf8', ...opts });
const must = (r, what) => { if (r.status !== 0) { console.error(`${what} failed (exit ${r.status})\n${r.stderr ?? ''}`); process.exit(1); } };

console.log('1/4 构建并打包 build and package …');
must(run('npm', ['run', 'package', '--silent'], { stdio: 'inherit' }), 'npm run package');
const vsix = path.join(root, `debt-lang-${pkg.version}.vsix`);

console.log('\n2/4 检查样例案件 debt check samples/ …');
const samples = fs.readdirSync(path.join(root, 'samples')).filter((f) => f.endsWith('.debt')).map((f) => path.join('samples', f));
const check = run('node', ['dist/cli.js', 'check', ...samples]);
process.stdout.write(check.stdout);
// Exit 1 means the samples contain errors (diagnostics); 2 or a crash means the tool itself failed.
if (check.status !== 0 && check.status !== 1) { console.error(check.stderr); process.exit(1); }

console.log('\n3/4 生成报告 debt report → out/reports/ …');
const outDir = path.join(root, 'out', 'reports');
fs.mkdirSync(outDir, { recursive: true });
for (const s of samples) {
  const r = run('node', ['dist/cli.js', 'report', s]);
  if (r.status !== 0 && r.status !== 1) { console.error(r.stderr); process.exit(1); }
  fs.writeFileSync(path.join(outDir, path.basename(s, '.debt') + '.json'), r.stdout);
}

console.log('\n4/4 生成起诉状与证据目录 debt generate → out/documents/ …');
const docDir = path.join(root, 'out', 'documents');
fs.mkdirSync(docDir, { recursive: true });
for (const kind of ['complaint', 'evidence-list']) {
  const g = run('node', ['dist/cli.js', 'generate', ...samples, '--kind', kind, '--format', 'docx', '--out', docDir, '--force']);
  process.stdout.write(g.stdout);
  // A document the law does not allow for a case is refused and explained (a judgment to enforce has no loan to sue on):
  // that is the tool working. A case with errors, or any other failure, stops the job.
  const refusedOnly = g.status === 1 && / refused [1-9]\d*, with errors 0/.test(g.stderr) && !/有错误，未生成|cannot/.test(g.stderr);
  if (g.status !== 0 && !refusedOnly) { console.error(g.stderr); process.exit(1); }
  for (const l of g.stderr.split('\n').filter((x) => /不生成|refused|拒绝/.test(x) && !x.includes('注意 / note'))) console.log(`  ${l}`);
}
// The judgment sample is enforced, not sued on: its 强制执行申请书.
const enforce = run('node', ['dist/cli.js', 'generate', path.join(root, 'samples', 'judgment-enforcement.debt'), '--kind', 'enforcement', '--format', 'docx', '--out', docDir, '--force']);
process.stdout.write(enforce.stdout);
if (enforce.status !== 0) { console.error(enforce.stderr); process.exit(1); }
const docs = fs.readdirSync(docDir).filter((f) => f.endsWith('.docx'));

const size = (fs.statSync(vsix).size / 1024).toFixed(0);
console.log(`
完成 Done.
  扩展包 Extension:  ${path.relative(root, vsix)} (${size} KB)
      安装 Install:  code --install-extension ${path.relative(root, vsix)}
  命令行 CLI:        node dist/cli.js --help   (debt check FILE… / debt report FILE / debt generate FILE…)
  报告 Reports:      ${path.relative(root, outDir)}/*.json (${samples.length} samples)
  文书 Documents:    ${path.relative(root, docDir)}/*.docx (${docs.length} files: 起诉状, 证据目录)
`);
