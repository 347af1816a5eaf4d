/**
 * The ways the server starts besides the usual stdio one (server.ts: the protocol bundle answers `initialize`, then
 * loads the analysis). Over Node IPC (`--node-ipc`, how an editor may start it instead of stdio) there is no stdio gate:
 * the analysis is loaded at the turn after `initialize` is answered, still before the next message is read —
 * initialize → initialized → didOpen at once → the first diagnostics of the sample, as over stdio. And an installation
 * whose analysis bundle is damaged says so.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  createProtocolConnection, IPCMessageReader, IPCMessageWriter, PublishDiagnosticsNotification, PublishDiagnosticsParams,
  StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { SERVER } from './client';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '../../../../samples/loan-basic.debt'), 'utf8');

describe('the server over Node IPC', function () {
  this.timeout(60000);

  it('answers initialize with the recorded capabilities and publishes the first diagnostics of a case opened at once', async () => {
    const proc = cp.fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const conn = createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    const uri = 'file:///ipc/loan-basic.debt';
    const first = new Promise<PublishDiagnosticsParams>((resolve) => conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      if (p.uri === uri) resolve(p);
    }));
    conn.listen();
    try {
      const init = await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null }) as { capabilities: Record<string, unknown> };
      assert.strictEqual(init.capabilities.hoverProvider, true);
      assert.ok(init.capabilities.semanticTokensProvider);
      // No pause: the notifications follow the answer at once.
      await conn.sendNotification('initialized', {});
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'debt', version: 1, text: SAMPLE } });
      const published = await first;
      assert.ok(published.diagnostics.length > 0, 'the sample has findings (its limitation and evidence notes)');
      // A feature answers too (registered with the analysis).
      const hover = await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
      assert.notStrictEqual(hover, undefined);
      await conn.sendRequest('shutdown');
      await conn.sendNotification('exit');
    } finally {
      conn.dispose();
      proc.kill();
    }
  });
});

describe('a damaged installation', function () {
  this.timeout(60000);

  it('a core bundle that cannot load: the editor\'s log says so and the server exits with 1 (the editor reports it)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-broken-'));
    try {
      for (const f of ['server.js', 'server-main.js']) fs.copyFileSync(path.join(path.dirname(SERVER), f), path.join(dir, f));
      fs.writeFileSync(path.join(dir, 'server-core.js'), 'this is not JavaScript {');
      const proc = cp.spawn(process.execPath, [path.join(dir, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
      const conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
      const logged: string[] = [];
      conn.onNotification('window/logMessage', (p: { message: string }) => logged.push(p.message));
      const exited = new Promise<number | null>((resolve) => proc.on('exit', resolve));
      conn.listen();
      await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
      assert.strictEqual(await exited, 1);
      assert.ok(logged.some((m) => m.includes('the analysis could not be loaded (server-core)')), logged.join('\n'));
      conn.dispose();
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  });
});
