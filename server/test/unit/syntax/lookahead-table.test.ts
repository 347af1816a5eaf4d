/**
 * The parser's lookahead table (server/data/parser-lookahead.json, core/syntax/lookahead-table.ts): made by the build
 * from the grammar, read back at start-up instead of chevrotain computing it. The table must be the grammar's own, the
 * tools' parser must use it, and a parser built on it must parse exactly as one using chevrotain's own LL(k) strategy —
 * every sample, and mutated files whose syntax errors exercise recovery.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { IToken, LLkLookaheadStrategy } from 'chevrotain';
import { computeLookaheadTable, lookaheadFromTable, parserWith, parseTokens } from '../../../src/core/syntax/parser';
import { TableLookahead } from '../../../src/core/syntax/lookahead-table';
import { tokenize } from '../../../src/core/syntax/lexer';
import { allTokens } from '../../../src/core/syntax/tokens';
import table from '../../../data/parser-lookahead.json';
import { rng } from '../../seeded-random';

const SAMPLES = path.resolve(__dirname, '../../../../../samples');
const STALE = 'stale: run `npm run build` (or `node scripts/build-tables.mjs`) and commit server/data/parser-lookahead.json';

/** A parse as text: tokens by type, offset and image, so two parses compare whole. */
function printed(text: string, parser: ReturnType<typeof parserWith>): string {
  const syntax = parseTokens(tokenize(text).tokens, text, parser);
  return JSON.stringify(syntax, (_k, v: unknown) => {
    if (v && typeof v === 'object' && 'tokenType' in v && 'startOffset' in v) {
      const t = v as IToken;
      return `${t.tokenType.name}@${t.startOffset}:${t.image}`;
    }
    return v;
  });
}

function mutate(text: string, random: () => number): string {
  const pieces = ['{', '}', '"', '/*', '\n', '、', '9', '万元', '借款 L {', '原告 甲', '交付 2023-01-10 1元', '还款', '证据', '到期', '利率 12%', '由', '，'];
  let out = text;
  for (let k = 0, n = 1 + Math.floor(random() * 4); k < n; k++) {
    const a = Math.floor(random() * (out.length + 1));
    if (random() < 0.5) out = out.slice(0, a) + pieces[Math.floor(random() * pieces.length)] + out.slice(a);
    else out = out.slice(0, a) + out.slice(Math.min(out.length, a + Math.floor(random() * 30)));
  }
  return out;
}

describe('parser lookahead table', function () {
  this.timeout(120000);

  it('is the table of the current grammar', () => {
    const fresh = computeLookaheadTable();
    assert.strictEqual(table.fingerprint, fresh.fingerprint, STALE);
    assert.deepStrictEqual(table.paths, fresh.paths, STALE);
    assert.ok(Object.keys(fresh.paths).length > 100, 'every OR, OPTION and MANY of the grammar has paths');
  });

  it('is what the tools\' parser reads (nothing computed at start-up)', () => {
    assert.strictEqual(lookaheadFromTable(), true);
  });

  it('a table made for another grammar is not used: every path is computed', () => {
    const lookahead = new TableLookahead(allTokens, 3, { fingerprint: 'another grammar', paths: table.paths });
    const p = parserWith(() => lookahead);
    assert.ok(Object.keys(lookahead.recorded).length === Object.keys(table.paths).length);
    const text = '案件 甲诉乙 { 原告 甲 自然人 {} 被告 乙 自然人 {} 借款 L { 出借人 甲 借款人 乙 金额 1万元 交付 2023-01-10 1万元 转账 } }';
    assert.strictEqual(printed(text, p), printed(text, parserWith((k) => new LLkLookaheadStrategy({ maxLookahead: k }))));
  });

  it('parses every sample and 3,000 mutated files exactly as chevrotain\'s own LL(k) lookahead', () => {
    const fromTable = parserWith((k) => new TableLookahead(allTokens, k, table));
    const chevrotain = parserWith((k) => new LLkLookaheadStrategy({ maxLookahead: k }));
    const samples = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.debt')).sort().map((f) => fs.readFileSync(path.join(SAMPLES, f), 'utf8'));
    assert.ok(samples.length >= 10);
    const random = rng(4242);
    let withErrors = 0;
    for (let i = 0; i < samples.length + 3000; i++) {
      const text = i < samples.length ? samples[i] : mutate(samples[i % samples.length], random);
      const a = printed(text, fromTable), b = printed(text, chevrotain);
      if (a !== b) assert.fail(`parse differs for input ${i}:\n${text}`);
      if (a.includes('"expected"')) withErrors++;
    }
    // The comparison covers error recovery, not only clean files.
    assert.ok(withErrors > 1000, `${withErrors} of the mutated files have syntax errors`);
  });
});
