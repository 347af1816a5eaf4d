/**
 * The parser's lookahead, worked out when the extension is built rather than every time the language server starts.
 *
 * chevrotain decides each OR / OPTION / MANY of the grammar by the token sequences that can start each choice (its
 * "lookahead paths"). It computes them from the grammar on the first parse: 40–60 ms of the server's start-up, the
 * largest part of building the parser, for a result that only changes when the grammar does. `npm run build` records
 * them into server/data/parser-lookahead.json (scripts/build-tables.mjs); this strategy reads them back.
 *
 * The table is used only for the grammar it was made from: it carries a fingerprint of the rules and of the token
 * categories, and a grammar that differs (a rule edited without a build) gets chevrotain's own computation, production
 * by production, as before. The functions that choose at parse time are built here the way chevrotain's LL(k)
 * strategy builds them (chevrotain/lib/src/parse/grammar/lookahead.js: one table lookup when one token decides,
 * otherwise the paths in order); `lookahead-table.test.ts` parses every sample and thousands of mutated files with
 * both and compares.
 */
import {
  Alternation, Alternative, EOF, getLookaheadPaths, IOrAlt, IProduction, LLkLookaheadStrategy, LookaheadProductionType, NonTerminal, Option, OptionalProductionType,
  Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator, RepetitionWithSeparator, Rule, Terminal, TokenType,
} from 'chevrotain';

/** Paths by production, token types by name: `rule|kind|occurrence|k` → alternatives → paths → token names. */
export interface LookaheadTable {
  fingerprint: string;
  paths: Record<string, string[][][]>;
}

type Paths = TokenType[][][];

/** FNV-1a over a string, as hex: enough to tell one grammar from another. */
function fnv(s: string): string {
  let h1 = 0x811c9dc5, h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0') + s.length.toString(16);
}

/** One production and what it contains, as text (a plain walk: chevrotain's serializeGrammar costs 5–20 ms here). */
function describe(p: IProduction, out: string[]): void {
  if (p instanceof Terminal) { out.push(`T${p.idx}:${p.terminalType.name}`); return; }
  if (p instanceof NonTerminal) { out.push(`N${p.idx}:${p.nonTerminalName}`); return; }
  const sep = (p as { separator?: TokenType }).separator;
  const k = (p as { maxLookahead?: number }).maxLookahead;
  const kind = p instanceof Alternation ? 'A' : p instanceof Alternative ? 'a' : p instanceof Option ? 'O' : p instanceof RepetitionMandatoryWithSeparator ? 'P'
    : p instanceof RepetitionWithSeparator ? 'S' : p instanceof RepetitionMandatory ? 'M' : p instanceof Repetition ? 'R' : '?';
  out.push(`${kind}${(p as { idx?: number }).idx ?? ''}${sep ? `/${sep.name}` : ''}${k ? `^${k}` : ''}(`);
  for (const c of (p as unknown as { definition: IProduction[] }).definition) describe(c, out);
  out.push(')');
}

/** What the paths depend on: every rule's productions and which token types each category matches. */
export function grammarFingerprint(rules: Rule[], tokens: TokenType[], maxLookahead: number): string {
  const out: string[] = [String(maxLookahead)];
  for (const r of rules) {
    out.push(`|${r.name}(`);
    for (const p of r.definition) describe(p, out);
    out.push(')');
  }
  const nameOf = new Map<number, string>(tokens.map((t) => [t.tokenTypeIdx!, t.name]));
  for (const t of tokens) out.push(`;${t.name}:${(t.categoryMatches ?? []).map((i) => nameOf.get(i) ?? i).join(',')}`);
  return fnv(out.join(' '));
}

/** The token types a lookahead position accepts: the type itself and every type in its category. */
function accepted(t: TokenType): number[] {
  return [t.tokenTypeIdx!, ...(t.categoryMatches ?? [])];
}

/** One position of a path as a membership table by token type index. */
function matcherOf(t: TokenType): Record<number, true> {
  const m: Record<number, true> = {};
  for (const i of accepted(t)) m[i] = true;
  return m;
}

interface Parser { LA_FAST(i: number): { tokenTypeIdx: number } }

