/**
 * Work that pauses now and then, as plain generators (no editor types, so the core and the CLI can use it): a loop
 * over a large file `yield`s every ITEMS_PER_PAUSE items, `finish` runs it straight through (the CLI, unit tests), and
 * the language server runs it in slices between which it reads messages, so a long request can be cancelled while
 * it runs (lsp/steps.ts, `finishInSlices`).
 */

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

/** Maps over `items`, pausing every ITEMS_PER_PAUSE items. */
export function* mapSteps<A, B>(items: readonly A[], fn: (a: A) => B): Steps<B[]> {
  const out: B[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    out[i] = fn(items[i]);
    if (i % ITEMS_PER_PAUSE === ITEMS_PER_PAUSE - 1) yield;
  }
  return out;
}
