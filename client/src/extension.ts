/**
 * The VS Code extension: starts the language server over stdio, logs to the "debt-lang" output channel,
 * restarts the server when it dies, and registers the commands and the complaint preview.
 * Everything legal is computed by the server; the client shows it and writes files the lawyer asked for.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind, State } from 'vscode-languageclient/node';
import { ComplaintPreview } from './preview/preview';
import { generateDocument, GenerateOptions, pickKindAndGenerate, toUri } from './commands/generate';
import { exportReport } from './commands/export-report';
import { convertKeywords } from './commands/convert-keywords';
import { t } from './l10n';
import { CaseStatus, showReport } from './status';
import { newCase } from './commands/new-case';
import { openSample } from './commands/open-sample';
import { completionMiddleware } from './completion-middleware';
import type { DocumentKind, DocumentStyle } from './protocol';
import { registerReportView } from './report-view';
import { initFormMemory } from './form-memory';
import { prompts, Prompts } from './prompts';
import { titleRenameMiddleware } from './rename-title';
import { openWalkthroughOnFirstRun } from './first-run';
import { SERVER_NODE_FLAGS } from '../../server/src/server-flags';

let client: LanguageClient | undefined;

function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // A large young generation for huge files (server/src/server-flags.ts).
  const execArgv = [...SERVER_NODE_FLAGS];
  // stdio: the server then encodes each diagnostic's JSON once and reuses it while the case is unchanged (server/src/lsp/wire.ts).
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.stdio, options: { execArgv } },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'debt' }],
    synchronize: { configurationSection: 'debt', fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.debt,.debt-lpr.json}') },
    outputChannel: output,
    middleware: { ...completionMiddleware, ...titleRenameMiddleware(() => client) },
    // languageclient restarts a crashed server up to 4 times in 3 minutes; we log each restart.
  };
  const c = new LanguageClient('debt', 'debt-lang', serverOptions, clientOptions);
  c.onDidChangeState((e) => {
    if (e.newState === State.Stopped) output.appendLine(`[debt-lang] ${t('language server stopped')}`);
    if (e.newState === State.Running) output.appendLine(`[debt-lang] ${t('language server running')}`);
  });
  return c;
}

/** What the extension hands its tests and other extensions (`extension.exports`). */
export interface DebtApi {
  preview: ComplaintPreview; status: CaseStatus; client: () => LanguageClient | undefined;
  /** The dialogs of the commands, replaceable by tests (prompts.ts). */
  prompts: Prompts;
}

export async function activate(context: vscode.ExtensionContext): Promise<DebtApi> {
  const output = vscode.window.createOutputChannel('debt-lang');
  initFormMemory(context.workspaceState);
  context.subscriptions.push(output);
  client = createClient(context, output);
  const preview = new ComplaintPreview(context, () => client);
  context.subscriptions.push(registerReportView());
  context.subscriptions.push(preview);
  await client.start();
  const status = new CaseStatus(() => client);
  context.subscriptions.push(status);

  const run = <A extends unknown[]>(id: string, f: (...args: A) => unknown) => context.subscriptions.push(
    vscode.commands.registerCommand(id, async (...args: A) => {
      try { return await f(...args); } catch (e) {
        output.appendLine(`[debt-lang] ${id}: ${(e as Error).stack ?? e}`);
        void vscode.window.showErrorMessage(t('debt-lang: the command failed — {0}', (e as Error).message));
        return undefined;
      }
    }));

  run('debt.restartServer', async () => {
    output.appendLine('[debt-lang] restart requested');
    await client?.restart();
  });
  run('debt.openPreview', (uri?: unknown, caseName?: string, style?: DocumentStyle, kind?: DocumentKind) => preview.open(toUri(uri), caseName, style, kind));
  run('debt.printPreview', (options?: Parameters<ComplaintPreview['print']>[0]) => preview.print(options));
  run('debt.generateComplaint', (uri?: unknown, caseName?: string, options?: GenerateOptions) => generateDocument(client, uri, caseName, options));
  run('debt.generateDocument', (uri?: unknown, caseName?: string, options?: GenerateOptions) => pickKindAndGenerate(client, uri, caseName, options));
  run('debt.generateEvidenceList', (uri?: unknown, caseName?: string, options?: GenerateOptions) =>
    generateDocument(client, uri, caseName, { ...options, kind: 'evidence-list' }));
  run('debt.generateSchedule', (uri?: unknown, caseName?: string, options?: GenerateOptions) =>
    generateDocument(client, uri, caseName, { ...options, kind: 'schedule' }));
  run('debt.exportReport', (uri?: unknown, options?: { overwrite?: boolean; quiet?: boolean }) => exportReport(client, uri, options));
  run('debt.convertKeywords', (to?: 'zh' | 'en') => convertKeywords(client, to));
  run('debt.showReport', (uri?: unknown) => showReport(client, uri === undefined ? undefined : toUri(uri)));
  run('debt.openSample', () => openSample(context));
  run('debt.newCase', (preset?: Parameters<typeof newCase>[1]) => newCase(client, preset));
  void openWalkthroughOnFirstRun(context).catch((e) => output.appendLine(`[debt-lang] walkthrough: ${(e as Error).stack ?? e}`));
  return { preview, status, client: () => client, prompts };
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
