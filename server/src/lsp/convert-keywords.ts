/**
 * `debt/convertKeywords` { uri, to: 'zh' | 'en' } → TextEdit[]: the file's keywords in the other language (names that
 * spell keywords stay as written; see core/format/keywords.ts). The client's command applies the edits.
 */
import { RequestType, TextEdit } from 'vscode-languageserver/node';
import { keywordEdits } from '../core/format/keywords';
import { LineIndex } from '../core/text/range';
import { Feature } from './context';

export interface ConvertKeywordsParams { uri: string; to: 'zh' | 'en' }
export const ConvertKeywordsRequest = new RequestType<ConvertKeywordsParams, TextEdit[], void>('debt/convertKeywords');

export function convertKeywordEdits(text: string, to: 'zh' | 'en'): TextEdit[] {
  try {
    const idx = new LineIndex(text);
    return keywordEdits(text, to).map((e) => ({ range: idx.range(e.start, e.end), newText: e.newText }));
  } catch { return []; }
}

export const convertKeywordsFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(ConvertKeywordsRequest, (p) => {
      const text = p && typeof p.uri === 'string' ? ctx.text(p.uri) : undefined;
      if (text === undefined || (p.to !== 'zh' && p.to !== 'en')) return [];
      return convertKeywordEdits(text, p.to);
    });
  },
};
