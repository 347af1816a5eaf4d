/** Shared by the extension-host tests: the fixture workspace, and waiting for what the server does asynchronously. */
import * as vscode from 'vscode';

export const workspace = (): vscode.Uri => vscode.workspace.workspaceFolders![0].uri;

/** Polls `get` until it returns something other than undefined, or fails after `ms`. */
export async function waitFor<T>(what: string, get: () => T | undefined | Promise<T | undefined>, ms = 30000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
