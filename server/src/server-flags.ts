/**
 * The Node flags the extension starts the language server with (client/src/extension.ts; the benchmarks start it the
 * same way). A young generation of at most 2 MB a half: start-up allocates mostly objects that live (the grammar, the
 * tables, the law engine), so V8 would grow the young generation to 16 MB a half by the first diagnostics and keep it —
 * 6–7 MB more resident memory for nothing. The cost is on extreme files only: 130,000 parties analyse in ~0.7 s
 * instead of ~0.6 s (`npm run bench`, pathological inputs); files of hundreds of cases are unchanged.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2'];
