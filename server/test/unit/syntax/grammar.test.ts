/** The TextMate grammar highlights every keyword spelling the lexer knows (regenerate: node scripts/build-grammar.mjs). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { spellingsOf, K } from '../../../src/core/syntax/tokens';

describe('TextMate grammar', () => {
  it('lists every keyword spelling of the lexer', () => {
    const g = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../../../syntaxes/debt.tmLanguage.json'), 'utf8'));
    const match: string = g.repository.keywords.patterns[0].match;
    const alternatives = new Set(match.slice(match.indexOf('(?:') + 3, match.indexOf(')(?!')).split('|').map((w) => w.replace(/\\-/g, '-')));
    const missing = Object.keys(K).flatMap((c) => spellingsOf(c)).filter((w) => !alternatives.has(w));
    assert.deepStrictEqual(missing, []);
  });
});
