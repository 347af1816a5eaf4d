/**
 * Runs a bundled CommonJS file through V8's code cache, as Node 22 does with `module.enableCompileCache()` and the
 * v8-compile-cache package did before it. The first start compiles as usual and, at exit (or after a few seconds),
 * writes the code V8 compiled — the bundle and the functions run so far — to a private temp folder; later starts read
 * it back instead of compiling. A cache made by another V8 or for another build of the file is not used: its name
 * carries both, and V8 itself rejects data that does not fit, which only costs the compile it would have cost anyway.
 * Used for the language server's two bundles: dist/server-main.js (the protocol, started first) and
 * dist/server-core.js (the analysis and the features, loaded once `initialize` is answered).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import Module from 'module';
import { privateTempDir } from './private-temp';

const WRITE_AFTER_MS = 10_000;

/** Runs `file` as a CommonJS module (its cache in the user's private temp folder) and returns its exports. */
export function runWithCodeCache(file: string, parent: NodeModule): unknown {
  const { size, mtimeMs } = fs.statSync(file);
  /** Which installation (FNV-1a of the file's path: the repository's dist/ and an installed copy keep a cache each). */
  let where = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) where = Math.imul(where ^ file.charCodeAt(i), 0x01000193) >>> 0;
  const prefix = `debt-lang-${path.basename(file, '.js')}-${where.toString(36)}-`;
  // In a folder only this user can write: a code cache another user planted would run as this user's code.
  const cacheDir = privateTempDir('debt-lang-cache');
  const cacheFile = cacheDir === undefined ? undefined : path.join(cacheDir, `${prefix}${process.versions.v8}-${size}-${Math.floor(mtimeMs)}.code-cache`);
  let cachedData: Buffer | undefined;
  try { if (cacheFile !== undefined) cachedData = fs.readFileSync(cacheFile); } catch { /* first start of this build: compile */ }

  // Neither the source nor the cache is kept here once compiled (V8 keeps what it needs).
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  const cacheTaken = cachedData !== undefined && !script.cachedDataRejected;
  cachedData = undefined;
  const wrapped = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  const mod = new Module(file, parent);
  mod.filename = file;
  mod.paths = parent.paths;
  mod.loaded = true;

  let written = false;
  /** After the first requests the cache holds the functions they compiled too; written once, replacing a rejected one. */
  const writeCache = (): void => {
    if (written || cacheTaken || cacheFile === undefined) return;
    written = true;
    try {
      const tmp = `${cacheFile}.${process.pid}`;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, cacheFile);
      // The caches of this installation's earlier builds (another version, another V8) are of no more use.
      const dir = path.dirname(cacheFile), own = path.basename(cacheFile);
      for (const f of fs.readdirSync(dir)) if (f.startsWith(prefix) && f.endsWith('.code-cache') && f !== own) fs.rmSync(path.join(dir, f), { force: true });
    } catch { /* a read-only temp folder: every start compiles, as without a cache */ }
  };
  process.once('exit', writeCache);
  // An editor that stops a server kills it if it has not exited by itself: the caches are still written (at exit).
  if (process.listenerCount('SIGTERM') === 0) process.once('SIGTERM', () => process.exit(143));
  setTimeout(writeCache, WRITE_AFTER_MS).unref();

  wrapped.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  return mod.exports;
}
