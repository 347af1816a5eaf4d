/** Completion: context-aware keywords, values, declared names, `引用` paths and block snippets (see completion/complete.ts). */
import { CompletionTriggerKind } from 'vscode-languageserver/node';
import { todayInChina } from '../core/text/dates';
import { Feature } from './context';
import { complete } from './completion/complete';

export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: [' ', '"'] } },
  register(ctx) {
    ctx.connection.onCompletion((params) => {
      try {
        const uri = params.textDocument.uri;
        const doc = ctx.documents.get(uri);
        const text = doc?.getText() ?? ctx.text(uri);
        if (text === undefined) return [];
        const offset = doc ? doc.offsetAt(params.position) : offsetOf(text, params.position);
        const afterSpace = params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter && params.context.triggerCharacter === ' ';
        const items = complete({
          uri, text, position: params.position, offset, analysis: ctx.analysis(uri), locale: ctx.locale(),
          today: todayInChina(), uris: ctx.workspaceUris(), afterSpace,
        });
        // After a typed space the list is marked incomplete, so the word typed next asks again (with every item of the
        // block). A complete list, empty or not, would hold VS Code's session: a word begun before the answer came
        // back was filtered against it and the list never opened (issue 19, the UI test types 被 after spaces).
        return afterSpace ? { isIncomplete: true, items } : items;
      } catch { return []; }
    });
  },
};

function offsetOf(text: string, p: { line: number; character: number }): number {
  let o = 0;
  for (let l = 0; l < p.line; l++) { const n = text.indexOf('\n', o); if (n < 0) return text.length; o = n + 1; }
  return Math.min(o + p.character, text.length);
}
