/** 「转换关键字语言」: rewrites a file's keywords in Chinese or English (the server computes the edits; names are kept). */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { Methods, Rng } from '../protocol';
import { activeDebtEditor } from '../preview/preview';
import { t } from '../l10n';

export async function convertKeywords(client: LanguageClient | undefined, to?: 'zh' | 'en'): Promise<boolean> {
  const editor = activeDebtEditor();
  if (!client || !editor) {
    void vscode.window.showInformationMessage(t('Open a .debt case file first.'));
    return false;
  }
  const target = to ?? (await vscode.window.showQuickPick([
    { label: '中文关键字', description: '案件、原告、借款……', to: 'zh' as const },
    { label: 'English keywords', description: 'case, plaintiff, loan…', to: 'en' as const },
  ], { placeHolder: t('Convert the keywords to…') }))?.to;
  if (!target) return false;
  const edits = await client.sendRequest<{ range: Rng; newText: string }[]>(Methods.convertKeywords, { uri: editor.document.uri.toString(), to: target });
  if (!edits || edits.length === 0) return false;
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) {
    we.replace(editor.document.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
  }
  return vscode.workspace.applyEdit(we);
}
