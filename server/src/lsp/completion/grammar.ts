/**
 * The items of spec §3 as sequences of slots, for completion and selection ranges: which keywords start an item in
 * each kind of block, and what each item expects after its keyword. The parser (core/syntax/parser.ts) is the
 * authority on what a file means; this table only has to know what may come next at the cursor.
 */

/** A keyword as offered: its concept (tokens.ts) and the Chinese spelling meant in this position. */
export interface Choice { c: string; zh: string }
const ch = (c: string, zh: string): Choice => ({ c, zh });

export type RefKind = 'party' | 'loan' | 'evidence' | 'principal' | 'declared-party' | 'asset';
export type Literal = 'date' | 'money' | 'rate' | 'name' | 'word' | 'int' | 'path';

/** A value slot: the literal kinds and keywords it accepts; a reference slot offers declared names. */
export interface Value {
  any?: Literal[];
  enums?: Choice[];
  ref?: RefKind;
  /** A list `a、b`. */
  many?: boolean;
  /** Plain words offered as they are (计息天数 365/360). */
  literals?: string[];
  /** After an enum value: the slots that follow it (请求 利息 → 至 …). */
  next?: Record<string, Element[]>;
}

export type Element =
  | { v: Value }                            // required value
  | { opt: Value }                          // optional value without a keyword (method, channel, guarantee type)
  | { kw: Choice; then?: Value }            // optional keyword with its value
  | { block: BlockKind; optional?: boolean };

export type BlockKind = 'top' | 'case' | 'party' | 'agent' | 'loan' | 'evidence' | 'asset' | 'judgment' | 'unknown';

const date: Value = { any: ['date'] }, money: Value = { any: ['money'] }, text: Value = { any: ['name'] };
const word: Value = { any: ['word', 'name', 'money'] }, name: Value = { any: ['name'] };
const proof: Element = { kw: ch('EvidenceKw', '证据'), then: { ref: 'evidence', many: true } };
const METHODS = [ch('Transfer', '转账'), ch('Cash', '现金'), ch('Wechat', '微信'), ch('Alipay', '支付宝'), ch('Bill', '票据'), ch('Other', '其他')];
const CHANNELS = [ch('Phone', '电话'), ch('Sms', '短信'), ch('Wechat', '微信'), ch('Letter', '催款函'), ch('LawyerLetter', '律师函'),
  ch('Visit', '上门'), ch('Email', '邮件'), ch('Mediation', '调解'), ch('PaymentOrder', '支付令'), ch('Lawsuit', '起诉'),
  ch('Harassment', '骚扰'), ch('ThirdParty', '联系第三人'), ch('Threat', '威胁'), ch('Disclosure', '公开信息'), ch('Violence', '暴力')];
export const EVIDENCE_KINDS = [ch('Iou', '借条'), ch('Contract', '借款合同'), ch('Receipt', '收条'), ch('Transfer', '转账记录'),
  ch('BankStatement', '银行流水'), ch('Chat', '聊天记录'), ch('Recording', '录音'), ch('Video', '视频'), ch('Sms', '短信'),
  ch('Email', '邮件'), ch('Letter', '函件'), ch('Notarized', '公证书'), ch('Witness', '证人证言'), ch('Identity', '身份证明'), ch('Other', '其他')];

const INSTITUTIONS = [ch('Bank', '银行'), ch('Microloan', '小额贷款公司'), ch('FinancingGuarantee', '融资担保公司'),
  ch('EquityMarket', '区域性股权市场'), ch('Pawnshop', '典当行'), ch('Leasing', '融资租赁公司'), ch('Factoring', '商业保理公司'),
  ch('Amc', '地方资产管理公司'), ch('Licensed', '其他金融机构')];
export const ASSET_KINDS = [ch('BankAccount', '银行账户'), ch('Wechat', '微信'), ch('Alipay', '支付宝'), ch('RealEstate', '不动产'),
  ch('Vehicle', '车辆'), ch('Equity', '股权'), ch('Receivable', '债权'), ch('Other', '其他')];
const SECURITIES = [ch('GuaranteeLetter', '保函'), ch('Insurance', '保险'), ch('Cash', '现金'), ch('AssetKw', '财产')];

