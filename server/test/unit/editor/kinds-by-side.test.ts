/**
 * The 生成文书 picker and the preview's document picker (spec §8.4): every document kind the CLI writes is offered once,
 * in the group of the side the server's registry gives it, and a lawyer's own side comes first.
 */
import * as assert from 'assert';
import { KINDS_BY_SIDE, kindsFor } from '../../../../client/src/protocol';
import { SIDE_DOCUMENTS, SIDE_KINDS } from '../../../src/core/documents/sides';

const V2_KINDS = ['complaint', 'evidence-list', 'schedule', 'demand-letter', 'payment-order', 'preservation', 'enforcement'];

describe('document kinds by side in the editor', () => {
  it('every kind of the CLI is offered exactly once', () => {
    const offered = KINDS_BY_SIDE.flatMap((g) => g.kinds);
    assert.deepStrictEqual([...offered].sort(), [...V2_KINDS, ...SIDE_KINDS].sort());
    assert.strictEqual(new Set(offered).size, offered.length);
  });

  it('each §8.4 kind sits in the group of the side the server gives it', () => {
    for (const k of SIDE_KINDS) {
      const group = KINDS_BY_SIDE.find((g) => (g.kinds as string[]).includes(k))!;
      assert.strictEqual(group.side, SIDE_DOCUMENTS[k].side, k);
    }
  });

  it('a debtor\'s lawyer sees the debtor\'s documents first (答辩状 at the top), then both sides\', then the creditor\'s', () => {
    assert.deepStrictEqual(kindsFor('debtor').map((g) => g.side), ['debtor', 'both', 'creditor']);
    assert.strictEqual(kindsFor('debtor')[0].kinds[0], 'defence');
    assert.deepStrictEqual(kindsFor('creditor').map((g) => g.side), ['creditor', 'both', 'debtor']);
    assert.strictEqual(kindsFor(undefined)[0].kinds[0], 'complaint');
  });
});
