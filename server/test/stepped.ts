import { Steps } from '../src/core/steps';

/** Runs `steps` to the end by hand, counting its pauses (tests of the sliced long requests). */
export function stepped<T>(steps: Steps<T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const r = steps.next();
    if (r.done) return { value: r.value, pauses };
    pauses++;
  }
}
