/**
 * The parser (chevrotain, embedded actions): tokens → items (ast.ts). Grammar of spec §3, one small rule
 * per item so error messages can say what was expected in a lawyer's words. Error recovery: every block
 * loop skips a token that cannot start an item (reported once per run of skipped text), chevrotain's
 * single-token insertion/deletion and re-sync handle the rest, so one pass reports every error and the
 * rest of the file still yields a model. No rule recurses into itself, so deep nesting cannot overflow.
 */
import { DSLMethodOpts, EmbeddedActionsParser, ILookaheadStrategy, IOrAlt, IParserErrorMessageProvider, IToken, OrMethodOpts, TokenType, EOF } from 'chevrotain';
import { allTokens, K, Name, NameLike, NotClose, LBrace, RBrace, Comma, DateLit, NumberLike, RateLit, WordLit, QuotedString, CnString, OpenString, LprLit } from './tokens';
import { Block, FileSyntax, Item, NO_TOKENS, SyntaxProblem } from './ast';
import { keywordLanguageOfTokens } from './keyword-language';
import { placeProblem } from './problem-place';
import { LookaheadTable, TableLookahead } from './lookahead-table';
import lookaheadTable from '../../../data/parser-lookahead.json';

/** Expectation keys for mismatched tokens; the message catalogue turns them into sentences. */
const EXPECTED_BY_TOKEN: Record<string, string> = {
  DateLit: 'date', NumberLike: 'money', NumberLit: 'money', RateLit: 'rate', NameLike: 'name', RBrace: 'close', LBrace: 'open',
};
const EXPECTED_BY_RULE: Record<string, string> = {
  method: 'method', channel: 'channel', evidenceKind: 'evidence-kind', genderValue: 'gender', procedureValue: 'procedure',
  authorityValue: 'authority', yesNo: 'yes-no', allocation: 'allocation', dueValue: 'due', interestValue: 'interest-value',
  claim: 'claim-kind', rateOrMoney: 'rate-or-money', word: 'word', untilValue: 'until-value', role: 'role',
  partyField: 'party-field', agentField: 'agent-field', loanField: 'loan-field', evidenceField: 'evidence-field',
  daycountValue: 'daycount', caseItem: 'case-item', topItem: 'top-item',
  institutionValue: 'institution', deadlineValue: 'deadline', deadlineUnit: 'deadline-unit',
  assetKind: 'asset-kind', stageValue: 'preservation-stage', securityValue: 'security', assetField: 'asset-field',
  judgmentField: 'judgment-field',
  scopeValue: 'scope-value', spouseBasis: 'spouse-basis',
  award: 'award-kind', jointScopeValue: 'joint-scope', awardLiability: 'award-liability',
  rateValue: 'rate', planMethod: 'plan-method', planUnit: 'plan-unit', fromValue: 'from-value',
};

const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, ruleName }) => EXPECTED_BY_TOKEN[expected.name] ?? (K[expected.name] ? `keyword:${expected.name}` : EXPECTED_BY_RULE[ruleName] ?? 'other'),
  buildNotAllInputParsedMessage: () => 'top-item',
  buildNoViableAltMessage: ({ ruleName }) => EXPECTED_BY_RULE[ruleName] ?? 'other',
  buildEarlyExitMessage: ({ ruleName }) => EXPECTED_BY_RULE[ruleName] ?? 'other',
};

/** Tokens the parser may look ahead to choose (chevrotain's k). */
const MAX_LOOKAHEAD = 3;
const CONTINUE = 1, END = 0, EVIDENCE = 2;

/** Item starters at case level: inside a block that lost its `}`, these end the block instead of being skipped. */
const CASE_LEVEL = new Set<TokenType>([K.Plaintiff, K.Defendant, K.ThirdParty, K.PartyKw, K.AgentKw, K.LoanKw, K.Repaid,
  K.Demanded, K.Acknowledged, K.ClaimKw, K.Case, K.Court, K.Filing, K.Procedure, K.Note, K.Use,
  K.AssetKw, K.Preservation, K.Judgment, K.JurisdictionClause, K.Settled, K.Accelerated]);

/** Keywords that start an item of a judgment block, and its `}` (spec §7.4, §8.2). */
const JUDGMENT_STARTS = new Set<TokenType>([K.Ordered, K.Joint, K.Repaid, K.Court, K.Effective, K.PerformBy, K.Awarded, RBrace,
  K.InstallmentKw, K.Suspended]);

/**
 * A token the parser really read: during chevrotain's grammar recording values are placeholders, and tokens
 * invented by error recovery are not values either (the error is reported instead).
 */
function isReal(t: IToken | undefined): t is IToken {
  return t !== undefined && typeof t.image === 'string' && !isNaN(t.startOffset) && t.isInsertedInRecovery !== true;
}

/** `t` as an argument of `it` (its end moves past it), or undefined when it is not a real token. */
function arg(it: Item, t: IToken | undefined): IToken | undefined {
  if (!isReal(t)) return undefined;
  const e = t.startOffset + t.image.length;
  if (e > it.end) it.end = e;
  return t;
}

/** A name list as an argument of `it`, without placeholders or invented tokens. */
function list(it: Item, ts: IToken[] | undefined): readonly IToken[] {
  if (!Array.isArray(ts) || ts.length === 0) return NO_TOKENS;
  let real: IToken[] = ts;
  for (let i = 0; i < ts.length; i++) if (!isReal(ts[i])) { real = ts.filter((t) => isReal(t)); break; }
  if (real.length) arg(it, real[real.length - 1]);
  return real;
}

/** An item of just a keyword and, optionally, one argument in role `role`. */
function item(key: IToken, role?: 'name' | 'value' | 'date' | 'money' | 'ref', t?: IToken): Item {
  const it = new Item(key);
  if (role) it[role] = arg(it, t);
  return it;
}

function withBlock(it: Item, block: Block | undefined): Item {
  if (block) {
    it.block = block;
    arg(it, block.close ?? block.open);
  }
  return it;
}

class DebtParser extends EmbeddedActionsParser {
  /** Skipped tokens of the current parse, merged into runs afterwards. */
  skipped: IToken[] = [];
  /** Braces that were not there, reported without aborting the block. */
  missing: { expected: string; token: IToken }[] = [];
  /** Top-level items, kept here so that a failure late in the file cannot lose the earlier ones. */
  items: Item[] = [];

