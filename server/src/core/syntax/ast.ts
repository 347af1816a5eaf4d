/**
 * The syntax tree: items (a keyword, its argument tokens, an optional block of items). Values stay tokens
 * here; model/build.ts reads them into typed values and reports bad ones. Offsets are string offsets.
 */
import { IToken } from 'chevrotain';

export interface Block { open: IToken; close?: IToken; items: Item[] }

export interface Item {
  /** The keyword that starts the item (原告, 借款, 交付, …). */
  key: IToken;
  /** Positional arguments by role: name, date, money, rate, value, … (undefined when missing after an error). */
  args: Record<string, IToken | undefined>;
  /** Reference lists by role: refs (借款人 a、b), proofs (证据 x、y). */
  lists: Record<string, IToken[]>;
  block?: Block;
  start: number;
  end: number;
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
