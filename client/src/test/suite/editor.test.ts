/**
 * Inside VS Code, through VS Code's own provider commands: hover with the statute text, inline interest (inlay hints),
 * code lens, completion by pinyin and rename. The case is samples/loan-basic.debt (fixture loan.debt); figures worked
 * out by hand from rules.md: outstanding principal 49,975.34; interest 2,975.34 (paid) + 3,039.60 + 21,089.59 → the
 * unpaid 24,129.19; total 74,104.53; cap 4 × 3.65 % = 14.60 %.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor, workspace } from './wait';



function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
}

function labelText(h: vscode.InlayHint): string {
  return typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('');
}

describe('editor features in VS Code', () => {
  let doc: vscode.TextDocument;
  const find = (s: string, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = doc.getText().indexOf(s, at + 1);
    assert.ok(at >= 0, s);
    return doc.positionAt(at);
  };

  before(async () => {
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspace(), 'loan.debt'));
    await vscode.window.showTextDocument(doc);
  });
  after(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });

  it('hover on 逾期利率 gives its meaning and the text of 民间借贷规定第28条', async () => {
    const pos = find('逾期利率').translate(0, 1);
    const text = await waitFor('hover', async () => {
      const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
      return t.includes('第二十八条') ? t : undefined;
    });
    assert.match(text, /逾期|overdue/i);
  });

  it('hover on an amount gives it in 大写', async () => {
    const pos = find('50,000元').translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    assert.match(hoverText(hovers), /人民币伍万元整/);
  });

  it('inlay hints show the loan\'s outstanding principal, interest and total, and the rate against the cap', async () => {
    const all = new vscode.Range(0, 0, doc.lineCount, 0);
    const hints = await waitFor('inlay hints', async () => {
      const h = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, all);
      return h.length > 0 ? h : undefined;
    });
    const labels = hints.map(labelText);
    assert.ok(labels.some((l) => l.includes('49,975.34') && l.includes('24,129.19') && l.includes('74,104.53')), labels.join(' | '));
    assert.ok(labels.some((l) => l.includes('18.00%') && l.includes('14.60%')), labels.join(' | '));
  });

  it('code lens on the case: preview, generate, the total and the limitation end', async () => {
    const lenses = await waitFor('code lenses', async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 10);
      return l.length >= 4 ? l : undefined;
    });
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(lenses.some((l) => l.command?.command === 'debt.openPreview'));
    assert.ok(lenses.some((l) => l.command?.command === 'debt.generateComplaint'));
    // claimAmount of the report: 49,975.34 + 24,129.19 = 74,104.53; the limitation ends 2028-06-01.
    assert.ok(titles.some((t) => t.includes('74,104.53')), titles.join(' | '));
    assert.ok(titles.some((t) => t.includes('2028-06-01')), titles.join(' | '));
  });

  it('completion offers 逾期利率 for the pinyin initials yqll inside a loan', async () => {
    const pos = find('    利率 12%/年').translate(0, 4);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, pos);
    const item = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === '逾期利率');
    assert.ok(item, 'offered');
    assert.match(item!.filterText ?? '', /yqll/);
  });

  it('rename of the evidence 借条 changes the declaration and every proof that cites it, and nothing else', async () => {
    const pos = find('证据 借条 {').translate(0, 3);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, pos, '借条原件');
    const edits = edit.get(doc.uri);
    // `签订 2023-01-10 证据 借条` and `证据 借条 { 类型 借条 … }`: two names; the kind 借条 stays a keyword.
    assert.strictEqual(edits.length, 2);
    assert.ok(edits.every((e) => e.newText === '借条原件' && doc.getText(e.range) === '借条'));
  });

  it('「转换关键字语言」 rewrites the keywords in English and back, names untouched', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    assert.ok(await vscode.commands.executeCommand('debt.convertKeywords', 'en'));
    const en = editor.document.getText();
    assert.match(en, /^case 张三诉李四民间借贷纠纷 \{$/m);
    assert.match(en, /^ {4}overdue-interest 18%\/年$|^ {4}overdue-interest 18% per year$/m);
    assert.match(en, /^ {2}evidence 借条 \{ kind iou original proves/m, 'the evidence named 借条 keeps its name; its kind 借条 becomes iou');
    assert.ok(await vscode.commands.executeCommand('debt.convertKeywords', 'zh'));
    assert.match(editor.document.getText(), /^案件 张三诉李四民间借贷纠纷 \{$/m);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
