/**
 * The getting-started walkthrough opens by itself the first time the extension runs for a user (as Python's and
 * Jupyter's do), unless the user set `workbench.startupEditor` to `none` (no editor at start-up: the test harness and
 * people who asked for a quiet start). `npm run try` asks for it every time through `DEBT_OPEN_WALKTHROUGH`, naming the
 * sample case to open pinned beside it (a preview tab would be replaced by the next file opened).
 */
import * as vscode from 'vscode';
import { walkthroughDone } from './walkthrough';

const SHOWN = 'debt.walkthrough.shownOnFirstRun';
export const WALKTHROUGH_ID = 'debt.gettingStarted';
const SETTLE_MS = 2500;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function openWalkthroughOnFirstRun(context: vscode.ExtensionContext): Promise<void> {
  const sample = process.env.DEBT_OPEN_WALKTHROUGH;
  if (!sample) {
    if (context.extensionMode === vscode.ExtensionMode.Test || context.globalState.get(SHOWN)) return;
    if (vscode.workspace.getConfiguration('workbench').get('startupEditor') === 'none') return;
  }
  await context.globalState.update(SHOWN, true);
  const open = () => vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#${WALKTHROUGH_ID}`, false);
  await open();
  if (sample) {
    await vscode.window.showTextDocument(vscode.Uri.file(sample), { preview: false, viewColumn: vscode.ViewColumn.Beside });
    walkthroughDone('sample');
    return;
  }
  // VS Code shows its own Welcome or set-up walkthrough at start in the same getting-started editor, and on a fresh
  // profile that can come after ours and replace it. Open ours again while the getting-started editor shows another
  // page; anything else in front (a file the user opened) is left alone.
  for (let attempt = 0; attempt < 4; attempt++) {
    await sleep(SETTLE_MS);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    if (!tab || tab.label.includes('debt-lang')) return;
    const page = tab.label === 'Welcome' || tab.label === '欢迎' || /^(Walkthrough|演练)/.test(tab.label);
    if (!page || tab.input instanceof vscode.TabInputText) return;
    await open();
  }
}