  /**
   * `validate`: chevrotain's grammar checks (ambiguities, left recursion, empty alternatives), which throw on a fault.
   * They cost 40 ms of the server's start-up and find nothing a grammar test would not: the parser the tools use skips
   * them and `grammar-checks.test.ts` runs them (checkGrammar below).
   */
  constructor(validate = false, readonly lookahead: ILookaheadStrategy = new TableLookahead(allTokens, MAX_LOOKAHEAD, lookaheadTable as LookaheadTable)) {
    super(allTokens, { recoveryEnabled: true, maxLookahead: MAX_LOOKAHEAD, errorMessageProvider: messages, skipValidations: !validate, lookaheadStrategy: lookahead });
    this.performSelfAnalysis();
    const fieldRules: Record<number, string> = { 1: 'partyField', 2: 'agentField', 3: 'loanField', 4: 'evidenceField', 6: 'assetField', 7: 'judgmentField' };
    const size = Math.max(...allTokens.map((t) => t.tokenTypeIdx!)) + 1;
    for (const [idx, rule] of Object.entries(fieldRules)) {
      const table = new Uint8Array(size).fill(CONTINUE);
      for (const t of CASE_LEVEL) table[t.tokenTypeIdx!] = END;
      table[K.EvidenceKw.tokenTypeIdx!] = EVIDENCE;
      for (const path of this.computeContentAssist(rule, [])) table[path.nextTokenType.tokenTypeIdx!] = CONTINUE;
      this.continuation[Number(idx)] = table;
    }
    for (const [idx, rule] of Object.entries({ ...fieldRules, 5: 'caseItem' })) {
      const starts = new Uint8Array(size);
      for (const path of this.computeContentAssist(rule, [])) starts[path.nextTokenType.tokenTypeIdx!] = 1;
      this.fieldStarts[Number(idx)] = starts;
    }
  }

  /**
   * Alternatives made once per rule, not on every call (chevrotain's advice for hot rules): `choices.x ??= [...]`
   * builds the array the first time only, without a closure per call.
   */
  private readonly choices: { [rule: string]: IOrAlt<any>[] | undefined } = {};

  // ── values (single tokens are consumed in place, with unique indices: a rule call per value costs) ──
  private word = this.RULE('word', () => this.OR((this.choices.word ??= [
    { ALT: () => this.CONSUME(WordLit) }, { ALT: () => this.CONSUME(NumberLike) }, { ALT: () => this.CONSUME(NameLike) },
  ])));
  private refs = this.RULE('refs', () => {
    const list: IToken[] = [this.consume(101, NameLike)];
    // Most lists have one name: look before entering the loop, which costs a closure and a repetition record.
    if (this.LA(1).tokenType === Comma || this.RECORDING_PHASE) this.MANY(() => { this.CONSUME(Comma); list.push(this.consume(102, NameLike)); });
    return list;
  });
  private oneOf(rule: string, types: TokenType[]) {
    const alts = types.map((t) => ({ ALT: () => this.CONSUME(t) }));
    return this.RULE(rule, () => this.OR(alts));
  }
  private method = this.oneOf('method', [K.Transfer, K.Cash, K.Wechat, K.Alipay, K.Bill, K.Other]);
  private channel = this.oneOf('channel', [K.Phone, K.Sms, K.Wechat, K.Letter, K.LawyerLetter, K.Visit, K.Email, K.Mediation, K.PaymentOrder, K.Lawsuit,
    K.Harassment, K.ThirdParty, K.Threat, K.Disclosure, K.Violence]);
  private evidenceKind = this.oneOf('evidenceKind', [K.Iou, K.Contract, K.Receipt, K.Transfer, K.BankStatement, K.Chat, K.Recording,
    K.Video, K.Sms, K.Email, K.Letter, K.Notarized, K.Witness, K.Identity, K.Other]);
  private genderValue = this.oneOf('genderValue', [K.Male, K.Female]);
  private procedureValue = this.oneOf('procedureValue', [K.Ordinary, K.Simplified, K.SmallClaims, K.PaymentOrder]);
  private authorityValue = this.oneOf('authorityValue', [K.General, K.Special]);
  private yesNo = this.oneOf('yesNo', [K.Yes, K.No]);
  private allocation = this.oneOf('allocation', [K.Principal, K.InterestKw, K.Fees]);
  private dueValue = this.oneOf('dueValue', [DateLit, K.OnDemand]);
  private interestValue = this.oneOf('interestValue', [RateLit, LprLit, K.None, K.Unclear]);
  /** A rate as written or tied to the LPR (spec §8.3): 逾期利率, 请求 利息 按. */
  private rateValue = this.oneOf('rateValue', [RateLit, LprLit]);
  private planMethod = this.oneOf('planMethod', [K.EqualPayment, K.EqualPrincipal]);
  private planUnit = this.oneOf('planUnit', [K.Months]);
  private fromValue = this.oneOf('fromValue', [DateLit, K.Filing]);
  /** `固定` after an LPR rate. */
  private readonly fixedRate = () => this.CONSUME(K.Fixed);
  private readonly fixedRate2 = () => this.CONSUME2(K.Fixed);
  private installmentKey!: IToken;
  private rateOrMoney = this.oneOf('rateOrMoney', [RateLit, LprLit, NumberLike]);
  private untilValue = this.oneOf('untilValue', [DateLit, K.Paid]);
  private institutionValue = this.oneOf('institutionValue', [K.Bank, K.Microloan, K.FinancingGuarantee, K.EquityMarket,
    K.Pawnshop, K.Leasing, K.Factoring, K.Amc, K.Licensed]);
  private deadlineValue = this.oneOf('deadlineValue', [DateLit, NumberLike]);
  private deadlineUnit = this.oneOf('deadlineUnit', [K.Days]);
  private daycountValue = this.RULE('daycountValue', () => this.CONSUME(NumberLike));
  private proof = this.RULE('proof', () => { this.CONSUME(K.EvidenceKw); return this.SUBRULE(this.refs); });

