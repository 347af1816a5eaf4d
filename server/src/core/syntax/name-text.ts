/** How a name must be written in a `.debt` file (spec §2): bare when the lexer reads it back as one name, else quoted. */
import { tokenize } from './lexer';
import { keywordOf, Name } from './tokens';

/** The text to write for `name`: itself when it reads as one name (a keyword spelling is a name too), else `"…"`. */
export function nameText(name: string): string {
  const t = tokenize(name);
  const only = t.tokens.length === 1 ? t.tokens[0] : undefined;
  if (t.problems.length === 0 && only?.image === name && (only.tokenType === Name || keywordOf(name))) return name;
  return `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