const SPOUSE_BASES = [ch('JointSignature', '共同签字'), ch('Ratified', '事后追认'), ch('DailyNeeds', '家庭日常生活需要'),
  ch('CommonUse', '共同生活'), ch('CommonBusiness', '共同生产经营')];

const awardBy: Element = { kw: ch('By', '由'), then: { ref: 'party', many: true } };
/** After 由 REFS: how several names owe (共同|连带|按份). */
const awardHow: Element = { opt: { enums: [ch('Jointly', '共同'), ch('Joint', '连带'), ch('Severally', '按份')] } };
/** After 分期 等额本息|等额本金: the number of months, 期, 首期 DATE. */
const PLAN: Element[] = [{ v: { any: ['int'] } }, { v: { enums: [ch('Months', '期')] } }, { kw: ch('First', '首期'), then: { any: ['date'] } }];

const partyDecl: Element[] = [{ v: { any: ['name'], ref: 'declared-party' } }, { block: 'party', optional: true }];

/** What follows each item keyword, by block kind and concept. */
export const ITEMS: Record<string, Record<string, Element[]>> = {
  top: {
    Use: [{ v: { any: ['path'] } }],
    Plaintiff: partyDecl, Defendant: partyDecl, ThirdParty: partyDecl, PartyKw: [{ v: name }, { block: 'party', optional: true }],
    AgentKw: [{ v: name }, { block: 'agent' }],
    Case: [{ v: name }, { block: 'case' }],
  },
  case: {
    Court: [{ v: text }], Filing: [{ v: date }], Note: [{ v: text }],
    Procedure: [{ v: { enums: [ch('Ordinary', '普通程序'), ch('Simplified', '简易程序'), ch('SmallClaims', '小额诉讼'), ch('PaymentOrder', '督促程序')] } }],
    Plaintiff: partyDecl, Defendant: partyDecl, ThirdParty: partyDecl, PartyKw: partyDecl,
    AgentKw: [{ v: name }, { block: 'agent' }],
    LoanKw: [{ v: name }, { block: 'loan' }],
    EvidenceKw: [{ v: name }, { block: 'evidence' }],
    Repaid: [{ v: date }, { v: money }, { kw: ch('LoanKw', '借款'), then: { ref: 'loan' } },
      { kw: ch('To', '冲抵'), then: { enums: [ch('Principal', '本金'), ch('InterestKw', '利息'), ch('Fees', '费用')] } }, { opt: { enums: METHODS } }, proof],
    Demanded: [{ v: date }, { kw: ch('Of', '向'), then: { ref: 'party', many: true } }, { opt: { enums: CHANNELS } },
      { kw: ch('Deadline', '限期'), then: { any: ['date', 'int'] } }, { kw: ch('Served', '送达'), then: date },
      { kw: ch('By', '由'), then: { ref: 'party' } }, { kw: ch('Count', '次数'), then: { any: ['int'] } }, proof],
    Acknowledged: [{ v: date }, { kw: ch('By', '由'), then: { ref: 'party' } }, proof],
    ClaimKw: [{ v: { enums: [ch('Principal', '本金'), ch('InterestKw', '利息'), ch('Penalty', '违约金'), ch('Fees', '实现债权费用'),
      ch('Guarantee', '保证责任'), ch('Costs', '诉讼费用'), ch('Other', '其他')], next: {
      InterestKw: [{ kw: ch('RateKw', '按'), then: { any: ['rate'] } }, { kw: ch('From', '自'), then: { any: ['date'], enums: [ch('Filing', '起诉日')] } },
        { kw: ch('Until', '至'), then: { any: ['date'], enums: [ch('Paid', '实际清偿之日')] } }],
      Fees: [{ v: money }, { opt: text }],
      Guarantee: [{ v: { ref: 'party' } }],
      Other: [{ v: text }],
    } } }],
    AssetKw: [{ v: name }, { block: 'asset' }],
    Preservation: [{ v: { enums: [ch('PreSuit', '诉前'), ch('InSuit', '诉中')] } }, { kw: ch('Amount', '金额'), then: money },
      { kw: ch('Targets', '对象'), then: { ref: 'asset', many: true } }, { kw: ch('Security', '担保'), then: { enums: SECURITIES } },
      { kw: ch('Applied', '申请'), then: date }, { kw: ch('Ruled', '裁定'), then: date }],
    Judgment: [{ v: text }, { block: 'judgment' }],
    JurisdictionClause: [{ v: text }],
    // Spec §8.3.
    Settled: [{ v: date }, { v: money }, { kw: ch('LoanKw', '借款'), then: { ref: 'loan', many: true } }, proof],
    Accelerated: [{ v: date }, { kw: ch('LoanKw', '借款'), then: { ref: 'loan' } }, proof],
  },
  party: {
    Person: [], Company: [], Organization: [],
    Gender: [{ v: { enums: [ch('Male', '男'), ch('Female', '女')] } }],
    Born: [{ v: date }], Ethnicity: [{ v: text }], Id: [{ v: word }], CreditCode: [{ v: word }],
    Representative: [{ v: text }, { kw: ch('Title', '职务'), then: text }],
    Address: [{ v: text }], Residence: [{ v: text }], Employer: [{ v: text }], Phone: [{ v: word }],
    ServiceAddress: [{ v: text }], EService: [{ v: { enums: [ch('Yes', '是'), ch('No', '否')] } }],
    Institution: [{ v: { enums: INSTITUTIONS } }],
  },
  agent: {
    Firm: [{ v: text }], Phone: [{ v: word }],
    Authority: [{ v: { enums: [ch('General', '一般授权'), ch('Special', '特别授权')] } }],
    For: [{ v: { ref: 'principal', many: true } }],
  },
  loan: {
    Lender: [{ v: { ref: 'party' } }], Borrower: [{ v: { ref: 'party', many: true } }],
    GuarantorKw: [{ v: { ref: 'party' } }, { opt: { enums: [ch('Joint', '连带'), ch('General', '一般')] } }, { kw: ch('Until', '保证期间至'), then: date },
      { kw: ch('Scope', '范围'), then: { any: ['money'], enums: [ch('All', '全部'), ch('Principal', '本金')] } }],
    // Who owes what (spec §8.1).
    CoBorrower: [{ v: { ref: 'party', many: true } }, proof],
    Joined: [{ v: { ref: 'party' } }, proof],
    Spouse: [{ v: { ref: 'party' } }, { kw: ch('Basis', '依据'), then: { enums: SPOUSE_BASES } }, proof],
    Amount: [{ v: money }], Signed: [{ v: date }, proof],
    Delivered: [{ v: date }, { v: money }, { opt: { enums: METHODS } }, proof],
    Deducted: [{ v: money }],
    Due: [{ v: { any: ['date'], enums: [ch('OnDemand', '未约定')] } }],
    // `分期 DATE MONEY`, or a plan (spec §8.3): 分期 等额本息|等额本金 N期 首期 DATE.
    InstallmentKw: [{ v: { any: ['date'], enums: [ch('EqualPayment', '等额本息'), ch('EqualPrincipal', '等额本金')], next: { EqualPayment: PLAN, EqualPrincipal: PLAN } } }, { v: money }],
    InterestKw: [{ v: { any: ['rate'], enums: [ch('None', '无'), ch('Unclear', '约定不明')] } }],
    OverdueInterest: [{ v: { any: ['rate'] } }],
    Penalty: [{ v: { any: ['rate', 'money'] } }], Fees: [{ v: { any: ['rate', 'money'] } }],
    Daycount: [{ v: { any: ['money'], literals: ['365', '360'] } }],
    Purpose: [{ v: text }],
    EvidenceKw: [{ v: { ref: 'evidence', many: true } }],
  },
  evidence: {
    Kind: [{ v: { enums: EVIDENCE_KINDS } }], Original: [], Copy: [],
    Proves: [{ v: text }], Source: [{ v: text }], Pages: [{ v: { any: ['money'] } }],
  },
  asset: {
    Kind: [{ v: { enums: ASSET_KINDS } }], Owner: [{ v: { ref: 'party' } }], Detail: [{ v: text }], Value: [{ v: money }],
    EvidenceKw: [{ v: { ref: 'evidence', many: true } }],
  },
  judgment: {
    Court: [{ v: text }], Effective: [{ v: date }], PerformBy: [{ v: date }], Awarded: [{ v: money }], Repaid: [{ v: date }, { v: money }],
    // Spec §8.2: 判项 KIND … 由 REFS; 连带 REFS 范围 全部|本金|MONEY.
    Ordered: [{ v: { enums: [ch('Principal', '本金'), ch('InterestKw', '利息'), ch('Fees', '费用'), ch('CourtFee', '受理费'), ch('PreservationFee', '保全费')], next: {
      Principal: [{ v: money }, awardBy, awardHow],
      InterestKw: [{ kw: ch('Base', '基数'), then: money }, { kw: ch('RateKw', '按'), then: { any: ['rate'] } }, { kw: ch('From', '自'), then: date },
        { kw: ch('Until', '至'), then: { any: ['date'], enums: [ch('Paid', '实际清偿之日')] } }, awardBy, awardHow],
      Fees: [{ v: money }, { opt: text }, awardBy, awardHow],
      CourtFee: [{ v: money }, awardBy, awardHow],
      PreservationFee: [{ v: money }, awardBy, awardHow],
    } } }],
    Joint: [{ v: { ref: 'party', many: true } }, { kw: ch('Scope', '范围'), then: { any: ['money'], enums: [ch('All', '全部'), ch('Principal', '本金')] } }],
    // 分期 DATE MONEY and 中止 DATE 至 DATE (法释〔2014〕8号第2条、第3条).
    InstallmentKw: [{ v: date }, { v: money }],
    Suspended: [{ v: date }, { kw: ch('Until', '至'), then: date }],
  },
  unknown: {},
};

