/**
 * Where a syntax problem is shown. The parser notices a missing value or `}` only at the token after the gap, which
 * may stand lines below (`至` at the end of a line, `请求 本金` on the next): the squiggle then lands on a correct
 * line. As rust-analyzer and TypeScript do, a problem whose token is not on the line of the token before it — or is
 * the end of the file — is placed, empty, at the end of that token before ("nothing after 至"); a wrong token on the
 * same line is itself the problem and keeps its range.
 */
import { IToken } from 'chevrotain';
import { SyntaxProblem } from './ast';

/** The last token that ends at or before `offset` (binary search over tokens sorted by start). */
function tokenBefore(tokens: readonly IToken[], offset: number): IToken | undefined {
  let lo = 0, hi = tokens.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid].startOffset < offset) lo = mid + 1; else hi = mid; }
  for (let i = lo - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t.startOffset + t.image.length <= offset) return t;
  }
  return undefined;
}

/** `p` moved to the end of the token before it when a line break (or the end of the file) separates them. */
export function placeProblem(p: SyntaxProblem, tokens: readonly IToken[], text: string): SyntaxProblem {
  const before = tokenBefore(tokens, p.start);
  if (!before) return p;
  const end = before.startOffset + before.image.length;
  const atEof = p.start >= text.length && p.found === '';
  const gap = text.slice(end, p.start);
  if (!atEof && !/[\r\n]/.test(gap)) return p;
  return { ...p, start: end, end, found: '', ...(atEof ? {} : { after: before.image.length > 30 ? before.image.slice(0, 30) + '…' : before.image }) };
}
