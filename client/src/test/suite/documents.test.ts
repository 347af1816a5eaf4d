/**
 * Inside VS Code: the complaint preview opens beside the editor and follows edits; 「生成起诉状」 writes the Word file and
 * never overwrites without asking; 「导出报告」 writes the JSON report and the 利息计算表.
 * The case is samples/loan-basic.debt (copied to the fixture workspace as loan.debt). Its figures, worked out by hand
 * from rules.md: principal 50,000.00; 3,000.00 repaid on 2023-07-10 covers interest 2,975.34 and principal 24.66, so the
 * outstanding principal is 49,975.34.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor, workspace } from './wait';

const CASE = '张三诉李四民间借贷纠纷';

interface Api {
  preview: {
    isOpen: boolean;
    last?: { caseName: string; content: string; problems: unknown[] };
    onRendered: vscode.Event<{ caseName: string; content: string }>;
  };
}


async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}

describe('complaint preview and documents in VS Code', () => {
  let api: Api;
  let doc: vscode.TextDocument;
  const loan = () => vscode.Uri.joinPath(workspace(), 'loan.debt');

  before(async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'debt-lang')!;
    api = (await ext.activate()) as Api;
    doc = await vscode.workspace.openTextDocument(loan());
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('「预览起诉状」 opens a webview beside the editor showing the case', async () => {
    await vscode.commands.executeCommand('debt.openPreview');
    const tab = await waitFor('the preview tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.includes('debt.preview')));
    assert.notStrictEqual(tab.group.viewColumn, vscode.ViewColumn.One, 'beside the editor, not over it');
    const last = await waitFor('the first render', () => api.preview.last);
    assert.strictEqual(last.caseName, CASE);
    assert.ok(last.content.includes('49,975.34'), 'the outstanding principal is in the complaint');
  });

  it('follows an edit: a larger repayment lowers the principal in the preview', async () => {
    // 4,000.00 repaid: 2,975.34 to interest, 1,024.66 to principal → 48,975.34 outstanding.
    const line = doc.getText().split('\n').findIndex((l) => l.includes('还款 2023-07-10 3000元'));
    assert.ok(line >= 0);
    const col = doc.lineAt(line).text.indexOf('3000元');
    const rendered = new Promise<{ content: string }>((resolve) => {
      const sub = api.preview.onRendered((r) => { if (r.content.includes('48,975.34')) { sub.dispose(); resolve(r); } });
    });
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await editor.edit((e) => e.replace(new vscode.Range(line, col, line, col + 4), '4000'));
    const r = await Promise.race([rendered, new Promise<undefined>((res) => setTimeout(() => res(undefined), 20000))]);
    assert.ok(r, 'the preview re-rendered with the new principal');
    assert.ok(!r!.content.includes('49,975.34'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('「生成起诉状」 writes <案件名>.起诉状.docx beside the case file (a Word zip)', async () => {
    const target = vscode.Uri.joinPath(workspace(), `${CASE}.起诉状.docx`);
    if (await exists(target)) await vscode.workspace.fs.delete(target);
    const out = await vscode.commands.executeCommand<{ written?: vscode.Uri }>('debt.generateComplaint', loan(), CASE,
      { style: 'element', format: 'docx', proceed: true, quiet: true });
    assert.strictEqual(out?.written?.toString(), target.toString());
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.strictEqual(Buffer.from(bytes.slice(0, 2)).toString('latin1'), 'PK');
    assert.ok(bytes.length > 5000);
  });

  it('never overwrites an existing document without the lawyer saying so', async () => {
    const target = vscode.Uri.joinPath(workspace(), `${CASE}.起诉状.md`);
    await vscode.workspace.fs.writeFile(target, Buffer.from('律师自己改过的版本'));
    const refused = await vscode.commands.executeCommand<{ written?: vscode.Uri; reason?: string }>('debt.generateComplaint', loan(), CASE,
      { style: 'traditional', format: 'md', proceed: true, overwrite: false, quiet: true });
    assert.strictEqual(refused?.reason, 'exists');
    assert.strictEqual(Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8'), '律师自己改过的版本');
    const agreed = await vscode.commands.executeCommand<{ written?: vscode.Uri }>('debt.generateComplaint', loan(), CASE,
      { style: 'traditional', format: 'md', proceed: true, overwrite: true, quiet: true });
    assert.strictEqual(agreed?.written?.toString(), target.toString());
    const text = Buffer.from(await vscode.workspace.fs.readFile(target)).toString('utf8');
    assert.ok(text.includes('民事起诉状') && text.includes('49,975.34'));
  });

  it('「导出报告」 writes the JSON report and the 利息计算表 workbook', async () => {
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('debt.exportReport', loan(), { overwrite: true, quiet: true });
    assert.deepStrictEqual(written?.map((u) => u.path.split('/').pop()), ['loan.报告.json', 'loan.利息计算表.xlsx']);
    const report = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(written![0])).toString('utf8'));
    assert.strictEqual(report.cases[0].loans[0].principal, '50000.00');
    assert.deepStrictEqual(report.cases[0].loans[0].schedule[0],
      { from: '2023-01-10', to: '2023-07-09', days: 181, base: '50000.00', rate: '12.00', kind: 'period', interest: '2975.34' });
    const xlsx = await vscode.workspace.fs.readFile(written![1]);
    assert.strictEqual(Buffer.from(xlsx.slice(0, 2)).toString('latin1'), 'PK');
  });

  it('「生成文书」 refuses before it asks anything: a 保全 application for a case with no 保全 item', async () => {
    // No format is given: were the format asked first, the quick pick would wait and this test would time out.
    const out = await vscode.commands.executeCommand<{ written?: vscode.Uri; reason?: string }>('debt.generateDocument', loan(), CASE,
      { kind: 'preservation', proceed: true, overwrite: false, quiet: true });
    assert.strictEqual(out?.reason, 'refused');
    assert.ok(!(await exists(vscode.Uri.joinPath(workspace(), `${CASE}.财产保全申请书.docx`))));
  });

  it('「生成文书」 writes the recovery documents: a 律师函 when a lawyer acts for the lender', async () => {
    // loan.debt has an agent with a 律所 (赵六, 北京某某律师事务所) for 张三: the demand letter is a 律师函.
    const target = vscode.Uri.joinPath(workspace(), `${CASE}.律师函.docx`);
    const out = await vscode.commands.executeCommand<{ written?: vscode.Uri }>('debt.generateDocument', loan(), CASE,
      { kind: 'demand-letter', format: 'docx', proceed: true, overwrite: true, quiet: true });
    assert.strictEqual(out?.written?.toString(), target.toString());
    const bytes = await vscode.workspace.fs.readFile(target);
    assert.strictEqual(Buffer.from(bytes.slice(0, 2)).toString('latin1'), 'PK');
  });
});
