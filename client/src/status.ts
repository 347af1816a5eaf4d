/**
 * The status bar for the case under the cursor: the limitation status (「时效剩余 N 天」 / 「时效已届满」, counted from
 * today in China) and the claim amount. A click opens the JSON report in an editor (nothing is written to disk).
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { CaseSummary, Methods } from './protocol';
import { activeDebtEditor } from './preview/preview';
import { t } from './l10n';
// Pure date arithmetic of the core (no vscode, no Decimal): the same calendar the law engine counts with.
import { diffDays, todayInChina } from '../../server/src/core/text/dates';
import { showReadOnlyReport } from './report-view';

/** 50000.00 → 50,000.00 (the string stays exact: no number conversion). */
export function groupThousands(amount: string): string {
  const [int, frac] = amount.split('.');
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac !== undefined ? '.' + frac : '');
}

export function statusText(c: CaseSummary, today: string): { text: string; warning: boolean } {
  const parts: string[] = [];
  let warning = false;
  if (c.lapsed) { parts.push(t('$(warning) limitation lapsed')); warning = true; }
  else if (c.limitationEnd) {
    const left = diffDays(today, c.limitationEnd);
    if (left < 0) { parts.push(t('$(warning) limitation lapsed')); warning = true; }
    else { parts.push(t('$(clock) limitation: {0} days left', left)); warning = left <= 90; }
  }
  if (c.claimAmount) parts.push(t('claim ¥{0}', groupThousands(c.claimAmount)));
  return { text: parts.join(' · '), warning };
}

export class CaseStatus implements vscode.Disposable {
  private item = vscode.window.createStatusBarItem('debt.caseStatus', vscode.StatusBarAlignment.Left, 50);
  private disposables: vscode.Disposable[] = [this.item];
  private timer: NodeJS.Timeout | undefined;
  private cases: { uri: string; list: CaseSummary[] } | undefined;

  constructor(private client: () => LanguageClient | undefined) {
    this.item.name = t('debt-lang case status');
    this.item.command = { command: 'debt.showReport', title: t('Show report') };
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh(0)),
      vscode.window.onDidChangeTextEditorSelection((e) => { if (e.textEditor.document.languageId === 'debt') this.show(); }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const uri = activeDebtEditor()?.document.uri.toString();
        if (uri && e.uris.some((u) => u.toString() === uri)) this.refresh(100);
      }),
    );
    this.refresh(0);
  }

  refresh(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => { void this.load(); }, delay);
  }

  private async load(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const client = this.client();
    if (!editor || editor.document.languageId !== 'debt' || !client) { this.item.hide(); return; }
    try {
      const uri = editor.document.uri.toString();
      this.cases = { uri, list: await client.sendRequest<CaseSummary[]>(Methods.cases, { uri }) };
      this.show();
    } catch { this.item.hide(); }
  }

  /** The case under the cursor, else the first case of the file. */
  current(): CaseSummary | undefined {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !this.cases || this.cases.uri !== editor.document.uri.toString()) return undefined;
    const line = editor.selection.active.line;
    return this.cases.list.find((c) => line >= c.range.start.line && line <= c.range.end.line) ?? this.cases.list[0];
  }

  private show(): void {
    const c = this.current();
    if (!c) { this.item.hide(); return; }
    const s = statusText(c, todayInChina());
    if (!s.text) { this.item.hide(); return; }
    this.item.text = s.text;
    this.item.tooltip = `${c.name}${c.limitationEnd ? `\n${t('Last day of the limitation period: {0}', c.limitationEnd)}` : ''}`;
    this.item.backgroundColor = s.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  /** Text of the status item, for tests. */
  get text(): string { return this.item.text; }

  dispose(): void { clearTimeout(this.timer); for (const d of this.disposables) d.dispose(); }
}

/**
 * 「查看报告」: the JSON report of `uri` (the 本息合计 lens passes its file) or of the active file, read-only beside it
 * (nothing written; report-view.ts). Writing the files is 「导出报告」's, which the lawyer asks for by name.
 */
export async function showReport(client: LanguageClient | undefined, uri?: vscode.Uri): Promise<void> {
  const target = uri ?? activeDebtEditor()?.document.uri;
  if (!client || !target) return;
  const report = await client.sendRequest<Record<string, unknown> | null>(Methods.report, { uri: target.toString() });
  if (!report) return;
  await showReadOnlyReport(target, JSON.stringify(report, null, 2));
}
