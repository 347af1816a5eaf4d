/**
 * Completion over stdio (issue 19): the built server ranks the context first and snippets after, offers only the
 * file's keyword language, and answers a space typed after 逾期利率 / a fact's 证据 with values.
 */
import * as assert from 'assert';
import { CompletionRequest, CompletionItem, CompletionTriggerKind, CompletionList } from 'vscode-languageserver-protocol/node';
import { Client } from './client';

const ZH = 'file:///w/zh.debt', EN = 'file:///w/en.debt';
const ZH_TEXT = '案件 甲 {\n  原告 张三 {}\n  被告 李四 {}\n  证据 借条 { 类型 借条 }\n  借款 一 {\n    出借人 张三\n    yqll\n    逾期利率 \n    签订 2023-01-01 证据 \n  }\n  被\n}\n';
const EN_TEXT = 'case A {\n  plaintiff B {}\n  loan L {\n    overdue-interest \n  }\n  \n}\n';

describe('language server over stdio: completion while typing', function () {
  this.timeout(20000);
  const client = new Client();
  const ask = async (uri: string, line: number, character: number, space = false): Promise<CompletionItem[]> => {
    const r = await client.conn.sendRequest(CompletionRequest.type, {
      textDocument: { uri }, position: { line, character },
      ...(space ? { context: { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: ' ' } } : { context: { triggerKind: CompletionTriggerKind.Invoked } }),
    }) as CompletionItem[] | CompletionList;
    return Array.isArray(r) ? r : r.items;
  };
  // VS Code orders equally good matches by comparing sortText as plain strings (not by locale).
  const key = (i: CompletionItem) => i.sortText ?? i.label;
  const bySort = (items: CompletionItem[]) => [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)).map((i) => i.label);

  before(async () => {
    await client.start('zh-cn');
    await client.open(ZH, ZH_TEXT);
    await client.open(EN, EN_TEXT);
  });
  after(async () => client.stop());

  it('typing yqll: 逾期利率 is offered, found by its pinyin initials', async () => {
    const items = await ask(ZH, 6, 8);
    const overdue = items.find((i) => i.label === '逾期利率');
    assert.ok(overdue && overdue.filterText!.split(' ').includes('yqll'));
    assert.strictEqual(overdue.command?.command, 'editor.action.triggerSuggest');
  });

  it('typing 被 in a case: the case items first (被告), the Chinese snippets after, no English snippet', async () => {
    const order = bySort(await ask(ZH, 10, 3));
    assert.ok(order.indexOf('被告') < order.indexOf('被告 { … }'));
    const firstSnippet = order.findIndex((l) => l.includes('…'));
    assert.ok(order.slice(firstSnippet).every((l) => l.includes('…')), 'no keyword after a snippet');
    assert.deepStrictEqual(order.filter((l) => /^[a-z]/.test(l)), []);
  });

  it('a space after 逾期利率: the rate forms; after a fact\'s 证据: the declared evidence and 「声明新证据…」', async () => {
    assert.deepStrictEqual((await ask(ZH, 7, 9, true)).map((i) => i.label), ['12%/年', '1%/月', '0.05%/日']);
    assert.deepStrictEqual(bySort(await ask(ZH, 8, 21, true)), ['借条', '声明新证据…']);
  });

  it('the answer to a typed space is incomplete, so the word typed next asks again', async () => {
    const r = await client.conn.sendRequest(CompletionRequest.type, {
      textDocument: { uri: ZH }, position: { line: 10, character: 2 }, context: { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: ' ' },
    });
    assert.ok(r && !Array.isArray(r) && r.isIncomplete === true);
  });

  it('an English-keyword file: English rate forms and English snippets only', async () => {
    assert.deepStrictEqual((await ask(EN, 3, 21, true)).map((i) => i.label), ['12% per year', '1% per month', '0.05% per day']);
    const items = await ask(EN, 5, 2);
    const snippets = items.filter((i) => String(i.label).includes('…'));
    assert.ok(snippets.length > 5);
    assert.deepStrictEqual(snippets.filter((i) => /%\/年|[\u4e00-\u9fff]+ \{/.test(i.textEdit!.newText.split('\n')[0].replace(/\$\{\d+:[^}]*\}/g, ''))).map((i) => i.label), []);
  });
});
