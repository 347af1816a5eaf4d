/**
 * Who owes what over stdio (spec §8.1): the hover on a party of samples/co-debtors-spouse-guarantor.debt says what they
 * owe, with the figures `debt report` prints in `debtors`.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { HoverRequest, MarkupContent } from 'vscode-languageserver-protocol/node';
import { Client } from './client';

const ROOT = path.resolve(__dirname, '../../../..');
const SAMPLE = path.join(ROOT, 'samples/co-debtors-spouse-guarantor.debt');
const TEXT = fs.readFileSync(SAMPLE, 'utf8');
const URI = 'file:///test/obligations/co-debtors-spouse-guarantor.debt';
const grouped = (s: string) => s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

describe('who owes what over stdio', function () {
  this.timeout(20000);
  let client: Client;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let debtors: any[];

  before(async () => {
    debtors = JSON.parse(cp.execFileSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'report', SAMPLE], { encoding: 'utf8' })).cases[0].debtors;
    client = new Client();
    await client.start('zh-cn');
    await client.open(URI, TEXT);
  });
  after(async () => client.stop());

  it('`debt report` lists the five debtors; the hover on 配偶 陈芳 in the loan shows her share of the report', async () => {
    assert.deepStrictEqual(debtors.map((d) => d.name), ['吴强', '郑丽', '陈芳', '孙伟', '北京某某投资有限公司']);
    const o = debtors.find((d) => d.name === '陈芳').loans[0];
    const line = TEXT.split('\n').findIndex((l) => l.includes('配偶 陈芳'));
    const h = await client.conn.sendRequest(HoverRequest.type, { textDocument: { uri: URI }, position: { line, character: TEXT.split('\n')[line].indexOf('陈芳') + 1 } });
    const md = (h!.contents as MarkupContent).value;
    assert.ok(md.includes('**应负责任**（截至2025年7月1日）'), md);
    assert.ok(md.includes(`- 借款“周转借款”：配偶：夫妻共同债务，依据“共同生产经营”（民法典第1064条第2款，须由债权人证明）。应付本金${grouped(o.principal)}元，利息${grouped(o.interest)}元，合计${grouped(o.total)}元`), md);
  });
});