/** chevrotain's alternation function: the first alternative one of whose paths the next tokens match. */
function alternationFunction(alts: Paths, hasPredicates: boolean): (this: Parser, orAlts?: IOrAlt<unknown>[]) => number | undefined {
  const oneToken = alts.every((alt) => alt.every((p) => p.length === 1));
  if (oneToken && !hasPredicates) {
    const choiceToAlt: Record<number, number> = {};
    alts.forEach((alt, a) => {
      for (const p of alt) for (const i of accepted(p[0])) if (!(i in choiceToAlt)) choiceToAlt[i] = a;
    });
    return function (this: Parser) { return choiceToAlt[this.LA_FAST(1).tokenTypeIdx]; };
  }
  const matchers = alts.map((alt) => alt.map((p) => p.map(matcherOf)));
  return function (this: Parser, orAlts?: IOrAlt<unknown>[]) {
    for (let a = 0; a < matchers.length; a++) {
      const gate = hasPredicates ? orAlts?.[a]?.GATE : undefined;
      if (gate !== undefined && gate.call(this) === false) continue;
      nextPath: for (const path of matchers[a]) {
        for (let i = 0; i < path.length; i++) if (path[i][this.LA_FAST(i + 1).tokenTypeIdx] !== true) continue nextPath;
        return a;
      }
    }
    return undefined;
  };
}

/** chevrotain's function for an OPTION / MANY / AT_LEAST_ONE: whether the next tokens enter it. */
function optionalFunction(paths: TokenType[][]): (this: Parser) => boolean {
  if (paths.every((p) => p.length === 1)) {
    const firsts = paths.map((p) => p[0]);
    if (firsts.length === 1 && (firsts[0].categoryMatches ?? []).length === 0) {
      const only = firsts[0].tokenTypeIdx!;
      return function (this: Parser) { return this.LA_FAST(1).tokenTypeIdx === only; };
    }
    const enters: boolean[] = [];
    for (const t of firsts) for (const i of accepted(t)) enters[i] = true;
    return function (this: Parser) { return enters[this.LA_FAST(1).tokenTypeIdx] === true; };
  }
  const matchers = paths.map((p) => p.map(matcherOf));
  return function (this: Parser) {
    nextPath: for (const path of matchers) {
      for (let i = 0; i < path.length; i++) if (path[i][this.LA_FAST(i + 1).tokenTypeIdx] !== true) continue nextPath;
      return true;
    }
    return false;
  };
}

/**
 * chevrotain's LL(k) lookahead with the paths read from a table made at build time. `table` undefined, or made for
 * another grammar: every production's paths are computed (and recorded in `recorded`, which is how the build makes
 * the table).
 */
export class TableLookahead extends LLkLookaheadStrategy {
  /** The paths this parser computed itself (all of them when it had no usable table). */
  readonly recorded: Record<string, string[][][]> = {};
  fingerprint = '';
  private usable: Record<string, string[][][]> | undefined;
  private readonly byName: Map<string, TokenType>;

  constructor(private readonly tokens: TokenType[], private readonly k: number, private readonly table?: LookaheadTable) {
    super({ maxLookahead: k });
    this.byName = new Map([...tokens, EOF].map((t) => [t.name, t]));
  }

  override initialize(options: { rules: Rule[] }): void {
    this.fingerprint = grammarFingerprint(options.rules, this.tokens, this.k);
    this.usable = this.table?.fingerprint === this.fingerprint ? this.table.paths : undefined;
  }

  /** The table's paths of one production, or computed (and recorded) when the table has none or names an unknown token. */
  private paths(rule: Rule, kind: LookaheadProductionType, occurrence: number, maxLookahead: number): Paths {
    const key = `${rule.name}|${kind}|${occurrence}|${maxLookahead}`;
    const stored = this.usable?.[key];
    if (stored) {
      const types = stored.map((alt) => alt.map((p) => p.map((n) => this.byName.get(n))));
      if (types.every((alt) => alt.every((p) => p.every((t) => t !== undefined)))) return types as Paths;
    }
    const all = getLookaheadPaths({ occurrence, rule, prodType: kind, maxLookahead });
    // An optional production's first entry is the paths into it (the second, the paths past it, chevrotain does not use).
    const paths = kind === 'Alternation' ? all : [all[0]];
    this.recorded[key] = paths.map((alt) => alt.map((p) => p.map((t) => t.name)));
    return paths;
  }

  override buildLookaheadForAlternation(o: { prodOccurrence: number; rule: Rule; maxLookahead: number; hasPredicates: boolean; dynamicTokensEnabled: boolean }):
  (orAlts?: IOrAlt<unknown>[]) => number | undefined {
    if (o.dynamicTokensEnabled) return super.buildLookaheadForAlternation(o);
    return alternationFunction(this.paths(o.rule, 'Alternation', o.prodOccurrence, o.maxLookahead), o.hasPredicates) as (orAlts?: IOrAlt<unknown>[]) => number | undefined;
  }

  override buildLookaheadForOptional(o: { prodOccurrence: number; prodType: OptionalProductionType; rule: Rule; maxLookahead: number; dynamicTokensEnabled: boolean }): () => boolean {
    if (o.dynamicTokensEnabled) return super.buildLookaheadForOptional(o);
    return optionalFunction(this.paths(o.rule, o.prodType, o.prodOccurrence, o.maxLookahead)[0]) as () => boolean;
  }
}
