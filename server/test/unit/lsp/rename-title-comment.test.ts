/**
 * Renaming a case (F2 on its name, or the title offer after a party's rename, which renames the case the same way)
 * carries the New Case comment that repeats the title, in the same WorkspaceEdit; no other comment changes.
 */
import * as assert from 'assert';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { WorkspaceEdit } from 'vscode-languageserver/node';
import { newCaseText, NewCaseAnswers } from '../../../src/core/templates/new-case';
import { renameAt } from '../../../src/lsp/rename';
import { at, workspace } from './workspace-fixture';

const URI = 'file:///w/title.debt';
const OLD = '王小明诉赵大海民间借贷纠纷', NEW = '王小明诉赵大江民间借贷纠纷';
const answers = (keywords: 'zh' | 'en'): NewCaseAnswers => ({ lender: '王小明', borrower: '赵大海', amount: '80000', delivered: '2024-03-05', keywords });

/** The edits of `uri` as `line:char-line:char=text`, in order. */
function edits(r: WorkspaceEdit | { error: string }, uri = URI): string[] {
  assert.ok(!('error' in r), JSON.stringify(r));
  return (r.changes?.[uri] ?? []).map((e) => `${at(e.range)}=${e.newText}`).sort();
}
function renamed(text: string, r: WorkspaceEdit | { error: string }): string {
  assert.ok(!('error' in r));
  return TextDocument.applyEdits(TextDocument.create(URI, 'debt', 1, text), r.changes?.[URI] ?? []);
}

describe('rename a case: the comment that repeats its title follows', () => {
  for (const keywords of ['zh', 'en'] as const) {
    it(`the New Case skeleton (${keywords} keywords): \`// ${OLD}\` on line 0 changes with the title on line 1`, () => {
      const text = newCaseText(answers(keywords));
      assert.ok(text.startsWith(`// ${OLD}\n`), text);
      const nameAt = keywords === 'zh' ? 3 : 5; // `案件 ` / `case `
      const r = renameAt(workspace({ [URI]: text }), URI, { line: 1, character: nameAt + 1 }, NEW, 'zh');
      // Title: 13 characters from `nameAt`; comment: 13 characters after `// `.
      assert.deepStrictEqual(edits(r), [`0:3-0:16=${NEW}`, `1:${nameAt}-1:${nameAt + 13}=${NEW}`]);
      const after = renamed(text, r);
      assert.ok(after.startsWith(`// ${NEW}\n${keywords === 'zh' ? '案件' : 'case'} ${NEW} {\n`), after);
      assert.strictEqual(after.replace(new RegExp(NEW, 'g'), OLD), text); // nothing else changed
    });
  }

  it('a comment that merely mentions a name is untouched; only the exact repeat changes', () => {
    const text = [`// ${OLD}`, '// 王小明的借条原件在律所', `// 王小明诉赵大海`, `案件 ${OLD} {`, '  原告 王小明', '  被告 赵大海', '}'].join('\n');
    const r = renameAt(workspace({ [URI]: text }), URI, { line: 3, character: 4 }, NEW, 'zh');
    assert.deepStrictEqual(edits(r), [`0:3-0:16=${NEW}`, `3:3-3:16=${NEW}`]);
  });

  it('a file without such a comment gets only the title edit', () => {
    const text = ['// 借款人多次承诺还款', `案件 ${OLD} {`, `  // ${OLD}`, '  原告 王小明', '  被告 赵大海', '}', `// ${OLD}`].join('\n');
    // The repeats inside the case block and after it are the lawyer's content, not the header: untouched.
    const r = renameAt(workspace({ [URI]: text }), URI, { line: 1, character: 4 }, NEW, 'zh');
    assert.deepStrictEqual(edits(r), [`1:3-1:16=${NEW}`]);
  });

  it('two cases in one file: only the renamed case\'s comment changes', () => {
    const second = '李雷诉韩梅梅民间借贷纠纷';
    const text = [`// ${OLD}`, `案件 ${OLD} {`, '  原告 王小明', '  被告 赵大海', '}', '', `/* ${second} */`, `案件 ${second} {`, '  原告 李雷', '  被告 韩梅梅', '}'].join('\n');
    const ws = workspace({ [URI]: text });
    assert.deepStrictEqual(edits(renameAt(ws, URI, { line: 1, character: 4 }, NEW, 'zh')), [`0:3-0:16=${NEW}`, `1:3-1:16=${NEW}`]);
    // The second case: `/* ` is 3, its title 12 characters (李雷 诉 韩梅梅 民间借贷纠纷 = 2 + 1 + 3 + 6).
    assert.deepStrictEqual(edits(renameAt(ws, URI, { line: 7, character: 4 }, '李雷诉韩梅民间借贷纠纷', 'zh')),
      ['6:3-6:15=李雷诉韩梅民间借贷纠纷', '7:3-7:15=李雷诉韩梅民间借贷纠纷']);
  });

  it('the file\'s first lines above `引用` and a top-level party; never inside a string', () => {
    const text = [`// ${OLD}`, '引用 "shared.debt"', `当事人 王小明 { 自然人 住所 "// ${OLD}" }`, `案件 ${OLD} {`, '  原告 王小明', '  被告 赵大海 { 自然人 }', '}'].join('\n');
    const r = renameAt(workspace({ [URI]: text, 'file:///w/shared.debt': '' }), URI, { line: 3, character: 4 }, NEW, 'zh');
    assert.deepStrictEqual(edits(r), [`0:3-0:16=${NEW}`, `3:3-3:16=${NEW}`]);
  });

  it('renaming a party changes no comment (the title offer is a separate, later step)', () => {
    const text = newCaseText(answers('zh'));
    const line = text.split('\n').findIndex((l) => l.startsWith('  被告 赵大海'));
    const r = renameAt(workspace({ [URI]: text }), URI, { line, character: 6 }, '赵大江', 'zh');
    assert.ok(edits(r).every((e) => !e.startsWith('0:')), edits(r).join('\n'));
  });
});