  /**
   * A block `{ item* }` whose items come from the rule `field`; a token no item can start is skipped and reported.
   * Missing braces are reported, not thrown, so a block that lost its `}` keeps the items parsed so far.
   */
  private block(idx: number, field: (idx?: number) => Item, outerEndsBlock: boolean): Block {
    const open = this.option(idx, this.openBrace[idx] ??= { MAX_LOOKAHEAD: 1, DEF: () => this.consume(idx, LBrace) });
    const block: Block = { open: open ?? this.LA(1), items: [] };
    if (!open && !this.RECORDING_PHASE) this.missing.push({ expected: 'open', token: this.LA(1) });
    // One token of lookahead: an item is chosen by its keyword, so `起诉日 明天` is a bad date (DEBT101),
    // not skipped text; only a token that starts no item is skipped.
    if (this.RECORDING_PHASE) {
      // The grammar: a repetition of items or skipped tokens. Lookahead and recovery are computed from it.
      this.many(idx, () => this.or(idx + 10, { MAX_LOOKAHEAD: 1, IGNORE_AMBIGUITIES: true, DEF: [
        { ALT: () => this.subrule(idx, field) },
        { ALT: () => this.consume(idx + 20, NotClose) },
      ] }));
    } else {
      // The same repetition run by hand, once per item — chevrotain's MANY and OR would make closures and arrays on
      // every block and item. The OR's one-token choice is read from a table of the field rule's first tokens; a
      // block that lost its `}` ends where a case-level item starts (continuesBlock).
      const starts = this.fieldStarts[idx];
      let at = this.LA(1);
      while (at.tokenType !== RBrace && at.tokenType !== EOF && (!outerEndsBlock || this.continuesBlock(idx))) {
        if (starts[at.tokenTypeIdx] === 1) {
          const it = this.subrule(idx, field);
          if (it) block.items.push(it); // (undefined when the field was lost to an error)
        } else {
          this.skipped.push(this.consume(idx + 20, NotClose));
        }
        const next = this.LA(1);
        if (next === at) break; // nothing read: stop rather than loop
        at = next;
      }
    }
    const close = this.option(idx + 30, this.closeBrace[idx] ??= { MAX_LOOKAHEAD: 1, DEF: () => this.consume(idx + 30, RBrace) });
    if (this.RECORDING_PHASE) return block;
    if (close) block.close = close; else this.missing.push({ expected: 'close', token: this.LA(1) });
    return block;
  }
  /**
   * A brace OPTION decides on one token whatever the lookahead: its inside is the brace alone. Left at the parser's
   * 3, chevrotain would work out every 3-token path through the items that follow (NotClose matches `{` too) only to
   * throw them away: 0.3 s of the server's start-up.
   */
  private readonly openBrace: DSLMethodOpts<IToken>[] = [];
  private readonly closeBrace: DSLMethodOpts<IToken>[] = [];

  /**
   * Whether the next token continues block `idx` rather than ending a block that lost its `}`: by token type,
   * CONTINUE (starts a field of this block, or nothing at case level), END (starts a case-level item) or
   * EVIDENCE (证据: a case-level item only as `证据 NAME {`). Filled once after self-analysis.
   */
  private readonly continuation: Uint8Array[] = [];
  /** Token type indices that start a field of block `idx` (1) — the first set of its field rule. */
  private readonly fieldStarts: Uint8Array[] = [];
  private continuesBlock(idx: number): boolean {
    const c = this.continuation[idx][this.LA(1).tokenTypeIdx];
    return c === CONTINUE || (c === EVIDENCE && this.LA(3).tokenType !== LBrace);
  }

  // ── parties and agents ────────────────────────────────────────────────
  private role = this.oneOf('role', [K.Plaintiff, K.Defendant, K.ThirdParty, K.PartyKw]);
  private partyField = this.RULE('partyField', (): Item => this.OR((this.choices.partyField ??= [
    { ALT: () => item(this.CONSUME(K.Person)) },
    { ALT: () => item(this.CONSUME(K.Company)) },
    { ALT: () => item(this.CONSUME(K.Organization)) },
    { ALT: () => { const k = this.CONSUME(K.Gender); return item(k, 'value', this.SUBRULE(this.genderValue)); } },
    { ALT: () => { const k = this.CONSUME(K.Born); return item(k, 'date', this.consume(103, DateLit)); } },
    { ALT: () => { const k = this.CONSUME(K.Ethnicity); return item(k, 'value', this.consume(104, NameLike)); } },
    { ALT: () => { const k = this.CONSUME(K.Id); return item(k, 'value', this.SUBRULE(this.word)); } },
    { ALT: () => { const k = this.CONSUME(K.CreditCode); return item(k, 'value', this.SUBRULE2(this.word)); } },
    { ALT: () => {
      const k = this.CONSUME(K.Representative); const n = this.consume(105, NameLike);
      const title = this.OPTION(() => { this.CONSUME(K.Title); return this.consume(106, NameLike); });
      const it = item(k, 'value', n); it.detail = arg(it, title); return it;
    } },
    { ALT: () => { const k = this.CONSUME(K.Address); return item(k, 'value', this.consume(107, NameLike)); } },
    { ALT: () => { const k = this.CONSUME(K.Residence); return item(k, 'value', this.consume(108, NameLike)); } },
    { ALT: () => { const k = this.CONSUME(K.Employer); return item(k, 'value', this.consume(109, NameLike)); } },
    { ALT: () => { const k = this.CONSUME(K.Phone); return item(k, 'value', this.SUBRULE3(this.word)); } },
    { ALT: () => { const k = this.CONSUME(K.ServiceAddress); return item(k, 'value', this.consume(110, NameLike)); } },
    { ALT: () => { const k = this.CONSUME(K.EService); return item(k, 'value', this.SUBRULE(this.yesNo)); } },
    { ALT: () => { const k = this.CONSUME(K.Institution); return item(k, 'value', this.SUBRULE(this.institutionValue)); } },
  ])));
  // Bodies of OPTIONs made once: a closure per call was much of the parser's garbage. A condition written before
  // an OPTION (`LA(3) is not {`) stands for a GATE, which chevrotain would wrap in a new closure on every call;
  // during grammar recording it always holds, so the grammar is the same.
  private readonly partyBlock = () => this.block(1, this.partyField, true);
  private party = this.RULE('party', () => {
    const key = this.SUBRULE(this.role);
    const name = this.consume(111, NameLike);
    const block = this.LA(1).tokenType === LBrace || this.RECORDING_PHASE ? this.OPTION(this.partyBlock) : undefined;
    return withBlock(item(key, 'name', name), block);
  });
  private agentField = this.RULE('agentField', (): Item => this.OR((this.choices.agentField ??= [
    { ALT: () => { const k = this.CONSUME(K.Firm); return item(k, 'value', this.consume(112, NameLike)); } },
    { ALT: () => { const k = this.CONSUME(K.Phone); return item(k, 'value', this.SUBRULE(this.word)); } },
    { ALT: () => { const k = this.CONSUME(K.Authority); return item(k, 'value', this.SUBRULE(this.authorityValue)); } },
    { ALT: () => { const k = this.CONSUME(K.For); const it = item(k); it.refs = list(it, this.SUBRULE(this.refs)); return it; } },
  ])));
  private agent = this.RULE('agent', () => {
    const key = this.CONSUME(K.AgentKw);
    const name = this.consume(113, NameLike);
    const block = this.block(2, this.agentField, true);
    return withBlock(item(key, 'name', name), block);
  });

