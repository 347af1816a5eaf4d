/** Inside VS Code: a .debt file gets the language, the extension activates and the server's diagnostics arrive. */
import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { waitFor, workspace } from './wait';



describe('debt-lang in VS Code', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspace(), 'errors.debt'));
    await vscode.window.showTextDocument(doc);
  });

  it('opening a .debt file gives the language `debt`', () => {
    assert.strictEqual(doc.languageId, 'debt');
    assert.strictEqual(path.extname(doc.uri.path), '.debt');
  });

  it('activates the extension', async () => {
    const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'debt-lang');
    assert.ok(ext, 'extension installed');
    await waitFor('activation', () => (ext!.isActive ? true : undefined));
  });

  it('shows the server\'s diagnostic for the impossible date, at its exact range', async () => {
    const diags = await waitFor('DEBT201', () => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.code === 'DEBT201');
      return d.length ? d : undefined;
    });
    assert.strictEqual(diags[0].severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(diags[0].source, 'debt');
    assert.deepStrictEqual([diags[0].range.start.line, diags[0].range.start.character, diags[0].range.end.character], [3, 6, 16]);
  });

  it('an edit that fixes the date clears that diagnostic', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.replace(new vscode.Range(3, 14, 3, 16), '28'));
    await waitFor('DEBT201 to clear', () => (vscode.languages.getDiagnostics(doc.uri).some((x) => x.code === 'DEBT201') ? undefined : true));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('registers the commands, and the server comes back after a restart', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const c of ['debt.generateComplaint', 'debt.openPreview', 'debt.exportReport', 'debt.restartServer']) assert.ok(commands.includes(c), c);
    await vscode.commands.executeCommand('debt.restartServer');
    const other = await vscode.workspace.openTextDocument({ language: 'debt', content: '案件 重启 { 法院 某某法院 起诉日 2023-02-30 }' });
    await waitFor('diagnostics after restart', () => (vscode.languages.getDiagnostics(other.uri).some((x) => x.code === 'DEBT201') ? true : undefined));
  });
});
