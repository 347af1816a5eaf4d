/** 「查看报告」 (the status-bar item's command) opens the report read-only, named like the exported report. */
import * as assert from 'assert';
import * as vscode from 'vscode';
import { waitFor, workspace } from './wait';

describe('the status-bar report opens read-only', () => {
  before(async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'debt-lang')!;
    await ext.activate();
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspace(), 'loan.debt'));
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
  });
  after(async () => { await vscode.commands.executeCommand('workbench.action.closeAllEditors'); });

  it('a debt-report: document named loan.报告.json, JSON, not untitled, served from memory (nothing to save)', async () => {
    await vscode.commands.executeCommand('debt.showReport');
    const editor = await waitFor('the report editor', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.scheme === 'debt-report' ? e : undefined;
    });
    const doc = editor.document;
    assert.strictEqual(doc.isUntitled, false);
    assert.ok(doc.uri.path.endsWith('/loan.报告.json'), doc.uri.path);
    assert.strictEqual(doc.languageId, 'json');
    // The sample's outstanding principal, 49,975.34 (worked out by hand in documents.test.ts).
    assert.match(doc.getText(), /49975\.34/);
    // Served by a content provider: VS Code opens such documents in read-only editors and never asks to save them.
    assert.strictEqual(doc.isDirty, false);
  });
});
