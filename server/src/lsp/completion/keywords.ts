/**
 * Keyword spellings for completion: the label in the file's keyword language, and a filter text that also finds a
 * Chinese keyword by its pinyin initials, its full pinyin and its English spelling (yqll / yuqililv / overdue → 逾期利率).
 * Pinyin is worked out once per spelling, when this module is first loaded.
 */
import { pinyin } from 'pinyin-pro';
import { IToken } from 'chevrotain';
import { K, spellingsOf } from '../../core/syntax/tokens';
import { Locale } from '../../core/diagnostics/types';
import { keywordLanguageOfTokens } from '../../core/syntax/keyword-language';

/** Readings pinyin-pro takes from the wrong word sense (还 as hái in 还款). */
const READINGS: Record<string, [initials: string, full: string]> = { 还款: ['hk', 'huankuan'] };

const filterBySpelling = new Map<string, string>();

/** `逾期利率 yqll yuqililv`: the spelling with its pinyin initials and full pinyin (ü as v). */
export function pinyinKeys(text: string): string {
  let hit = filterBySpelling.get(text);
  if (hit === undefined) {
    const [initials, full] = READINGS[text] ?? [
      pinyin(text, { pattern: 'first', toneType: 'none', separator: '', nonZh: 'consecutive' }).toLowerCase(),
      pinyin(text, { toneType: 'none', separator: '', v: true, nonZh: 'consecutive' }).toLowerCase(),
    ];
    hit = `${initials} ${full}`;
    if (filterBySpelling.size > 20000) filterBySpelling.clear();
    filterBySpelling.set(text, hit);
  }
  return hit;
}

// Every Chinese keyword spelling, once, at start.
for (const concept of Object.keys(K)) for (const s of spellingsOf(concept)) if (/[^\x00-\x7f]/.test(s)) pinyinKeys(s);

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
