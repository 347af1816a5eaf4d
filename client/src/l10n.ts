/**
 * Runtime strings of the client, the VS Code way: `t('English {0}', arg)` is `vscode.l10n.t`, the Chinese coming from
 * l10n/bundle.l10n.zh-cn.json (package.json "l10n"). Chinese first: VS Code loads that bundle only when it runs in
 * zh-cn, so in any other language but English (zh-tw, ja, …, where vscode.l10n has no bundle) the same bundle,
 * imported here, is read through @vscode/l10n. English keys are the English text.
 */
import * as vscode from 'vscode';
import * as l10n from '@vscode/l10n';
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';

l10n.config({ contents: zhCn as Record<string, string> });

export const isEnglish = (): boolean => vscode.env.language.toLowerCase().startsWith('en');

/** A key; the same English with two Chinese renderings is told apart by a comment (key `message/comment`). */
export type Message = string | { message: string; comment: string };
type Arg = string | number;

export function t(message: Message, ...args: Arg[]): string {
  const useVscode = vscode.l10n.bundle !== undefined || isEnglish();
  if (typeof message === 'string') return useVscode ? vscode.l10n.t(message, ...args) : l10n.t(message, ...args);
  return useVscode ? vscode.l10n.t({ ...message, args }) : l10n.t({ ...message, args });
}
