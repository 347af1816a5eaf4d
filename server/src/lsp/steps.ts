/**
 * Long requests that can be cancelled while they run. A handler over a 130,000-party file (semantic tokens, outline,
 * references, rename) used to run in one synchronous stretch: a `$/cancelRequest` sent meanwhile could not even be
 * read until it had finished. Such work is written as a generator that pauses (`yield`) every few hundred items;
 * `finish` runs it straight through (unit tests, the CLI), `finishInSlices` runs it in slices of about 10 ms and between
 * them lets pending messages in (`setImmediate`), so the connection reads a cancel and sets the request's token. A
 * cancelled request then stops and answers RequestCancelled (-32800); one whose document changed meanwhile answers
 * ContentModified (-32801), as rust-analyzer does, rather than positions in a text that is gone.
 */
import { CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { ServerContext } from './context';
import { Steps } from '../core/steps';

// The generator form lives in the core (core/steps.ts), which the formatter uses too; re-exported for the handlers.
export { finish, ITEMS_PER_PAUSE, mapSteps } from '../core/steps';
export type { Steps } from '../core/steps';

/** The message a request stopped mid-way answers with (the gate in lifecycle.ts keeps an error as it is). */
export const STOPPED_MESSAGE = 'The request was cancelled while it ran.';

/**
 * Runs `steps` in slices of `sliceMs`, letting pending messages in between; throws RequestCancelled when `token` is
 * cancelled, ContentModified when `changed()` says the document the work reads has changed.
 */
export async function finishInSlices<T>(steps: Steps<T>, token: CancellationToken | undefined, changed?: () => boolean, sliceMs = 10): Promise<T> {
  let sliceEnd = performance.now() + sliceMs;
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() < sliceEnd) continue;
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, STOPPED_MESSAGE);
    if (changed?.()) throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed while the request ran.');
    sliceEnd = performance.now() + sliceMs;
  }
}

/** Whether the open document `uri` has changed since this was called (a file that is not open never does). */
export function versionChanged(ctx: Pick<ServerContext, 'documents'>, uri: string): () => boolean {
  const version = ctx.documents.get(uri)?.version;
  return () => ctx.documents.get(uri)?.version !== version;
}

/** Whether any open document has changed, opened or closed since this was called (for answers over the workspace). */
export function anyVersionChanged(ctx: Pick<ServerContext, 'documents'>): () => boolean {
  const versions = new Map(ctx.documents.all().map((d) => [d.uri, d.version]));
  return () => {
    const now = ctx.documents.all();
    return now.length !== versions.size || now.some((d) => versions.get(d.uri) !== d.version);
  };
}
