/**
 * A bare LSP client for the editor benchmarks: one server process over stdio, spoken to as an editor would.
 * Requests that the server does not answer ("method not found", null, or no answer in time) come back as `undefined`,
 * so a feature someone is still writing shows as n/a instead of stopping the run.
 */
import * as cp from 'child_process';
import * as fs from 'fs';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, ProtocolConnection, ClientCapabilities,
  InitializeRequest, InitializedNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  PublishDiagnosticsNotification, PublishDiagnosticsParams, ShutdownRequest, ExitNotification, Position,
} from 'vscode-languageserver-protocol/node';

const CLOCK_TICKS = (() => {
  try { return Number(cp.execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100; } catch { return 100; }
})();

export class LspProcess {
  readonly proc: cp.ChildProcess;
  readonly conn: ProtocolConnection;
  private versions = new Map<string, number>();
  private waiters: { uri: string; version: number; resolve: (p: PublishDiagnosticsParams) => void }[] = [];

  constructor(args: string[]) {
    this.proc = cp.spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    this.conn = createProtocolConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      // A push without a version (the JSON server) counts for the latest version sent.
      const version = p.version ?? this.versions.get(p.uri) ?? 0;
      this.waiters = this.waiters.filter((w) => {
        if (w.uri !== p.uri || version < w.version) return true;
        w.resolve(p);
        return false;
      });
    });
    // Servers may ask for configuration or log: answer like an editor with nothing configured.
    this.conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
    this.conn.onNotification('window/logMessage', () => undefined);
    this.conn.listen();
  }

  async start(capabilities: ClientCapabilities, locale = 'zh'): Promise<Record<string, unknown>> {
    const init = await this.conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, locale, workspaceFolders: null });
    await this.conn.sendNotification(InitializedNotification.type, {});
    return init.capabilities as Record<string, unknown>;
  }

  /** Resolves with the first diagnostics pushed for `uri` at `version` or later. */
  published(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces `[start, end)` with `text` (an incremental change); returns the new version. */
  async change(uri: string, start: Position, end: Position, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version }, contentChanges: [{ range: { start, end }, text }],
    });
    return version;
  }

  /** The answer (null when the server answers null), or undefined when it has no such method, fails or takes over `timeoutMs`. */
  async request<R>(method: string, params: unknown, timeoutMs = 30_000): Promise<R | null | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => { timer = setTimeout(() => resolve(undefined), timeoutMs); });
    try {
      return await Promise.race([this.conn.sendRequest<R | null>(method, params), timeout]);
    } catch {
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * CPU time the server process has used (ms, user + system, all its threads, from /proc; undefined elsewhere):
   * unlike the wall-clock figures it does not grow when other processes share the machine.
   */
  cpuMs(): number | undefined {
    try {
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const stat = fs.readFileSync(`/proc/${this.proc.pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(f[11]) + Number(f[12])) * 1000) / CLOCK_TICKS;
    } catch { return undefined; }
  }

  /** Resident set size of the server process (kB, from /proc; undefined elsewhere). */
  rssKb(): number | undefined {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8'));
      return m ? Number(m[1]) : undefined;
    } catch { return undefined; }
  }

  async stop(): Promise<void> {
    try {
      await this.request(ShutdownRequest.method, undefined, 5_000);
      await this.conn.sendNotification(ExitNotification.type);
    } catch { /* already gone */ }
    this.conn.dispose();
    this.proc.kill();
  }
}

/** Offset → LSP position (UTF-16 units, as JS strings count). */
export function positionAt(text: string, offset: number): Position {
  let line = 0, lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) { line++; lineStart = i + 1; }
  return { line, character: offset - lineStart };
}
