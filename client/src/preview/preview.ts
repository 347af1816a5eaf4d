/**
 * The complaint preview beside the editor: one webview that follows the active `.debt` editor and the case under its
 * cursor. The shell HTML (CSP with a nonce, the stylesheet and script from media/) is set once; every update after
 * that is a `postMessage` with the new body, so the scroll position survives typing. Updates are throttled: the
 * first change renders at once, later ones at most every THROTTLE_MS, the last one always.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { CaseSummary, DocumentKind, DocumentResult, DocumentStyle, Methods, Rng } from '../protocol';
import { shellHtml } from './shell';
import { t } from '../l10n';
import { walkthroughDone } from '../walkthrough';
import { rememberForm } from '../form-memory';
import { PrintOptions, PrintOutcome, printDocument } from './print';

export const VIEW_TYPE = 'debt.preview';
const THROTTLE_MS = 100;

export interface PreviewState { uri?: string; caseName?: string; style?: DocumentStyle; /** The document previewed (spec §8.4); default the complaint. */ kind?: DocumentKind }

/** Messages from the webview (media/preview.js). */
type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; range: Rng }
  | { type: 'scrolled'; line: number }
  | { type: 'setStyle'; style: DocumentStyle }
  | { type: 'setKind'; kind: DocumentKind }
  | { type: 'print' };

