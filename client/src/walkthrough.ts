/**
 * The getting-started walkthrough ticks a step when it happened (issue 19), not when its command ran: each step's
 * completion event is a context key set here — the sample opened, a hover quoting an article read, the interest
 * hint shown, the preview rendered, a document written. (`onLanguage:` is no completion event: VS Code rejected it.)
 */
import * as vscode from 'vscode';

export type WalkthroughStep = 'sample' | 'statute' | 'interest' | 'preview' | 'generated' | 'recovery';

const done = new Set<WalkthroughStep>();

export function walkthroughDone(step: WalkthroughStep): void {
  if (done.has(step)) return;
  done.add(step);
  void vscode.commands.executeCommand('setContext', `debt.walkthrough.${step}`, true);
}

/** A hover that quotes an article (第N条 / Art. N). */
export function quotesArticle(text: string): boolean {
  return /第[一二三四五六七八九十百零〇\d]+条|Art(icle)?\.? ?\d/.test(text);
}
