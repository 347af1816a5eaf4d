/**
 * What every LSP feature handler gets: the connection, the open documents, and the latest analysis of a file.
 * Handlers stay thin: they read `ctx.analysis(uri)` (cached per document version) and convert the core's answer.
 */
import { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Analysis, FileHost } from '../core/analyze';
import { Locale } from '../core/diagnostics/types';
import { Settings } from '../core/settings';

export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  /** Reads open documents first (unsaved edits count), then the file system. */
  host: FileHost;
  locale(): Locale;
  settings(): Partial<Settings>;
  /** Client-side display options (`debt.inlayHints.*` etc.), as read from the `debt` configuration section. */
  config(): Record<string, unknown>;
  /** The analysis of the current text of `uri` (an open document or a workspace file), cached per text. */
  analysis(uri: string): Analysis | undefined;
  /** The current text of `uri`: the open document, else the indexed workspace file, else the disk. */
  text(uri: string): string | undefined;
  /** Every `.debt` file known: open documents and the workspace index. */
  workspaceUris(): string[];
}

/** One LSP feature: the capabilities it declares in `initialize` and the handlers it registers. */
export interface Feature {
  capabilities: Partial<ServerCapabilities>;
  register(ctx: ServerContext): void;
}
