/**
 * Both sides over stdio (spec §8.4): the side the server reads from the agent's 委托人 reaches the editor (`debt/cases`),
 * the code lens offers that side's document first (a debtor's lawyer gets the 答辩状, a creditor's the 起诉状), and a
 * debtor's document is written on request.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CodeLensRequest } from 'vscode-languageserver-protocol/node';
import { Client } from './client';

const ROOT = path.resolve(__dirname, '../../../..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8');

describe('both sides over stdio', function () {
  this.timeout(20000);
  let client: Client;
  before(async () => { client = new Client(); await client.start('zh-cn'); });
  after(async () => client.stop());

  it('a debtor\'s lawyer (代理人 … 委托人 刘洋, a defendant): side debtor, lenses 预览答辩状 and 生成答辩状, no 生成起诉状', async () => {
    const uri = 'file:///test/sides/debtor-harassed-relatives.debt';
    await client.open(uri, read('debtor-harassed-relatives.debt'));
    const cases = await client.conn.sendRequest('debt/cases', { uri }) as { side?: string }[];
    assert.deepStrictEqual(cases.map((c) => c.side), ['debtor']);
    const titles = ((await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? []).map((l) => l.command?.title);
    assert.deepStrictEqual(titles.slice(0, 2), ['预览答辩状', '生成答辩状']);
    assert.ok(!titles.includes('生成起诉状'), titles.join(' | '));
    const doc = await client.conn.sendRequest('debt/document', { uri, kind: 'defence', format: 'html' }) as { content: string; refused?: string };
    assert.ok(!doc.refused, doc.refused);
    assert.match(doc.content, /民事答辩状/);
  });

  it('a creditor\'s lawyer (loan-basic: 委托人 张三, the plaintiff): side creditor, lenses 预览起诉状 and 生成起诉状', async () => {
    const uri = 'file:///test/sides/loan-basic.debt';
    await client.open(uri, read('loan-basic.debt'));
    const cases = await client.conn.sendRequest('debt/cases', { uri }) as { side?: string }[];
    assert.deepStrictEqual(cases.map((c) => c.side), ['creditor']);
    const titles = ((await client.conn.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) ?? []).map((l) => l.command?.title);
    assert.deepStrictEqual(titles.slice(0, 2), ['预览起诉状', '生成起诉状']);
  });
});
