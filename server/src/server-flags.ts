/**
 * The Node flags the extension starts the language server with (client/src/extension.ts; the benchmarks start it the
 * same way, and run the pathological inputs with them). A young generation of up to 64 MB a half: formatting or
 * analysing a huge file allocates objects that live for the whole request (the tokens, the items), and with a small young
 * generation V8 copies them over and over — formatting 130,000 parties took 1.2–1.5 s CPU with 2 MB halves (40 % of it in
 * the garbage collector) against 0.85–1.0 s with 64 MB. A 2 MB cap would save 6–7 MB of resident memory at start-up
 * (69 against 75–76 MiB by the first diagnostics); the one-second budget for those inputs comes first.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
