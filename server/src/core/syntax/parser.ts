/**
 * The parser (chevrotain, embedded actions): tokens → items (ast.ts). Grammar of spec §3, one small rule
 * per item so error messages can say what was expected in a lawyer's words. Error recovery: every block
 * loop skips a token that cannot start an item (reported once per run of skipped text), chevrotain's
 * single-token insertion/deletion and re-sync handle the rest, so one pass reports every error and the
 * rest of the file still yields a model. No rule recurses into itself, so deep nesting cannot overflow.
 */
import { EmbeddedActionsParser, IOrAlt, IParserErrorMessageProvider, IToken, TokenType, EOF } from 'chevrotain';
import { allTokens, K, NameLike, NotClose, LBrace, RBrace, Comma, DateLit, NumberLike, RateLit, WordLit } from './tokens';
import { Block, FileSyntax, Item, SyntaxProblem } from './ast';

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
};

const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, ruleName }) => EXPECTED_BY_TOKEN[expected.name] ?? (K[expected.name] ? `keyword:${expected.name}` : EXPECTED_BY_RULE[ruleName] ?? 'other'),
  buildNotAllInputParsedMessage: () => 'top-item',
  buildNoViableAltMessage: ({ ruleName }) => EXPECTED_BY_RULE[ruleName] ?? 'other',
  buildEarlyExitMessage: ({ ruleName }) => EXPECTED_BY_RULE[ruleName] ?? 'other',
};

/** Item starters at case level: inside a block that lost its `}`, these end the block instead of being skipped. */
const CASE_LEVEL = new Set<TokenType>([K.Plaintiff, K.Defendant, K.ThirdParty, K.PartyKw, K.AgentKw, K.LoanKw, K.Repaid,
  K.Demanded, K.Acknowledged, K.ClaimKw, K.Case, K.Court, K.Filing, K.Procedure, K.Note, K.Use]);

function endOf(t: IToken | undefined): number {
  // During chevrotain's grammar recording, values are placeholders: treat anything that is not a real token as absent.
  return t && typeof t.image === 'string' && !isNaN(t.startOffset) && !t.isInsertedInRecovery ? t.startOffset + t.image.length : -1;
}

function mk(key: IToken, args: Record<string, IToken | undefined>, lists?: Record<string, IToken[] | undefined>, block?: Block): Item {
  // Hot path: plain loops, values checked in place. During chevrotain's grammar recording, values are
  // placeholders; tokens invented by error recovery are not values either (the error is reported instead).
  let end = endOf(key);
  for (const k in args) {
    const a = args[k];
    if (a === undefined) continue;
    if (typeof a.image !== 'string' || a.isInsertedInRecovery) { args[k] = undefined; continue; }
    const e = a.startOffset + a.image.length;
    if (e > end) end = e;
  }
  const clean: Record<string, IToken[]> = {};
  if (lists) {
    for (const k in lists) {
      let l = lists[k];
      if (!Array.isArray(l)) l = [];
      else if (l.some((t) => !t || t.isInsertedInRecovery)) l = l.filter((t) => t && !t.isInsertedInRecovery);
      clean[k] = l;
      if (l.length) end = Math.max(end, endOf(l[l.length - 1]));
    }
  }
  if (block) end = Math.max(end, endOf(block.close ?? block.open));
  return { key, args, lists: clean, block, start: key.startOffset, end };
}

class DebtParser extends EmbeddedActionsParser {
  /** Skipped tokens of the current parse, merged into runs afterwards. */
  skipped: IToken[] = [];
  /** Braces that were not there, reported without aborting the block. */
  missing: { expected: string; token: IToken }[] = [];
  /** Top-level items, kept here so that a failure late in the file cannot lose the earlier ones. */
  items: Item[] = [];

  constructor() {
    super(allTokens, { recoveryEnabled: true, maxLookahead: 3, errorMessageProvider: messages });
    this.performSelfAnalysis();
    const fieldRules: Record<number, string> = { 1: 'partyField', 2: 'agentField', 3: 'loanField', 4: 'evidenceField' };
    for (const [idx, rule] of Object.entries(fieldRules)) {
      const starts = new Set<number>();
      for (const path of this.computeContentAssist(rule, [])) starts.add(path.nextTokenType.tokenTypeIdx!);
      this.fieldStarts.set(Number(idx), starts);
    }
  }

