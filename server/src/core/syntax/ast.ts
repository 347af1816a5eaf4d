/**
 * The syntax tree: items (a keyword, its argument tokens by role, an optional block of items). Values stay
 * tokens here; model/build.ts reads them into typed values and reports bad ones. Offsets are string offsets.
 *
 * Every item has the same shape, whatever its keyword: the builder reads `item.date`, `item.value`, … on tens of
 * thousands of items, and one shape keeps those reads monomorphic (a record per item kind made them the builder's
 * largest cost). Roles that never meet in one item share a field, which keeps an item small (a file of 600 cases
 * has 25,000 of them).
 */
import { IToken } from 'chevrotain';

export interface Block { open: IToken; close?: IToken; items: Item[] }

/** Shared by every item without a list argument (never written to). */
export const NO_TOKENS: readonly IToken[] = Object.freeze([]);

export class Item {
  // Arguments by role; undefined when absent, or when an error took their place.
  /** The name an item declares: party, agent, loan, evidence, case. */
  name: IToken | undefined = undefined;
  /** The value of a field (法院 X, 住所 X, 利率 12%, 类型 借条, …); the kind of a claim (请求 本金); a demand's 限期. */
  value: IToken | undefined = undefined;
  /** The item's date (交付 DATE, 还款 DATE, a preservation's 申请 DATE, …); a guarantee period's end or a claim's `至` (保证期间至 / 利息 至 DATE|实际清偿之日). */
  date: IToken | undefined = undefined;
  money: IToken | undefined = undefined;
  /** A name referred to: lender, guarantor, a repayment's loan, who acknowledged, the guarantor of a claim. */
  ref: IToken | undefined = undefined;
  /** How: a delivery's or repayment's method, a demand's channel. */
  how: IToken | undefined = undefined;
  /** A second detail: a representative's title, a guarantee's type, a repayment's allocation (冲抵), a claim's text, a 限期's unit (日). */
  detail: IToken | undefined = undefined;
  /** The day a demand reached the debtor (送达 DATE); the day a court ruled on a preservation (裁定 DATE). */
  served: IToken | undefined = undefined;
  /** A pleaded rate (请求 利息 按 RATE, spec §8.3). */
  rate: IToken | undefined = undefined;
  /** `固定` after an LPR rate: the LPR at formation, not floating (spec §8.3). */
  rateFixed: IToken | undefined = undefined;
  /** Where a claim's interest starts: 自 DATE | 起诉日 (spec §8.3). */
  from: IToken | undefined = undefined;
  /** How several names in one 由 owe: 共同 | 连带 | 按份 (a judgment's 判项). */
  liability: IToken | undefined = undefined;
  /** Names referred to: 借款人 a、b, 委托人 a、b, 证据 a、b (as a loan field), 催收 … 向 a、b. */
  refs: readonly IToken[] = NO_TOKENS;
  /** Proofs written after the item: 交付 … 证据 x、y. */
  proofs: readonly IToken[] = NO_TOKENS;
  block: Block | undefined = undefined;
  /** Offset just past the item's last real token (or its block's brace); it starts at its keyword. */
  end: number;

  /** `key`: the keyword that starts the item (原告, 借款, 交付, …). */
  constructor(readonly key: IToken) {
    // (During chevrotain's grammar recording the key is a placeholder without an image.)
    this.end = key.startOffset + (typeof key.image === 'string' ? key.image.length : 0);
  }
}

export interface SyntaxProblem {
  /** What was expected, as a catalogue key (date, money, name, …) or a token name. */
  expected: string;
  /** The offending text range. */
  start: number;
  end: number;
  found: string;
  /** Set when nothing followed `after` on its line: the problem stands (empty) at the end of that token. */
  after?: string;
  /** The file's keyword language, for the message's example. */
  keywords?: 'zh' | 'en';
}

export interface FileSyntax { items: Item[]; problems: SyntaxProblem[] }
