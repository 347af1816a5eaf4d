// Bundles the extension, the language server and the CLI into dist/ with esbuild (source maps on).
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
// Minified: the .vsix stays small (source maps are kept beside the bundles for stack traces, not packaged).
const common = { bundle: true, minify: true, keepNames: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
