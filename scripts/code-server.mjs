// Shared by the extension-host and UI test runners: a throwaway code-server on 127.0.0.1 and a headless
// Debian chromium driven by playwright-core (shared/guides/vscode-e2e.md).
import { spawn, execFileSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { chromium } from 'playwright-core';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const bin = path.join(root, '.vscode-test/code-server/node_modules/.bin/code-server');

export function ensureCodeServer() {
  if (!fs.existsSync(bin)) execFileSync('bash', [path.join(root, 'scripts/install-code-server.sh')], { stdio: 'inherit' });
}

function freePort() {
  return new Promise((resolve) => { const s = net.createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); }); });
}

/**
 * Starts code-server in its own process group; returns { url, host, stop, run(args) }. `openWalkthrough`: a case file;
 * the extension then opens its walkthrough at start with that file pinned beside it (client/src/first-run.ts). `settings`:
 * user settings over the harness's own.
 */
export async function startCodeServer({ workspace, env = {}, installVsix, openWalkthrough, settings = {} } = {}) {
  ensureCodeServer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-cs-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  fs.writeFileSync(path.join(dir, 'config.yaml'), `bind-addr: ${host}\nauth: none\ncert: false\n`);
  const common = ['--config', path.join(dir, 'config.yaml'), '--user-data-dir', path.join(dir, 'ud'), '--extensions-dir', path.join(dir, 'ext')];
  const userSettings = path.join(dir, 'ud', 'User');
  fs.mkdirSync(userSettings, { recursive: true });
  fs.writeFileSync(path.join(userSettings, 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false, 'update.mode': 'none', 'workbench.tips.enabled': false,
    'git.enabled': false, 'git.openRepositoryInParentFolders': 'never', ...settings,
  }));
  const childEnv = { ...process.env, EXTENSIONS_GALLERY: '{}', ...(openWalkthrough ? { DEBT_OPEN_WALKTHROUGH: openWalkthrough } : {}), ...env };
  if (installVsix) execFileSync(bin, [...common, '--install-extension', installVsix], { env: childEnv, stdio: 'ignore' });
  const proc = spawn(bin, [...common, '--bind-addr', host, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', workspace], { env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout.on('data', (d) => { log += d; });
  proc.stderr.on('data', (d) => { log += d; });
  const deadline = Date.now() + 60000;
  for (;;) {
    try { const r = await fetch(`http://${host}/healthz`); if (r.ok) break; } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`code-server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = () => { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* already gone */ } fs.rmSync(dir, { recursive: true, force: true }); };
  return { host, stop, log: () => log };
}

export async function launchBrowser() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-chromium-'));
  const context = await chromium.launchPersistentContext(dataDir, {
    executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-default-apps', '--disable-extensions'],
  });
  const close = async () => { await context.close().catch(() => {}); fs.rmSync(dataDir, { recursive: true, force: true }); };
  return { context, close };
}

/**
 * Rest the mouse on `target` until the editor shows `hover`. The editor shows a hover only after the mouse moves onto a
 * word and rests there; an approach made while the editor is still laying out (or scrolling) is lost, so move in from
 * above, wait up to 4 s, and approach again (up to 6 times) — the target's box is measured afresh each time.
 */
export async function hoverOver(page, target, hover, { attempts = 6, wait = 4000 } = {}) {
  for (let attempt = 1; ; attempt++) {
    const box = await target.boundingBox();
    if (box) {
      await page.mouse.move(5, 5);
      await page.mouse.move(box.x + box.width / 2, box.y - 40);
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    }
    try { await hover.first().waitFor({ timeout: wait }); return; } catch (e) { if (attempt >= attempts) throw e; }
  }
}
