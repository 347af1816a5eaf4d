/**
 * The language server, over stdio (`--stdio`: the extension and any LSP editor) or IPC / a socket — its protocol half.
 * Start-up is split in two so the editor hears back at once: this bundle (dist/server-main.js: the protocol, the
 * lifecycle gate, the open documents) answers `initialize` with the capabilities the build recorded from the features
 * (server/data/server-capabilities.json), then loads the analysis and the features (server-core.ts, dist/server-core.js)
 * before the editor's next message is read. The core uses this bundle's copy of vscode-languageserver
 * (lsp/shared-modules.ts), so there is one connection, one ResponseError, one CancellationToken.
 */
import * as path from 'path';
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, InitializeParams, ServerCapabilities,
  StreamMessageReader, StreamMessageWriter, Connection,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { wireEncoder } from './lsp/wire';
import { gatedReader, gatedWriter, Lifecycle } from './lsp/lifecycle';
import { clientInfo } from './lsp/client-info';
import { shareModules } from './lsp/shared-modules';
import { runWithCodeCache } from './code-cache';
import featureCapabilities from '../data/server-capabilities.json';
import type { Shell } from './server-core';

/**
 * On stdio (VS Code starts it so, as does any LSP editor) the messages go through lsp/wire.ts, which encodes each
 * diagnostic once; what vscode-languageserver does for `--stdio` is done here: the server ends with its input, and
 * console output goes to the editor's log, never into the protocol stream. Other transports (`--node-ipc`,
 * `--socket`) are set up by vscode-languageserver from the command line.
 */
let lifecycle: Lifecycle | undefined;
function connect(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const life = lifecycle = new Lifecycle();
  const writer = gatedWriter(new StreamMessageWriter(process.stdout, { contentTypeEncoder: wireEncoder }), life);
  const c = createConnection(ProposedFeatures.all, gatedReader(new StreamMessageReader(process.stdin), writer, life), writer, life.options(writer));
  let shutdown = false;
  c.onShutdown(() => { shutdown = true; });
  for (const event of ['end', 'close']) process.stdin.on(event, () => process.exit(shutdown ? 0 : 1));
  const log = (...args: unknown[]) => c.console.log(args.map(String).join(' '));
  console.log = console.info = console.debug = log;
  console.warn = console.error = (...args: unknown[]) => c.console.error(args.map(String).join(' '));
  return c;
}

const connection = connect();
const documents = new TextDocuments(TextDocument);
if (lifecycle) lifecycle.openText = (uri) => documents.get(uri);

/** The analysis and the features: the core bundle beside this one (through the code cache), else the compiled module. */
function loadCore(shell: Shell): void {
  const bundled = path.basename(__filename) === 'server-main.js';
  shareModules();
  try {
    const core = (bundled
      ? runWithCodeCache(path.join(__dirname, 'server-core.js'), module)
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      : require('./server-core')) as typeof import('./server-core');
    core.startCore(shell);
  } catch (e) {
    // A damaged installation: say so in the editor's log and stop, so the editor reports the server as failed.
    connection.console.error(`debt: the analysis could not be loaded (server-core): ${(e as Error).stack ?? e}`);
    setImmediate(() => process.exit(1));
  }
}

connection.onInitialize((params: InitializeParams) => {
  const client = clientInfo(params);
  const capabilities: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    ...(client.pullDiagnostics ? { diagnosticProvider: { interFileDependencies: true, workspaceDiagnostics: false } } : {}),
    ...(featureCapabilities as ServerCapabilities),
  };
  // Once this answer is written: the editor sends nothing more before it has read the answer (LSP), so the handlers
  // are registered before `initialized` or any request can arrive. Without the stdio gate: at the next turn.
  const start = () => loadCore({ connection, documents, client });
  if (lifecycle) lifecycle.onStarted = start; else setImmediate(start);
  return { capabilities };
});

process.on('uncaughtException', (e) => connection.console.error(`debt: ${e.stack ?? e}`));
documents.listen(connection);
connection.listen();