  // ── loans ─────────────────────────────────────────────────────────────
  private readonly guaranteeType = () => this.OR2((this.choices.guaranteeType ??= [{ ALT: () => this.CONSUME(K.Joint) }, { ALT: () => this.CONSUME(K.General) }]));
  private readonly guaranteeUntil = () => { this.CONSUME(K.Until); return this.consume(116, DateLit); };
  // Who owes what (spec §8.1); indices 224–229 are this addition's own.
  private scopeValue = this.oneOf('scopeValue', [K.All, K.Principal, NumberLike]);
  private spouseBasis = this.oneOf('spouseBasis', [K.JointSignature, K.Ratified, K.DailyNeeds, K.CommonUse, K.CommonBusiness]);
  private readonly guaranteeScope = () => { this.CONSUME(K.Scope); return this.SUBRULE(this.scopeValue); };
  private readonly spouseBasisOpt = () => { this.CONSUME(K.Basis); return this.SUBRULE(this.spouseBasis); };
  private readonly coBorrowerProof = () => this.subrule(224, this.proof);
  private readonly joinedProof = () => this.subrule(225, this.proof);
  private readonly spouseProof = () => this.subrule(226, this.proof);
  private readonly signedProof = () => this.SUBRULE(this.proof);
  private readonly deliveryMethod = () => this.SUBRULE(this.method);
  private readonly deliveryProof = () => this.SUBRULE2(this.proof);
  private loanField = this.RULE('loanField', (): Item => this.OR((this.choices.loanField ??= [
    { ALT: () => { const k = this.CONSUME(K.Lender); return item(k, 'ref', this.consume(114, NameLike)); } },
    { ALT: () => { const k = this.CONSUME(K.Borrower); const it = item(k); it.refs = list(it, this.SUBRULE(this.refs)); return it; } },
    { ALT: () => {
      const k = this.CONSUME(K.GuarantorKw); const ref = this.consume(115, NameLike);
      const type = this.OPTION(this.guaranteeType);
      const until = this.OPTION2(this.guaranteeUntil);
      const scope = this.option(224, this.guaranteeScope);
      const it = item(k, 'ref', ref); it.detail = arg(it, type); it.date = arg(it, until);
      if (scope?.tokenType === K.All || scope?.tokenType === K.Principal) it.value = arg(it, scope); else it.money = arg(it, scope);
      return it;
    } },
    { ALT: () => {
      const k = this.CONSUME(K.CoBorrower); const it = item(k); it.refs = list(it, this.subrule(227, this.refs));
      it.proofs = list(it, this.option(225, this.coBorrowerProof)); return it;
    } },
    { ALT: () => {
      const k = this.CONSUME(K.Joined); const it = item(k, 'ref', this.consume(224, NameLike));
      it.proofs = list(it, this.option(226, this.joinedProof)); return it;
    } },
    { ALT: () => {
      const k = this.CONSUME(K.Spouse); const it = item(k, 'ref', this.consume(225, NameLike));
      it.value = arg(it, this.option(227, this.spouseBasisOpt));
      it.proofs = list(it, this.option(228, this.spouseProof)); return it;
    } },
    { ALT: () => { const k = this.CONSUME(K.Amount); return item(k, 'money', this.consume(117, NumberLike)); } },
    { ALT: () => {
      const k = this.CONSUME(K.Signed); const date = this.consume(118, DateLit);
      const proofs = this.OPTION3(this.signedProof);
      const it = item(k, 'date', date); it.proofs = list(it, proofs); return it;
    } },
    { ALT: () => {
      const k = this.CONSUME(K.Delivered); const date = this.consume(119, DateLit); const money = this.consume(120, NumberLike);
      const method = this.OPTION4(this.deliveryMethod);
      const proofs = this.OPTION5(this.deliveryProof);
      const it = item(k, 'date', date); it.money = arg(it, money); it.how = arg(it, method); it.proofs = list(it, proofs); return it;
    } },
    { ALT: () => { const k = this.CONSUME(K.Deducted); return item(k, 'money', this.consume(121, NumberLike)); } },
    { ALT: () => { const k = this.CONSUME(K.Due); return item(k, 'value', this.SUBRULE(this.dueValue)); } },
    { ALT: () => {
      this.installmentKey = this.CONSUME(K.InstallmentKw);
      // `分期 DATE MONEY` (one instalment) or `分期 等额本息|等额本金 N 期 首期 DATE` (a plan, spec §8.3). The alternatives
      // are made once, so they read the keyword from a field, not from this call's closure.
      return this.OR3(this.choices.installment ??= [
        { ALT: () => { const date = this.consume(122, DateLit); const it = item(this.installmentKey, 'date', date); it.money = arg(it, this.consume(123, NumberLike)); return it; } },
        { ALT: () => {
          const method = this.SUBRULE(this.planMethod); const count = this.consume(162, NumberLike); const unit = this.SUBRULE(this.planUnit);
          this.CONSUME(K.First); const first = this.consume(163, DateLit);
          const it = item(this.installmentKey, 'value', method); it.money = arg(it, count); it.detail = arg(it, unit); it.date = arg(it, first); return it;
        } },
      ]);
    } },
    { ALT: () => {
      const k = this.CONSUME(K.InterestKw); const it = item(k, 'value', this.SUBRULE(this.interestValue));
      it.rateFixed = arg(it, this.OPTION6(this.fixedRate)); return it;
    } },
    { ALT: () => {
      const k = this.CONSUME(K.OverdueInterest); const it = item(k, 'value', this.SUBRULE(this.rateValue));
      it.rateFixed = arg(it, this.OPTION7(this.fixedRate2)); return it;
    } },
    { ALT: () => { const k = this.CONSUME(K.Penalty); return item(k, 'value', this.SUBRULE(this.rateOrMoney)); } },
    { ALT: () => { const k = this.CONSUME(K.Fees); return item(k, 'value', this.SUBRULE2(this.rateOrMoney)); } },
    { ALT: () => { const k = this.CONSUME(K.Daycount); return item(k, 'value', this.SUBRULE(this.daycountValue)); } },
    { ALT: () => { const k = this.CONSUME(K.Purpose); return item(k, 'value', this.consume(125, NameLike)); } },
    { ALT: () => { const k = this.CONSUME2(K.EvidenceKw); const it = item(k); it.refs = list(it, this.SUBRULE2(this.refs)); return it; } },
  ])));
  private loan = this.RULE('loan', () => {
    const key = this.CONSUME(K.LoanKw);
    const name = this.consume(126, NameLike);
    const block = this.block(3, this.loanField, true);
    return withBlock(item(key, 'name', name), block);
  });