/** The Chinese spelling of each item keyword where it starts an item (其他费用 for a loan's fees, 利率 for its rate). */
export const STARTER_ZH: Record<string, Record<string, string>> = {
  top: { Use: '引用', Plaintiff: '原告', Defendant: '被告', ThirdParty: '第三人', PartyKw: '当事人', AgentKw: '代理人', Case: '案件' },
  case: { Court: '法院', Filing: '起诉日', Procedure: '程序', Note: '备注', Plaintiff: '原告', Defendant: '被告', ThirdParty: '第三人',
    PartyKw: '当事人', AgentKw: '代理人', LoanKw: '借款', Repaid: '还款', Demanded: '催收', Acknowledged: '确认', EvidenceKw: '证据', ClaimKw: '请求',
    AssetKw: '财产', Preservation: '保全', Judgment: '判决', JurisdictionClause: '约定管辖', Settled: '结算', Accelerated: '宣布到期' },
  party: { Person: '自然人', Company: '法人', Organization: '非法人组织', Gender: '性别', Born: '出生', Ethnicity: '民族', Id: '身份证号',
    CreditCode: '统一社会信用代码', Representative: '法定代表人', Address: '住所', Residence: '经常居住地', Employer: '工作单位', Phone: '电话',
    ServiceAddress: '送达地址', EService: '电子送达', Institution: '机构类型' },
  agent: { Firm: '律所', Phone: '电话', Authority: '代理权限', For: '委托人' },
  loan: { Lender: '出借人', Borrower: '借款人', GuarantorKw: '保证人', Amount: '金额', Signed: '签订', Delivered: '交付', Deducted: '预扣利息',
    Due: '到期', InstallmentKw: '分期', InterestKw: '利率', OverdueInterest: '逾期利率', Penalty: '违约金', Fees: '其他费用', Daycount: '计息天数',
    Purpose: '用途', EvidenceKw: '证据',
    CoBorrower: '共同借款人', Joined: '债务加入', Spouse: '配偶' },
  evidence: { Kind: '类型', Original: '原件', Copy: '复印件', Proves: '证明', Source: '来源', Pages: '页数' },
  asset: { Kind: '类型', Owner: '所有人', Detail: '描述', Value: '价值', EvidenceKw: '证据' },
  judgment: { Court: '法院', Effective: '生效', PerformBy: '履行期限', Awarded: '判决金额', Repaid: '还款', Ordered: '判项', Joint: '连带',
    InstallmentKw: '分期', Suspended: '中止' },
  unknown: {},
};

/** Top-level items offered: a party outside a case is declared with 当事人 (the parser also takes a role there). */
export const OFFERED_AT_TOP = ['Use', 'PartyKw', 'AgentKw', 'Case'];

/** The block an item keyword opens, when it has one. */
export function blockOf(kind: BlockKind, concept: string): BlockKind | undefined {
  for (const e of ITEMS[kind]?.[concept] ?? []) if ('block' in e) return e.block;
  return undefined;
}
