/**
 * What the editor's `initialize` says that the server acts on: its UI language, whether it can be asked for settings,
 * pulls diagnostics, accepts refresh requests, and its workspace folders. Read once by the protocol bundle
 * (server.ts) and handed to the analysis (server-core.ts).
 */
import { InitializeParams } from 'vscode-languageserver/node';
import { Locale } from '../core/diagnostics/types';

export interface ClientInfo {
  locale: Locale;
  canReadConfig: boolean;
  pullDiagnostics: boolean;
  canRefreshDiagnostics: boolean;
  /** What the editor lets the server ask it to re-request after settings or used files change. */
  refresh: { inlayHints: boolean; codeLens: boolean; semanticTokens: boolean };
  workspaceRoots: string[];
}

export function clientInfo(params: InitializeParams): ClientInfo {
  const ws = params.capabilities.workspace;
  let workspaceRoots = (params.workspaceFolders ?? []).map((f) => f.uri);
  if (workspaceRoots.length === 0 && params.rootUri) workspaceRoots = [params.rootUri];
  return {
    locale: (params.locale ?? '').toLowerCase().startsWith('en') ? 'en' : 'zh',
    canReadConfig: !!ws?.configuration,
    pullDiagnostics: !!params.capabilities.textDocument?.diagnostic,
    canRefreshDiagnostics: !!ws?.diagnostics?.refreshSupport,
    refresh: { inlayHints: !!ws?.inlayHint?.refreshSupport, codeLens: !!ws?.codeLens?.refreshSupport, semanticTokens: !!ws?.semanticTokens?.refreshSupport },
    workspaceRoots,
  };
}