export class ComplaintPreview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private state: PreviewState = {};
  private disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private lastRender = 0;
  private rendering = false;
  private dirty = false;
  /** Set while the editor scrolls because the preview asked it to, so the echo is not sent back. */
  private syncingFromPreview = 0;
  /** The last result posted, for tests and the generate command. */
  last: DocumentResult | undefined;
  private onRenderedEmitter = new vscode.EventEmitter<DocumentResult>();
  readonly onRendered = this.onRenderedEmitter.event;

  constructor(private readonly context: vscode.ExtensionContext, private readonly client: () => LanguageClient | undefined) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: PreviewState | undefined) => {
          this.adopt(panel, state ?? {});
        },
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.document.uri.toString() === this.state.uri) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (!this.panel || !editor || editor.document.languageId !== 'debt') return;
        if (editor.document.uri.toString() !== this.state.uri) {
          this.state = { ...this.state, uri: editor.document.uri.toString(), caseName: undefined };
          this.schedule(true);
        }
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (!this.panel || e.textEditor.document.uri.toString() !== this.state.uri) return;
        const name = this.caseAt(e.textEditor.selection.active);
        if (name && name !== this.last?.caseName) { this.state.caseName = name; this.schedule(true); }
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (!this.panel || e.textEditor.document.uri.toString() !== this.state.uri) return;
        if (this.syncingFromPreview > Date.now()) return;
        const top = e.visibleRanges[0]?.start.line ?? 0;
        void this.panel.webview.postMessage({ type: 'scrollTo', line: top });
      }),
    );
  }

  get isOpen(): boolean { return !!this.panel; }
  get currentState(): PreviewState { return { ...this.state }; }

  /** 「预览起诉状」: opens (or reveals) the preview for `uri` (default: the active editor) and case. */
  async open(uri?: vscode.Uri, caseName?: string, style?: DocumentStyle, kind?: DocumentKind): Promise<void> {
    const target = uri ?? activeDebtEditor()?.document.uri;
    if (!target) {
      void vscode.window.showInformationMessage(t('Open a .debt case file first.'));
      return;
    }
    this.state = { uri: target.toString(), caseName, style: style ?? this.state.style ?? 'element', kind: kind ?? this.state.kind };
    if (this.panel) this.panel.reveal(vscode.ViewColumn.Beside, true);
    else {
      const panel = vscode.window.createWebviewPanel(VIEW_TYPE, t('Complaint preview'),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.webviewOptions());
      this.adopt(panel, this.state);
    }
    await this.render();
    walkthroughDone('preview');
  }

  private webviewOptions(): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'media')] };
  }

  private adopt(panel: vscode.WebviewPanel, state: PreviewState): void {
    this.panel = panel;
    this.state = { style: 'element', ...state };
    panel.webview.options = this.webviewOptions();
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'preview-icon.svg');
    panel.webview.html = shellHtml(panel.webview, this.context.extensionUri, this.state);
    panel.onDidDispose(() => { this.panel = undefined; this.last = undefined; }, null, this.disposables);
    panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m), null, this.disposables);
    this.schedule(true);
  }

  private onMessage(m: FromWebview): void {
    if (m.type === 'ready') this.schedule(true);
    else if (m.type === 'setStyle') { this.state.style = m.style; this.schedule(true); }
    else if (m.type === 'setKind') { this.state.kind = m.kind; this.schedule(true); }
    else if (m.type === 'print') void vscode.commands.executeCommand('debt.printPreview');
    else if (m.type === 'reveal') void this.reveal(m.range);
    else if (m.type === 'scrolled') {
      const editor = this.sourceEditor();
      if (!editor) return;
      this.syncingFromPreview = Date.now() + 300;
      editor.revealRange(new vscode.Range(m.line, 0, m.line, 0), vscode.TextEditorRevealType.AtTop);
    }
  }

  /** 「打印」: the document the preview shows, as a page in the system browser (print.ts). */
  async print(options?: PrintOptions): Promise<PrintOutcome | undefined> {
    const client = this.client();
    if (!client || !this.state.uri) {
      void vscode.window.showInformationMessage(t('Open the preview of a .debt case file first.'));
      return undefined;
    }
    return printDocument(client, {
      uri: this.state.uri, caseName: this.last?.caseName ?? this.state.caseName, kind: this.state.kind ?? 'complaint', style: this.state.style ?? 'element',
    }, options);
  }

  /** Clicking a part of the preview selects the case-file text it came from. */
  private async reveal(r: Rng): Promise<void> {
    if (!this.state.uri) return;
    const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
    const visible = this.sourceEditor();
    const editor = visible ?? await vscode.window.showTextDocument(vscode.Uri.parse(this.state.uri), { viewColumn: vscode.ViewColumn.One });
    if (visible) await vscode.window.showTextDocument(visible.document, { viewColumn: visible.viewColumn });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private sourceEditor(): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.state.uri);
  }

  private caseAt(pos: vscode.Position): string | undefined {
    // The server knows the case ranges; the last render listed the names. Ask cheaply via the cached summaries.
    const summaries = this.summaries;
    return summaries?.find((c) => pos.line >= c.range.start.line && pos.line <= c.range.end.line)?.name;
  }
  private summaries: { name: string; range: Rng }[] | undefined;

  /** Throttle: render now when idle long enough, else once at the end of the window; never two at once. */
  schedule(now = false): void {
    if (!this.panel) return;
    if (this.rendering) { this.dirty = true; return; }
    clearTimeout(this.timer);
    const wait = now ? 0 : Math.max(0, THROTTLE_MS - (Date.now() - this.lastRender));
    this.timer = setTimeout(() => { void this.render(); }, wait);
  }

  private async render(): Promise<void> {
    const client = this.client();
    if (!this.panel || !this.state.uri || !client) return;
    this.rendering = true;
    this.lastRender = Date.now();
    try {
      const editor = this.sourceEditor();
      const position = !this.state.caseName && editor ? editor.selection.active : undefined;
      const [result, cases] = await Promise.all([
        client.sendRequest<DocumentResult | null>(Methods.document, {
          uri: this.state.uri, caseName: this.state.caseName, position, kind: this.state.kind ?? 'complaint', style: this.state.style ?? 'element', format: 'html',
        }),
        client.sendRequest<CaseSummary[]>(Methods.cases, { uri: this.state.uri }),
      ]);
      this.summaries = cases;
      if (!this.panel) return;
      if (!result) {
        void this.panel.webview.postMessage({ type: 'empty', message: t('This file has no case (案件) yet.') });
        return;
      }
      this.last = result;
      // 生成起诉状 / 生成文书 then use the document and form the lawyer has been looking at (form-memory.ts).
      rememberForm(this.state.uri, { style: this.state.style ?? 'element', kind: this.state.kind ?? 'complaint' });
      this.panel.title = t('Preview: {0}', result.caseName);
      const side = cases.find((c) => c.name === result.caseName)?.side;
      if (result.refused) {
        // The law does not allow this document for the case (DocumentRefused): say why instead of a page.
        void this.panel.webview.postMessage({ type: 'empty', message: result.refused, kind: this.state.kind ?? 'complaint', side });
        this.onRenderedEmitter.fire(result);
        return;
      }
      void this.panel.webview.postMessage({
        type: 'render', html: result.content, problems: result.problems, notes: result.notes,
        caseName: result.caseName, style: this.state.style, uri: this.state.uri, kind: this.state.kind ?? 'complaint', side,
      });
      this.onRenderedEmitter.fire(result);
    } catch (e) {
      void this.panel?.webview.postMessage({ type: 'empty', message: t('The preview failed: {0}', (e as Error).message) });
    } finally {
      this.rendering = false;
      if (this.dirty) { this.dirty = false; this.schedule(); }
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
    this.onRenderedEmitter.dispose();
  }
}

export function activeDebtEditor(): vscode.TextEditor | undefined {
  const e = vscode.window.activeTextEditor;
  if (e?.document.languageId === 'debt') return e;
  return vscode.window.visibleTextEditors.find((x) => x.document.languageId === 'debt');
}
