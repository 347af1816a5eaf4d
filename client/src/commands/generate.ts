/**
 * 「生成起诉状」: picks the case (when the file has several), the form and the format; warns first when the case has
 * errors or a lapsed limitation period; writes `<案件名>.起诉状.<ext>` beside the case file, asking before it overwrites
 * anything; then opens or reveals the result. In an untrusted workspace nothing is written.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { CaseSummary, DocumentFormat, DocumentKind, DocumentResult, DocumentStyle, kindsFor, Methods } from '../protocol';
import { GROUP, kindItem } from '../kinds';
import { activeDebtEditor } from '../preview/preview';
import { t } from '../l10n';
import { confirmOverwrite } from './confirm-overwrite';
import { walkthroughDone } from '../walkthrough';
import { rememberedForm } from '../form-memory';

/** Answers a script or test may give in place of the dialogs (the command's third argument). */
export interface GenerateOptions {
  style?: DocumentStyle;
  format?: DocumentFormat;
  kind?: DocumentKind;
  /** Answer to "the case has errors / has lapsed — generate anyway?" */
  proceed?: boolean;
  /** Answer to "the file exists — overwrite?" */
  overwrite?: boolean;
  /** Do not open the result afterwards. */
  quiet?: boolean;
}

export interface GenerateOutcome { written?: vscode.Uri; reason?: 'untrusted' | 'no-file' | 'no-case' | 'cancelled' | 'exists' | 'failed' | 'refused' }

export function toUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string') return vscode.Uri.parse(arg);
  return activeDebtEditor()?.document.uri;
}

async function pickCase(client: LanguageClient, uri: vscode.Uri, given?: string): Promise<CaseSummary | undefined> {
  const cases = await client.sendRequest<CaseSummary[]>(Methods.cases, { uri: uri.toString() });
  if (given) return cases.find((c) => c.name === given);
  if (cases.length <= 1) return cases[0];
  const pick = await vscode.window.showQuickPick(cases.map((c) => ({
    label: c.name,
    description: c.claimAmount ? t('claim ¥{0}', c.claimAmount) : undefined,
    detail: c.errors > 0 ? t('{0} error(s)', c.errors) : c.lapsed ? t('limitation lapsed') : undefined,
    c,
  })), { placeHolder: t('Which case?') });
  return pick?.c;
}

async function pickStyle(): Promise<DocumentStyle | undefined> {
  const pick = await vscode.window.showQuickPick([
    { label: t('Element form (要素式, 法〔2025〕82号)'), style: 'element' as const },
    { label: t('Traditional form (文书样式)'), style: 'traditional' as const },
  ], { placeHolder: t('Which form?') });
  return pick?.style;
}

async function pickFormat(formNote?: string): Promise<DocumentFormat | undefined> {
  const pick = await vscode.window.showQuickPick([
    { label: 'Word (.docx)', format: 'docx' as const },
    { label: 'HTML (.html)', format: 'html' as const },
    { label: 'Markdown (.md)', format: 'md' as const },
  ], { placeHolder: formNote ? `${t('Which file format?')} ${formNote}` : t('Which file format?') });
  return pick?.format;
}