  /** Alternatives built once per rule, not on every call (chevrotain's advice: a hot path). */
  private readonly alts = new Map<string, IOrAlt<unknown>[]>();
  private cached<T>(rule: string, make: () => IOrAlt<T>[]): IOrAlt<T>[] {
    let a = this.alts.get(rule);
    if (!a) { a = make() as IOrAlt<unknown>[]; this.alts.set(rule, a); }
    return a as IOrAlt<T>[];
  }

  // ── values (single tokens are consumed in place, with unique indices: a rule call per value costs) ──
  private word = this.RULE('word', () => this.OR([
    { ALT: () => this.CONSUME(WordLit) }, { ALT: () => this.CONSUME(NumberLike) }, { ALT: () => this.CONSUME(NameLike) },
  ]));
  private refs = this.RULE('refs', () => {
    const list: IToken[] = [this.consume(101, NameLike)];
    this.MANY(() => { this.CONSUME(Comma); list.push(this.consume(102, NameLike)); });
    return list;
  });
  private oneOf(rule: string, types: TokenType[]) {
    return this.RULE(rule, () => this.OR(this.cached(rule, () => types.map((t) => ({ ALT: () => this.CONSUME(t) })))));
  }
  private method = this.oneOf('method', [K.Transfer, K.Cash, K.Wechat, K.Alipay, K.Bill, K.Other]);
  private channel = this.oneOf('channel', [K.Phone, K.Sms, K.Wechat, K.Letter, K.LawyerLetter, K.Visit, K.Email, K.Mediation, K.PaymentOrder, K.Lawsuit]);
  private evidenceKind = this.oneOf('evidenceKind', [K.Iou, K.Contract, K.Receipt, K.Transfer, K.BankStatement, K.Chat, K.Recording,
    K.Video, K.Sms, K.Email, K.Letter, K.Notarized, K.Witness, K.Identity, K.Other]);
  private genderValue = this.oneOf('genderValue', [K.Male, K.Female]);
  private procedureValue = this.oneOf('procedureValue', [K.Ordinary, K.Simplified, K.SmallClaims, K.PaymentOrder]);
  private authorityValue = this.oneOf('authorityValue', [K.General, K.Special]);
  private yesNo = this.oneOf('yesNo', [K.Yes, K.No]);
  private allocation = this.oneOf('allocation', [K.Principal, K.InterestKw, K.Fees]);
  private dueValue = this.RULE('dueValue', () => this.OR([{ ALT: () => this.CONSUME(DateLit) }, { ALT: () => this.CONSUME(K.OnDemand) }]));
  private interestValue = this.RULE('interestValue', () => this.OR([
    { ALT: () => this.CONSUME(RateLit) }, { ALT: () => this.CONSUME(K.None) }, { ALT: () => this.CONSUME(K.Unclear) },
  ]));
  private rateOrMoney = this.RULE('rateOrMoney', () => this.OR([{ ALT: () => this.CONSUME(RateLit) }, { ALT: () => this.CONSUME(NumberLike) }]));
  private untilValue = this.RULE('untilValue', () => this.OR([{ ALT: () => this.CONSUME(DateLit) }, { ALT: () => this.CONSUME(K.Paid) }]));
  private daycountValue = this.RULE('daycountValue', () => this.CONSUME(NumberLike));
  private proof = this.RULE('proof', () => { this.CONSUME(K.EvidenceKw); return this.SUBRULE(this.refs); });

