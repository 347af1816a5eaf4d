/**
 * Converts a file's keywords between Chinese and English (`toKeywordLanguage`). Only tokens the parser read as
 * keywords change: a name that spells a keyword (`证据 借条 { 类型 借条 }` — the first 借条 is a name) stays as written.
 * Where a concept has several Chinese spellings the one that reads right in that position is chosen (`利率 12%` in a
 * loan, `请求 利息`, `冲抵 利息`); every spelling is the same token, so the model is unchanged. Rates follow:
 * `1% per month` ↔ `1%/月`. Top-level items with a syntax problem are left as written; the result is re-lexed and
 * the conversion dropped if any token would read differently.
 */
import { IToken, TokenType } from 'chevrotain';
import { Item } from '../syntax/ast';
import { tokenize } from '../syntax/lexer';
import { K, LprLit, RateLit, spellingsOf } from '../syntax/tokens';
import { applyEdits, OffsetEdit } from './format';
import { cleanItems, scan } from './scan';

export type KeywordLanguage = 'zh' | 'en';

/** Items whose value is an enumerated keyword rather than a name; any other value is a name and never converted. */
const VALUE_IS_KEYWORD = new Set<TokenType>([K.Gender, K.EService, K.Authority, K.Due, K.InterestKw, K.Procedure, K.Kind, K.ClaimKw, K.Institution,
  K.Preservation,
  // Spec §8.2: 判项 本金|利息|费用|受理费|保全费; 连带 … 范围 全部|本金.
  K.Ordered, K.Joint, K.InstallmentKw]
  .filter((t) => t !== undefined));
// Spec §8.1: a guarantee's scope (全部/本金; 保证人 … 范围) and a spouse's basis (配偶 … 依据) are keywords.
VALUE_IS_KEYWORD.add(K.GuarantorKw).add(K.Spouse);
/** Items whose detail is a keyword: a guarantee's type, a repayment's 冲抵 target, a demand's 限期 unit (日). */
const DETAIL_IS_KEYWORD = new Set<TokenType>([K.GuarantorKw, K.Repaid, K.Demanded, K.InstallmentKw]);

/** Chinese spellings that depend on the item a keyword stands in (`concept@item`); otherwise the first Chinese one. */
const ZH_IN_ITEM: Record<string, string> = {
  'InterestKw@ClaimKw': '利息', 'InterestKw@Repaid': '利息',
  'Fees@ClaimKw': '实现债权费用', 'Fees@Repaid': '费用',
  'Until@ClaimKw': '至', 'PaymentOrder@Demanded': '支付令', 'General@GuarantorKw': '一般',
  'Transfer@Kind': '转账记录', 'Letter@Kind': '函件',
  'InterestKw@Ordered': '利息', 'Fees@Ordered': '费用', 'Until@Ordered': '至',
  'ThirdParty@Demanded': '联系第三人',
  // A judgment's stay: 中止 DATE 至 DATE (not 保证期间至).
  'Until@Suspended': '至',
};

/** English spellings that depend on the item: 财产 after 担保 is security by `property`, elsewhere an `asset`. */
const EN_IN_ITEM: Record<string, string> = { 'AssetKw@Preservation': 'property' };

const isChinese = (s: string) => /[^\x00-\x7f]/.test(s);
const KEYWORD_TYPES = new Set(Object.values(K));

/** The spelling of keyword `t` in language `to`, standing in an item keyed by `item` (undefined: keep it). */
export function keywordSpelling(t: IToken, item: TokenType, to: KeywordLanguage): string | undefined {
  if (isChinese(t.image) === (to === 'zh')) return undefined;
  const spellings = spellingsOf(t.tokenType.name);
  if (to === 'en') return EN_IN_ITEM[`${t.tokenType.name}@${item.name}`] ?? spellings[0];
  return ZH_IN_ITEM[`${t.tokenType.name}@${item.name}`] ?? spellings.find(isChinese);
}

/** The whole text with its keywords in language `to`. */
export function toKeywordLanguage(text: string, to: KeywordLanguage): string {
  return applyEdits(text, keywordEdits(text, to));
}

/** One edit per keyword (or rate period) that changes language; [] when nothing can be converted safely. */
export function keywordEdits(text: string, to: KeywordLanguage): OffsetEdit[] {
  const s = scan(text);
  if (!s) return [];
  const clean = cleanItems(s);
  const tokens = s.atoms.filter((a) => a.kind === 'token').map((a) => a.token!);
  const edits: OffsetEdit[] = [];
  const visit = (item: Item) => {
    const names = nameTokens(item);
    const stop = item.block ? item.block.open.startOffset : item.end;
    for (const t of tokensIn(tokens, item.key.startOffset, stop)) {
      const e = convert(text, t, names.has(t) ? undefined : item.key.tokenType, to);
      if (e) edits.push(e);
    }
    for (const child of item.block?.items ?? []) visit(child);
  };
  for (const item of s.items) if (clean.has(item)) visit(item);
  const out = applyEdits(text, edits);
  return sameTokens(text, out) ? edits : [];
}

