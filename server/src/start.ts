/**
 * dist/server.js, what the extension (and any LSP editor) starts: it runs the language server's protocol bundle,
 * dist/server-main.js, through V8's code cache (code-cache.ts); that bundle loads dist/server-core.js the same way
 * once it has answered `initialize`.
 */
import * as path from 'path';
import { runWithCodeCache } from './code-cache';

runWithCodeCache(path.join(__dirname, 'server-main.js'), module);
