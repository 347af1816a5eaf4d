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

/** A computation that pauses now and then; its return value is the result. */
export type Steps<T> = Generator<void, T, void>;

/** How many items a loop handles between pauses (a pause costs a clock read when the slice is not over). */
export const ITEMS_PER_PAUSE = 512;

/** Runs `steps` to the end without pausing. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

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

/** Maps over `items`, pausing every ITEMS_PER_PAUSE items. */
export function* mapSteps<A, B>(items: readonly A[], fn: (a: A) => B): Steps<B[]> {
  const out: B[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    out[i] = fn(items[i]);
    if (i % ITEMS_PER_PAUSE === ITEMS_PER_PAUSE - 1) yield;
  }
  return out;
}

/** Whether the open document `uri` has changed since this was called (a file that is not open never does). */
export function versionChanged(ctx: Pick<ServerContext, 'documents'>, uri: string): () => boolean {
  const version = ctx.documents.get(uri)?.version;
  return () => ctx.documents.get(uri)?.version !== version;
}
