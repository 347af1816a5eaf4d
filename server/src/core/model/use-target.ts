/**
 * Which files a `引用` (use) may read (spec §2 `Use`: a relative path). The core decides what it can from the path alone
 * (absolute, not `.debt`); the host that owns the file system decides the rest (outside the workspace folder, not a
 * regular file, too large) and says why through `FileHost.readUsed`. A refused file is never read, so nothing of it is
 * quoted in a diagnostic (fuzzing found `引用 "/etc/passwd"` quoted line by line, and a FIFO that hung the server).
 */

/** Why a used file is not read: one DEBT110 message each. */
export type UseRefusal =
  | 'absolute' | 'not-debt' | 'outside' | 'symlink-outside' | 'directory' | 'fifo' | 'device' | 'not-regular'
  | 'too-large' | 'unreadable';

/** The largest used file read (bytes): a party library of a few thousand parties is well under 1 MB. */
export const MAX_USED_FILE_BYTES = 4 * 1024 * 1024;

/** A host's answer for a refused file. */
export interface Refused { refused: UseRefusal; detail?: string }

export function isRefused(x: unknown): x is Refused {
  return typeof x === 'object' && x !== null && 'refused' in x;
}

/** Refusal from the written path alone: an absolute path or a URL, or a file that is not `.debt`. */
export function refusalOfPath(written: string): UseRefusal | undefined {
  if (/^(?:[\\/]|[A-Za-z]:|[A-Za-z][A-Za-z0-9+.-]*:)/.test(written)) return 'absolute';
  if (!/\.debt$/i.test(written)) return 'not-debt';
  return undefined;
}

/** Whether `target` (a file URI) lies inside the folder URI `root` (both normalised by `new URL`). */
export function insideFolder(target: string, root: string): boolean {
  let t: URL, r: URL;
  try { t = new URL(target); r = new URL(root); } catch { return false; }
  if (t.protocol !== r.protocol || t.host !== r.host) return false;
  const base = r.pathname.endsWith('/') ? r.pathname : r.pathname + '/';
  return t.pathname.startsWith(base);
}
