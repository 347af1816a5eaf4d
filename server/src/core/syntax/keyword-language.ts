/**
 * The keyword language of a file: the spelling most of its keywords use (Chinese 借款 or English loan). Completion
 * offers snippets and keywords in it, and a syntax error's example is written in it.
 */
import { IToken, TokenType } from 'chevrotain';
import { K } from './tokens';

export type KeywordLanguage = 'zh' | 'en';

const KEYWORD_TYPES = new Set<TokenType>(Object.values(K));

/** The language most keywords of `tokens[0..count)` are spelt in; undefined when they have none. */
export function keywordLanguageOfTokens(tokens: readonly IToken[], count = tokens.length): KeywordLanguage | undefined {
  let zh = 0, en = 0;
  for (let i = 0; i < count; i++) {
    if (!KEYWORD_TYPES.has(tokens[i].tokenType)) continue;
    if (tokens[i].image.charCodeAt(0) < 128) en++; else zh++;
  }
  if (zh === 0 && en === 0) return undefined;
  return en > zh ? 'en' : 'zh';
}

/** The language a keyword token is spelt in. */
export function keywordLanguageOfToken(t: IToken): KeywordLanguage {
  return t.image.charCodeAt(0) < 128 ? 'en' : 'zh';
}
