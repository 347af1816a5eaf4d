/** DEBT1xx — syntax: what was expected, in the lawyer's words, with an example. */
import { defineMessages } from '../types';
import { expectedPhrase, keywordIn, Lang as KeywordLang } from './syntax-expected';

/** Where the message says what stands there: the text found, the end of the line after `after`, or the end of the file. */
interface Found { found: string; after?: string }
const found = (a: Found, lang: 'zh' | 'en') => {
  if (a.after !== undefined) return lang === 'zh' ? `，但“${a.after}”之后本行已结束` : `, but the line ends after "${a.after}"`;
  if (a.found) return lang === 'zh' ? `，但写的是“${a.found}”` : `, but found "${a.found}"`;
  return lang === 'zh' ? '，但文件已结束' : ', but the file ends here';
};
/** The file's keyword language for the example (`kw`); absent: the message's own language. */
type Expected = Found & { expected: string; kw?: KeywordLang };
const expected = (a: Expected, ui: 'zh' | 'en') => expectedPhrase(a.expected, ui, a.kw ?? ui);

/** `案件 甲诉乙、丙纠纷 {`: the 、 ended the name, so a `{` was expected where it stands. */
const separatorInName = (a: { expected: string; found: string }) => a.expected === 'open' && /^[、,，]/.test(a.found);

export const syntaxMessages = defineMessages({
  DEBT101: {
    severity: 'error', citations: [],
    zh: (a: Expected) => `此处应为${expected(a, 'zh')}${found(a, 'zh')}。${separatorInName(a) ? `名称中不能直接含有顿号或逗号（它们用于分隔多个名称）：含标点的名称请加引号，例如 ${keywordIn('Case', a.kw ?? 'zh')} "甲诉乙、丙借款合同纠纷" {` : ''}`,
    en: (a: Expected) => `Expected ${expected(a, 'en')} here${found(a, 'en')}.${separatorInName(a) ? ` A name cannot contain 、 or a comma (they separate names): quote it, e.g. ${keywordIn('Case', a.kw ?? 'en')} "A v. B、C" {` : ''}`,
  },
  DEBT102: {
    severity: 'error', citations: [],
    zh: () => '引号未闭合：请在本行文字末尾补上右引号（" 或 ”）。',
    en: () => 'Unterminated string: add the closing quote (" or ”) at the end of the text on this line.',
  },
  DEBT103: {
    severity: 'error', citations: [],
    zh: () => '注释未闭合：/* 之后缺少 */，其后的全部内容都被当作注释。请补上 */。',
    en: () => 'Unterminated comment: /* has no matching */, so everything after it is ignored. Add */.',
  },
  DEBT104: {
    severity: 'error', citations: [],
    zh: (a: { text: string }) => `无法识别的字符“${a.text}”：请删除，或把它放进引号内的文字里。`,
    en: (a: { text: string }) => `Unrecognised character "${a.text}": delete it or put it inside quoted text.`,
  },
  DEBT105: {
    severity: 'error', citations: [],
    zh: (a: { text: string }) => `金额“${a.text}”无效：金额最多精确到分（两位小数），例如 50,000.00元 或 5.5万元。`,
    en: (a: { text: string }) => `Amount "${a.text}" is not valid: amounts go down to the fen (two decimals), e.g. 50,000.00元 or 5.5万元.`,
  },
  DEBT106: {
    severity: 'error', citations: [],
    zh: (a: Found) => `缺少右花括号 }${found(a, 'zh')}。请在该部分内容结束处补上 }。`,
    en: (a: Found) => `Missing closing brace }${found(a, 'en')}. Add } where this block ends.`,
  },
  DEBT107: {
    severity: 'error', citations: [],
    zh: (a: { found: string; kw?: KeywordLang }) => `无法理解的内容“${a.found}”：这里不能以它开头。请检查拼写，或删除多余的文字（说明性文字请写在 ${keywordIn('Note', a.kw ?? 'zh')} "…" 中）。`,
    en: (a: { found: string; kw?: KeywordLang }) => `Cannot understand "${a.found}": nothing can start with it here. Check the spelling or remove it (free text goes in ${keywordIn('Note', a.kw ?? 'en')} "…").`,
  },
  DEBT108: {
    severity: 'error', citations: [],
    zh: (a: { text: string }) => `计息天数“${a.text}”无效：只能是 365 或 360（按合同约定的“日利率=年利率/360”时写 360）。`,
    en: (a: { text: string }) => `Day count "${a.text}" is not valid: it is 365 or 360 (360 only when the contract says daily rate = annual rate / 360).`,
  },
  DEBT109: {
    severity: 'error', citations: [],
    zh: () => '错误过多，其余语法错误不再列出：请先修正前面的错误。该文件可能不是案件文件。',
    en: () => 'Too many errors; the rest are not listed. Fix the errors above first. This may not be a case file.',
  },
});
