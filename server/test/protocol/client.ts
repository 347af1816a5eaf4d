/**
 * A minimal LSP client for the protocol tests: the built `dist/server.js --stdio`, spoken to over JSON-RPC like any
 * LSP editor would. `start(locale, capabilities?)`, `open(uri, text)` (resolves with the first published diagnostics),
 * `conn.sendRequest(...)` for any feature, `stop()`.
 */
import * as cp from 'child_process';
import * as path from 'path';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, ProtocolConnection,
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification,
  PublishDiagnosticsNotification, PublishDiagnosticsParams, ShutdownRequest, ExitNotification, ClientCapabilities,
} from 'vscode-languageserver-protocol/node';

export const SERVER = path.resolve(__dirname, '../../../../dist/server.js');

export class Client {
  readonly proc: cp.ChildProcess;
  readonly conn: ProtocolConnection;
  private waiters: { uri: string; resolve: (p: PublishDiagnosticsParams) => void }[] = [];

  constructor() {
    this.proc = cp.spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      const i = this.waiters.findIndex((w) => w.uri === p.uri);
      if (i >= 0) this.waiters.splice(i, 1)[0].resolve(p);
    });
    this.conn.listen();
  }
  next(uri: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ uri, resolve }));
  }
  async open(uri: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    const p = this.next(uri);
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'debt', version, text } });
    return p;
  }
  /** initialize + initialized; returns the server's capabilities. */
  async start(locale: string, capabilities: ClientCapabilities = {}, workspaceFolders: { uri: string; name: string }[] | null = null) {
    const init = await this.conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, locale, workspaceFolders });
    await this.conn.sendNotification(InitializedNotification.type, {});
    return init.capabilities;
  }
  async stop(): Promise<void> {
    await this.conn.sendRequest(ShutdownRequest.type);
    await this.conn.sendNotification(ExitNotification.type);
    this.conn.dispose();
    this.proc.kill();
  }
}
