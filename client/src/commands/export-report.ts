/**
 * 「导出报告」: writes the JSON report (spec §6) and the 利息计算表 (.xlsx, every schedule row of every loan) beside the
 * case file, asking before it overwrites either. In an untrusted workspace nothing is written.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { ExportResult, Methods } from '../protocol';
import { toUri } from './generate';
import { t } from '../l10n';
import { confirmOverwrite } from './confirm-overwrite';

export async function exportReport(client: LanguageClient | undefined, uriArg?: unknown, options: { overwrite?: boolean; quiet?: boolean } = {}): Promise<vscode.Uri[]> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(t('This workspace is not trusted: debt-lang writes no files here.'));
    return [];
  }
  const uri = toUri(uriArg);
  if (!client || !uri) {
    void vscode.window.showInformationMessage(t('Open a .debt case file first.'));
    return [];
  }
  const result = await client.sendRequest<ExportResult | null>(Methods.exportSchedule, { uri: uri.toString() });
  if (!result) return [];
  const base = path.posix.basename(uri.path).replace(/\.debt$/i, '');
  const files: [vscode.Uri, Uint8Array][] = [
    [vscode.Uri.joinPath(uri, '..', `${base}.报告.json`), Buffer.from(result.json, 'utf8')],
    [vscode.Uri.joinPath(uri, '..', `${base}.利息计算表.xlsx`), Buffer.from(result.xlsx, 'base64')],
  ];
  const existing: string[] = [];
  for (const [f] of files) { try { await vscode.workspace.fs.stat(f); existing.push(path.posix.basename(f.path)); } catch { /* new */ } }
  if (existing.length > 0) {
    const overwrite = options.overwrite ?? await confirmOverwrite(t('{0} already exist(s). Overwrite?', existing.join(t(', '))));
    if (!overwrite) return [];
  }
  for (const [f, bytes] of files) await vscode.workspace.fs.writeFile(f, bytes);
  if (!options.quiet) {
    const reveal = t('Reveal in folder');
    void vscode.window.showInformationMessage(t({ message: 'Written: {0}', comment: 'report and schedule exported' },
      files.map(([f]) => path.posix.basename(f.path)).join(t(', '))), reveal).then((c) => {
      if (c === reveal) void vscode.commands.executeCommand(vscode.env.uiKind === vscode.UIKind.Web ? 'revealInExplorer' : 'revealFileInOS', files[1][0]);
    });
  }
  return files.map(([f]) => f);
}
