/**
 * The LSP lifecycle and cancellation, enforced where messages enter and leave the server (stdio), so no feature has
 * to think about them (fuzzing found requests answered before `initialize` and after `shutdown`, and
 * `$/cancelRequest` never honoured):
 * - before the answer to `initialize`: a request gets ServerNotInitialized (-32002), a notification is dropped
 *   (`exit` excepted); a second `initialize` gets InvalidRequest;
 * - after `shutdown`: every request gets InvalidRequest (-32600), every notification but `exit` is dropped;
 * - `$/cancelRequest`: a request still queued is answered RequestCancelled (-32800) without running (`cancelStrategy`);
 *   one that was running and answers after the cancel is answered RequestCancelled instead of its result.
 */
import {
  Message, MessageReader, MessageWriter, NotificationMessage, RequestMessage, ResponseMessage, DataCallback, Disposable,
  ConnectionOptions, Position,
} from 'vscode-languageserver/node';

const SERVER_NOT_INITIALIZED = -32002, INVALID_REQUEST = -32600, REQUEST_CANCELLED = -32800;
type Id = number | string;

export type Phase = 'new' | 'running' | 'shut-down';

/** What the gate needs to know of an open document to check positions in requests. */
export interface OpenText { lineCount: number; offsetAt(p: Position): number; positionAt(o: number): Position }

export class Lifecycle {
  phase: Phase = 'new';
  /** Called once the answer to `initialize` is written (the server loads its analysis then: server.ts). */
  onStarted?: () => void;
  /** Set while the answer to `initialize` is on its way out. */
  justStarted = false;
  /** The open document of a uri (set once the server has its document store). */
  openText?: (uri: string) => OpenText | undefined;
  /** Requests let through and not answered yet; of those, the ones the client cancelled. */
  private readonly pending = new Set<Id>();
  private readonly cancelled = new Set<Id>();

  /** What to do with an incoming message: pass it on, or answer it here (`reply`) or drop it (undefined). */
  admit(msg: Message): { pass: true } | { pass: false; reply?: ResponseMessage } {
    if (Message.isRequest(msg)) return this.request(msg);
    if (Message.isNotification(msg)) return this.notification(msg);
    return { pass: true };
  }

  private request(msg: RequestMessage): { pass: true } | { pass: false; reply: ResponseMessage } {
    const refuse = (code: number, message: string) => ({ pass: false as const, reply: { jsonrpc: '2.0', id: msg.id, error: { code, message } } });
    if (this.phase === 'new' && msg.method !== 'initialize') return refuse(SERVER_NOT_INITIALIZED, `The server is not initialized: ${msg.method} before initialize.`);
    if (this.phase === 'running' && msg.method === 'initialize') return refuse(INVALID_REQUEST, 'The server is already initialized.');
    if (this.phase === 'shut-down') return refuse(INVALID_REQUEST, `The server is shut down: ${msg.method} after shutdown.`);
    if (msg.method === 'shutdown') this.phase = 'shut-down';
    if (msg.id !== null) this.pending.add(msg.id);
    return { pass: true };
  }

  private notification(msg: NotificationMessage): { pass: true } | { pass: false } {
    if (msg.method === 'exit') return { pass: true };
    if (this.phase !== 'running') return { pass: false };
    if (msg.method === '$/cancelRequest') {
      const id = (msg.params as { id?: Id } | undefined)?.id;
      if (id !== undefined && this.pending.has(id)) this.cancelled.add(id);
    }
    return { pass: true };
  }

