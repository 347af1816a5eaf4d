/**
 * Reading a file named by `引用` from disk, safely (the file-system side of core/model/use-target.ts): only a regular
 * file inside the workspace folder (after following links), at most MAX_USED_FILE_BYTES, opened without blocking so that
 * a named pipe or a device is seen for what it is instead of hanging the server or the CLI.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { withoutBom } from './core/text/bom';
import { MAX_USED_FILE_BYTES, Refused } from './core/model/use-target';

/** Folders that mark a workspace: the nearest one above the case file holding one of these is its workspace folder. */
const MARKERS = ['.debt.json', '.vscode', '.git'];

/** The CLI's workspace folder of a case file: the nearest folder above it holding a marker, else its own folder. */
export function workspaceFolderOf(caseFile: string): string {
  const own = path.dirname(path.resolve(caseFile));
  for (let dir = own; ; dir = path.dirname(dir)) {
    if (MARKERS.some((m) => fs.existsSync(path.join(dir, m)))) return dir;
    if (path.dirname(dir) === dir) return own;
  }
}

function inside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return rel === '' ? false : !rel.startsWith('..') && !path.isAbsolute(rel);
}

function real(p: string): string {
  try { return fs.realpathSync.native(p); } catch { return path.resolve(p); }
}

/**
 * The text of `uri` if it may be read as a used file within one of `folders` (paths); a refusal, or undefined when it
 * does not exist.
 */
export function readUsedFile(uri: string, folders: string[]): string | Refused | undefined {
  let file: string;
  try { file = fileURLToPath(uri); } catch { return { refused: 'absolute' }; }
  if (!folders.some((f) => inside(path.resolve(file), path.resolve(f)))) return { refused: 'outside' };
  let link: fs.Stats;
  try { link = fs.lstatSync(file); } catch { return undefined; }
  if (link.isSymbolicLink() || !link.isFile()) {
    const target = real(file);
    if (!folders.some((f) => inside(target, real(f)))) return { refused: link.isSymbolicLink() ? 'symlink-outside' : 'outside' };
  }
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading then returns at once instead of waiting for a writer (POSIX; 0 on Windows).
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : { refused: 'unreadable' };
  }
  try {
    const st = fs.fstatSync(fd);
    if (st.isDirectory()) return { refused: 'directory' };
    if (st.isFIFO()) return { refused: 'fifo' };
    if (st.isCharacterDevice() || st.isBlockDevice()) return { refused: 'device' };
    if (!st.isFile()) return { refused: 'not-regular' };
    if (st.size > MAX_USED_FILE_BYTES) return { refused: 'too-large' };
    const buf = Buffer.alloc(st.size);
    let got = 0;
    while (got < st.size) {
      const n = fs.readSync(fd, buf, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return withoutBom(buf.toString('utf8', 0, got));
  } catch {
    return { refused: 'unreadable' };
  } finally {
    fs.closeSync(fd);
  }
}

/** Folder paths of workspace-folder URIs (non-file URIs are left out). */
export function folderPaths(uris: string[]): string[] {
  const out: string[] = [];
  for (const u of uris) { try { out.push(fileURLToPath(u)); } catch { /* not a file: URI */ } }
  return out;
}

/** The workspace folder of a case file URI, as the CLI finds it. */
export function workspaceFolderOfUri(caseUri: string): string[] {
  try { return [workspaceFolderOf(fileURLToPath(caseUri))]; } catch { return []; }
}


