/**
 * `debt/memory` over stdio: the figure `npm run bench` reads to tell whether the server's memory stays flat. The
 * test client starts the server without --expose-gc, so the answer must say it did not collect first.
 */
import * as assert from 'assert';
import { Client } from './client';

describe('debt/memory over stdio', function () {
  this.timeout(20000);
  let client: Client;
  before(async () => { client = new Client(); await client.start('zh-cn'); });
  after(async () => client.stop());

  it('answers the server process\'s own heap and RSS', async () => {
    const m = await client.conn.sendRequest<{ heapUsed: number; heapTotal: number; rss: number; collected: boolean }>('debt/memory', {});
    assert.strictEqual(m.collected, false);
    // A server process: its heap is its own (a few MB at least) and lies within its RSS.
    assert.ok(m.heapUsed > 1_000_000 && m.heapUsed <= m.heapTotal && m.heapTotal <= m.rss, JSON.stringify(m));
  });
});
