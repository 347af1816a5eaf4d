/**
 * Runtime strings of the language server, the VS Code way (@vscode/l10n): the key is the English text, the Chinese
 * is its entry in l10n/bundle.l10n.zh-cn.json (the bundle the client ships too, bundled here by esbuild).
 * Chinese first: every locale but 'en' reads the bundle. `{0}`, `{1}` … are the arguments, in any order.
 */
import * as l10n from '@vscode/l10n';
import zhCn from '../../../l10n/bundle.l10n.zh-cn.json';
import { Locale } from '../core/diagnostics/types';

l10n.config({ contents: zhCn as Record<string, string> });

/** A key; the same English with two Chinese renderings is told apart by a comment (key `message/comment`). */
export type Message = string | { message: string; comment: string };
export type Arg = string | number;

export function t(locale: Locale, message: Message, ...args: Arg[]): string {
  if (locale !== 'en') return typeof message === 'string' ? l10n.t(message, ...args) : l10n.t({ ...message, args });
  return format(typeof message === 'string' ? message : message.message, args);
}

/** The English text with its arguments put in, exactly as @vscode/l10n and vscode.l10n do it. */
function format(template: string, args: Arg[]): string {
  if (args.length === 0) return template;
  return template.replace(/{([^}]+)}/g, (match, group: string) => String((args as unknown as Record<string, Arg | undefined>)[group] ?? match));
}
