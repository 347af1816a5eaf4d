/**
 * Keyword spellings for completion: the label in the file's keyword language, and a filter text that also finds a
 * Chinese keyword by its pinyin initials, its full pinyin and its English spelling (yqll / yuqililv / overdue → 逾期利率).
 * Pinyin of the keywords is worked out at build time (server/data/keyword-pinyin.json).
 */
import { IToken } from 'chevrotain';
import { spellingsOf } from '../../core/syntax/tokens';
import { Locale } from '../../core/diagnostics/types';
import { keywordLanguageOfTokens } from '../../core/syntax/keyword-language';

// Keys of the keywords come from a table made at build time; pinyin-pro loads only for a declared name (pinyin-keys.ts).
export { pinyinKeys } from '../pinyin-keys';
import { pinyinKeys } from '../pinyin-keys';

export type KeywordLanguage = 'zh' | 'en';

/** The spelling of `concept` to offer: `zh` (the Chinese spelling meant in this position) or the English one. */
export function spelling(concept: string, zh: string, lang: KeywordLanguage): string {
  return lang === 'zh' ? zh : spellingsOf(concept)[0] ?? zh;
}

/** What a typed prefix is matched against: both spellings and the Chinese spelling's pinyin. */
export function keywordFilterText(concept: string, zh: string, lang: KeywordLanguage): string {
  const en = spellingsOf(concept)[0] ?? '';
  return lang === 'zh' ? `${zh} ${pinyinKeys(zh)} ${en}` : `${en} ${zh} ${pinyinKeys(zh)}`;
}

/** The keyword language of tokens: the spelling most of their keywords use; undefined when they have none. */
export function keywordLanguageOf(tokens: IToken[], count = tokens.length): KeywordLanguage | undefined {
  return keywordLanguageOfTokens(tokens, count);
}

export function localeLanguage(locale: Locale): KeywordLanguage { return locale === 'en' ? 'en' : 'zh'; }