  /**
   * Positions in a request on an open document, made valid: a character past the end of its line is the line's end
   * (LSP: "defaults back to the line length"), one inside a \r\n moves before it; a range is
   * fitted the same way. A position on a line the document does not have answers null (false here). Run when the
   * request is dispatched (messageStrategy), after the edits sent before it have been applied.
   */
  fitPositions(msg: RequestMessage): boolean {
    const p = msg.params as { textDocument?: { uri?: unknown }; position?: Position; positions?: Position[]; range?: { start: Position; end: Position } } | undefined;
    const uri = p?.textDocument?.uri;
    if (!p || typeof uri !== 'string' || !this.openText) return true;
    const doc = this.openText(uri);
    if (!doc) return true;
    const valid = (q: unknown): q is Position => !!q && Number.isInteger((q as Position).line) && Number.isInteger((q as Position).character);
    const fit = (q: Position) => doc.positionAt(doc.offsetAt({ line: Math.max(0, q.line), character: Math.max(0, q.character) }));
    if (p.position !== undefined) {
      if (!valid(p.position) || p.position.line >= doc.lineCount || p.position.line < 0) return false;
      p.position = fit(p.position);
    }
    if (Array.isArray(p.positions)) {
      if (!p.positions.every((q) => valid(q) && q.line >= 0 && q.line < doc.lineCount)) return false;
      p.positions = p.positions.map(fit);
    }
    if (p.range !== undefined) {
      if (!valid(p.range?.start) || !valid(p.range?.end)) return false;
      p.range = { start: fit(p.range.start), end: fit(p.range.end) };
    }
    return true;
  }

  /** An outgoing message: the answer to `initialize` starts the session; a cancelled request's result becomes RequestCancelled. */
  leaving(msg: Message): Message {
    if (!Message.isResponse(msg) || msg.id === null) return msg;
    if (this.phase === 'new' && !msg.error) { this.phase = 'running'; this.justStarted = true; }
    this.pending.delete(msg.id);
    if (!this.cancelled.delete(msg.id) || msg.error) return msg;
    return { jsonrpc: msg.jsonrpc, id: msg.id, error: { code: REQUEST_CANCELLED, message: 'The request was cancelled.' } } as ResponseMessage;
  }

  /**
   * Connection options: a request cancelled while still queued is answered without running; positions are fitted
   * to the document as it is when the request is dispatched.
   */
  options(writer: MessageWriter): ConnectionOptions {
    return {
      messageStrategy: {
        handleMessage: (msg: Message, next: (m: Message) => void) => {
          if (Message.isRequest(msg) && !this.fitPositions(msg)) void writer.write({ jsonrpc: '2.0', id: msg.id, result: null } as ResponseMessage).catch(() => undefined);
          else next(msg);
        },
      },
      connectionStrategy: {
        cancelUndispatched: (msg: Message) => {
          const id = (msg as RequestMessage).id as Id;
          this.pending.delete(id);
          this.cancelled.delete(id);
          return { jsonrpc: '2.0', id, error: { code: REQUEST_CANCELLED, message: 'The request was cancelled.' } };
        },
      },
    };
  }
}

/** The reader, with the lifecycle gate in front of the connection; refused requests are answered through `writer`. */
export function gatedReader(reader: MessageReader, writer: MessageWriter, life: Lifecycle): MessageReader {
  return {
    onError: reader.onError, onClose: reader.onClose, onPartialMessage: reader.onPartialMessage,
    dispose: () => reader.dispose(),
    listen(callback: DataCallback): Disposable {
      return reader.listen((msg) => {
        const verdict = life.admit(msg);
        if (verdict.pass) callback(msg);
        else if (verdict.reply) void writer.write(verdict.reply).catch(() => undefined);
      });
    },
  };
}

/** The writer, passing every outgoing message through `life.leaving`. */
export function gatedWriter(writer: MessageWriter, life: Lifecycle): MessageWriter {
  return {
    onError: writer.onError, onClose: writer.onClose,
    write: (msg: Message) => {
      const written = writer.write(life.leaving(msg));
      if (life.justStarted) {
        life.justStarted = false;
        // Written to stdout before the editor can send its next message; run before that message is read.
        void written.then(() => life.onStarted?.(), () => life.onStarted?.());
      }
      return written;
    },
    end: () => writer.end(),
    dispose: () => writer.dispose(),
  };
}
