/**
 * A document the law does not allow for this case (a 支付令 when rules.md §15's conditions fail): buildDocument throws
 * it with the reasons, in the lawyer's language; `debt generate` prints it and exits 1, the preview shows it.
 * `name` is what callers test (`e.name === 'DocumentRefused'`), so it survives bundling.
 */
export class DocumentRefused extends Error {
  override readonly name = 'DocumentRefused';
  constructor(readonly reasons: string[], message: string) {
    super(message);
  }
}

export function isDocumentRefused(e: unknown): e is DocumentRefused {
  return e instanceof Error && e.name === 'DocumentRefused';
}