  /**
   * A block `{ item* }` whose items come from `field`; a token no item can start is skipped and reported.
   * Missing braces are reported, not thrown, so a block that lost its `}` keeps the items parsed so far.
   */
  private block(idx: number, field: () => Item | undefined, outerEndsBlock: boolean): Block {
    const open = this.option(idx, () => this.consume(idx, LBrace));
    const block: Block = { open: open ?? this.LA(1), items: [] };
    this.ACTION(() => { if (!open) this.missing.push({ expected: 'open', token: this.LA(1) }); });
    // One token of lookahead: an item is chosen by its keyword, so `起诉日 明天` is a bad date (DEBT101),
    // not skipped text; only a token that starts no item is skipped.
    // The gate sits on the loop, not on an alternative: an OR without predicates is chosen by a table lookup
    // (chevrotain's fast path), which matters since this loop runs once per item.
    this.many(idx, {
      GATE: outerEndsBlock ? () => this.startsField(idx) || !this.startsCaseItem() : undefined,
      DEF: () => this.or(idx + 10, { MAX_LOOKAHEAD: 1, IGNORE_AMBIGUITIES: true, DEF: [
        { ALT: () => { const it = field(); this.ACTION(() => { if (it) block.items.push(it); }); } },
        { ALT: () => { const t = this.consume(idx + 20, NotClose); this.ACTION(() => this.skipped.push(t)); } },
      ] }),
    });
    const close = this.option(idx + 30, () => this.consume(idx + 30, RBrace));
    this.ACTION(() => { if (close) block.close = close; else this.missing.push({ expected: 'close', token: this.LA(1) }); });
    return block;
  }

  /** Token type indices that can start a field of block `idx` (filled once after self-analysis). */
  private readonly fieldStarts = new Map<number, Set<number>>();
  private startsField(idx: number): boolean {
    return this.fieldStarts.get(idx)?.has(this.LA(1).tokenTypeIdx) ?? false;
  }

  private startsCaseItem(): boolean {
    const t = this.LA(1).tokenType;
    if (CASE_LEVEL.has(t)) return true;
    return t === K.EvidenceKw && this.LA(3).tokenType === LBrace;
  }

  // ── parties and agents ────────────────────────────────────────────────
  private role = this.oneOf('role', [K.Plaintiff, K.Defendant, K.ThirdParty, K.PartyKw]);
  private partyField = this.RULE('partyField', (): Item => this.OR(this.cached('partyField', () => [
    { ALT: () => mk(this.CONSUME(K.Person), {}) },
    { ALT: () => mk(this.CONSUME(K.Company), {}) },
    { ALT: () => mk(this.CONSUME(K.Organization), {}) },
    { ALT: () => { const k = this.CONSUME(K.Gender); return mk(k, { value: this.SUBRULE(this.genderValue) }); } },
    { ALT: () => { const k = this.CONSUME(K.Born); return mk(k, { date: this.consume(103, DateLit) }); } },
    { ALT: () => { const k = this.CONSUME(K.Ethnicity); return mk(k, { value: this.consume(104, NameLike) }); } },
    { ALT: () => { const k = this.CONSUME(K.Id); return mk(k, { value: this.SUBRULE(this.word) }); } },
    { ALT: () => { const k = this.CONSUME(K.CreditCode); return mk(k, { value: this.SUBRULE2(this.word) }); } },
    { ALT: () => {
      const k = this.CONSUME(K.Representative); const n = this.consume(105, NameLike);
      const title = this.OPTION(() => { this.CONSUME(K.Title); return this.consume(106, NameLike); });
      return mk(k, { value: n, title });
    } },
    { ALT: () => { const k = this.CONSUME(K.Address); return mk(k, { value: this.consume(107, NameLike) }); } },
    { ALT: () => { const k = this.CONSUME(K.Residence); return mk(k, { value: this.consume(108, NameLike) }); } },
    { ALT: () => { const k = this.CONSUME(K.Employer); return mk(k, { value: this.consume(109, NameLike) }); } },
    { ALT: () => { const k = this.CONSUME(K.Phone); return mk(k, { value: this.SUBRULE3(this.word) }); } },
    { ALT: () => { const k = this.CONSUME(K.ServiceAddress); return mk(k, { value: this.consume(110, NameLike) }); } },
    { ALT: () => { const k = this.CONSUME(K.EService); return mk(k, { value: this.SUBRULE(this.yesNo) }); } },
  ])));
  private party = this.RULE('party', () => {
    const key = this.SUBRULE(this.role);
    const name = this.consume(111, NameLike);
    const block = this.OPTION({ GATE: () => this.LA(1).tokenType === LBrace, DEF: () => this.block(1, () => this.SUBRULE(this.partyField), true) });
    return mk(key, { name }, {}, block);
  });
  private agentField = this.RULE('agentField', (): Item => this.OR(this.cached('agentField', () => [
    { ALT: () => { const k = this.CONSUME(K.Firm); return mk(k, { value: this.consume(112, NameLike) }); } },
    { ALT: () => { const k = this.CONSUME(K.Phone); return mk(k, { value: this.SUBRULE(this.word) }); } },
    { ALT: () => { const k = this.CONSUME(K.Authority); return mk(k, { value: this.SUBRULE(this.authorityValue) }); } },
    { ALT: () => { const k = this.CONSUME(K.For); return mk(k, {}, { refs: this.SUBRULE(this.refs) }); } },
  ])));
  private agent = this.RULE('agent', () => {
    const key = this.CONSUME(K.AgentKw);
    const name = this.consume(113, NameLike);
    const block = this.block(2, () => this.SUBRULE(this.agentField), true);
    return mk(key, { name }, {}, block);
  });

