/**
 * Tokens of the .debt language (spec §2). Keywords are not matched by their own patterns: a run of name
 * characters is lexed as one Name, then reclassified when the whole run is a keyword spelling. That keeps
 * `借款一` a name (not 借款 + 一) and makes every keyword soft: all keyword types share the NameLike category,
 * so the parser accepts them wherever a name is expected.
 */
import { createToken, Lexer, TokenType } from 'chevrotain';

/** Every token but `}`: what the parser skips, one token at a time, when an item cannot start here. */
export const NotClose = createToken({ name: 'NotClose', pattern: Lexer.NA });
export const NameLike = createToken({ name: 'NameLike', pattern: Lexer.NA, categories: [NotClose] });
export const NumberLike = createToken({ name: 'NumberLike', pattern: Lexer.NA });

/**
 * chevrotain indexes patterns by first character: codes above 255 fall into buckets of 255 code points. A custom
 * pattern that may start with a letter of any script is registered in every bucket above Latin-1 (plus the
 * Latin-1 letters), so the index stays exact while names keep their Unicode definition.
 */
const EVERY_BUCKET_ABOVE_LATIN1: number[] = [];
for (let c = 256; c < 65536; c += 255) EVERY_BUCKET_ABOVE_LATIN1.push(c);
const LATIN1_NAME_STARTS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-()·ªµº'].map((c) => c.charCodeAt(0))
  .concat(Array.from({ length: 64 }, (_, i) => 0xC0 + i));

/** Letters of any script, digits, _ - · （ ） ( ), not starting with a digit (spec §2). */
const LETTER = /\p{L}/u;
const NAME_PART = /[\p{L}\p{N}\p{M}]/u;

/** Name characters by code: plain comparisons for ASCII and the CJK block, the Unicode classes for everything else. */
function isNameStart(c: number): boolean {
  // Any name character but a digit (spec §2): a company name may open with a bracket, （北京）某某有限公司.
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 40 || c === 41;
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  return c === 0xb7 || c === 0xff08 || c === 0xff09 || LETTER.test(String.fromCodePoint(c));
}
function isNamePart(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 40 || c === 41;
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  return c === 0xb7 || c === 0xff08 || c === 0xff09 || NAME_PART.test(String.fromCodePoint(c));
}

