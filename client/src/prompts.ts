/**
 * The few dialogs and hand-offs of the commands that a test cannot click: the question after a rename, opening a file
 * in the system browser, an information message, 新建案件's input boxes. The extension's tests replace them through the extension's
 * API (`DebtApi.prompts`) and record what was asked; everyone else gets VS Code's own.
 */
import * as vscode from 'vscode';

export interface Prompts {
  /** A non-modal question with one answer; true when the lawyer chose `yes` (dismissing it is no). */
  confirm(question: string, yes: string): Promise<boolean>;
  /** Hands a file or URL to the operating system (the default browser for an .html page). */
  openExternal(target: vscode.Uri): Promise<boolean>;
  /** An information message with optional actions; the chosen action or undefined. */
  info(message: string, ...actions: string[]): Promise<string | undefined>;
  /** An input box (新建案件's questions); undefined when dismissed. */
  input(options: vscode.InputBoxOptions): Promise<string | undefined>;
}

export const prompts: Prompts = {
  confirm: async (question, yes) => (await vscode.window.showInformationMessage(question, yes)) === yes,
  openExternal: (target) => Promise.resolve(vscode.env.openExternal(target)),
  info: (message, ...actions) => Promise.resolve(vscode.window.showInformationMessage(message, ...actions)),
  input: (options) => Promise.resolve(vscode.window.showInputBox(options)),
};
