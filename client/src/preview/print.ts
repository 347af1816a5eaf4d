/**
 * The preview's 「打印」 button (issue 19: a sandboxed webview ignores `window.print()`, so the button did nothing).
 * Like VS Code's Markdown preview users do by hand, the document is written as a standalone HTML page — the same page
 * 生成文书 writes as .html — to a temporary folder and handed to the system browser, where it prints (the page opens
 * the print dialog itself) or saves as PDF. In the browser build of VS Code (code-server, vscode.dev) the extension
 * host's disk is not the lawyer's, so the message says how to print instead and offers to write the HTML beside the
 * case file, from where the Explorer downloads it.
 */
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { DocumentKind, DocumentResult, DocumentStyle, Methods } from '../protocol';
import { t } from '../l10n';
import { prompts } from '../prompts';
import { privateTempDir } from '../../../server/src/private-temp';

export interface PrintRequest { uri: string; caseName?: string; kind: DocumentKind; style: DocumentStyle }
export interface PrintOptions { /** Which path to take; default from `vscode.env.uiKind`. */ ui?: 'desktop' | 'web' }
export interface PrintOutcome { file?: vscode.Uri; opened?: boolean; reason?: 'no-document' | 'refused' | 'web' }

/** Opens the print dialog once the page has loaded; the page carries nothing else of ours. */
const PRINT_ON_LOAD = '<script>window.addEventListener("load", function () { window.print(); });</script>';

export function withPrintOnLoad(html: string): string {
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + PRINT_ON_LOAD : `${html.slice(0, at)}${PRINT_ON_LOAD}\n${html.slice(at)}`;
}

export async function printDocument(client: LanguageClient, req: PrintRequest, options: PrintOptions = {}): Promise<PrintOutcome> {
  const ui = options.ui ?? (vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop');
  const result = await client.sendRequest<DocumentResult | null>(Methods.document, { ...req, format: 'html', standalone: true });
  if (!result) return { reason: 'no-document' };
  if (result.refused) {
    void vscode.window.showWarningMessage(result.refused);
    return { reason: 'refused' };
  }
  if (ui === 'web') {
    const write = t('Write the HTML beside the case file');
    const choice = await prompts.info(t('The browser version of VS Code cannot print from the preview. Write the document as HTML beside the case file, download it from the Explorer (right-click → Download) and print it from your browser (Ctrl+P).'), write);
    if (choice === write) {
      await vscode.commands.executeCommand('debt.generateDocument', vscode.Uri.parse(req.uri), result.caseName, { kind: req.kind, style: req.style, format: 'html' });
    }
    return { reason: 'web' };
  }
  // A folder only this user can write (a shared /tmp: another user could otherwise swap the page before it opens); the
  // file is named as 生成文书 names it (the case, the document), so a second print of the same document replaces the first.
  const dir = privateTempDir('debt-lang-print');
  if (dir === undefined) throw new Error(`no private temporary folder in ${os.tmpdir()}`);
  const file = vscode.Uri.file(path.join(dir, result.fileName.endsWith('.html') ? result.fileName : `${result.fileName}.html`));
  await vscode.workspace.fs.writeFile(file, Buffer.from(withPrintOnLoad(result.content), 'utf8'));
  const opened = await prompts.openExternal(file);
  void prompts.info(opened
    ? t('{0} is open in your browser: print it there (Ctrl+P), or choose “Save as PDF”. The file: {1}', result.fileName, file.fsPath)
    : t('Open {0} in a browser and print it there (Ctrl+P).', file.fsPath));
  return { file, opened };
}
