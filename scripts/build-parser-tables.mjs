// Writes server/data/parser-lookahead.json: the parser's lookahead paths, computed from the grammar once here instead
// of on every start of the language server (server/src/core/syntax/lookahead-table.ts). Run by `npm run build` before
// the bundles; the file is rewritten only when the grammar changed. lookahead-table.test.ts fails while it is stale.
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createRequire } from 'module';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.join(root, 'server/data/parser-lookahead.json');

export async function buildParserTables() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-lang-build-'));
  try {
    const file = path.join(dir, 'parser.cjs');
    await esbuild.build({ entryPoints: [path.join(root, 'server/src/core/syntax/parser.ts')], outfile: file, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
    const table = createRequire(file)(file).computeLookaheadTable();
    const text = JSON.stringify(table, null, 0).replace(/,"(?=[^"]+\|)/g, ',\n"') + '\n';
    const old = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
    if (old !== text) {
      fs.writeFileSync(out, text);
      console.log(`server/data/parser-lookahead.json: ${Object.keys(table.paths).length} productions (grammar ${table.fingerprint})`);
    }
  } finally { fs.rmSync(dir, { recursive: true, force: true }); }
}

if (process.argv[1] === new URL(import.meta.url).pathname) await buildParserTables();
