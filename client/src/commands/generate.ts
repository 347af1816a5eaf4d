/**
 * 「生成起诉状」: picks the case (when the file has several), the form and the format; warns first when the case has
 * errors or a lapsed limitation period; writes `<案件名>.起诉状.<ext>` beside the case file, asking before it overwrites
 * anything; then opens or reveals the result. In an untrusted workspace nothing is written.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { CaseSummary, DocumentFormat, DocumentKind, DocumentResult, DocumentStyle, Methods } from '../protocol';
import { activeDebtEditor } from '../preview/preview';
import { t } from '../l10n';

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
    description: c.claimAmount ? `${t('claim', '标的额')} ¥${c.claimAmount}` : undefined,
    detail: c.errors > 0 ? t(`${c.errors} error(s)`, `${c.errors} 处错误`) : c.lapsed ? t('limitation lapsed', '诉讼时效已届满') : undefined,
    c,
  })), { placeHolder: t('Which case?', '为哪个案件生成？') });
  return pick?.c;
}

async function pickStyle(): Promise<DocumentStyle | undefined> {
  const pick = await vscode.window.showQuickPick([
    { label: t('Element form (要素式, 法〔2025〕82号)', '要素式（法〔2025〕82号，推荐）'), style: 'element' as const },
    { label: t('Traditional form (文书样式)', '传统文书样式'), style: 'traditional' as const },
  ], { placeHolder: t('Which form?', '起诉状格式') });
  return pick?.style;
}

async function pickFormat(): Promise<DocumentFormat | undefined> {
  const pick = await vscode.window.showQuickPick([
    { label: 'Word (.docx)', format: 'docx' as const },
    { label: 'HTML (.html)', format: 'html' as const },
    { label: 'Markdown (.md)', format: 'md' as const },
  ], { placeHolder: t('Which file format?', '文件格式') });
  return pick?.format;
}

export async function generateDocument(client: LanguageClient | undefined, uriArg?: unknown, caseName?: string, options: GenerateOptions = {}): Promise<GenerateOutcome> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(t('This workspace is not trusted: debt-lang writes no files here. Trust the workspace to generate documents.',
      '当前工作区未受信任：不会写入任何文件。信任此工作区后即可生成文书。'));
    return { reason: 'untrusted' };
  }
  const uri = toUri(uriArg);
  if (!client || !uri) {
    void vscode.window.showInformationMessage(t('Open a .debt case file first.', '请先打开一个 .debt 案件文件。'));
    return { reason: 'no-file' };
  }
  const c = await pickCase(client, uri, caseName);
  if (!c) return { reason: 'no-case' };
  const style = options.style ?? (options.kind && options.kind !== 'complaint' ? 'element' : await pickStyle());
  if (!style) return { reason: 'cancelled' };
  const format = options.format ?? await pickFormat();
  if (!format) return { reason: 'cancelled' };
  const kind = options.kind ?? 'complaint';

  if (c.errors > 0 || c.lapsed) {
    const why = c.errors > 0
      ? t(`The case “${c.name}” has ${c.errors} error(s); the document will have gaps.`, `案件“${c.name}”有 ${c.errors} 处错误，生成的文书会有缺漏。`)
      : t(`The limitation period of “${c.name}” has lapsed: the defendant can refuse to pay (Civil Code Art. 192).`,
        `案件“${c.name}”的诉讼时效已届满：被告可以提出不履行义务的抗辩（民法典第192条）。`);
    const go = t('Generate anyway', '仍然生成');
    const proceed = options.proceed ?? (await vscode.window.showWarningMessage(why, { modal: true }, go)) === go;
    if (!proceed) return { reason: 'cancelled' };
  }

  const result = await client.sendRequest<DocumentResult | null>(Methods.document, { uri: uri.toString(), caseName: c.name, kind, style, format, standalone: true });
  if (result?.refused) {
    void vscode.window.showWarningMessage(result.refused);
    return { reason: 'refused' };
  }
  if (!result) {
    void vscode.window.showErrorMessage(t('The document could not be built; see the debt-lang output.', '无法生成文书，详见 “debt-lang” 输出。'));
    return { reason: 'failed' };
  }
  const target = vscode.Uri.joinPath(uri, '..', result.fileName);
  if (await exists(target)) {
    const yes = t('Overwrite', '覆盖');
    const overwrite = options.overwrite ?? (await vscode.window.showWarningMessage(
      t(`${result.fileName} already exists. Overwrite it?`, `${result.fileName} 已存在，是否覆盖？`), { modal: true }, yes)) === yes;
    if (!overwrite) return { reason: 'exists' };
  }
  const bytes = format === 'docx' ? Buffer.from(result.content, 'base64') : Buffer.from(result.content, 'utf8');
  await vscode.workspace.fs.writeFile(target, bytes);
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
  const open = t('Open', '打开'), reveal = t('Reveal in folder', '打开所在文件夹');
  const choice = await vscode.window.showInformationMessage(t(`Written: ${vscode.workspace.asRelativePath(target)}`, `已生成：${vscode.workspace.asRelativePath(target)}`), open, reveal);
  // In a browser (code-server, vscode.dev) there is no OS file manager: reveal the file in VS Code's Explorer.
  const web = vscode.env.uiKind === vscode.UIKind.Web;
  if (choice === open) await vscode.env.openExternal(target);
  else if (choice === reveal) await vscode.commands.executeCommand(web ? 'revealInExplorer' : 'revealFileInOS', target);
}

/** 「生成文书」: which document of the recovery — then the same steps as 「生成起诉状」. */
export async function pickKindAndGenerate(client: LanguageClient | undefined, uriArg?: unknown, caseName?: string, options: GenerateOptions = {}): Promise<GenerateOutcome> {
  const kinds: { label: string; description: string; doc: DocumentKind }[] = [
    { label: t('Complaint', '民事起诉状'), description: t('to sue', '起诉'), doc: 'complaint' },
    { label: t('Demand letter', '催款函 / 律师函'), description: t('before suing; interrupts the limitation period when delivered', '诉前催收；送达后中断诉讼时效'), doc: 'demand-letter' },
    { label: t('Payment order application', '支付令申请书'), description: t('督促程序', '督促程序'), doc: 'payment-order' },
    { label: t('Preservation application', '财产保全申请书'), description: t('freeze the debtor\'s assets', '冻结、查封被告财产'), doc: 'preservation' },
    { label: t('Enforcement application', '强制执行申请书'), description: t('after the judgment', '判决生效后'), doc: 'enforcement' },
    { label: t('Evidence list', '证据目录'), description: '', doc: 'evidence-list' },
    { label: t('Interest schedule', '利息计算表'), description: '', doc: 'schedule' },
  ];
  const kind = options.kind ?? (await vscode.window.showQuickPick(kinds, { placeHolder: t('Which document?', '生成哪一份文书？') }))?.doc;
  if (!kind) return { reason: 'cancelled' };
  return generateDocument(client, uriArg, caseName, { ...options, kind });
}
