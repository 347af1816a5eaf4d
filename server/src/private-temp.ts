/**
 * A folder of this user's own in the system's temp folder. On Linux and macOS /tmp is shared by every user: a file
 * whose name another user can guess (a V8 code cache, a page to print) must live in a folder this user created and
 * alone can write, or another user could plant it first. Returns undefined when such a folder cannot be had.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export function privateTempDir(name: string): string | undefined {
  const uid = process.getuid?.();
  // Windows: os.tmpdir() is already the user's own (%LOCALAPPDATA%\Temp).
  const dir = path.join(os.tmpdir(), uid === undefined ? name : `${name}-${uid}`);
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
  }
  try {
    const st = fs.lstatSync(dir);
    if (!st.isDirectory()) return undefined; // a symlink or a file planted under the name
    if (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}
