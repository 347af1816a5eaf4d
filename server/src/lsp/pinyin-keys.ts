/**
 * Pinyin filter keys of a Chinese spelling: `逾期利率` → `yqll yuqililv` (initials, then full pinyin, ü as v), so that
 * completion and workspace symbols find a keyword or a declared name by either.
 *
 * The keywords' keys are read from `server/data/keyword-pinyin.json`, worked out once by
 * `node scripts/build-keyword-pinyin.mjs` (a unit test fails when a keyword has no entry or a stale one). pinyin-pro
 * (0.45 MB of dictionaries) is loaded only for a name the user declared, on the first completion or symbol search
 * that needs one, never at start-up; the bundled server reads it from its own file, dist/pinyin.js (scripts/build.mjs).
 */
import keywordPinyin from '../../data/keyword-pinyin.json';

/** Readings pinyin-pro takes from the wrong word sense (还 as hái in 还款). */
export const READINGS: Record<string, [initials: string, full: string]> = { 还款: ['hk', 'huankuan'] };

const KEYWORD_KEYS: Record<string, string> = keywordPinyin;

type PinyinPro = typeof import('pinyin-pro');
let pinyinPro: PinyinPro | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadPinyin = (): PinyinPro => (pinyinPro ??= require('pinyin-pro') as PinyinPro);

/** The keys as pinyin-pro gives them (with the corrections above): what the keyword table holds for a keyword. */
export function computePinyinKeys(text: string): string {
  const reading = READINGS[text];
  if (reading) return `${reading[0]} ${reading[1]}`;
  const { pinyin } = loadPinyin();
  const initials = pinyin(text, { pattern: 'first', toneType: 'none', separator: '', nonZh: 'consecutive' }).toLowerCase();
  const full = pinyin(text, { toneType: 'none', separator: '', v: true, nonZh: 'consecutive' }).toLowerCase();
  return `${initials} ${full}`;
}

const byName = new Map<string, string>();

/** `逾期利率 yqll yuqililv`'s keys: a keyword's from the table, any other text's from pinyin-pro (kept per text). */
export function pinyinKeys(text: string): string {
  const keyword = KEYWORD_KEYS[text];
  if (keyword !== undefined) return keyword;
  let hit = byName.get(text);
  if (hit === undefined) {
    hit = computePinyinKeys(text);
    if (byName.size > 20000) byName.clear();
    byName.set(text, hit);
  }
  return hit;
}