export async function generateDocument(client: LanguageClient | undefined, uriArg?: unknown, caseName?: string, options: GenerateOptions = {}): Promise<GenerateOutcome> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(t('This workspace is not trusted: debt-lang writes no files here. Trust the workspace to generate documents.'));
    return { reason: 'untrusted' };
  }
  const uri = toUri(uriArg);
  if (!client || !uri) {
    void vscode.window.showInformationMessage(t('Open a .debt case file first.'));
    return { reason: 'no-file' };
  }
  const c = await pickCase(client, uri, caseName);
  if (!c) return { reason: 'no-case' };
  // Refuse before asking anything (rust-analyzer and the Markdown preview do the same): a document the law does not
  // allow for this case (a 支付令 for a debt not yet due, a 保全 application without a 保全 item) is explained at once.
  if (options.kind && options.kind !== 'complaint') {
    const probe = await client.sendRequest<DocumentResult | null>(Methods.document, { uri: uri.toString(), caseName: c.name, kind: options.kind, style: 'element', format: 'md' });
    if (probe?.refused) {
      void vscode.window.showWarningMessage(probe.refused);
      return { reason: 'refused' };
    }
  }
  // The complaint's form: as given, else the one the preview of this file shows (issue 19: not asked twice), else asked.
  const remembered = options.kind && options.kind !== 'complaint' ? undefined : rememberedForm(uri)?.style;
  const style = options.style ?? (options.kind && options.kind !== 'complaint' ? 'element' : remembered ?? await pickStyle());
  if (!style) return { reason: 'cancelled' };
  const formNote = !options.style && remembered
    ? t('(form as in the preview: {0})', remembered === 'traditional' ? t('Traditional') : t('Element form (要素式)')) : undefined;
  const format = options.format ?? await pickFormat(formNote);
  if (!format) return { reason: 'cancelled' };
  const kind = options.kind ?? 'complaint';

  // A lapsed period is the debtor's defence: his lawyer is not warned about it (spec §8.4).
  if (c.errors > 0 || (c.lapsed && c.side !== 'debtor')) {
    const why = c.errors > 0
      ? t('The case “{0}” has {1} error(s); the document will have gaps.', c.name, c.errors)
      : t('The limitation period of “{0}” has lapsed: the defendant can refuse to pay (Civil Code Art. 192).', c.name);
    const go = t('Generate anyway');
    const proceed = options.proceed ?? (await vscode.window.showWarningMessage(why, { modal: true }, go)) === go;
    if (!proceed) return { reason: 'cancelled' };
  }

  const result = await client.sendRequest<DocumentResult | null>(Methods.document, { uri: uri.toString(), caseName: c.name, kind, style, format, standalone: true });
  if (result?.refused) {
    void vscode.window.showWarningMessage(result.refused);
    return { reason: 'refused' };
  }
  if (!result) {
    void vscode.window.showErrorMessage(t('The document could not be built; see the debt-lang output.'));
    return { reason: 'failed' };
  }
  const target = vscode.Uri.joinPath(uri, '..', result.fileName);
  if (await exists(target)) {
    const overwrite = options.overwrite ?? await confirmOverwrite(t('{0} already exists. Overwrite it?', result.fileName));
    if (!overwrite) return { reason: 'exists' };
  }
  const bytes = format === 'docx' ? Buffer.from(result.content, 'base64') : Buffer.from(result.content, 'utf8');
  await vscode.workspace.fs.writeFile(target, bytes);
  walkthroughDone(kind === 'complaint' ? 'generated' : 'recovery');
  if (!options.quiet) void showResult(target, format);
  return { written: target };
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}

async function showResult(target: vscode.Uri, format: DocumentFormat): Promise<void> {
  if (format !== 'docx') {
    await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    return;
  }
  const open = t('Open'), reveal = t('Reveal in folder');
  const choice = await vscode.window.showInformationMessage(t({ message: 'Written: {0}', comment: 'document generated' }, vscode.workspace.asRelativePath(target)), open, reveal);
  // In a browser (code-server, vscode.dev) there is no OS file manager: reveal the file in VS Code's Explorer.
  const web = vscode.env.uiKind === vscode.UIKind.Web;
  if (choice === open) await vscode.env.openExternal(target);
  else if (choice === reveal) await vscode.commands.executeCommand(web ? 'revealInExplorer' : 'revealFileInOS', target);
}

/** 「生成文书」: which document — the case's side first (spec §8.4) — then the same steps as 「生成起诉状」. */
export async function pickKindAndGenerate(client: LanguageClient | undefined, uriArg?: unknown, caseName?: string, options: GenerateOptions = {}): Promise<GenerateOutcome> {
  let kind = options.kind;
  if (!kind) {
    const uri = toUri(uriArg);
    const cases = client && uri ? await client.sendRequest<CaseSummary[]>(Methods.cases, { uri: uri.toString() }).catch(() => []) : [];
    const side = (cases.find((c) => c.name === caseName) ?? cases[0])?.side;
    const items: (vscode.QuickPickItem & { doc?: DocumentKind })[] = [];
    // The document the preview of this file shows comes first, ready for Enter (issue 19: the preview's choice is kept).
    const previewed = rememberedForm(uri)?.kind;
    if (previewed) items.push({ ...kindItem(previewed), description: t('as in the preview') });
    for (const g of kindsFor(side)) {
      items.push({ label: GROUP[g.side](), kind: vscode.QuickPickItemKind.Separator });
      items.push(...g.kinds.map(kindItem));
    }
    kind = (await vscode.window.showQuickPick(items, { placeHolder: t('Which document?') }))?.doc;
  }
  if (!kind) return { reason: 'cancelled' };
  return generateDocument(client, uriArg, caseName, { ...options, kind });
}
