/**
 * The syntax tree: items (a keyword, its argument tokens by role, an optional block of items). Values stay
 * tokens here; model/build.ts reads them into typed values and reports bad ones. Offsets are string offsets.
 *
 * Every item has the same shape, whatever its keyword: the builder reads `item.date`, `item.value`, … on
 * thousands of items, and one shape keeps those reads monomorphic (a record per item kind made them the
 * builder's largest cost).
 */
import { IToken } from 'chevrotain';

export interface Block { open: IToken; close?: IToken; items: Item[] }

/** Shared by every item without a list argument (never written to). */
export const NO_TOKENS: readonly IToken[] = Object.freeze([]);

export class Item {
  /** Arguments by role (undefined when absent, or when an error took their place). */
  name: IToken | undefined = undefined;
  value: IToken | undefined = undefined;
  title: IToken | undefined = undefined;
  date: IToken | undefined = undefined;
  money: IToken | undefined = undefined;
  method: IToken | undefined = undefined;
  ref: IToken | undefined = undefined;
  type: IToken | undefined = undefined;
  until: IToken | undefined = undefined;
  loan: IToken | undefined = undefined;
  to: IToken | undefined = undefined;
  channel: IToken | undefined = undefined;
  by: IToken | undefined = undefined;
  kind: IToken | undefined = undefined;
  text: IToken | undefined = undefined;
  /** Name lists by role: refs (借款人 a、b), proofs (证据 x、y), of (催收 … 向 a、b). */
  refs: readonly IToken[] = NO_TOKENS;
  proofs: readonly IToken[] = NO_TOKENS;
  of: readonly IToken[] = NO_TOKENS;
  block: Block | undefined = undefined;
  /** Offsets of the item's own text: from its keyword to its last real token (or its block's brace). */
  readonly start: number;
  end: number;

  /** `key`: the keyword that starts the item (原告, 借款, 交付, …). */
  constructor(readonly key: IToken) {
    this.start = key.startOffset;
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
}

export interface FileSyntax { items: Item[]; problems: SyntaxProblem[] }
