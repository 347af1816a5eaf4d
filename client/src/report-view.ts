/**
 * 「查看报告」 opens the report read-only (issue 19): a `debt-report:` document served from memory, named as
 * 「导出报告」 names the file (`<case file>.报告.json`), so the status-bar click leaves no unsaved tab behind and
 * cannot be typed into. Like VS Code's own read-only views (output, `git:` versions).
 */
import * as vscode from 'vscode';

export const REPORT_SCHEME = 'debt-report';
const contents = new Map<string, string>();
const changed = new vscode.EventEmitter<vscode.Uri>();

export function registerReportView(): vscode.Disposable {
  return vscode.Disposable.from(changed, vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, {
    onDidChange: changed.event,
    provideTextDocumentContent: (uri) => contents.get(uri.toString()) ?? '',
  }));
}

/** Shows `json` beside the editor as `<base>.报告.json`, read-only; a second click refreshes the same tab. */
export async function showReadOnlyReport(caseFile: vscode.Uri, json: string): Promise<void> {
  const base = caseFile.path.replace(/^.*\//, '').replace(/\.debt$/i, '');
  const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${base}.报告.json`, query: caseFile.toString() });
  contents.set(uri.toString(), json);
  changed.fire(uri);
  const doc = await vscode.workspace.openTextDocument(uri);
  if (doc.languageId !== 'json') await vscode.languages.setTextDocumentLanguage(doc, 'json');
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
}
