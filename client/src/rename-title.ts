/**
 * After a party is renamed, the case title still names the old party (「王小明诉赵大海民间借贷纠纷」) and so do the file
 * names of the documents generated from it. Once VS Code has applied the rename, the server says which titles name the
 * old party and how they would read (debt/caseTitleAfterRename); the lawyer is asked, non-modally as rust-analyzer
 * asks about moving a file with a renamed module, and on yes the case is renamed through the ordinary rename, with
 * its checks and quoting.
 */
import * as vscode from 'vscode';
import { LanguageClient, Middleware } from 'vscode-languageclient/node';
import { t } from './l10n';
import { prompts } from './prompts';

interface TitleRename { caseName: string; newTitle: string; position: { line: number; character: number } }
const METHOD = 'debt/caseTitleAfterRename';
/** How long a rename may wait in VS Code's refactor preview before the offer is dropped. */
const APPLY_WAIT_MS = 120000;

/** `"赵 大海"` → `赵 大海`: the name as the lexer reads a quoted name back. */
export function unquoteName(text: string): string {
  return /^".*"$/s.test(text) ? text.slice(1, -1).replace(/\\(["\\])/g, '$1') : text;
}

export function titleRenameMiddleware(client: () => LanguageClient | undefined): Middleware {
  return {
    async provideRenameEdits(document, position, newName, token, next) {
      const edit = await next(document, position, newName, token);
      if (!edit || document.languageId !== 'debt') return edit;
      const here = edit.get(document.uri).find((e) => e.range.contains(position));
      if (!here) return edit;
      const oldName = unquoteName(document.getText(here.range));
      if (oldName !== newName.trim()) void offerWhenApplied(client, document.uri, here.range.start.line, here.newText, oldName, newName.trim());
      return edit;
    },
  };
}

/**
 * Waits until the rename lands in the document (VS Code applies the edit after the middleware returns, and may apply a
 * smaller edit — 海 → 江 — so the line of the renamed name is read, not the change's text).
 */
function applied(uri: vscode.Uri, line: number, newText: string): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => { sub.dispose(); resolve(false); }, APPLY_WAIT_MS);
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() !== uri.toString() || e.contentChanges.length === 0) return;
      if (line >= e.document.lineCount || !e.document.lineAt(line).text.includes(newText)) return;
      clearTimeout(timer); sub.dispose(); resolve(true);
    });
  });
}

async function offerWhenApplied(
  client: () => LanguageClient | undefined, uri: vscode.Uri, line: number, newText: string, oldName: string, newName: string,
): Promise<void> {
  if (!await applied(uri, line, newText)) return;
  const c = client();
  if (!c) return;
  const offers = await c.sendRequest<TitleRename[]>(METHOD, { uri: uri.toString(), oldName, newName });
  for (const o of offers) {
    const yes = t('Update the case title');
    const question = t('The case title also names “{0}”. Change it to “{1}”? (Generated documents are named after the case title.)', oldName, o.newTitle);
    if (!await prompts.confirm(question, yes)) continue;
    const pos = new vscode.Position(o.position.line, o.position.character);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>('vscode.executeDocumentRenameProvider', uri, pos, o.newTitle);
    if (edit) await vscode.workspace.applyEdit(edit);
  }
}
