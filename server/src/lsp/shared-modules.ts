/**
 * The packages the two server bundles share. dist/server-core.js is built with these imports pointing here
 * (scripts/build.mjs, `sharedFromShell`): the core registers handlers on the protocol bundle's connection and throws
 * its ResponseError (RequestCancelled, ContentModified), which vscode-jsonrpc recognises only as its own class.
 */
import * as languageServer from 'vscode-languageserver/node';
import * as textDocument from 'vscode-languageserver-textdocument';

/** The key of the shared packages on the global object (a registered symbol: no string property to collide with). */
export const SHARED_MODULES = Symbol.for('debt-lang.server.shared-modules');

/** The packages by the names the core imports them under. */
export function shareModules(): void {
  (globalThis as Record<symbol, unknown>)[SHARED_MODULES] = {
    'vscode-languageserver/node': languageServer,
    'vscode-languageserver': languageServer,
    'vscode-languageserver-textdocument': textDocument,
    'vscode-languageserver-types': languageServer,
  };
}
