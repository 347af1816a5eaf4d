// Bundles the extension, the language server and the CLI into dist/ with esbuild (source maps on).
import * as esbuild from 'esbuild';
import { buildParserTables } from './build-parser-tables.mjs';

const watch = process.argv.includes('--watch');
// Minified: the .vsix stays small (source maps are kept beside the bundles for stack traces, not packaged). UTF-8, not
// esbuild's default \uXXXX escapes: the Chinese messages, documents and statute texts take half the bytes (server
// bundle 1.42 → 1.20 MB to read at start-up).
const common = { bundle: true, minify: true, keepNames: true, charset: 'utf8', platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
/**
 * Packages the server needs only after start-up, each bundled into a file of its own and read by `require` when first
 * used (the server's code requires them lazily): the server's bundle stays small, so Node compiles less before
 * `initialize` is answered. pinyin-pro: pinyin of a declared name (completion, workspace symbols; keywords come from
 * server/data/keyword-pinyin.json). exceljs: the 利息计算表 .xlsx of 「导出报告」.
 */
const LAZY = { 'pinyin-pro': 'pinyin.js', exceljs: 'exceljs.js' };
const lazyFiles = {
  name: 'lazy-files',
  setup(build) {
    build.onResolve({ filter: new RegExp(`^(${Object.keys(LAZY).join('|')})$`) }, (args) => ({ path: `./${LAZY[args.path]}`, external: true }));
  },
};
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // dist/server.js runs dist/server-main.js through V8's code cache (server/src/start.ts).
  { ...common, entryPoints: ['server/src/start.ts'], outfile: 'dist/server.js', sourcemap: false },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js', plugins: [lazyFiles] },
  ...Object.entries(LAZY).map(([pkg, file]) => ({ ...common, entryPoints: [pkg], outfile: `dist/${file}`, sourcemap: false })),
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
// The parser's lookahead table first: the server bundles embed it (server/data/parser-lookahead.json).
await buildParserTables();
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
