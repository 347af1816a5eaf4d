/**
 * The language server's analysis and features, loaded by the protocol bundle (server.ts) once it has answered
 * `initialize`: the parser, the law engine and every LSP feature register here, before the editor's next message is
 * read. Handlers stay thin: they call the core's `analyze` (through the cache below) and convert its results. Each LSP
 * feature lives in its own file in `lsp/` and is listed in `lsp/features.ts`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, FileHost, usedFileErrors } from './core/analyze';
import { folderPaths, readUsedFile, workspaceFolderOfUri } from './used-file';
import { insideFolder } from './core/model/use-target';
import { LprEntry, Settings } from './core/settings';
import { toLspDiagnostic } from './lsp/convert';
import { DebtConfig, settingsFromConfig } from './lsp/settings';
import { withoutBom } from './core/text/bom';
import { ServerContext } from './lsp/context';
import { features } from './lsp/features';
import { AnalysisCache } from './lsp/analysis-cache';
import { WorkspaceIndex } from './lsp/workspace-index';
import { PullReports } from './lsp/pull-reports';
import { pulledWhileCurrent } from './lsp/pull-current';
import { pushAll } from './core/lists';
import { ClientInfo } from './lsp/client-info';

/** What the protocol bundle hands over: its connection, the open documents, and what `initialize` said of the editor. */
export interface Shell {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  client: ClientInfo;
}

