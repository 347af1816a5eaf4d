/**
 * 「打开示例案件」 (the walkthrough's first step): the spec's example case. In a trusted workspace folder it is copied
 * there (never over an existing file) so the lawyer can edit it and generate documents beside it; otherwise it opens
 * as an unsaved editor.
 */
import * as vscode from 'vscode';
import { t } from '../l10n';
import { walkthroughDone } from '../walkthrough';

export async function openSample(context: vscode.ExtensionContext): Promise<vscode.Uri> {
  const source = vscode.Uri.joinPath(context.extensionUri, 'samples', 'loan-basic.debt');
  const content = await vscode.workspace.fs.readFile(source);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (folder && vscode.workspace.isTrusted) {
    const target = vscode.Uri.joinPath(folder, t('sample-loan.debt'));
    try { await vscode.workspace.fs.stat(target); } catch { await vscode.workspace.fs.writeFile(target, content); }
    // Pinned beside the walkthrough: a preview tab would be replaced by the next file the lawyer opens.
    await vscode.window.showTextDocument(target, { preview: false, viewColumn: vscode.ViewColumn.Beside });
    walkthroughDone('sample');
    return target;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'debt', content: Buffer.from(content).toString('utf8') });
  await vscode.window.showTextDocument(doc, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  walkthroughDone('sample');
  return doc.uri;
}