  // ── loans ─────────────────────────────────────────────────────────────
  private loanField = this.RULE('loanField', (): Item => this.OR(this.cached('loanField', () => [
    { ALT: () => { const k = this.CONSUME(K.Lender); return mk(k, { ref: this.consume(114, NameLike) }); } },
    { ALT: () => { const k = this.CONSUME(K.Borrower); return mk(k, {}, { refs: this.SUBRULE(this.refs) }); } },
    { ALT: () => {
      const k = this.CONSUME(K.GuarantorKw); const ref = this.consume(115, NameLike);
      const type = this.OPTION(() => this.OR2([{ ALT: () => this.CONSUME(K.Joint) }, { ALT: () => this.CONSUME(K.General) }]));
      const until = this.OPTION2(() => { this.CONSUME(K.Until); return this.consume(116, DateLit); });
      return mk(k, { ref, type, until });
    } },
    { ALT: () => { const k = this.CONSUME(K.Amount); return mk(k, { money: this.consume(117, NumberLike) }); } },
    { ALT: () => {
      const k = this.CONSUME(K.Signed); const date = this.consume(118, DateLit);
      const proofs = this.OPTION3(() => this.SUBRULE(this.proof));
      return mk(k, { date }, { proofs });
    } },
    { ALT: () => {
      const k = this.CONSUME(K.Delivered); const date = this.consume(119, DateLit); const money = this.consume(120, NumberLike);
      const method = this.OPTION4(() => this.SUBRULE(this.method));
      const proofs = this.OPTION5(() => this.SUBRULE2(this.proof));
      return mk(k, { date, money, method }, { proofs });
    } },
    { ALT: () => { const k = this.CONSUME(K.Deducted); return mk(k, { money: this.consume(121, NumberLike) }); } },
    { ALT: () => { const k = this.CONSUME(K.Due); return mk(k, { value: this.SUBRULE(this.dueValue) }); } },
    { ALT: () => {
      const k = this.CONSUME(K.InstallmentKw); const date = this.consume(122, DateLit);
      return mk(k, { date, money: this.consume(123, NumberLike) });
    } },
    { ALT: () => { const k = this.CONSUME(K.InterestKw); return mk(k, { value: this.SUBRULE(this.interestValue) }); } },
    { ALT: () => { const k = this.CONSUME(K.OverdueInterest); return mk(k, { value: this.consume(124, RateLit) }); } },
    { ALT: () => { const k = this.CONSUME(K.Penalty); return mk(k, { value: this.SUBRULE(this.rateOrMoney) }); } },
    { ALT: () => { const k = this.CONSUME(K.Fees); return mk(k, { value: this.SUBRULE2(this.rateOrMoney) }); } },
    { ALT: () => { const k = this.CONSUME(K.Daycount); return mk(k, { value: this.SUBRULE(this.daycountValue) }); } },
    { ALT: () => { const k = this.CONSUME(K.Purpose); return mk(k, { value: this.consume(125, NameLike) }); } },
    { ALT: () => { const k = this.CONSUME2(K.EvidenceKw); return mk(k, {}, { refs: this.SUBRULE2(this.refs) }); } },
  ])));
  private loan = this.RULE('loan', () => {
    const key = this.CONSUME(K.LoanKw);
    const name = this.consume(126, NameLike);
    const block = this.block(3, () => this.SUBRULE(this.loanField), true);
    return mk(key, { name }, {}, block);
  });

