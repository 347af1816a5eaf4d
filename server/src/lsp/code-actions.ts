/** Code actions: quick fixes for diagnostics with a mechanical fix, and the source action that adds the default claims. */
import { CodeActionKind } from 'vscode-languageserver/node';
import { todayInChina } from '../core/text/dates';
import { Feature } from './context';
import { ADD_DEFAULT_CLAIMS, codeActions } from './code-actions/index';

export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, ADD_DEFAULT_CLAIMS] } },
  register(ctx) {
    ctx.connection.onCodeAction((params) => {
      try {
        const uri = params.textDocument.uri;
        const text = ctx.text(uri), analysis = ctx.analysis(uri);
        if (text === undefined || !analysis) return [];
        return codeActions({ uri, text, analysis, range: params.range, diagnostics: params.context.diagnostics, only: params.context.only,
          locale: ctx.locale(), today: todayInChina() });
      } catch { return []; }
    });
  },
};
