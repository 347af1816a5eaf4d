/**
 * A pull-diagnostics answer only for the text it was asked about (issue 19). The analysis of a large file takes a
 * second or more and does not pause (the core pipeline is one run), so when it took long the messages that arrived
 * meanwhile are read just after it ends:
 * - cancelled: RequestCancelled (-32800), as a request stopped while it ran (steps.ts);
 * - the document changed: ServerCancelled (-32802) with `retriggerRequest: true`, LSP 3.17's answer for this request
 *   when the server cannot give a current result, on which VS Code pulls again — not the findings of a text that is
 *   gone. Not ContentModified: VS Code's client reads that, for this request, as an empty report and clears the
 *   file's problems until the next pull (vscode-languageclient, handleFailedRequest).
 */
import { CancellationToken, DiagnosticServerCancellationData, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { ServerContext } from './context';
import { STOPPED_MESSAGE, versionChanged } from './steps';

export const CHANGED_MESSAGE = 'The document changed while its diagnostics were computed; pull again.';

/**
 * `compute()` (the analysis and its report); when it ran long, a look at the messages that arrived meanwhile. A quick one
 * (most edits: a few ms) answers at once, as before, without the turns of the event loop a look costs.
 */
export async function pulledWhileCurrent<T>(ctx: Pick<ServerContext, 'documents'>, uri: string, token: CancellationToken, compute: () => T): Promise<T> {
  const changed = versionChanged(ctx, uri);
  stopIfStale(token, changed);
  const started = performance.now();
  const result = compute();
  if (performance.now() - started < LONG_MS) return result;
  await letMessagesIn();
  stopIfStale(token, changed);
  return result;
}

/** An analysis this long may have let an edit or a cancel wait (the slice length of steps.ts). */
export const LONG_MS = 10;

/**
 * Three turns of the event loop: a message read from stdin reaches the connection one turn later (vscode-jsonrpc's
 * reader hands it on from a setImmediate) — a cancel takes effect there — and a notification such as didChange is
 * dispatched from the connection's queue one turn after that. One turn (as between two slices in steps.ts, where the
 * next slices make up for it) would look before either had arrived.
 */
async function letMessagesIn(): Promise<void> {
  for (let turn = 0; turn < 3; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
}

function stopIfStale(token: CancellationToken, changed: () => boolean): void {
  if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, STOPPED_MESSAGE);
  if (changed()) throw new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.ServerCancelled, CHANGED_MESSAGE, { retriggerRequest: true });
}
