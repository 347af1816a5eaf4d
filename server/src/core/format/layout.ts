/**
 * What the syntax tree says about each token's place in the canonical layout: which tokens start an item (and at
 * what depth), which braces open and close a block, and where a blank line is required (between top-level items,
 * between groups of case items). Only clean items (scan.ts) are annotated; the rest is left as written.
 */
import { TokenType } from 'chevrotain';
import { Item } from '../syntax/ast';
import { K } from '../syntax/tokens';
import { ITEMS_PER_PAUSE, Steps } from '../steps';

export interface ItemStart {
  kind: 'item';
  depth: number;
  /** Inside a block kept on one line: a space, not a line break, before it. */
  inline: boolean;
  /** A blank line is required before the item (or before the comments just above it). */
  blankBefore: boolean;
}
export interface Brace { kind: 'open' | 'close'; depth: number; inline: boolean; empty: boolean }
export type Mark = ItemStart | Brace;

/**
 * Groups of case items; a blank line separates two neighbours of different groups (spec §1's layout). A note (备注)
 * belongs to no group: it may stand by what it explains. 约定管辖 names the court a clause chose, so it stands with
 * 法院 in the header; the recovery items (spec §7.3–7.4) are groups of their own: assets, preservation, judgment.
 */
const CASE_GROUPS: [TokenType[], string][] = [
  [[K.Court, K.Filing, K.Procedure, K.JurisdictionClause], 'header'],
  [[K.Plaintiff, K.Defendant, K.ThirdParty, K.PartyKw], 'parties'],
  [[K.AgentKw], 'agents'],
  [[K.LoanKw], 'loans'],
  [[K.Repaid, K.Demanded, K.Acknowledged], 'events'],
  [[K.EvidenceKw], 'evidence'],
  [[K.ClaimKw], 'claims'],
  [[K.AssetKw], 'assets'],
  [[K.Preservation], 'preservation'],
  [[K.Judgment], 'judgment'],
];
const groupOf = new Map<TokenType, string>();
for (const [types, g] of CASE_GROUPS) for (const t of types) groupOf.set(t, g);

/**
 * Blocks that may stay on one line when written so: parties, agents, evidence and assets (`证据 借条 { 类型 借条 原件 }`,
 * `财产 车辆 { 类型 车辆 所有人 乙 }`). A case, a loan and a judgment (案号, court, dates, amounts: long) are always one
 * item per line.
 */
const MAY_BE_INLINE = new Set<TokenType>([K.Plaintiff, K.Defendant, K.ThirdParty, K.PartyKw, K.AgentKw, K.EvidenceKw, K.AssetKw]);

/** Marks by token start offset. `onOneLine(a, b)`: the original text has no line break between offsets a and b. */
export function layoutMarks(topItems: Item[], clean: Set<Item>, onOneLine: (a: number, b: number) => boolean): Map<number, Mark> {
  const marks = new Map<number, Mark>();
  markTopItems(topItems, 0, topItems.length, clean, onOneLine, marks);
  return marks;
}

/**
 * layoutMarks, pausing every ITEMS_PER_PAUSE top-level items (core/steps.ts). The items of one block are marked
 * without a pause, as before: a plain recursion, which V8 optimizes better than nested generators.
 */
export function* layoutMarkSteps(topItems: Item[], clean: Set<Item>, onOneLine: (a: number, b: number) => boolean): Steps<Map<number, Mark>> {
  const marks = new Map<number, Mark>();
  for (let from = 0; from < topItems.length; from += ITEMS_PER_PAUSE) {
    markTopItems(topItems, from, Math.min(topItems.length, from + ITEMS_PER_PAUSE), clean, onOneLine, marks);
    yield;
  }
  return marks;
}

/** Marks the top-level items [from, to) and what is inside them. */
function markTopItems(
  topItems: Item[], from: number, to: number, clean: Set<Item>, onOneLine: (a: number, b: number) => boolean, marks: Map<number, Mark>,
): void {
  let previousTop: Item | undefined = from > 0 ? topItems[from - 1] : undefined;
  for (let k = from; k < to; k++) {
    const item = topItems[k];
    // An unclean item's start is marked too (it starts a line), but nothing inside it.
    const bothUse = previousTop?.key.tokenType === K.Use && item.key.tokenType === K.Use;
    marks.set(item.key.startOffset, { kind: 'item', depth: 0, inline: false, blankBefore: previousTop !== undefined && !bothUse });
    if (clean.has(item)) markBlock(item, 0, marks, onOneLine);
    previousTop = item;
  }
}

function markBlock(item: Item, depth: number, marks: Map<number, Mark>, onOneLine: (a: number, b: number) => boolean): void {
  const block = item.block;
  if (!block || !block.close) return;
  const empty = block.items.length === 0;
  const inline = MAY_BE_INLINE.has(item.key.tokenType) && onOneLine(block.open.startOffset, block.close.startOffset);
  marks.set(block.open.startOffset, { kind: 'open', depth, inline, empty });
  marks.set(block.close.startOffset, { kind: 'close', depth, inline, empty });
  const inCase = item.key.tokenType === K.Case;
  let previous: Item | undefined;
  for (const child of block.items) {
    const was = previous && groupOf.get(previous.key.tokenType), is = groupOf.get(child.key.tokenType);
    const blankBefore = inCase && was !== undefined && is !== undefined && was !== is;
    marks.set(child.key.startOffset, { kind: 'item', depth: depth + 1, inline, blankBefore });
    markBlock(child, depth + 1, marks, onOneLine);
    previous = child;
  }
}
