/**
 * The capabilities the features declare, merged: what `initialize` announces besides document sync and diagnostics.
 * The protocol bundle answers `initialize` before the features are loaded, so `npm run build` records this in
 * server/data/server-capabilities.json (scripts/build-tables.mjs); a unit test fails while that file is stale.
 */
import { ServerCapabilities } from 'vscode-languageserver/node';
import { features } from './features';

export function featureCapabilities(): ServerCapabilities {
  const capabilities: ServerCapabilities = {};
  for (const f of features) Object.assign(capabilities, f.capabilities);
  return capabilities;
}
