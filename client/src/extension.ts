/**
 * The VS Code extension: starts the language server over IPC, logs to the "debt-lang" output channel,
 * restarts the server when it dies, and registers the commands.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind, State } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

const zh = () => !vscode.env.language.toLowerCase().startsWith('en');

function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // A larger young generation: parsing a big case file allocates many short-lived objects (see npm run bench).
  const execArgv = ['--max-semi-space-size=64'];
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...execArgv, '--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'debt' }],
    synchronize: { configurationSection: 'debt', fileEvents: vscode.workspace.createFileSystemWatcher('**/{*.debt,.debt-lpr.json}') },
    outputChannel: output,
    // languageclient restarts a crashed server up to 4 times in 3 minutes; we log each restart.
  };
  const c = new LanguageClient('debt', 'debt-lang', serverOptions, clientOptions);
  c.onDidChangeState((e) => {
    if (e.newState === State.Stopped) output.appendLine(`[debt-lang] ${zh() ? '语言服务器已停止' : 'language server stopped'}`);
    if (e.newState === State.Running) output.appendLine(`[debt-lang] ${zh() ? '语言服务器已启动' : 'language server running'}`);
  });
  return c;
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('debt-lang');
  context.subscriptions.push(output);
  client = createClient(context, output);
  await client.start();

  context.subscriptions.push(
    vscode.commands.registerCommand('debt.restartServer', async () => {
      output.appendLine('[debt-lang] restart requested');
      await client?.restart();
    }),
  );
  for (const id of ['debt.generateComplaint', 'debt.openPreview', 'debt.exportReport']) {
    context.subscriptions.push(vscode.commands.registerCommand(id, () => vscode.window.showInformationMessage(
      zh() ? '该功能将在后续版本提供；当前可在命令行使用 debt report 获取计算结果。' : 'Not available yet; use `debt report` on the command line for the figures.',
    )));
  }
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