/** The edit for one token: a keyword in a keyword position, or a rate's period. */
function convert(text: string, t: IToken, item: TokenType | undefined, to: KeywordLanguage): OffsetEdit | undefined {
  const start = t.startOffset, end = start + t.image.length;
  if (t.tokenType === RateLit) {
    const rate = to === 'zh'
      ? t.image.replace(/[ \t\u3000]+per[ \t\u3000]+(year|month|day)$/, (_, p: string) => `/${{ year: '年', month: '月', day: '日' }[p]}`)
      : t.image.replace(/[ \t\u3000]*[/／][ \t\u3000]*([年月日])$/, (_, p: string) => ` per ${{ 年: 'year', 月: 'month', 日: 'day' }[p]}`);
    return rate === t.image ? undefined : { start, end, newText: rate };
  }
  // `LPR 加 50%` ↔ `LPR + 50%` (spec §8.3).
  if (t.tokenType === LprLit) {
    const rate = to === 'zh' ? t.image.replace(/[+＋]/, '加') : t.image.replace('加', '+');
    return rate === t.image ? undefined : { start, end, newText: rate };
  }
  if (!item || !KEYWORD_TYPES.has(t.tokenType)) return undefined;
  // `12 months` → `12期`, and `12 期` → `12期` too, so that both ways give one text (spec §8.3).
  if (to === 'zh' && t.tokenType === K.Months) {
    let from = start;
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    if (from > 0 && /[0-9]/.test(text[from - 1]) && (from < start || t.image !== '期')) return { start: from, end, newText: '期' };
  }
  const spelling = keywordSpelling(t, item, to);
  if (!spelling) return undefined;
  // `5000转账` → `5000 transfer`: letters after a digit would make one word of them.
  const glued = to === 'en' && start > 0 && /[0-9A-Za-z]/.test(text[start - 1]);
  // `限期 10 days` → `限期 10日`: a Chinese unit is written against its number, as lawyers write it.
  if (to === 'zh' && t.tokenType === K.Days) {
    let from = start;
    while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    if (from < start && from > 0 && /[0-9]/.test(text[from - 1])) return { start: from, end, newText: spelling };
  }
  return { start, end, newText: (glued ? ' ' : '') + spelling };
}

/** Tokens in a name position of the item: what it declares or refers to, and free-text values. */
function nameTokens(item: Item): Set<IToken> {
  const names = new Set<IToken>([...item.refs, ...item.proofs]);
  for (const t of [item.name, item.ref]) if (t) names.add(t);
  if (item.value && !VALUE_IS_KEYWORD.has(item.key.tokenType)) names.add(item.value);
  if (item.detail && !DETAIL_IS_KEYWORD.has(item.key.tokenType)) names.add(item.detail);
  return names;
}

/** Tokens starting in [start, end), by binary search over the sorted token list. */
function tokensIn(tokens: IToken[], start: number, end: number): IToken[] {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid].startOffset < start) lo = mid + 1; else hi = mid; }
  const out: IToken[] = [];
  for (let i = lo; i < tokens.length && tokens[i].startOffset < end; i++) out.push(tokens[i]);
  return out;
}

/** Both texts lex to the same token types, one for one (a keyword's spelling may differ, its type not). */
function sameTokens(a: string, b: string): boolean {
  const x = tokenize(a), y = tokenize(b);
  return x.problems.length === y.problems.length && x.tokens.length === y.tokens.length
    && x.tokens.every((t, i) => t.tokenType === y.tokens[i].tokenType);
}

/** The spelling of keyword concept `concept` (K's key) in language `to`, standing in an item keyed by `item`. */
export function spell(concept: string, to: KeywordLanguage, item?: string): string {
  const spellings = spellingsOf(concept);
  if (to === 'en') return (item ? EN_IN_ITEM[`${concept}@${item}`] : undefined) ?? spellings[0];
  return (item ? ZH_IN_ITEM[`${concept}@${item}`] : undefined) ?? spellings.find(isChinese) ?? spellings[0];
}

/** The language most of a file's keywords are written in (Chinese when there are none, or as many of each). */
export function keywordLanguageOf(text: string): KeywordLanguage {
  let zh = 0, en = 0;
  for (const t of tokenize(text).tokens) if (KEYWORD_TYPES.has(t.tokenType)) { if (isChinese(t.image)) zh++; else en++; }
  return en > zh ? 'en' : 'zh';
}
