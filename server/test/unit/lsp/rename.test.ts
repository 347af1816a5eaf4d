/** Rename: exact edit lists, across `引用` files, and every refusal the issue names. */
import * as assert from 'assert';
import { WorkspaceEdit } from 'vscode-languageserver/node';
import { prepareRenameAt, renameAt } from '../../../src/lsp/rename';
import { nameText } from '../../../src/lsp/names';
import { at, SAMPLE_FILES, sampleUri, workspace } from './workspace-fixture';

const COMPANY = sampleUri('company-installments.debt');
const pos = (line: number, character: number) => ({ line, character });
const edits = (r: WorkspaceEdit | { error: string }) => {
  assert.ok(!('error' in r), 'error' in r ? r.error : '');
  const out: string[] = [];
  for (const [uri, list] of Object.entries((r as WorkspaceEdit).changes ?? {})) {
    for (const e of list) out.push(`${uri.slice(uri.indexOf('/samples/') + 9)}@${at(e.range)}=${e.newText}`);
  }
  return out.sort();
};

describe('rename', () => {
  const ws = workspace({}, SAMPLE_FILES);

  it('a defendant: the declaration and its three references', () => {
    assert.deepStrictEqual(edits(renameAt(ws, COMPANY, pos(17, 9), '刘阳', 'zh')), [
      'company-installments.debt@11:5-11:7=刘阳', 'company-installments.debt@17:8-17:10=刘阳',
      'company-installments.debt@33:8-33:10=刘阳', 'company-installments.debt@43:18-43:20=刘阳',
    ]);
  });

  it('the shared lender: edits in the used file and in the file that uses it', () => {
    assert.deepStrictEqual(edits(renameAt(ws, COMPANY, pos(8, 6), '杭州某某贸易有限公司', 'zh')), [
      'company-installments.debt@16:8-16:18=杭州某某贸易有限公司', 'company-installments.debt@32:8-32:18=杭州某某贸易有限公司',
      'company-installments.debt@8:5-8:15=杭州某某贸易有限公司',
      'shared/lender.debt@10:54-10:64=杭州某某贸易有限公司', 'shared/lender.debt@2:4-2:14=杭州某某贸易有限公司',
    ]);
  });

  it('a name with a space or punctuation is written quoted; a quoted name is replaced whole', () => {
    assert.strictEqual(nameText('A B'), '"A B"');
    assert.strictEqual(nameText('say "hi"'), '"say \\"hi\\""');
    assert.strictEqual(nameText('（北京）某某有限公司'), '（北京）某某有限公司');
    assert.strictEqual(nameText('2号借款'), '"2号借款"');
    const uri = 'file:///w/q.debt';
    const w = workspace({ [uri]: '案件 "甲诉乙" { 借款 一 { 交付 2023-01-01 1元 } 还款 2023-02-01 1元 借款 一 }' });
    // The case name token `"甲诉乙"` spans 3..8, quotes included: the new bare name replaces the quotes too.
    assert.deepStrictEqual(edits(renameAt(w, uri, pos(0, 4), '甲诉乙丙', 'zh')), ['w/q.debt@0:3-0:8=甲诉乙丙']);
    // 一 is declared at 14..15 (`案件 "甲诉乙" { 借款 ` is 2+1+5+1+1+1+2+1 = 14) and referenced at 57..58
    // (after `一 { 交付 2023-01-01 1元 } 还款 2023-02-01 1元 借款 `, 1+1+1+1+2+1+10+1+2+1+1+1+2+1+10+1+2+1+2+1 = 43 more).
    const quoted = edits(renameAt(w, uri, pos(0, 57), '一号 借款', 'zh'));
    assert.deepStrictEqual(quoted.map((e) => e.slice(e.indexOf('@'))), ['@0:14-0:15="一号 借款"', '@0:57-0:58="一号 借款"']);
  });

  it('refuses a keyword spelling, a list separator, and a clash with a name of the same kind', () => {
    const kw = renameAt(ws, COMPANY, pos(17, 9), '借款', 'zh');
    assert.ok('error' in kw && /关键字/.test(kw.error));
    const sep = renameAt(ws, COMPANY, pos(17, 9), '刘、洋', 'zh');
    assert.ok('error' in sep && /“、”/.test(sep.error));
    const clash = renameAt(ws, COMPANY, pos(17, 9), '赵敏', 'zh');
    assert.ok('error' in clash && /已有名为“赵敏”的当事人/.test(clash.error), JSON.stringify(clash));
    // A loan may take a party's name: only names of the same kind clash (周转借款 is declared and never referred to).
    assert.deepStrictEqual(edits(renameAt(ws, COMPANY, pos(31, 6), '赵敏', 'zh')), ['company-installments.debt@31:5-31:9=赵敏']);
    // …but not another loan's.
    const loanClash = renameAt(ws, COMPANY, pos(31, 6), '经营借款', 'zh');
    assert.ok('error' in loanClash && /已有名为“经营借款”的借款/.test(loanClash.error));
    const en = renameAt(ws, COMPANY, pos(17, 9), 'loan', 'en');
    assert.ok('error' in en && /keyword/.test(en.error));
  });

  it('prepareRename: a name gives its range; a keyword, a date, an amount are refused', () => {
    assert.deepStrictEqual(prepareRenameAt(ws, COMPANY, pos(17, 9), 'zh'), { range: { start: pos(17, 8), end: pos(17, 10) }, placeholder: '刘洋' });
    for (const p of [pos(17, 5), pos(21, 10), pos(21, 22)]) {
      const r = prepareRenameAt(ws, COMPANY, p, 'zh');
      assert.ok('error' in r && /不是可重命名的名称/.test(r.error), JSON.stringify(p));
    }
  });
});