  // ── events ────────────────────────────────────────────────────────────
  // `借款 X {` or `证据 X {` after an event is the next item, not a part of the event.
  private notBlockAhead(): boolean { return this.LA(3).tokenType !== LBrace || this.RECORDING_PHASE; }
  private readonly repaidLoan = () => { this.CONSUME(K.LoanKw); return this.consume(129, NameLike); };
  private readonly repaidTo = () => { this.CONSUME(K.To); return this.SUBRULE(this.allocation); };
  private readonly repaidMethod = () => this.SUBRULE(this.method);
  private readonly repaidProof = () => this.SUBRULE(this.proof);
  private repaid = this.RULE('repaid', () => {
    const key = this.CONSUME(K.Repaid);
    const date = this.consume(127, DateLit); const money = this.consume(128, NumberLike);
    const loan = this.notBlockAhead() ? this.OPTION(this.repaidLoan) : undefined;
    const to = this.OPTION2(this.repaidTo);
    const method = this.OPTION3(this.repaidMethod);
    const proofs = this.notBlockAhead() ? this.OPTION4(this.repaidProof) : undefined;
    const it = item(key, 'date', date); it.money = arg(it, money); it.ref = arg(it, loan); it.detail = arg(it, to); it.how = arg(it, method); it.proofs = list(it, proofs); return it;
  });
  private readonly demandedOf = () => { this.CONSUME(K.Of); return this.SUBRULE(this.refs); };
  private readonly demandedChannel = () => this.SUBRULE(this.channel);
  private readonly demandedProof = () => this.SUBRULE(this.proof);
  /** `限期 10日` (a number of days, then its unit) or `限期 DATE`. */
  private deadlineUnitTok: IToken | undefined;
  private readonly demandedDeadline = () => {
    this.CONSUME(K.Deadline);
    const v = this.SUBRULE(this.deadlineValue);
    this.deadlineUnitTok = this.RECORDING_PHASE || v?.tokenType !== DateLit ? this.OPTION5(this.deadlineUnitRule) : undefined;
    return v;
  };
  private readonly deadlineUnitRule = () => this.SUBRULE(this.deadlineUnit);
  private readonly demandedServed = () => { this.CONSUME(K.Served); return this.consume(146, DateLit); };
  /** `第三人 王五 …` after a demand declares a party; `联系第三人` / `third-party` followed by a keyword is the channel (spec §8.4). */
  private channelAhead(): boolean {
    if (this.RECORDING_PHASE || this.LA(1).tokenType !== K.ThirdParty) return true;
    const next = this.LA(2).tokenType;
    return this.LA(1).image === '联系第三人' || !(next === Name || next === QuotedString || next === CnString || next === OpenString);
  }
  private readonly demandedBy = () => { this.CONSUME(K.By); return this.consume(171, NameLike); };
  private readonly demandedCount = () => { this.CONSUME(K.Count); return this.consume(172, NumberLike); };
  private demanded = this.RULE('demanded', () => {
    const key = this.CONSUME(K.Demanded); const date = this.consume(130, DateLit);
    const of = this.OPTION(this.demandedOf);
    const channel = this.channelAhead() ? this.OPTION2(this.demandedChannel) : undefined;
    this.deadlineUnitTok = undefined;
    const deadline = this.OPTION4(this.demandedDeadline);
    const unit = this.deadlineUnitTok;
    const served = this.OPTION6(this.demandedServed);
    const by = this.OPTION7(this.demandedBy);
    const count = this.OPTION8(this.demandedCount);
    const proofs = this.notBlockAhead() ? this.OPTION3(this.demandedProof) : undefined;
    const it = item(key, 'date', date); it.refs = list(it, of); it.how = arg(it, channel); it.proofs = list(it, proofs);
    it.value = arg(it, deadline); it.detail = arg(it, unit); it.served = arg(it, served); it.ref = arg(it, by); it.money = arg(it, count);
    return it;
  });
  private readonly acknowledgedBy = () => { this.CONSUME(K.By); return this.consume(132, NameLike); };
  private readonly acknowledgedProof = () => this.SUBRULE(this.proof);
  private acknowledged = this.RULE('acknowledged', () => {
    const key = this.CONSUME(K.Acknowledged); const date = this.consume(131, DateLit);
    const by = this.OPTION(this.acknowledgedBy);
    const proofs = this.notBlockAhead() ? this.OPTION2(this.acknowledgedProof) : undefined;
    const it = item(key, 'date', date); it.ref = arg(it, by); it.proofs = list(it, proofs); return it;
  });

  /** `结算 DATE MONEY (借款 a、b)? 证据?` (spec §8.3): the parties fixed what is owed. */
  private readonly settledLoans = () => { this.CONSUME(K.LoanKw); return this.SUBRULE(this.refs); };
  private readonly settledProof = () => this.SUBRULE(this.proof);
  private settled = this.RULE('settled', () => {
    const key = this.CONSUME(K.Settled); const date = this.consume(164, DateLit); const money = this.consume(165, NumberLike);
    const loans = this.notBlockAhead() ? this.OPTION(this.settledLoans) : undefined;
    const proofs = this.notBlockAhead() ? this.OPTION2(this.settledProof) : undefined;
    const it = item(key, 'date', date); it.money = arg(it, money); it.refs = list(it, loans); it.proofs = list(it, proofs); return it;
  });
  /** `宣布到期 DATE (借款 X)? 证据?` (spec §8.3): the lender called in every later instalment. */
  private readonly acceleratedLoan = () => { this.CONSUME(K.LoanKw); return this.consume(166, NameLike); };
  private readonly acceleratedProof = () => this.SUBRULE(this.proof);
  private accelerated = this.RULE('accelerated', () => {
    const key = this.CONSUME(K.Accelerated); const date = this.consume(167, DateLit);
    const loan = this.notBlockAhead() ? this.OPTION(this.acceleratedLoan) : undefined;
    const proofs = this.notBlockAhead() ? this.OPTION2(this.acceleratedProof) : undefined;
    const it = item(key, 'date', date); it.ref = arg(it, loan); it.proofs = list(it, proofs); return it;
  });

