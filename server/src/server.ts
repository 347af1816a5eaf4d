/**
 * The language server: over IPC when the extension starts it, over stdio with `--stdio` for any LSP editor.
 * Handlers stay thin: they call the core's `analyze` and convert its results.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';
import {
  createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, InitializeParams, Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, FileHost, usedFileErrors } from './core/analyze';
import { Locale } from './core/diagnostics/types';
import { LprEntry, Settings } from './core/settings';
import { toLspDiagnostic } from './lsp/convert';
import { DebtConfig, settingsFromConfig } from './lsp/settings';
import { withoutBom } from './core/text/bom';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
let locale: Locale = 'zh';
let canReadConfig = false;
let workspaceRoots: string[] = [];
let settings: Partial<Settings> = {};
const DEBOUNCE_MS = 200;
const pending = new Map<string, NodeJS.Timeout>();

/** Open documents first (unsaved edits count), then the file system. */
const host: FileHost = {
  read(uri) {
    const open = documents.get(uri);
    if (open) return open.getText();
    try { return withoutBom(fs.readFileSync(fileURLToPath(uri), 'utf8')); } catch { return undefined; }
  },
};

connection.onInitialize((params: InitializeParams) => {
  locale = (params.locale ?? '').toLowerCase().startsWith('en') ? 'en' : 'zh';
  canReadConfig = !!params.capabilities.workspace?.configuration;
  workspaceRoots = (params.workspaceFolders ?? []).map((f) => f.uri);
  return { capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental } } };
});

connection.onInitialized(() => { void reloadSettings(); });
connection.onDidChangeConfiguration(() => { void reloadSettings(); });

/** `.debt-lpr.json` in a workspace root: LPR publications newer than the bundled table. */
function workspaceLpr(): LprEntry[] {
  const out: LprEntry[] = [];
  for (const root of workspaceRoots) {
    try {
      const file = path.join(fileURLToPath(root), '.debt-lpr.json');
      const data = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (Array.isArray(data)) out.push(...data);
    } catch { /* absent or unreadable: nothing to add */ }
  }
  return out;
}

async function reloadSettings(): Promise<void> {
  let config: DebtConfig | undefined;
  if (canReadConfig) {
    try { config = await connection.workspace.getConfiguration('debt'); } catch { config = undefined; }
  }
  settings = settingsFromConfig(config, workspaceLpr());
  for (const doc of documents.all()) schedule(doc);
}

function validate(doc: TextDocument): void {
  let diagnostics: Diagnostic[] = [];
  try {
    const result = analyze(doc.uri, doc.getText(), host, { locale, settings });
    diagnostics = result.diagnostics.filter((d) => d.uri === doc.uri).map((d) => toLspDiagnostic(d, locale));
    // Errors inside a used file are summarised on this file's `use` line, so they are not missed.
    diagnostics.push(...usedFileErrors(result, locale).map((d) => toLspDiagnostic(d, locale)));
  } catch (e) {
    connection.console.error(`debt: analysis failed for ${doc.uri}: ${(e as Error).stack ?? e}`);
  }
  void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics });
}

function schedule(doc: TextDocument): void {
  clearTimeout(pending.get(doc.uri));
  pending.set(doc.uri, setTimeout(() => { pending.delete(doc.uri); validate(doc); }, DEBOUNCE_MS));
}

// A change to one file can change the files that `use` it: re-check every open document (each debounced).
documents.onDidChangeContent(() => { for (const doc of documents.all()) schedule(doc); });
// A used file or .debt-lpr.json changed on disk.
connection.onDidChangeWatchedFiles(() => { void reloadSettings(); });
documents.onDidClose((e) => {
  clearTimeout(pending.get(e.document.uri));
  pending.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

process.on('uncaughtException', (e) => connection.console.error(`debt: ${e.stack ?? e}`));
documents.listen(connection);
connection.listen();
