// Writes the data the language server reads at start-up instead of working it out on every start:
//  - server/data/parser-lookahead.json: the parser's lookahead paths, computed from the grammar
//    (server/src/core/syntax/lookahead-table.ts);
//  - server/data/server-capabilities.json: the capabilities the LSP features declare, announced in the answer to
//    `initialize` before the features are loaded (server/src/server.ts).
// Run by `npm run build` before the bundles; a file is rewritten only when its content changed. Unit tests
// (lookahead-table.test.ts, server-capabilities.test.ts) fail while either is stale.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createRequire } from 'module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** Bundles `entry` into a temp folder and returns its exports. */
async function load(entry, dir) {
  const file = path.join(dir, `${path.basename(entry, '.ts')}.cjs`);
  await esbuild.build({ entryPoints: [path.join(root, entry)], outfile: file, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  return createRequire(file)(file);
}

function write(relative, text, summary) {
  const out = path.join(root, relative);
  const old = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  if (old === text) return;
  fs.writeFileSync(out, text);
  console.log(`${relative}: ${summary}`);
}

export async function buildTables() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-lang-build-'));
  try {
    const lookahead = (await load('server/src/core/syntax/parser.ts', dir)).computeLookaheadTable();
    write('server/data/parser-lookahead.json', JSON.stringify(lookahead).replace(/,"(?=[^"]+\|)/g, ',\n"') + '\n',
      `${Object.keys(lookahead.paths).length} productions (grammar ${lookahead.fingerprint})`);
    const capabilities = (await load('server/src/lsp/feature-capabilities.ts', dir)).featureCapabilities();
    write('server/data/server-capabilities.json', JSON.stringify(capabilities, null, 2) + '\n', `${Object.keys(capabilities).length} capabilities`);
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
}

if (process.argv[1] === new URL(import.meta.url).pathname) await buildTables();
