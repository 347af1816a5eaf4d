/** Runtime strings of the client: Chinese unless VS Code runs in English. */
import * as vscode from 'vscode';

export const isEnglish = (): boolean => vscode.env.language.toLowerCase().startsWith('en');
export function t(en: string, zh: string): string { return isEnglish() ? en : zh; }
