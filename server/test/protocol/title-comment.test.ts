/**
 * The title offer's whole round over stdio, as client/src/rename-title.ts drives it: New Case's skeleton
 * (debt/newCase), F2 on the defendant (textDocument/rename), the offer (debt/caseTitleAfterRename), then the case
 * renamed at the offer's position — whose one WorkspaceEdit also carries the first-line comment repeating the title.
 */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DidChangeTextDocumentNotification, RenameRequest, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { Client } from './client';

const OLD = '王小明诉赵大海民间借贷纠纷', NEW = '王小明诉赵大江民间借贷纠纷';
interface Offer { caseName: string; newTitle: string; position: { line: number; character: number } }

describe('protocol: the title offer also updates the comment that repeats the title', () => {
  let client: Client;
  let version = 1;
  before(async () => { client = new Client(); await client.start('zh-cn'); });
  after(async () => { await client.stop(); });

  /** Sends `edit`'s changes of `uri` as the editor applies them; returns the new text. */
  async function apply(uri: string, text: string, edit: WorkspaceEdit): Promise<string> {
    const next = TextDocument.applyEdits(TextDocument.create(uri, 'debt', version, text), edit.changes?.[uri] ?? []);
    const published = client.next(uri);
    await client.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [{ text: next }] });
    await published;
    return next;
  }
  /** F2 on the defendant 赵大海 → 赵大江, then the offer accepted: the text after both, and the second edit. */
  async function renameDefendantAndAcceptTitle(uri: string, text: string): Promise<{ text: string; titleEdit: WorkspaceEdit; offers: Offer[] }> {
    const lines = text.split('\n');
    const line = lines.findIndex((l) => /^\s*(被告|defendant) 赵大海 \{/.test(l));
    const position = { line, character: lines[line].indexOf('赵大海') + 1 };
    const party = await client.conn.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: '赵大江' }) as WorkspaceEdit;
    text = await apply(uri, text, party);
    const offers = await client.conn.sendRequest('debt/caseTitleAfterRename', { uri, oldName: '赵大海', newName: '赵大江' }) as Offer[];
    assert.strictEqual(offers.length, 1, JSON.stringify(offers));
    const { position: at, newTitle } = offers[0];
    const titleEdit = await client.conn.sendRequest(RenameRequest.type, { textDocument: { uri }, position: at, newName: newTitle }) as WorkspaceEdit;
    return { text: await apply(uri, text, titleEdit), titleEdit, offers };
  }

  for (const keywords of ['zh', 'en'] as const) {
    it(`New Case (${keywords} keywords): after the offer the first line reads \`// ${NEW}\`, in the title's own edit`, async () => {
      const uri = `file:///tmp/title-comment-${keywords}.debt`;
      const answers = { lender: '王小明', borrower: '赵大海', amount: '8万元', delivered: '2024-03-05', keywords };
      const made = await client.conn.sendRequest('debt/newCase', answers) as { name: string; text: string };
      assert.ok(made.text.startsWith(`// ${OLD}\n`), made.text);
      await client.open(uri, made.text);
      const { text, titleEdit } = await renameDefendantAndAcceptTitle(uri, made.text);
      const nameAt = keywords === 'zh' ? 3 : 5;
      // One edit, two changes: the comment's title (after `// `, 13 characters) and the case name on line 1.
      const changes = (titleEdit.changes?.[uri] ?? []).map((e) => [e.range.start.line, e.range.start.character, e.range.end.character, e.newText]);
      assert.deepStrictEqual(changes.sort(),
        [[0, 3, 16, NEW], [1, nameAt, nameAt + 13, NEW]]);
      assert.ok(text.startsWith(`// ${NEW}\n${keywords === 'zh' ? '案件' : 'case'} ${NEW} {\n`), text);
      assert.ok(!text.includes('赵大海'), text);
    });
  }

  it('two cases, notes that mention the names: only the renamed case\'s title comment changes', async () => {
    const uri = 'file:///tmp/title-comment-two.debt';
    const other = '李雷诉韩梅梅民间借贷纠纷';
    const before = [
      `// ${OLD}`, '// 王小明的借条原件在律所', `案件 ${OLD} {`, '  原告 王小明 {', '    自然人', '  }', '  被告 赵大海 {', '    自然人', '  }', '}', '',
      `// ${other}`, `案件 ${other} {`, '  原告 李雷 {', '    自然人', '  }', '  被告 韩梅梅 {', '    自然人', '  }', '}', '',
    ].join('\n');
    await client.open(uri, before);
    const { text, offers } = await renameDefendantAndAcceptTitle(uri, before);
    assert.deepStrictEqual(offers.map((o) => o.newTitle), [NEW]);
    // Exactly the three places change: the defendant, the title and its comment; the note and the other case stay.
    assert.strictEqual(text, before.replace(`// ${OLD}`, `// ${NEW}`).replace(`案件 ${OLD}`, `案件 ${NEW}`).replace('被告 赵大海', '被告 赵大江'));
    assert.ok(text.includes('// 王小明的借条原件在律所') && text.includes(`// ${other}\n案件 ${other} {`), text);
  });
});
