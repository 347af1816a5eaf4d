/** debt/caseTitleAfterRename and debt/suggestCourt, over stdio (the requests behind the rename offer and 新建案件). */
import * as assert from 'assert';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { Client } from './client';

const URI = 'file:///tmp/zhao.debt';
const TEXT = [
  '案件 王小明诉赵大海民间借贷纠纷 {', '  法院 北京市朝阳区人民法院', '', '  原告 王小明 {', '    自然人', '  }', '',
  '  被告 赵大海 {', '    自然人', '  }', '}', '',
].join('\n');

describe('protocol: the case title after a rename, the court of New Case', () => {
  let client: Client;
  before(async () => { client = new Client(); await client.start('zh-cn'); });
  after(async () => { await client.stop(); });

  it('after 赵大海 → 赵大江 the title names the old party: its new title and the position of the case name', async () => {
    await client.open(URI, TEXT);
    const renamed = TEXT.replace('被告 赵大海', '被告 赵大江');
    const next = client.next(URI);
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: renamed }] });
    await next;
    const offers = await client.conn.sendRequest('debt/caseTitleAfterRename', { uri: URI, oldName: '赵大海', newName: '赵大江' });
    assert.deepStrictEqual(offers, [{ caseName: '王小明诉赵大海民间借贷纠纷', newTitle: '王小明诉赵大江民间借贷纠纷', position: { line: 0, character: 3 } }]);
    assert.deepStrictEqual(await client.conn.sendRequest('debt/caseTitleAfterRename', { uri: URI, oldName: '李四', newName: '李五' }), []);
  });

  it('the court box of New Case: the defendant\'s district court', async () => {
    assert.deepStrictEqual(await client.conn.sendRequest('debt/suggestCourt', { lenderAddress: '', borrowerAddress: '北京市朝阳区建国路88号' }),
      { court: '北京市朝阳区人民法院', basis: 'defendant-domicile' });
    assert.strictEqual(await client.conn.sendRequest('debt/suggestCourt', {}), null);
  });
});