  // ── events ────────────────────────────────────────────────────────────
  private repaid = this.RULE('repaid', () => {
    const key = this.CONSUME(K.Repaid);
    const date = this.consume(127, DateLit); const money = this.consume(128, NumberLike);
    // `借款 X {` after a repayment is the next loan, not the repayment's loan.
    const loan = this.OPTION({ GATE: () => this.LA(3).tokenType !== LBrace, DEF: () => { this.CONSUME(K.LoanKw); return this.consume(129, NameLike); } });
    const to = this.OPTION2(() => { this.CONSUME(K.To); return this.SUBRULE(this.allocation); });
    const method = this.OPTION3(() => this.SUBRULE(this.method));
    const proofs = this.OPTION4({ GATE: () => this.LA(3).tokenType !== LBrace, DEF: () => this.SUBRULE(this.proof) });
    return mk(key, { date, money, loan, to, method }, { proofs });
  });
  private demanded = this.RULE('demanded', () => {
    const key = this.CONSUME(K.Demanded); const date = this.consume(130, DateLit);
    const of = this.OPTION(() => { this.CONSUME(K.Of); return this.SUBRULE(this.refs); });
    const channel = this.OPTION2(() => this.SUBRULE(this.channel));
    const proofs = this.OPTION3({ GATE: () => this.LA(3).tokenType !== LBrace, DEF: () => this.SUBRULE(this.proof) });
    return mk(key, { date, channel }, { of, proofs });
  });
  private acknowledged = this.RULE('acknowledged', () => {
    const key = this.CONSUME(K.Acknowledged); const date = this.consume(131, DateLit);
    const by = this.OPTION(() => { this.CONSUME(K.By); return this.consume(132, NameLike); });
    const proofs = this.OPTION2({ GATE: () => this.LA(3).tokenType !== LBrace, DEF: () => this.SUBRULE(this.proof) });
    return mk(key, { date, by }, { proofs });
  });

  // ── evidence and claims ───────────────────────────────────────────────
  private evidenceField = this.RULE('evidenceField', (): Item => this.OR(this.cached('evidenceField', () => [
    { ALT: () => { const k = this.CONSUME(K.Kind); return mk(k, { value: this.SUBRULE(this.evidenceKind) }); } },
    { ALT: () => mk(this.CONSUME(K.Original), {}) },
    { ALT: () => mk(this.CONSUME(K.Copy), {}) },
    { ALT: () => { const k = this.CONSUME(K.Proves); return mk(k, { value: this.consume(133, NameLike) }); } },
    { ALT: () => { const k = this.CONSUME(K.Source); return mk(k, { value: this.consume(134, NameLike) }); } },
    { ALT: () => { const k = this.CONSUME(K.Pages); return mk(k, { value: this.CONSUME(NumberLike) }); } },
  ])));
  private evidence = this.RULE('evidence', () => {
    const key = this.CONSUME(K.EvidenceKw);
    const name = this.consume(135, NameLike);
    const block = this.block(4, () => this.SUBRULE(this.evidenceField), true);
    return mk(key, { name }, {}, block);
  });
  private claim = this.RULE('claim', () => {
    const key = this.CONSUME(K.ClaimKw);
    return this.OR([
      { ALT: () => mk(key, { kind: this.CONSUME(K.Principal) }) },
      { ALT: () => {
        const kind = this.CONSUME(K.InterestKw);
        const until = this.OPTION(() => { this.CONSUME(K.Until); return this.SUBRULE(this.untilValue); });
        return mk(key, { kind, until });
      } },
      { ALT: () => mk(key, { kind: this.CONSUME(K.Penalty) }) },
      { ALT: () => {
        const kind = this.CONSUME(K.Fees); const money = this.consume(136, NumberLike);
        const text = this.OPTION2({ GATE: () => !CASE_LEVEL.has(this.LA(1).tokenType) && this.LA(1).tokenType !== K.EvidenceKw, DEF: () => this.consume(137, NameLike) });
        return mk(key, { kind, money, text });
      } },
      { ALT: () => { const kind = this.CONSUME(K.Guarantee); return mk(key, { kind, ref: this.consume(138, NameLike) }); } },
      { ALT: () => mk(key, { kind: this.CONSUME(K.Costs) }) },
      { ALT: () => { const kind = this.CONSUME(K.Other); return mk(key, { kind, text: this.consume(139, NameLike) }); } },
    ]);
  });

