/** Inside VS Code: 「新建案件」 writes a case that checks without errors; the status bar shows the case's limitation and claim. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor, workspace } from './wait';



describe('new case and status bar in VS Code', () => {
  let api: { status: { text: string } };
  before(async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'debt-lang')!;
    api = (await ext.activate()) as typeof api;
  });
  after(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });

  it('「新建案件」 writes a well-formed case file and opens it', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('debt.newCase', {
      // Chinese amount and date forms (issue 19); court and filing date answered, so no question is left open.
      lender: '王小明', borrower: '赵大', lenderAddress: '', borrowerAddress: '', amount: '8万元', delivered: '2024年3月5日', due: '2025-03-04', rate: '10', keywords: 'zh', overwrite: true,
      court: '北京市朝阳区人民法院', filing: '2025-06-01',
    });
    assert.strictEqual(uri?.toString(), vscode.Uri.joinPath(workspace(), '王小明诉赵大民间借贷纠纷.debt').toString());
    const doc = await waitFor('the new editor', () => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri!.toString())?.document);
    assert.ok(doc.getText().includes('交付 2024年3月5日 8万元'), doc.getText());
    assert.ok(doc.getText().includes('法院 北京市朝阳区人民法院') && doc.getText().includes('起诉日 2025-06-01'));
    // The server has checked it: diagnostics arrive (warnings such as the missing IDs), but no error.
    const diags = await waitFor('diagnostics', () => { const d = vscode.languages.getDiagnostics(uri!); return d.length ? d : undefined; });
    assert.deepStrictEqual(diags.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => d.message), []);
  });

  it('the status bar shows the limitation period and the claim of the case', async () => {
    // loan.debt (samples/loan-basic.debt): its limitation runs to 2028-06-01 (spec §6), so it has not lapsed today.
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspace(), 'loan.debt'));
    await vscode.window.showTextDocument(doc);
    const text = await waitFor('the status item', () => (/时效剩余 \d+ 天|limitation: \d+ days left/.test(api.status.text) ? api.status.text : undefined));
    assert.match(text, /(标的额|claim) ¥\d{1,3}(,\d{3})*\.\d{2}/);
  });
});
