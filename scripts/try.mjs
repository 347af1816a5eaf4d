// `npm run try`: the packaged extension in code-server on 127.0.0.1 with a copy of samples/ as the workspace, for
// someone without desktop VS Code. Stays up until Ctrl+C, then stops code-server and removes its temp dirs.
// `--no-package` reuses the .vsix already built for this version.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { root, startCodeServer } from './code-server.mjs';

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `debt-lang-${pkg.version}.vsix`);
if (!process.argv.includes('--no-package') || !fs.existsSync(vsix)) {
  console.log('正在打包扩展 / packaging the extension …');
  execFileSync('npm', ['run', 'package', '--silent'], { cwd: root, stdio: 'inherit' });
}

// A copy, so trying the extension (formatting, generating documents) never changes the repository's samples.
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-try-'));
fs.cpSync(path.join(root, 'samples'), path.join(workspace, 'samples'), { recursive: true });
const folder = path.join(workspace, 'samples');

let server;
const cleanUp = () => {
  server?.stop();
  fs.rmSync(workspace, { recursive: true, force: true });
};
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log('\n正在停止 / stopping …');
    cleanUp();
    process.exit(0);
  });
}

try {
  // The walkthrough opens at start, the sample case pinned beside it.
  server = await startCodeServer({ workspace: folder, installVsix: vsix, openWalkthrough: path.join(folder, 'loan-basic.debt') });
} catch (e) {
  cleanUp();
  console.error(String(e instanceof Error ? e.message : e));
  process.exit(1);
}
const url = `http://${server.host}/?folder=${encodeURIComponent(folder)}`;
console.log(`\ndebt-lang ${pkg.version} 已在 code-server 中运行 / running in code-server:\n\n  ${url}\n\n按 Ctrl+C 停止 / press Ctrl+C to stop.`);
// Keep the process alive until a signal arrives.
setInterval(() => {}, 1 << 30);
