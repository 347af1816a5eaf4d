/**
 * The built server as shipped: dist/server.js (server/src/start.ts) runs dist/server-main.js, which runs
 * dist/server-core.js after answering `initialize`, both through V8's code cache in the temp folder, and reads exceljs and pinyin-pro from files of their own (dist/exceljs.js, dist/pinyin.js) when first
 * asked. Each server here gets a temp folder of its own (TMPDIR), so the cache it finds is the one the test made.
 * Figures of samples/loan-basic.debt by hand (server/test/unit/export/schedule-workbook.test.ts): 181 days at 12 % on
 * 50,000.00 = 2,975.34; the loan's interest 2,975.34 + 3,039.60 + 21,089.59 = 27,104.53.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, PublishDiagnosticsNotification, ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { SERVER } from './client';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '../../../../samples/loan-basic.debt'), 'utf8');
const URI = 'file:///bundle/loan-basic.debt';

/** Starts dist/server.js with TMPDIR = `tmp`, opens the sample, runs `steps`, shuts down; resolves when it exited. */
async function withServer(tmp: string, steps: (conn: ProtocolConnection) => Promise<void>): Promise<number | null> {
  const proc = cp.spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, TMPDIR: tmp } });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const first = new Promise<void>((resolve) => conn.onNotification(PublishDiagnosticsNotification.type, (p) => { if (p.uri === URI) resolve(); }));
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
  await conn.sendNotification('initialized', {});
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'debt', version: 1, text: SAMPLE } });
  await first;
  await steps(conn);
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  const code = await exited;
  conn.dispose();
  return code;
}

/** The server keeps its cache in a folder of the user's own under the temp folder (server/src/private-temp.ts). */
const ownDir = (tmp: string) => path.join(tmp, process.getuid ? `debt-lang-cache-${process.getuid()}` : 'debt-lang-cache');
const cacheFiles = (tmp: string) => fs.readdirSync(ownDir(tmp)).filter((f) => /^debt-lang-server-.*\.code-cache$/.test(f));

describe('the shipped bundle: code cache and the files loaded on demand', function () {
  this.timeout(120000);
  const made: string[] = [];
  const tempDir = (prefix: string) => { const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix)); made.push(d); return d; };
  after(() => { for (const d of made) fs.rmSync(d, { recursive: true, force: true }); });

  it('the 利息计算表 .xlsx comes from dist/exceljs.js, with the figures worked out by hand', async () => {
    const tmp = tempDir('debt-bundle-');
    let xlsx = '';
    await withServer(tmp, async (conn) => {
      xlsx = ((await conn.sendRequest('debt/exportSchedule', { uri: URI })) as { xlsx: string }).xlsx;
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx, 'base64') as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    assert.deepStrictEqual((ws.getRow(3).values as unknown[]).slice(1), ['借款一', '借期内利息', '2023-01-10', '2023-07-09', 181, 50000, 12, 2975.34]);
    assert.deepStrictEqual((ws.getRow(6).values as unknown[]).slice(8), [27104.53]);
  });

  it('the first start writes the code caches of both bundles; the next reads them; a damaged cache is compiled over and replaced', async () => {
    const tmp = tempDir('debt-cache-');
    const symbols = async (conn: ProtocolConnection) => {
      // A workspace symbol found by the pinyin initials of a declared name loads dist/pinyin.js: zs → 张三.
      const items = await conn.sendRequest('workspace/symbol', { query: 'zs' }) as { name: string }[];
      assert.ok(items.some((s) => s.name === '张三'), JSON.stringify(items));
    };
    assert.strictEqual(await withServer(tmp, symbols), 0);
    const files = cacheFiles(tmp).sort();
    // One per bundle: the protocol (server-main, answers initialize) and the analysis with the features (server-core).
    assert.deepStrictEqual(files.map((f) => f.replace(/^(debt-lang-server-(main|core))-.*$/, '$1')), ['debt-lang-server-core', 'debt-lang-server-main']);
    assert.strictEqual(fs.statSync(ownDir(tmp)).mode & 0o077, 0, 'the cache folder is readable or writable by others');
    // A cache of an earlier build of this installation is replaced; one of another installation is left alone.
    const core = files[0], key = core.replace(/^(debt-lang-server-core-[0-9a-z]+-).*$/, '$1');
    const older = `${key}0.0-1-1.code-cache`, elsewhere = 'debt-lang-server-core-zzzz-0.0-1-1.code-cache';
    fs.writeFileSync(path.join(ownDir(tmp), older), 'old');
    fs.writeFileSync(path.join(ownDir(tmp), elsewhere), 'another installation');
    const written = files.map((f) => fs.readFileSync(path.join(ownDir(tmp), f)));
    assert.ok(written[0].length > 100_000, `core: ${written[0].length} bytes`);
    assert.ok(written[1].length > 20_000, `main: ${written[1].length} bytes`);

    // Read back: the same caches stay (a cache V8 took is not written again); the older build's is not touched then.
    assert.strictEqual(await withServer(tmp, symbols), 0);
    files.forEach((f, i) => assert.deepStrictEqual(fs.readFileSync(path.join(ownDir(tmp), f)), written[i], f));

    // Damaged: V8 rejects it, the server compiles as without one, answers, and writes a good cache in its place,
    // removing the older build's.
    fs.writeFileSync(path.join(ownDir(tmp), core), Buffer.from('not a code cache'));
    assert.strictEqual(await withServer(tmp, symbols), 0);
    assert.ok(fs.readFileSync(path.join(ownDir(tmp), core)).length > 100_000);
    assert.deepStrictEqual(cacheFiles(tmp).sort(), [...files, elsewhere].sort());
  });

  it('a cache folder another user could write, or a symlink planted under its name, is not used', async function () {
    if (!process.getuid) this.skip(); // Windows: the temp folder is the user's own
    const symbols = async (conn: ProtocolConnection) => { await conn.sendRequest('workspace/symbol', { query: 'zs' }); };
    // World-writable: someone else could have put a cache there. The server still answers and writes nothing.
    const open = tempDir('debt-cache-open-');
    fs.mkdirSync(ownDir(open), { mode: 0o777 });
    fs.chmodSync(ownDir(open), 0o777);
    assert.strictEqual(await withServer(open, symbols), 0);
    assert.deepStrictEqual(cacheFiles(open), []);
    // A symlink to a folder elsewhere: not followed.
    const planted = tempDir('debt-cache-link-'), elsewhere = tempDir('debt-cache-target-');
    fs.symlinkSync(elsewhere, ownDir(planted));
    assert.strictEqual(await withServer(planted, symbols), 0);
    assert.deepStrictEqual(fs.readdirSync(elsewhere), []);
  });
});