  // ── evidence and claims ───────────────────────────────────────────────
  private evidenceField = this.RULE('evidenceField', (): Item => this.OR((this.choices.evidenceField ??= [
    { ALT: () => { const k = this.CONSUME(K.Kind); return item(k, 'value', this.SUBRULE(this.evidenceKind)); } },
    { ALT: () => item(this.CONSUME(K.Original)) },
    { ALT: () => item(this.CONSUME(K.Copy)) },
    { ALT: () => { const k = this.CONSUME(K.Proves); return item(k, 'value', this.consume(133, NameLike)); } },
    { ALT: () => { const k = this.CONSUME(K.Source); return item(k, 'value', this.consume(134, NameLike)); } },
    { ALT: () => { const k = this.CONSUME(K.Pages); return item(k, 'value', this.CONSUME(NumberLike)); } },
  ])));
  private evidence = this.RULE('evidence', () => {
    const key = this.CONSUME(K.EvidenceKw);
    const name = this.consume(135, NameLike);
    const block = this.block(4, this.evidenceField, true);
    return withBlock(item(key, 'name', name), block);
  });
  /** The claim being read: its kinds fill it (claims do not nest, so one slot serves). */
  private claimItem!: Item;
  /**
   * `至 DATE|实际清偿之日`. A misspelt end (`至 明天`, or nothing) is reported here as the value expected and the claim is
   * kept: left to chevrotain, the error would drop the whole interest claim from the case until it was fixed.
   */
  private readonly claimUntil = () => {
    this.CONSUME(K.Until);
    return this.OR3(this.untilChoice ??= { IGNORE_AMBIGUITIES: true, DEF: [
      { ALT: () => this.SUBRULE(this.untilValue) },
      { GATE: () => this.isStrayValue(), ALT: () => { this.expectedHere('until-value', this.consume(145, NotClose)); return undefined; } },
      { ALT: () => { this.expectedHere('until-value', this.LA(1)); return undefined; } },
    ] });
  };
  private untilChoice: OrMethodOpts<IToken | undefined> | undefined;
  /** The next token is a value in the wrong place, not the start of the next item. */
  private isStrayValue(): boolean {
    const t = this.LA(1).tokenType;
    return !CASE_LEVEL.has(t) && t !== K.EvidenceKw && t !== RBrace && t !== EOF;
  }
  /** Reports that `expected` should stand where `token` is (DEBT101), without an exception. */
  private expectedHere(expected: string, token: IToken): void {
    if (!this.RECORDING_PHASE) this.missing.push({ expected, token });
  }
  private readonly feesText = () => this.consume(137, NameLike);
  private readonly claimRate = () => { this.CONSUME(K.RateKw); return this.SUBRULE(this.rateValue); };
  private readonly claimFrom = () => { this.CONSUME(K.From); return this.SUBRULE(this.fromValue); };
  private readonly claimMoney = () => this.consume(168, NumberLike);
  private readonly interestText = () => this.consume(169, NameLike);
  private claim = this.RULE('claim', () => {
    const it = this.claimItem = new Item(this.CONSUME(K.ClaimKw));
    this.OR((this.choices.claim ??= [
      { ALT: () => { this.claimItem.value = arg(this.claimItem, this.CONSUME(K.Principal)); } },
      { ALT: () => {
        const c = this.claimItem;
        c.value = arg(c, this.CONSUME(K.InterestKw));
        // Spec §8.3: 利息 (按 RATE)? (自 DATE|起诉日)? (至 …)?, or 利息 MONEY STRING? (a fixed sum).
        c.rate = arg(c, this.OPTION3(this.claimRate));
        c.rateFixed = arg(c, this.OPTION4(this.fixedRate));
        c.from = arg(c, this.OPTION5(this.claimFrom));
        c.date = arg(c, this.OPTION(this.claimUntil));
        c.money = arg(c, this.OPTION6(this.claimMoney));
        const t = this.LA(1).tokenType;
        if ((c.money && !CASE_LEVEL.has(t) && t !== K.EvidenceKw) || this.RECORDING_PHASE) c.detail = arg(c, this.OPTION7(this.interestText));
      } },
      { ALT: () => { this.claimItem.value = arg(this.claimItem, this.CONSUME(K.Penalty)); } },
      { ALT: () => {
        const c = this.claimItem;
        c.value = arg(c, this.CONSUME(K.Fees));
        c.money = arg(c, this.consume(136, NumberLike));
        // A description unless the next token starts another item.
        const t = this.LA(1).tokenType;
        if ((!CASE_LEVEL.has(t) && t !== K.EvidenceKw) || this.RECORDING_PHASE) c.detail = arg(c, this.OPTION2(this.feesText));
      } },
      { ALT: () => { const c = this.claimItem; c.value = arg(c, this.CONSUME(K.Guarantee)); c.ref = arg(c, this.consume(138, NameLike)); } },
      { ALT: () => { this.claimItem.value = arg(this.claimItem, this.CONSUME(K.Costs)); } },
      { ALT: () => { const c = this.claimItem; c.value = arg(c, this.CONSUME(K.Other)); c.detail = arg(c, this.consume(139, NameLike)); } },
    ]));
    return it;
  });

