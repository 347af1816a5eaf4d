/**
 * The server over Node IPC (`--node-ipc`, how an editor may start it instead of stdio): without the stdio gate the
 * analysis is loaded at the turn after `initialize` is answered (server.ts), still before the next message is read.
 * initialize → initialized → didOpen at once → the first diagnostics of the sample, as over stdio.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  createProtocolConnection, IPCMessageReader, IPCMessageWriter, PublishDiagnosticsNotification, PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { SERVER } from './client';

const SAMPLE = fs.readFileSync(path.resolve(__dirname, '../../../../samples/loan-basic.debt'), 'utf8');

describe('the server over Node IPC', function () {
  this.timeout(60000);

  it('answers initialize with the recorded capabilities and publishes the first diagnostics of a case opened at once', async () => {
    const proc = cp.fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    const conn = createProtocolConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    const uri = 'file:///ipc/loan-basic.debt';
    const first = new Promise<PublishDiagnosticsParams>((resolve) => conn.onNotification(PublishDiagnosticsNotification.type, (p) => { if (p.uri === uri) resolve(p); }));
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
