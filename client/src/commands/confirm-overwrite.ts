/**
 * "The file exists — overwrite?" with Cancel as the default (issue 19). A modal message always makes its first
 * button the one Enter presses, and VS Code puts Cancel last, so Enter overwrote a signed document. A quick pick
 * whose first row keeps the file makes Enter (and Escape) harmless; overwriting takes a deliberate choice.
 */
import * as vscode from 'vscode';
import { t } from '../l10n';

export async function confirmOverwrite(question: string): Promise<boolean> {
  const keep: vscode.QuickPickItem = { label: `$(close) ${t('Cancel — keep the existing file')}` };
  const overwrite: vscode.QuickPickItem = { label: `$(warning) ${t('Overwrite')}` };
  const pick = await vscode.window.showQuickPick([keep, overwrite], { placeHolder: question, ignoreFocusOut: true });
  return pick === overwrite;
}
