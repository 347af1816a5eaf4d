/**
 * Start-up loads only what the first diagnostics need: the server (compiled per module, so each module is a file in
 * require.cache) is started, a case opened, its diagnostics received, and the server shut down; the modules it loaded
 * by then are counted. The document stage, `docx` and `exceljs` are loaded on the first document or export request.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, PublishDiagnosticsNotification,
} from 'vscode-languageserver-protocol/node';

const ROOT = path.resolve(__dirname, '../../../..');
const SERVER = path.join(ROOT, 'out/server/src/server.js');
const PRELOAD = path.join(ROOT, 'server/test/fixtures/list-modules.cjs');
const SAMPLE = fs.readFileSync(path.join(ROOT, 'samples/loan-basic.debt'), 'utf8');

async function modulesAfter(steps: (conn: ReturnType<typeof createProtocolConnection>, uri: string) => Promise<void>, atAnswer?: string): Promise<string[]> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'debt-mods-')), 'modules.txt');
  const env = { ...process.env, DEBT_MODULES_OUT: out, ...(atAnswer ? { DEBT_MODULES_AT_ANSWER: atAnswer } : {}) };
  const proc = cp.spawn(process.execPath, ['-r', PRELOAD, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
  const uri = 'file:///startup/loan-basic.debt';
  const first = new Promise<void>((resolve) => conn.onNotification(PublishDiagnosticsNotification.type, (p) => { if (p.uri === uri) resolve(); }));
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
  await conn.sendNotification('initialized', {});
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'debt', version: 1, text: SAMPLE } });
  await first;
  await steps(conn, uri);
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  await exited;
  conn.dispose();
  return fs.readFileSync(out, 'utf8').split('\n').map((m) => path.relative(ROOT, m));
}

const heavy = (mods: string[]) => mods.filter((m) => /node_modules\/(docx|exceljs|pinyin-pro)\/|out\/server\/src\/core\/(documents|export)\//.test(m));

describe('start-up: modules loaded before the first diagnostics', function () {
  this.timeout(120000);

  it('`initialize` is answered before the analysis and the features are loaded (server.ts, then server-core.ts)', async () => {
    const atAnswer = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'debt-mods-')), 'at-answer.txt');
    const after = await modulesAfter(async () => undefined, atAnswer);
    const answered = fs.readFileSync(atAnswer, 'utf8').split('\n').map((m) => path.relative(ROOT, m));
    const ours = (mods: string[]) => mods.filter((m) => m.startsWith('out/server/src/'));
    // The protocol half only: the server, its lifecycle gate and wire, what it reads of the client, the code cache.
    assert.deepStrictEqual(ours(answered).filter((m) => /\/(core|lsp\/(hover|completion|features))|server-core/.test(m)), []);
    assert.ok(ours(answered).length <= 8, ours(answered).join('\n'));
    // Then the core: by the first diagnostics the parser, the law engine and the features are there.
    for (const m of ['out/server/src/server-core.js', 'out/server/src/core/syntax/parser.js', 'out/server/src/core/law/analyze-law.js', 'out/server/src/lsp/hover.js']) {
      assert.ok(after.includes(m), `${m} not loaded`);
    }
  });

  it('no document stage, docx, exceljs or pinyin-pro before the first diagnostics; documents and exceljs load on the first request', async () => {
    const before = await modulesAfter(async () => undefined);
    assert.deepStrictEqual(heavy(before), []);
    // The whole server with its dependencies, as files: 255 now (vscode-languageserver alone is ~70). This session's
    // start-up work added 12: the protocol/core split (server-core, client-info, shared-modules, code-cache,
    // private-temp, the recorded capabilities), the parser's lookahead table and its strategy, the slices of long requests
    // (core/steps, pull-current) and the case-title comment. pinyin-pro is not among them (keywords' pinyin comes from
    // server/data/keyword-pinyin.json). The bound catches a heavy dependency pulled in by accident, not a new rule's
    // module; the shipped server is two bundles.
    const count = before.filter((m) => m.endsWith('.js') || m.endsWith('.json')).length;
    assert.ok(count < 270, `${count} modules loaded before the first diagnostics`);

    const after = await modulesAfter(async (conn, uri) => {
      const doc = await conn.sendRequest('debt/document', { uri, format: 'docx' }) as { content: string };
      assert.ok(doc.content.length > 1000);
      const x = await conn.sendRequest('debt/exportSchedule', { uri }) as { xlsx: string };
      assert.ok(x.xlsx.length > 1000);
    });
    // Word files are written directly (render-docx.ts, zip.ts with Node's zlib): the docx package is never loaded.
    assert.ok(after.some((m) => m.includes('out/server/src/core/documents/render-docx')), 'the Word writer loaded for the document');
    assert.ok(!after.some((m) => m.includes('node_modules/docx/')), 'the docx package is not used');
    assert.ok(after.some((m) => m.includes('node_modules/exceljs/')), 'exceljs loaded for the export');
    assert.ok(after.some((m) => m.includes('out/server/src/core/documents/')));
  });
});
