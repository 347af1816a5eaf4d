// Bundles the extension, the language server and the CLI into dist/ with esbuild (source maps on).
import * as esbuild from 'esbuild';
import { buildTables } from './build-tables.mjs';

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
/**
 * The language server is two bundles (server/src/server.ts): dist/server-main.js, the protocol, answers `initialize`;
 * dist/server-core.js, the analysis and the features, is loaded right after. The protocol bundle leaves the core out;
 * the core takes vscode-languageserver from the protocol bundle (server/src/lsp/shared-modules.ts), not a copy of its own.
 */
const coreOutside = {
  name: 'core-outside',
  setup(build) { build.onResolve({ filter: /^\.\/server-core$/ }, () => ({ path: './server-core.js', external: true })); },
};
const SHARED = /^(vscode-languageserver(\/node)?|vscode-languageserver-textdocument|vscode-languageserver-types)$/;
const sharedFromShell = {
  name: 'shared-from-shell',
  setup(build) {
    build.onResolve({ filter: SHARED }, (args) => ({ path: args.path, namespace: 'shell' }));
    build.onLoad({ filter: /.*/, namespace: 'shell' }, (args) => ({
      contents: `module.exports = globalThis[Symbol.for('debt-lang.server.shared-modules')][${JSON.stringify(args.path)}];`, loader: 'js',
    }));
  },
};
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // dist/server.js runs dist/server-main.js (then dist/server-core.js) through V8's code cache (server/src/start.ts).
  { ...common, entryPoints: ['server/src/start.ts'], outfile: 'dist/server.js', sourcemap: false },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server-main.js', plugins: [coreOutside] },
  { ...common, entryPoints: ['server/src/server-core.ts'], outfile: 'dist/server-core.js', plugins: [lazyFiles, sharedFromShell] },
  ...Object.entries(LAZY).map(([pkg, file]) => ({ ...common, entryPoints: [pkg], outfile: `dist/${file}`, sourcemap: false })),
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
// The tables the server reads at start-up first: the server bundles embed them (scripts/build-tables.mjs).
await buildTables();
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