/** Registers every handler of the analysis and the features on the shell's connection. */
export function startCore({ connection, documents, client }: Shell): void {
  const { locale, canReadConfig, pullDiagnostics, canRefreshDiagnostics, refresh, workspaceRoots } = client;
  let settings: Partial<Settings> = {};
  let rawConfig: Record<string, unknown> = {};
  /** Push mode only: edits within this window are analysed once (typing speed), well under 50 ms. */
  const PUSH_DELAY_MS = 30;
  const pending = new Map<string, NodeJS.Timeout>();
  const index = new WorkspaceIndex();

  /** Open documents first (unsaved edits count), then the workspace index, then the file system. */
  const host: FileHost = {
    read(uri) {
      const open = documents.get(uri);
      if (open) return open.getText();
      const indexed = index.text(uri);
      if (indexed !== undefined) return indexed;
      try { return withoutBom(fs.readFileSync(fileURLToPath(uri), 'utf8')); } catch { return undefined; }
    },
    readUsed(uri, caseUri) {
      // Not on disk (a virtual workspace): what the editor holds, inside the case's workspace folder only.
      if (!uri.startsWith('file:')) {
        if (!workspaceRoots.some((r) => insideFolder(caseUri, r) && insideFolder(uri, r))) return { refused: 'outside' };
        return documents.get(uri)?.getText() ?? index.text(uri);
      }
      const roots = workspaceRoots.filter((r) => insideFolder(caseUri, r));
      const folders = roots.length ? folderPaths(roots) : workspaceFolderOfUri(caseUri);
      // Open in the editor (maybe not on disk yet): its text, if it lies inside the workspace folder.
      const open = documents.get(uri);
      if (open) return folders.some((f) => insideFolder(uri, pathToFileURL(f).href)) ? open.getText() : { refused: 'outside' };
      const allowed = readUsedFile(uri, folders);
      // Not open: the disk decides whether the file exists (one closed or deleted without a watcher event is not read
      // from the index).
      return allowed;
    },
  };

  const cache = new AnalysisCache(host, () => ({ locale, settings }));

  const ctx: ServerContext = {
    connection, documents, host,
    locale: () => locale,
    settings: () => settings,
    config: () => rawConfig,
    analysis: (uri) => {
      try { return cache.get(uri); } catch (e) {
        connection.console.error(`debt: analysis failed for ${uri}: ${(e as Error).stack ?? e}`);
        return undefined;
      }
    },
    text: (uri) => host.read(uri),
    workspaceUris: () => [...new Set([...documents.keys(), ...index.uris()])],
  };

  connection.onInitialized(() => {
    void reloadSettings();
    void index.scan(workspaceRoots, connection, locale).then(() => { cache.clear(); refreshAll(); });
  });
  connection.onDidChangeConfiguration(() => { void reloadSettings(); });

  /** `.debt-lpr.json` in a workspace root: LPR publications newer than the bundled table. */
  function workspaceLpr(): LprEntry[] {
    const out: LprEntry[] = [];
    for (const root of workspaceRoots) {
      try {
        const file = path.join(fileURLToPath(root), '.debt-lpr.json');
        const data = JSON.parse(fs.readFileSync(file, 'utf8'));
        if (Array.isArray(data)) pushAll(out, data);
      } catch { /* absent or unreadable: nothing to add */ }
    }
    return out;
  }

  async function reloadSettings(): Promise<void> {
    let config: DebtConfig | undefined;
    if (canReadConfig) {
      try { config = await connection.workspace.getConfiguration('debt'); } catch { config = undefined; }
    }
    rawConfig = (config ?? {}) as Record<string, unknown>;
    settings = settingsFromConfig(config, workspaceLpr());
    cache.clear();
    refreshAll();
  }

  /** The diagnostics of one file as the editor shows them: its own, and errors of used files on its `引用` line. */
  function diagnosticsOf(uri: string): Diagnostic[] {
    const result: Analysis | undefined = ctx.analysis(uri);
    if (!result) return [];
    const out = result.diagnostics.filter((d) => d.uri === uri).map((d) => toLspDiagnostic(d, locale));
    pushAll(out, usedFileErrors(result, locale).map((d) => toLspDiagnostic(d, locale)));
    return out;
  }

  function publish(doc: TextDocument): void {
    // A newer version arrived while this one waited: its own timer will publish.
    if (documents.get(doc.uri)?.version !== doc.version) return;
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnosticsOf(doc.uri) });
  }

  function schedule(doc: TextDocument): void {
    if (pullDiagnostics) return;
    clearTimeout(pending.get(doc.uri));
    pending.set(doc.uri, setTimeout(() => { pending.delete(doc.uri); publish(doc); }, PUSH_DELAY_MS));
  }

  /**
   * Everything may have changed (settings — e.g. an inlay-hint kind switched off —, a used file, the workspace index):
   * ask the editor to pull diagnostics again (or push them), and to re-request inlay hints, code lenses and colours.
   */
  function refreshAll(): void {
    if (pullDiagnostics) {
      if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh();
    } else for (const doc of documents.all()) schedule(doc);
    if (refresh.inlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
    if (refresh.codeLens) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
    if (refresh.semanticTokens) connection.languages.semanticTokens.refresh();
  }

  // Pull diagnostics (LSP 3.17): the editor asks when it needs them; nothing is computed for hidden files.
  const reports = new PullReports();
  // Cancelled or edited while the analysis ran: no findings of a text that is gone (pull-current.ts).
  connection.languages.diagnostics.on(async (params, token) => {
    const uri = params.textDocument.uri;
    return reports.report(uri, await pulledWhileCurrent(ctx, uri, token, () => diagnosticsOf(uri)), params.previousResultId);
  });

  documents.onDidChangeContent((e) => {
    // The files that `use` this one are re-analysed too (their cache entries depend on its text).
    const dependents = cache.invalidate(e.document.uri);
    schedule(e.document);
    if (dependents.length > 0) refreshAll();
  });
  // A `.debt` file or .debt-lpr.json changed on disk.
  connection.onDidChangeWatchedFiles((p) => {
    for (const change of p.changes) {
      if (change.uri.endsWith('.debt')) index.update(change.uri, change.type);
    }
    void reloadSettings();
  });
  documents.onDidClose((e) => {
    clearTimeout(pending.get(e.document.uri));
    pending.delete(e.document.uri);
    cache.invalidate(e.document.uri);
    cache.forget(e.document.uri);
    reports.forget(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  for (const f of features) f.register(ctx);
}
