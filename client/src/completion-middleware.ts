/**
 * A space typed in a line's indentation (or after another space) asks the server nothing: the answer would be empty,
 * and VS Code holds an empty trigger-character session until it comes back, so a word begun in the meantime never
 * opened the list (issue 19: `    yqll` typed at speed showed nothing). Answering at once here closes that session
 * before the next key. A space after a word still goes to the server (values after 逾期利率 , 证据 …).
 */
import * as vscode from 'vscode';
import { Middleware } from 'vscode-languageclient/node';
import { quotesArticle, walkthroughDone } from './walkthrough';

export function spaceInIndentation(lineBefore: string, trigger: vscode.CompletionContext): boolean {
  return trigger.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter && trigger.triggerCharacter === ' '
    && /(^|\s)\s$/.test(lineBefore);
}

export const completionMiddleware: Middleware = {
  provideCompletionItem(document, position, context, token, next) {
    const before = document.lineAt(position.line).text.slice(0, position.character);
    if (spaceInIndentation(before, context)) return [];
    return next(document, position, context, token);
  },
  // The walkthrough's steps "read an article on hover" and "see the interest inline" tick when that was shown.
  async provideHover(document, position, token, next) {
    const hover = await next(document, position, token);
    const text = hover?.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n') ?? '';
    if (quotesArticle(text)) walkthroughDone('statute');
    return hover;
  },
  async provideInlayHints(document, range, token, next) {
    const hints = await next(document, range, token);
    if (hints?.some((h) => /合计|total/.test(typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')))) walkthroughDone('interest');
    return hints;
  },
};
