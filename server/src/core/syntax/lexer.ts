import { IToken, Lexer } from 'chevrotain';
import { keywordOf, lexerTokens, Name, OpenComment, OpenString } from './tokens';

// First-character optimisation on: every pattern declares (or shows) the characters it can start with.
const lexer = new Lexer(lexerTokens, { positionTracking: 'onlyOffset', ensureOptimizations: true, skipValidations: true });

export interface LexProblem { kind: 'open-string' | 'open-comment' | 'unknown'; start: number; end: number; image: string }
export interface LexResult { tokens: IToken[]; problems: LexProblem[] }

/** Text → tokens. Name runs that spell a keyword become that keyword's token (soft keywords, see tokens.ts). */
export function tokenize(text: string): LexResult {
  const result = lexer.tokenize(text);
  const problems: LexProblem[] = [];
  for (const t of result.tokens) {
    if (t.tokenType === OpenString) problems.push({ kind: 'open-string', start: t.startOffset, end: t.startOffset + t.image.length, image: t.image });
    else if (t.tokenType === Name) {
      const kw = keywordOf(t.image);
      if (kw) { t.tokenType = kw; t.tokenTypeIdx = kw.tokenTypeIdx!; }
    }
  }
  for (const t of (result.groups.errors ?? []) as IToken[]) {
    const kind = t.tokenType === OpenComment ? 'open-comment' : 'unknown';
    const start = t.startOffset, end = t.startOffset + t.image.length;
    const last = problems[problems.length - 1];
    // A run of unknown characters is one problem, not one per character.
    if (kind === 'unknown' && last?.kind === 'unknown' && last.end === start) { last.end = end; last.image += t.image; continue; }
    problems.push({ kind, start, end, image: t.image });
  }
  return { tokens: result.tokens, problems };
}