  // ── assets, preservation, judgment (spec §7.3, §7.4) ──────────────────
  private assetKind = this.oneOf('assetKind', [K.BankAccount, K.Wechat, K.Alipay, K.RealEstate, K.Vehicle, K.Equity, K.Receivable, K.Other]);
  private stageValue = this.oneOf('stageValue', [K.PreSuit, K.InSuit]);
  private securityValue = this.oneOf('securityValue', [K.GuaranteeLetter, K.Insurance, K.Cash, K.AssetKw]);
  private assetField = this.RULE('assetField', (): Item => this.OR((this.choices.assetField ??= [
    { ALT: () => { const k = this.CONSUME(K.Kind); return item(k, 'value', this.SUBRULE(this.assetKind)); } },
    { ALT: () => { const k = this.CONSUME(K.Owner); return item(k, 'ref', this.consume(147, NameLike)); } },
    { ALT: () => { const k = this.CONSUME(K.Detail); return item(k, 'value', this.consume(148, NameLike)); } },
    { ALT: () => { const k = this.CONSUME(K.Value); return item(k, 'money', this.consume(149, NumberLike)); } },
    { ALT: () => { const k = this.CONSUME(K.EvidenceKw); const it = item(k); it.refs = list(it, this.SUBRULE(this.refs)); return it; } },
  ])));
  private asset = this.RULE('asset', () => {
    const key = this.CONSUME(K.AssetKw);
    const name = this.consume(150, NameLike);
    const block = this.block(6, this.assetField, true);
    return withBlock(item(key, 'name', name), block);
  });
  private readonly preservationAmount = () => { this.CONSUME(K.Amount); return this.consume(151, NumberLike); };
  private readonly preservationTargets = () => { this.CONSUME(K.Targets); return this.SUBRULE(this.refs); };
  private readonly preservationSecurity = () => { this.CONSUME(K.Security); return this.SUBRULE(this.securityValue); };
  private readonly preservationApplied = () => { this.CONSUME(K.Applied); return this.consume(152, DateLit); };
  private readonly preservationRuled = () => { this.CONSUME(K.Ruled); return this.consume(153, DateLit); };
  /** `保全 诉前|诉中 (金额 M)? (对象 a、b)? (担保 …)? (申请 DATE)? (裁定 DATE)?` — one line, parts in this order. */
  private preservation = this.RULE('preservation', () => {
    const key = this.CONSUME(K.Preservation);
    const stage = this.SUBRULE(this.stageValue);
    const amount = this.OPTION(this.preservationAmount);
    const targets = this.OPTION2(this.preservationTargets);
    const security = this.OPTION3(this.preservationSecurity);
    const applied = this.OPTION4(this.preservationApplied);
    const ruled = this.OPTION5(this.preservationRuled);
    const it = item(key, 'value', stage); it.money = arg(it, amount); it.refs = list(it, targets); it.how = arg(it, security);
    it.date = arg(it, applied); it.served = arg(it, ruled);
    return it;
  });
  private judgmentField = this.RULE('judgmentField', (): Item => this.OR((this.choices.judgmentField ??= [
    { ALT: () => { const k = this.CONSUME(K.Court); return item(k, 'value', this.consume(154, NameLike)); } },
    { ALT: () => { const k = this.CONSUME(K.Effective); return item(k, 'date', this.consume(155, DateLit)); } },
    { ALT: () => { const k = this.CONSUME(K.PerformBy); return item(k, 'date', this.consume(156, DateLit)); } },
    { ALT: () => { const k = this.CONSUME(K.Awarded); return item(k, 'money', this.consume(157, NumberLike)); } },
    { ALT: () => {
      const k = this.CONSUME(K.Repaid); const date = this.consume(158, DateLit);
      const it = item(k, 'date', date); it.money = arg(it, this.consume(159, NumberLike)); return it;
    } },
    { ALT: () => this.SUBRULE(this.award) },
    { ALT: () => {
      const k = this.CONSUME(K.Joint); const it = item(k); it.refs = list(it, this.SUBRULE(this.refs));
      it.value = arg(it, this.OPTION(this.jointScope)); return it;
    } },
     // 分期 DATE MONEY: the judgment orders MONEY paid by DATE (法释〔2014〕8号第2条); 中止 DATE 至 DATE: a stay (第3条第3款).
    { ALT: () => {
      const k = this.CONSUME(K.InstallmentKw); const it = item(k, 'date', this.consume(245, DateLit)); it.money = arg(it, this.consume(246, NumberLike)); return it;
    } },
    { ALT: () => {
      const k = this.CONSUME(K.Suspended); const it = item(k); it.from = arg(it, this.consume(247, DateLit));
      this.consume(249, K.Until); it.date = arg(it, this.consume(248, DateLit)); return it;
    } },
  ])));
  /**
   * `判项 …` (spec §8.2), roles: `value` the kind keyword (本金, 利息, 费用, 受理费, 保全费), `money` the amount or the
   * running interest's 基数, `how` its rate (按), `served` its start (自), `date` its end (至 DATE|实际清偿之日) or a
   * fixed interest's 至 DATE, `detail` a fee's description, `refs` who pays (由).
   */
  private awardItem!: Item;
  private readonly awardUntilDate = () => { this.CONSUME(K.Until); return this.consume(163, DateLit); };
  /** `由` with no name before the next judgment item: the name is reported missing, not taken from that item's keyword. */
  private readonly awardBy = () => {
    this.CONSUME(K.By);
    if (!this.RECORDING_PHASE && JUDGMENT_STARTS.has(this.LA(1).tokenType)) { this.expectedHere('name', this.LA(1)); return undefined; }
    return this.SUBRULE(this.refs);
  };
  private readonly awardText = () => this.consume(164, NameLike);
  private readonly awardInterestAlts = () => this.OR2((this.choices.awardInterest ??= [
    { ALT: () => { const a = this.awardItem; a.money = arg(a, this.consume(165, NumberLike)); a.date = arg(a, this.OPTION(this.awardUntilDate)); } },
    { ALT: () => {
      this.CONSUME(K.Base); const a = this.awardItem; a.money = arg(a, this.consume(166, NumberLike));
      this.CONSUME(K.RateKw); a.how = arg(a, this.consume(167, RateLit));
      this.CONSUME(K.From); a.served = arg(a, this.consume(168, DateLit));
      this.CONSUME2(K.Until); a.date = arg(a, this.SUBRULE(this.untilValue));
    } },
  ]));
  private award = this.RULE('award', () => {
    const it = this.awardItem = new Item(this.CONSUME(K.Ordered));
    this.OR((this.choices.award ??= [
      { ALT: () => { const a = this.awardItem; a.value = arg(a, this.CONSUME(K.Principal)); a.money = arg(a, this.consume(169, NumberLike)); } },
      { ALT: () => { const a = this.awardItem; a.value = arg(a, this.CONSUME(K.InterestKw)); this.awardInterestAlts(); } },
      { ALT: () => {
        const a = this.awardItem; a.value = arg(a, this.CONSUME(K.Fees)); a.money = arg(a, this.consume(170, NumberLike));
        // A description only as a quoted string: a bare word here is the next item (由, 判项, …).
        const t = this.LA(1).tokenType;
        if (t === QuotedString || t === CnString || this.RECORDING_PHASE) a.detail = arg(a, this.OPTION2(this.awardText));
      } },
      { ALT: () => { const a = this.awardItem; a.value = arg(a, this.CONSUME(K.CourtFee)); a.money = arg(a, this.consume(171, NumberLike)); } },
      { ALT: () => { const a = this.awardItem; a.value = arg(a, this.CONSUME(K.PreservationFee)); a.money = arg(a, this.consume(172, NumberLike)); } },
    ]));
    it.refs = list(it, this.OPTION3(this.awardBy));
    // How several names owe (共同|连带|按份). 连带 followed by a name is the next item (连带 REFS), not this word.
    const w = this.LA(1).tokenType;
    if (it.refs.length && (w === K.Jointly || w === K.Severally || (w === K.Joint && JUDGMENT_STARTS.has(this.LA(2).tokenType))) || this.RECORDING_PHASE) {
      it.liability = arg(it, this.OPTION4(this.awardLiabilityWord));
    }
    return it;
  });
  private awardLiability = this.oneOf('awardLiability', [K.Jointly, K.Joint, K.Severally]);
  private readonly awardLiabilityWord = () => this.SUBRULE(this.awardLiability);
  private jointScopeValue = this.oneOf('jointScopeValue', [K.All, K.Principal, NumberLike]);
  private readonly jointScope = () => { this.CONSUME(K.Scope); return this.SUBRULE(this.jointScopeValue); };
  private judgment = this.RULE('judgment', () => {
    const key = this.CONSUME(K.Judgment);
    const name = this.consume(160, NameLike);
    const block = this.block(7, this.judgmentField, true);
    return withBlock(item(key, 'name', name), block);
  });