  // ── case and file ─────────────────────────────────────────────────────
  private caseItem = this.RULE('caseItem', (): Item => this.OR(this.cached('caseItem', () => [
    { ALT: () => { const k = this.CONSUME(K.Court); return mk(k, { value: this.consume(140, NameLike) }); } },
    { ALT: () => { const k = this.CONSUME(K.Filing); return mk(k, { date: this.consume(141, DateLit) }); } },
    { ALT: () => { const k = this.CONSUME(K.Procedure); return mk(k, { value: this.SUBRULE(this.procedureValue) }); } },
    { ALT: () => { const k = this.CONSUME(K.Note); return mk(k, { value: this.consume(142, NameLike) }); } },
    { ALT: () => this.SUBRULE(this.party) },
    { ALT: () => this.SUBRULE(this.agent) },
    { ALT: () => this.SUBRULE(this.loan) },
    { ALT: () => this.SUBRULE(this.repaid) },
    { ALT: () => this.SUBRULE(this.demanded) },
    { ALT: () => this.SUBRULE(this.acknowledged) },
    { ALT: () => this.SUBRULE(this.evidence) },
    { ALT: () => this.SUBRULE(this.claim) },
  ])));
  private caseDecl = this.RULE('caseDecl', () => {
    const key = this.CONSUME(K.Case);
    const name = this.consume(143, NameLike);
    const block = this.block(5, () => this.SUBRULE(this.caseItem), false);
    return mk(key, { name }, {}, block);
  });
  private use = this.RULE('use', () => {
    const key = this.CONSUME(K.Use);
    return mk(key, { value: this.consume(144, NameLike) });
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

let parser: DebtParser | undefined;

/** Tokens → syntax tree and the syntax problems found in one pass. */
export function parseTokens(tokens: IToken[], text: string): FileSyntax {
  const textLength = text.length;
  parser ??= new DebtParser();
  parser.input = tokens;
  parser.skipped = [];
  parser.missing = [];
  parser.items = [];
  parser.file();
  const items = parser.items;
  const problems: SyntaxProblem[] = [];
  const problemAt = (expected: string, t: IToken) => {
    const atEof = t.tokenType === EOF || isNaN(t.startOffset);
    const start = atEof ? textLength : t.startOffset;
    problems.push({ expected, start, end: atEof ? textLength : start + t.image.length, found: atEof ? '' : t.image });
  };
  for (const e of parser.errors) problemAt(e.message, e.token);
  for (const m of parser.missing) problemAt(m.expected, m.token);
  // Skipped tokens: one problem per run separated only by blanks; none where a problem is already reported.
  const reported = new Set(problems.map((p) => p.start));
  let run: SyntaxProblem | undefined;
  for (const t of parser.skipped) {
    const start = t.startOffset, end = start + t.image.length;
    if (reported.has(start)) { run = undefined; continue; }
    if (run && /^[\s\u3000;；]*$/.test(text.slice(run.end, start))) { run.end = end; run.found += ' ' + t.image; }
    else { run = { expected: 'skip', start, end, found: t.image }; problems.push(run); }
  }
  problems.sort((a, b) => a.start - b.start);
  return { items, problems };
}
