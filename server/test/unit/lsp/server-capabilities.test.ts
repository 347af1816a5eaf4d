/**
 * The capabilities `initialize` announces come from server/data/server-capabilities.json, recorded by the build from
 * the features (scripts/build-tables.mjs): the protocol bundle answers before the features are loaded. The file must
 * say what the features declare, or the editor would ask for what nobody answers (or never ask).
 */
import * as assert from 'assert';
import { featureCapabilities } from '../../../src/lsp/feature-capabilities';
import recorded from '../../../data/server-capabilities.json';

describe('capabilities announced in initialize', () => {
  it('are the features\' own, as recorded by the build', () => {
    assert.deepStrictEqual(recorded, JSON.parse(JSON.stringify(featureCapabilities())),
      'stale: run `npm run build` (or `node scripts/build-tables.mjs`) and commit server/data/server-capabilities.json');
  });

  it('include the editor features a lawyer meets first', () => {
    const c = featureCapabilities();
    assert.strictEqual(c.hoverProvider, true);
    assert.deepStrictEqual(c.completionProvider?.triggerCharacters, [' ', '"']);
    assert.ok(c.semanticTokensProvider && 'legend' in c.semanticTokensProvider && c.semanticTokensProvider.legend.tokenTypes.includes('keyword'));
    assert.strictEqual(c.documentFormattingProvider, true);
  });
});