  // ── case and file ─────────────────────────────────────────────────────
  private caseItem = this.RULE('caseItem', (): Item => this.OR((this.choices.caseItem ??= [
    { ALT: () => { const k = this.CONSUME(K.Court); return item(k, 'value', this.consume(140, NameLike)); } },
    { ALT: () => { const k = this.CONSUME(K.Filing); return item(k, 'date', this.consume(141, DateLit)); } },
    { ALT: () => { const k = this.CONSUME(K.Procedure); return item(k, 'value', this.SUBRULE(this.procedureValue)); } },
    { ALT: () => { const k = this.CONSUME(K.Note); return item(k, 'value', this.consume(142, NameLike)); } },
    { ALT: () => this.SUBRULE(this.party) },
    { ALT: () => this.SUBRULE(this.agent) },
    { ALT: () => this.SUBRULE(this.loan) },
    { ALT: () => this.SUBRULE(this.repaid) },
    { ALT: () => this.SUBRULE(this.demanded) },
    { ALT: () => this.SUBRULE(this.acknowledged) },
    { ALT: () => this.SUBRULE(this.settled) },
    { ALT: () => this.SUBRULE(this.accelerated) },
    { ALT: () => this.SUBRULE(this.evidence) },
    { ALT: () => this.SUBRULE(this.claim) },
    { ALT: () => this.SUBRULE(this.asset) },
    { ALT: () => this.SUBRULE(this.preservation) },
    { ALT: () => this.SUBRULE(this.judgment) },
    { ALT: () => { const k = this.CONSUME(K.JurisdictionClause); return item(k, 'value', this.consume(161, NameLike)); } },
  ])));
  private caseDecl = this.RULE('caseDecl', () => {
    const key = this.CONSUME(K.Case);
    const name = this.consume(143, NameLike);
    const block = this.block(5, this.caseItem, false);
    return withBlock(item(key, 'name', name), block);
  });
  private use = this.RULE('use', () => {
    const key = this.CONSUME(K.Use);
    return item(key, 'value', this.consume(144, NameLike));
  });
  private topItem = this.RULE('topItem', (): Item | undefined => this.OR({ MAX_LOOKAHEAD: 1, IGNORE_AMBIGUITIES: true, DEF: [
    { ALT: () => this.SUBRULE(this.use) },
    { ALT: () => this.SUBRULE(this.party) },
    { ALT: () => this.SUBRULE(this.agent) },
    { ALT: () => this.SUBRULE(this.caseDecl) },
    { ALT: () => { const t = this.CONSUME(NotClose); this.ACTION(() => this.skipped.push(t)); return undefined; } },
    { ALT: () => { const t = this.CONSUME(RBrace); this.ACTION(() => this.skipped.push(t)); return undefined; } },
  ] }));
  file = this.RULE('file', () => {
    this.MANY(() => { const it = this.SUBRULE(this.topItem); this.ACTION(() => { if (it) this.items.push(it); }); });
  });
}

let sharedParser: DebtParser | undefined;

/** Builds a parser with chevrotain's grammar checks on: throws if the grammar is ambiguous or otherwise at fault. */
export function checkGrammar(): void { new DebtParser(true); }

/**
 * The lookahead paths of every production, computed from the grammar without a table: what `npm run build` writes to
 * server/data/parser-lookahead.json (scripts/build-tables.mjs).
 */
export function computeLookaheadTable(): LookaheadTable {
  const lookahead = new TableLookahead(allTokens, MAX_LOOKAHEAD);
  new DebtParser(false, lookahead);
  const sorted = Object.fromEntries(Object.entries(lookahead.recorded).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { fingerprint: lookahead.fingerprint, paths: sorted };
}

/** Whether the parser the tools use read its lookahead from the table (false: the table is stale or missing). */
export function lookaheadFromTable(): boolean {
  sharedParser ??= new DebtParser();
  return sharedParser.lookahead instanceof TableLookahead && Object.keys(sharedParser.lookahead.recorded).length === 0;
}

/** A parser with another lookahead strategy (tests compare the table's with chevrotain's own LL(k)). */
export function parserWith(lookahead: (k: number) => ILookaheadStrategy): ParserInstance {
  return new DebtParser(false, lookahead(MAX_LOOKAHEAD));
}
export type ParserInstance = DebtParser;

/** Tokens → syntax tree and the syntax problems found in one pass. */
export function parseTokens(tokens: IToken[], text: string, using?: ParserInstance): FileSyntax {
  const textLength = text.length;
  const parser = using ?? (sharedParser ??= new DebtParser());
  parser.input = tokens;
  parser.skipped = [];
  parser.missing = [];
  parser.items = [];
  parser.file();
  const items = parser.items;
  const errors = parser.errors, missing = parser.missing, skipped = parser.skipped;
  // The parser is reused: let go of this text's tokens and items now, not at the next parse.
  parser.input = [];
  parser.items = [];
  const problems: SyntaxProblem[] = [];
  const reported = new Set<number>();
  const problemAt = (expected: string, t: IToken) => {
    const atEof = t.tokenType === EOF || isNaN(t.startOffset);
    const start = atEof ? textLength : t.startOffset;
    reported.add(start);
    problems.push(placeProblem({ expected, start, end: atEof ? textLength : start + t.image.length, found: atEof ? '' : t.image }, tokens, text));
  };
  for (const e of errors) problemAt(e.message, e.token);
  for (const m of missing) problemAt(m.expected, m.token);
  // Skipped tokens: one problem per run separated only by blanks; none where a problem is already reported.
  let run: SyntaxProblem | undefined;
  for (const t of skipped) {
    const start = t.startOffset, end = start + t.image.length;
    if (reported.has(start)) { run = undefined; continue; }
    if (run && /^[\s\u3000;；]*$/.test(text.slice(run.end, start))) { run.end = end; run.found += ' ' + t.image; }
    else { run = { expected: 'skip', start, end, found: t.image }; problems.push(run); }
  }
  problems.sort((a, b) => a.start - b.start);
  if (problems.length > 0) {
    const keywords = keywordLanguageOfTokens(tokens);
    if (keywords) for (const p of problems) p.keywords = keywords;
  }
  return { items, problems };
}
