/**
 * chevrotain's grammar checks (ambiguous alternatives, left recursion, empty alternatives) run here, not at start-up:
 * the parser the server and the CLI build skips them (40 ms of start-up), so this test is where a fault shows.
 */
import * as assert from 'assert';
import { createToken, EmbeddedActionsParser } from 'chevrotain';
import { checkGrammar } from '../../../src/core/syntax/parser';

describe('parser grammar checks', () => {
  it('the grammar passes chevrotain\'s checks', () => {
    assert.doesNotThrow(() => checkGrammar());
  });

  it('the checks do find a fault: two alternatives both starting A B are refused', () => {
    // The same checks on a toy grammar with an ambiguity, to show they run when asked for.
    const A = createToken({ name: 'A', pattern: /a/ }), B = createToken({ name: 'B', pattern: /b/ });
    class Ambiguous extends EmbeddedActionsParser {
      constructor() { super([A, B], { maxLookahead: 2, skipValidations: false }); this.performSelfAnalysis(); }
      r = this.RULE('r', () => this.OR([
        { ALT: () => { this.CONSUME(A); this.CONSUME(B); } },
        { ALT: () => { this.CONSUME2(A); this.CONSUME2(B); } },
      ]));
    }
    assert.throws(() => new Ambiguous(), /Ambiguous Alternatives Detected/);
  });
});