/** The code point at `i` (a surrogate pair read whole), without allocating a string. */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * One match array reused for every name: chevrotain reads `[0]` at once and keeps only the string, so a new
 * array per name (the lexer's commonest token) would be garbage for nothing.
 */
const NAME_MATCH = [''] as unknown as RegExpExecArray;

export const Name = createToken({
  name: 'Name', categories: [NameLike, NotClose], line_breaks: false,
  start_chars_hint: [...LATIN1_NAME_STARTS, ...EVERY_BUCKET_ABOVE_LATIN1],
  pattern: {
    exec: (text: string, offset: number) => {
      if (offset >= text.length) return null;
      let c = codePointAt(text, offset);
      if (!isNameStart(c)) return null;
      let end = offset + (c > 0xffff ? 2 : 1);
      let h = c;
      while (end < text.length) {
        c = codePointAt(text, end);
        if (!isNamePart(c)) break;
        h = nextHash(h, c);
        end += c > 0xffff ? 2 : 1;
      }
      NAME_MATCH[0] = keywordSpelling(text, offset, end, h) ?? text.slice(offset, end);
      return NAME_MATCH;
    },
  },
});

export const WhiteSpace = createToken({ name: 'WhiteSpace', pattern: /[ \t\r\n\u3000\uFEFF\u00A0]+/, group: Lexer.SKIPPED, line_breaks: true });
export const Separator = createToken({ name: 'Separator', pattern: /[;；]/, group: Lexer.SKIPPED });
export const LineComment = createToken({ name: 'LineComment', pattern: /\/\/[^\r\n]*/, group: Lexer.SKIPPED });
export const BlockComment = createToken({ name: 'BlockComment', pattern: /\/\*[\s\S]*?\*\//, group: Lexer.SKIPPED, line_breaks: true });
/** An unterminated block comment runs to the end of the file; reported as DEBT103. */
export const OpenComment = createToken({ name: 'OpenComment', categories: [NotClose], pattern: /\/\*[\s\S]*/, group: 'errors', line_breaks: true });

/**
 * A string ends on its own line, `"…"` and `“…”` alike: a quote left open then costs one line (DEBT102), not every
 * line up to the next quote in the file. Inside `"…"` a backslash escapes the next character of the line.
 */
export const QuotedString = createToken({ name: 'QuotedString', pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*"/, categories: [NameLike, NotClose] });
export const CnString = createToken({ name: 'CnString', pattern: /“[^”\r\n]*”/, categories: [NameLike, NotClose] });
/** An unterminated string stops at the end of its line; reported as DEBT102 but still read as the value. */
export const OpenString = createToken({ name: 'OpenString', categories: [NameLike, NotClose], pattern: /"(?:[^"\\\r\n]|\\[^\r\n])*\\?|“[^”\r\n]*/ });

export const LBrace = createToken({ name: 'LBrace', categories: [NotClose], pattern: /[{｛]/ });
export const RBrace = createToken({ name: 'RBrace', pattern: /[}｝]/ });
export const Comma = createToken({ name: 'Comma', categories: [NotClose], pattern: /[,，、]/ });

export const DateLit = createToken({ name: 'DateLit', categories: [NotClose], pattern: /\d{4}(?:-\d{1,2}-\d{1,2}|\/\d{1,2}\/\d{1,2}|年\d{1,2}月\d{1,2}日)/ });
export const RateLit = createToken({
  name: 'RateLit', categories: [NotClose], line_breaks: false,
  pattern: /\d+(?:\.\d+)?[%％](?:[ \t\u3000]*[/／][ \t\u3000]*[年月日]|[ \t\u3000]+per[ \t\u3000]+(?:year|month|day)\b)?/,
});
/**
 * Digits with letters or hyphens, read as one word: resident IDs and credit codes (110105198503021233,
 * 91110108MA01ABCD1E), telephone numbers as lawyers write them (010-88888888, +8613800000000).
 */
export const WordLit = createToken({
  name: 'WordLit', categories: [NotClose],
  pattern: /\+\d[0-9A-Za-z-]*|\d[0-9A-Za-z]*(?:[A-Za-z]|-[0-9A-Za-z])[0-9A-Za-z-]*/,
});
/** Money or a plain integer: ¥ / ￥ / CNY, digits with thousands separators, decimals, 万, 元. */
export const NumberLit = createToken({
  name: 'NumberLit', categories: [NumberLike, NotClose],
  pattern: /(?:(?:[¥￥]|CNY)[ \t]*)?\d(?:\d{0,2}(?:,\d{3})+|\d*)(?:\.\d+)?(?:[ \t]*万)?(?:[ \t]*元)?/,
});
export const CnyMoney = createToken({
  name: 'CnyMoney', categories: [NumberLike, NotClose],
  pattern: /CNY[ \t]*\d(?:\d{0,2}(?:,\d{3})+|\d*)(?:\.\d+)?(?:[ \t]*万)?(?:[ \t]*元)?/,
});
/**
 * A rate tied to the one-year LPR (spec §8.3): `LPR`, `LPR ×1.5` / `LPR x1.5` / `LPR*1.5`, `LPR 加 50%` / `LPR + 50%`.
 * One token, tried before names: `LPR` followed by more name characters (`LPRX`) stays a name.
 */
const LPR_RATE = /LPR(?:[ \t\u3000]*(?:[×xX*＊][ \t\u3000]*\d+(?:\.\d+)?|(?:[+＋]|加)[ \t\u3000]*\d+(?:\.\d+)?[%％]))?/y;
export const LprLit = createToken({
  name: 'LprLit', categories: [NotClose], line_breaks: false, start_chars_hint: ['L'],
  pattern: {
    exec: (text: string, offset: number) => {
      if (text.charCodeAt(offset) !== 76 || !text.startsWith('LPR', offset)) return null;
      LPR_RATE.lastIndex = offset;
      const m = LPR_RATE.exec(text);
      if (!m) return null;
      const end = offset + m[0].length;
      return end < text.length && isNamePart(codePointAt(text, end)) ? null : m;
    },
  },
});
/** A lone currency sign without digits is reported as DEBT101 (unknown text). */
const ANY_CHAR = /[\s\S]/y;
export const Unknown = createToken({
  name: 'Unknown', categories: [NotClose], group: 'errors', line_breaks: true,
  start_chars_hint: [...Array.from({ length: 256 }, (_, i) => i), ...EVERY_BUCKET_ABOVE_LATIN1],
  pattern: { exec: (text: string, offset: number) => { ANY_CHAR.lastIndex = offset; return ANY_CHAR.exec(text) as RegExpExecArray | null; } },
});

/** Keyword concepts; each accepts an English and a Chinese spelling (some concepts share one token in several positions). */
const KEYWORDS: Record<string, string[]> = {
  Use: ['use', '引用'], Case: ['case', '案件'], Court: ['court', '法院'], Filing: ['filing', '起诉日'],
  Procedure: ['procedure', '程序'], Note: ['note', '备注'],
  Ordinary: ['ordinary', '普通程序'], Simplified: ['simplified', '简易程序'], SmallClaims: ['small-claims', '小额诉讼'],
  PaymentOrder: ['payment-order', '督促程序', '支付令'],
  Plaintiff: ['plaintiff', '原告'], Defendant: ['defendant', '被告'], ThirdParty: ['third-party', '第三人', '联系第三人'], PartyKw: ['party', '当事人'],
  Person: ['person', '自然人'], Company: ['company', '法人'], Organization: ['organization', '非法人组织'],
  Gender: ['gender', '性别'], Male: ['male', '男'], Female: ['female', '女'], Born: ['born', '出生'],
  Ethnicity: ['ethnicity', '民族'], Id: ['id', '身份证号'], CreditCode: ['credit-code', '统一社会信用代码'],
  Representative: ['representative', '法定代表人'], Title: ['title', '职务'], Address: ['address', '住所'],
  Residence: ['residence', '经常居住地'], Employer: ['employer', '工作单位'], Phone: ['phone', '电话'],
  ServiceAddress: ['service-address', '送达地址'], EService: ['e-service', '电子送达'], Yes: ['yes', '是'], No: ['no', '否'],
  // Licensed lenders (spec §7.1): outside 民间借贷规定 (规定第1条第2款; 批复 一).
  Institution: ['institution', '机构类型'], Bank: ['bank', '银行'], Microloan: ['microloan', '小额贷款公司'],
  FinancingGuarantee: ['financing-guarantee', '融资担保公司'], EquityMarket: ['equity-market', '区域性股权市场'],
  Pawnshop: ['pawnshop', '典当行'], Leasing: ['leasing', '融资租赁公司'], Factoring: ['factoring', '商业保理公司'],
  Amc: ['amc', '地方资产管理公司'], Licensed: ['licensed', '其他金融机构'],
  AgentKw: ['agent', '代理人'], Firm: ['firm', '律所'], Authority: ['authority', '代理权限'],
  General: ['general', '一般授权', '一般'], Special: ['special', '特别授权'], For: ['for', '委托人'],
  LoanKw: ['loan', '借款'], Lender: ['lender', '出借人'], Borrower: ['borrower', '借款人'], GuarantorKw: ['guarantor', '保证人'],
  Joint: ['joint', '连带'], Until: ['until', '保证期间至', '至'], Amount: ['amount', '金额'], Signed: ['signed', '签订'],
  Delivered: ['delivered', '交付'], Deducted: ['deducted', '预扣利息'], Due: ['due', '到期'], OnDemand: ['on-demand', '未约定'],
  InstallmentKw: ['installment', '分期', 'installments'], InterestKw: ['interest', '利率', '利息'], None: ['none', '无'], Unclear: ['unclear', '约定不明'],
  OverdueInterest: ['overdue-interest', '逾期利率'], Penalty: ['penalty', '违约金'],
  Fees: ['fees', '其他费用', '实现债权费用', '费用'], Daycount: ['daycount', '计息天数'], Purpose: ['purpose', '用途'],
  EvidenceKw: ['evidence', '证据'],
  Transfer: ['transfer', '转账', '转账记录'], Cash: ['cash', '现金'], Wechat: ['wechat', '微信'], Alipay: ['alipay', '支付宝'],
  Bill: ['bill', '票据'], Other: ['other', '其他'],
  Repaid: ['repaid', '还款'], To: ['to', '冲抵'], Principal: ['principal', '本金'], Demanded: ['demanded', '催收'], Of: ['of', '向'],
  Acknowledged: ['acknowledged', '确认'], By: ['by', '由'],
  // The deadline and delivery of a demand (spec §7.2): 限期 10日 / 限期 DATE, 送达 DATE.
  Deadline: ['deadline', '限期'], Days: ['days', '日', '天'], Served: ['served', '送达'],
  Sms: ['sms', '短信'], Letter: ['letter', '催款函', '函件'], LawyerLetter: ['lawyer-letter', '律师函'], Visit: ['visit', '上门'],
  Email: ['email', '邮件'], Mediation: ['mediation', '调解'], Lawsuit: ['lawsuit', '起诉'],
  // Unlawful collection channels and who demanded, how often (spec §8.4); `third-party`/`联系第三人` is ThirdParty in channel position.
  Harassment: ['harassment', '骚扰'], Threat: ['threat', '威胁'], Disclosure: ['disclosure', '公开信息'], Violence: ['violence', '暴力'],
  Count: ['count', '次数'],
  Kind: ['kind', '类型'], Original: ['original', '原件'], Copy: ['copy', '复印件'], Proves: ['proves', '证明'],
  Source: ['source', '来源'], Pages: ['pages', '页数'],
  Iou: ['iou', '借条'], Contract: ['contract', '借款合同'], Receipt: ['receipt', '收条'], BankStatement: ['bank-statement', '银行流水'],
  Chat: ['chat', '聊天记录'], Recording: ['recording', '录音'], Video: ['video', '视频'], Notarized: ['notarized', '公证书'],
  Witness: ['witness', '证人证言'], Identity: ['identity', '身份证明'],
  // Assets and preservation (spec §7.3). 财产 is the item and, after 担保, the security by property (one token).
  AssetKw: ['asset', 'property', '财产'], Owner: ['owner', '所有人'], Detail: ['detail', '描述'], Value: ['value', '价值'],
  BankAccount: ['bank-account', '银行账户'], RealEstate: ['real-estate', '不动产'], Vehicle: ['vehicle', '车辆'],
  Equity: ['equity', '股权'], Receivable: ['receivable', '债权'],
  Preservation: ['preservation', '保全'], PreSuit: ['pre-suit', '诉前'], InSuit: ['in-suit', '诉中'], Targets: ['targets', '对象'],
  Security: ['security', '担保'], GuaranteeLetter: ['guarantee-letter', '保函'], Insurance: ['insurance', '保险'],
  Applied: ['applied', '申请'], Ruled: ['ruled', '裁定'],
  // Judgment and enforcement (spec §7.4); the agreed court of a jurisdiction clause (民诉法第35条).
  Judgment: ['judgment', '判决'], Effective: ['effective', '生效'], PerformBy: ['perform-by', '履行期限'], Awarded: ['awarded', '判决金额'],
  JurisdictionClause: ['jurisdiction', '约定管辖'],
  // What the judgment awarded (spec §8.2): 判项 本金|利息|费用|受理费|保全费 … 由 REFS; 连带 REFS 范围 全部|本金|MONEY
  // (范围/全部 as in the scope of a guarantor, spec §8.1); running interest 利息 基数 MONEY 按 RATE 自 DATE 至 ….
  Ordered: ['ordered', '判项'], Base: ['base', '基数'], RateKw: ['rate', '按'], From: ['from', '自'],
  CourtFee: ['court-fee', '受理费'], PreservationFee: ['preservation-fee', '保全费'], Scope: ['scope', '范围'], All: ['all', '全部'],
  ClaimKw: ['claim', '请求'], Paid: ['paid', '实际清偿之日'], Guarantee: ['guarantee', '保证责任'], Costs: ['costs', '诉讼费用'],
  // Who owes what (spec §8.1): co-borrowers, a joined debtor (民法典第552条), a spouse (第1064条), the scope of a guarantee.
  CoBorrower: ['co-borrower', '共同借款人'], Joined: ['joined', '债务加入'], Spouse: ['spouse', '配偶'], Basis: ['basis', '依据'],
  JointSignature: ['joint-signature', '共同签字'], Ratified: ['ratified', '事后追认'], DailyNeeds: ['daily-needs', '家庭日常生活需要'],
  CommonUse: ['common-use', '共同生活'], CommonBusiness: ['common-business', '共同生产经营'],
  // Scope, All: declared with the awards above (范围 of a guarantee and of a joint liability in a judgment).
  // Rates and claims as pleaded (spec §8.3): LPR 固定, 请求 利息 按 RATE 自 DATE|起诉日, 结算, 宣布到期, 分期 等额本息 N期 首期 DATE.
  // RateKw (按) and From (自) are declared with the awards above; §8.3 uses them in claims too.
  Fixed: ['fixed', '固定'], Settled: ['settled', '结算'], Accelerated: ['accelerated', '宣布到期'],
  EqualPayment: ['equal-payment', '等额本息'], EqualPrincipal: ['equal-principal', '等额本金'], Months: ['months', '期'], First: ['first', '首期'],
  // Instalments and stays of a judgment (法释〔2014〕8号第2条、第3条第3款): 分期 DATE MONEY (InstallmentKw), 中止 DATE 至 DATE;
  // how several names in one 由 owe (民法典第517条、第518条): 共同 | 连带 (Joint) | 按份.
  Suspended: ['suspended', '中止', '暂缓执行'], Jointly: ['jointly', '共同'], Severally: ['severally', '按份'],
};

const bySpelling = new Map<string, TokenType>();

/**
 * Keyword spellings by a hash of their code points, computed while a name is scanned: a name that spells a
 * keyword takes the keyword's own string as its image (no new string; half the tokens are keywords), and the
 * keyword lookup after lexing then hashes nothing.
 */
const spellingsByHash = new Map<number, string[]>();
function nextHash(h: number, c: number): number { return (Math.imul(h, 31) + c) | 0; }
function keywordSpelling(text: string, start: number, end: number, h: number): string | undefined {
  const candidates = spellingsByHash.get(h);
  if (candidates === undefined) return undefined;
  for (const s of candidates) if (s.length === end - start && text.startsWith(s, start)) return s;
  return undefined;
}
/**
 * Keyword token types by concept (K.Plaintiff, …). Built in one step with Object.fromEntries: an object filled key by
 * key past a hundred keys becomes a hash table in V8, and the model builder's switches read K on every item.
 */
export const K: Readonly<Record<string, TokenType>> = Object.freeze(Object.fromEntries(Object.entries(KEYWORDS).map(([concept, spellings]) => {
  const t = createToken({ name: concept, pattern: Lexer.NA }); // categories below, in one pass
  for (const s of spellings) {
    bySpelling.set(s, t);
    const cps = [...s].map((ch) => ch.codePointAt(0)!);
    const h = cps.slice(1).reduce(nextHash, cps[0]);
    spellingsByHash.set(h, [...(spellingsByHash.get(h) ?? []), s]);
  }
  return [concept, t];
})));

/**
 * Every keyword is a NameLike and a NotClose (a name that spells a keyword is still a name where a name is expected).
 * Set here in one pass, as chevrotain's own bulk step (run again when the parser is built) sets them: createToken with
 * `categories` re-lists all members of each category on every call, quadratic over the ~200 keywords — 45–75 ms of
 * the language server's start-up. `keyword-categories.test.ts` checks the result before and after a parser exists.
 */
for (const t of Object.values(K)) {
  t.CATEGORIES = [NameLike, NotClose];
  for (const c of t.CATEGORIES) {
    c.categoryMatchesMap![t.tokenTypeIdx!] = true;
    c.categoryMatches!.push(t.tokenTypeIdx!);
    c.isParent = true;
  }
}

/** The keyword token type of a whole name run, if it is one. */
export function keywordOf(image: string): TokenType | undefined {
  return bySpelling.get(image);
}

/** Every spelling of a keyword concept (for messages and completion). */
export function spellingsOf(concept: string): string[] {
  return KEYWORDS[concept] ?? [];
}

/**
 * Order matters only where patterns overlap (dates before money, block comments before open ones); otherwise the
 * most frequent tokens come first, since the lexer tries patterns in this order. `CNY 100` is money, so a
 * CNY-prefixed amount is tried before names.
 */
export const lexerTokens: TokenType[] = [
  WhiteSpace, CnyMoney, LprLit, Name, LBrace, RBrace, DateLit, RateLit, WordLit, NumberLit, QuotedString, CnString, OpenString,
  Comma, LineComment, BlockComment, OpenComment, Separator, Unknown,
];

/** All token types the parser knows (keyword types are produced by reclassification, not by the lexer). */
export const allTokens: TokenType[] = [NotClose, NameLike, NumberLike, ...lexerTokens, ...Object.values(K)];
