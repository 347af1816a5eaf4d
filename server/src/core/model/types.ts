/**
 * The case model: the one resolved, typed picture of a `.debt` file that every later stage reads
 * (law engine, editor features, complaint). Built from the syntax tree by model/build.ts.
 * Every element keeps the file (uri) and source range it came from, for diagnostics, hover, rename
 * and the preview's click-to-source. Amounts and rates are Decimal, never JS numbers.
 */
import Decimal from 'decimal.js';
import { Range } from '../text/range';
import { IsoDate } from '../text/dates';

export interface Located { uri: string; range: Range }

/** A value with the range of the text it came from. */
export interface Field<T> { value: T; range: Range }

/** A name that refers to a party, agent, loan or evidence item. */
export interface Ref { name: string; range: Range }

export type Role = 'plaintiff' | 'defendant' | 'third-party' | 'party';
export type PartyKind = 'person' | 'company' | 'organization';
/**
 * A licensed lender (spec §7.1): a financial institution or one of the seven local financial organisations.
 * Its lending is outside 民间借贷规定 (规定第1条第2款; 批复 一; rules.md §1.1).
 */
export type Institution = 'bank' | 'microloan' | 'financing-guarantee' | 'equity-market' | 'pawnshop' | 'leasing'
  | 'factoring' | 'amc' | 'licensed';

export interface Party extends Located {
  name: string;
  nameRange: Range;
  role: Role;
  kind: PartyKind;
  /** False when the kind was not written (a party is a person unless it says otherwise). */
  kindExplicit: boolean;
  gender?: Field<'male' | 'female'>;
  born?: Field<IsoDate>;
  ethnicity?: Field<string>;
  id?: Field<string>;
  creditCode?: Field<string>;
  representative?: { name: Field<string>; title?: Field<string> };
  address?: Field<string>;
  residence?: Field<string>;
  employer?: Field<string>;
  phone?: Field<string>;
  serviceAddress?: Field<string>;
  eService?: Field<boolean>;
  /** `机构类型 …`: the party is a licensed lender (spec §7.1). */
  institution?: Field<Institution>;
  /**
   * Where the party's fields were declared. For `原告 张三` without a block inside a case, the party
   * declared with `当事人 张三 {…}` in a used file: `declaredAt` is that declaration, `range` the reference.
   */
  declaredAt?: Located;
}

export interface Agent extends Located {
  name: string;
  nameRange: Range;
  firm?: Field<string>;
  phone?: Field<string>;
  authority?: Field<'general' | 'special'>;
  principals: Ref[];
}

export type RatePeriod = 'year' | 'month' | 'day';
/** A rate as written: `value` percent per `period`. The law engine annualises it (month ×12, day × daycount). */
export interface Rate {
  value: Decimal; period: RatePeriod;
  /**
   * A rate tied to the one-year LPR (spec §8.3): `multiple` × the LPR (`LPR ×1.5`, `LPR 加 50%`), floating with each
   * publication unless `fixed` (then the LPR at formation). `value` is 0 in the model: the law engine (law/floating-rate.ts)
   * gives the figure, since it alone knows the LPR table.
   */
  lpr?: { multiple: Decimal; fixed: boolean };
}

export type Method = 'transfer' | 'cash' | 'wechat' | 'alipay' | 'bill' | 'other';

export interface Guarantor extends Located {
  party: Ref;
  /** Default 一般保证 when not agreed (民法典 第686条). */
  type: 'joint' | 'general';
  typeExplicit: boolean;
  until?: Field<IsoDate>;
  /** `范围 全部|本金|MONEY` (spec §8.1); absent = 全部 (民法典第691条). */
  scope?: Field<'all' | 'principal' | Decimal>;
}

/** `共同借款人 a、b 证据 …` or `债务加入 X 证据 …` (spec §8.1): a further debtor of the loan, jointly liable. */
export interface CoDebtor extends Located { party: Ref; proofs: Ref[] }

/** The bases of 民法典第1064条 on which a spouse owes the borrower's debt (spec §8.1). */
export type SpouseBasis = 'joint-signature' | 'ratified' | 'daily-needs' | 'common-use' | 'common-business';

/** `配偶 X (依据 …)? 证据 …` (spec §8.1): the borrower's spouse, sued for a 夫妻共同债务. */
export interface Spouse extends Located { party: Ref; basis?: Field<SpouseBasis>; proofs: Ref[] }

export interface Delivery extends Located {
  date: Field<IsoDate>;
  amount: Field<Decimal>;
  method?: Field<Method>;
  proofs: Ref[];
}

export interface Installment extends Located {
  date: Field<IsoDate>;
  amount: Field<Decimal>;
}

/** `分期 等额本息|等额本金 N期 首期 DATE` (spec §8.3). */
export interface InstallmentPlan extends Located {
  method: Field<'equal-payment' | 'equal-principal'>;
  count: Field<number>;
  first: Field<IsoDate>;
}

export interface Loan extends Located {
  name: string;
  nameRange: Range;
  lender?: Ref;
  borrowers: Ref[];
  guarantors: Guarantor[];
  /** Spec §8.1: `共同借款人` entries (further names after `借款人` stay in `borrowers`), `债务加入`, `配偶`. */
  coBorrowers: CoDebtor[];
  joined: CoDebtor[];
  spouses: Spouse[];
  /** Agreed principal written in the IOU/contract. */
  amount?: Field<Decimal>;
  signed?: Field<IsoDate>;
  /** Proofs written after `签订 DATE 证据 …`. */
  signedProofs: Ref[];
  deliveries: Delivery[];
  deducted?: Field<Decimal>;
  due?: Field<IsoDate | 'on-demand'>;
  installments: Installment[];
  /** `分期 等额本息|等额本金 N期 首期 DATE` (spec §8.3): the instalments are generated by law/installment-plan.ts. */
  installmentPlan?: InstallmentPlan;
  interest?: Field<Rate | 'none' | 'unclear'>;
  overdueInterest?: Field<Rate>;
  penalty?: Field<Rate | Decimal>;
  fees?: Field<Rate | Decimal>;
  daycount: 365 | 360;
  daycountRange?: Range;
  purpose?: Field<string>;
  /** Evidence of the loan agreement itself (`证据 …` as a loan field). */
  proofs: Ref[];
}

export type Channel = 'phone' | 'sms' | 'wechat' | 'letter' | 'lawyer-letter' | 'visit' | 'email'
  | 'mediation' | 'payment-order' | 'lawsuit'
  /** Unlawful collection (spec §8.4): never a lawful channel, whoever uses it. */
  | 'harassment' | 'third-party' | 'threat' | 'disclosure' | 'violence';

export interface Repayment extends Located {
  kind: 'repaid';
  date: Field<IsoDate>;
  amount: Field<Decimal>;
  /** As written; see `loans` for the resolved target. */
  loan?: Ref;
  allocation?: Field<'principal' | 'interest' | 'fees'>;
  method?: Field<Method>;
  proofs: Ref[];
  /** Names of the loans this repayment applies to, resolved by the model builder (the only loan when there is one). */
  loans: string[];
}

export interface Demand extends Located {
  kind: 'demanded';
  date: Field<IsoDate>;
  /** Parties demanded of; empty means every debtor of the case. */
  of: Ref[];
  channel?: Field<Channel>;
  /** `限期 10日` / `限期 DATE`: the time the demand gives the debtor to pay (spec §7.2). */
  deadline?: Field<{ days: number } | { date: IsoDate }>;
  /** `送达 DATE`: the day the demand reached the debtor — the interruption date (时效规定第8条). */
  served?: Field<IsoDate>;
  /** `由 REF` (spec §8.4): who demanded — a party, or an agent or collector named in the file; absent: the creditor. */
  by?: Ref;
  /** `次数 N` (spec §8.4): how many calls or messages that day. */
  count?: Field<number>;
  proofs: Ref[];
  /** Loans this demand concerns (resolved: every loan of the named parties). */
  loans: string[];
}

export interface Acknowledgement extends Located {
  kind: 'acknowledged';
  date: Field<IsoDate>;
  by?: Ref;
  proofs: Ref[];
  loans: string[];
}

export type Event = Repayment | Demand | Acknowledgement;

/** `结算 DATE MONEY (借款 REFS)? 证据?` (spec §8.3): from that day the settled sum is the principal of the loans. */
export interface Settlement extends Located {
  date: Field<IsoDate>;
  amount: Field<Decimal>;
  /** As written; empty = every loan of the case. */
  loanRefs: Ref[];
  proofs: Ref[];
}

/** `宣布到期 DATE (借款 REF)? 证据?` (spec §8.3): every later instalment falls due on that day (加速到期). */
export interface Acceleration extends Located {
  date: Field<IsoDate>;
  /** As written; absent = every loan of the case. */
  loan?: Ref;
  proofs: Ref[];
}

export type EvidenceKind = 'iou' | 'contract' | 'receipt' | 'transfer' | 'bank-statement' | 'chat'
  | 'recording' | 'video' | 'sms' | 'email' | 'letter' | 'notarized' | 'witness' | 'identity' | 'other';

export interface Evidence extends Located {
  name: string;
  nameRange: Range;
  kind?: Field<EvidenceKind>;
  original?: Range;
  copy?: Range;
  proves?: Field<string>;
  source?: Field<string>;
  pages?: Field<number>;
}

export type Claim = Located & (
  | { kind: 'principal' }
  | { kind: 'interest'; until?: Field<IsoDate | 'paid'>;
      /** Spec §8.3: `按 RATE` (less than the law allows), `自 DATE|起诉日`, or a fixed sum `利息 MONEY STRING?`. */
      rate?: Field<Rate>; from?: Field<IsoDate | 'filing'>; amount?: Field<Decimal>; description?: Field<string> }
  | { kind: 'penalty' }
  | { kind: 'fees'; amount: Field<Decimal>; description?: Field<string> }
  | { kind: 'guarantee'; party: Ref }
  | { kind: 'costs' }
  | { kind: 'other'; text: Field<string> }
) & {
  /** True for the default set given to a case with no claims (range is then the case name). */
  implicit: boolean;
};

export type Procedure = 'ordinary' | 'simplified' | 'small-claims' | 'payment-order';

/** Spec §7.3: what kind of property an asset is. */
export type AssetKind = 'bank-account' | 'wechat' | 'alipay' | 'real-estate' | 'vehicle' | 'equity' | 'receivable' | 'other';

/** `财产 NAME { … }` (spec §7.3): a property lead (财产线索) of a party, for preservation and enforcement. */
export interface Asset extends Located {
  name: string;
  nameRange: Range;
  kind?: Field<AssetKind>;
  /** `所有人 REF`: the party who owns it (checked to be a party of the case). */
  owner?: Ref;
  detail?: Field<string>;
  value?: Field<Decimal>;
  proofs: Ref[];
}

export type PreservationStage = 'pre-suit' | 'in-suit';
export type PreservationSecurity = 'guarantee-letter' | 'insurance' | 'cash' | 'property';

/**
 * `保全 诉前|诉中 … (申请 DATE)? (裁定 DATE)?` (spec §7.3): an application for property preservation. `amount` absent =
 * the claim amount. `裁定 DATE` (our addition, docs/conventions.md): the day the court ruled and took the measures —
 * the 30 days of 民诉法第104条 for a pre-suit application count from it.
 */
export interface Preservation extends Located {
  stage: Field<PreservationStage>;
  amount?: Field<Decimal>;
  targets: Ref[];
  security?: Field<PreservationSecurity>;
  /** `申请 DATE` (our addition): the day of the application — a pre-suit one interrupts the limitation period (时效规定第11条). */
  applied?: Field<IsoDate>;
  ruled?: Field<IsoDate>;
}

/** `还款 DATE MONEY` inside a judgment block: a payment made on the judgment debt. */
export interface JudgmentPayment extends Located {
  date: Field<IsoDate>;
  amount: Field<Decimal>;
}

/**
 * `判项 …` (spec §8.2): one item of money the judgment ordered. `by` names who pays; empty = every defendant not named
 * in a `连带` item (docs/conventions.md).
 */
/** How several names in one `由` owe: 共同 (as the judgment says; enforced as 连带), 连带, 按份 (docs/conventions.md). */
export type AwardLiability = 'jointly' | 'joint' | 'several';

export type Award = Located & { by: Ref[]; byLiability?: Field<AwardLiability> } & (
  | { kind: 'principal'; amount: Field<Decimal> }
  /** A fixed sum of interest, accrued to `until` when the judgment says so. */
  | { kind: 'interest'; amount: Field<Decimal>; until?: Field<IsoDate> }
  /** Running interest: 以 base 为基数，按 rate，自 from 起计算至 until (a date or 实际清偿之日). */
  | { kind: 'running-interest'; base: Field<Decimal>; rate: Field<Rate>; from: Field<IsoDate>; until: Field<IsoDate | 'paid'> }
  | { kind: 'fees'; amount: Field<Decimal>; description?: Field<string> }
  | { kind: 'court-fee'; amount: Field<Decimal> }
  | { kind: 'preservation-fee'; amount: Field<Decimal> }
);

/** `连带 REFS (范围 全部|本金|MONEY)?` in a judgment (spec §8.2): parties jointly liable as guarantors, with their scope. */
export interface JointLiability extends Located {
  parties: Ref[];
  /** Default 全部 (民法典第691条). */
  scope?: Field<'all' | 'principal' | Decimal>;
}

/** `判决 "案号" { … }` (spec §7.4): an effective judgment to enforce. */
export interface Judgment extends Located {
  /** 案号, e.g. （2026）京0105民初1234号. */
  caseNumber: Field<string>;
  court?: Field<string>;
  effective?: Field<IsoDate>;
  /** 履行期限: the last day of the performance period. */
  performBy?: Field<IsoDate>;
  /** 判决金额: money ordered, general interest excluded. */
  awarded?: Field<Decimal>;
  payments: JudgmentPayment[];
  /** Spec §8.2: what the judgment ordered, item by item (empty: `判决金额` alone, the v2 shortcut). */
  awards: Award[];
  joint: JointLiability[];
  /** `分期 DATE MONEY` (法释〔2014〕8号第2条): the judgment orders MONEY paid by DATE, one line per instalment, in file order. */
  installments: JudgmentInstallment[];
  /** `中止 DATE 至 DATE` (第3条第3款): a stay not at the debtor's request; no doubled interest for those days. */
  suspensions: JudgmentSuspension[];
}

export interface JudgmentInstallment extends Located { date: Field<IsoDate>; amount: Field<Decimal> }
export interface JudgmentSuspension extends Located { from: Field<IsoDate>; to: Field<IsoDate> }

export interface Case extends Located {
  name: string;
  nameRange: Range;
  court?: Field<string>;
  filing?: Field<IsoDate>;
  procedure?: Field<Procedure>;
  /** Parties of this case with their role in it (references to used parties already resolved). */
  parties: Party[];
  agents: Agent[];
  loans: Loan[];
  events: Event[];
  evidence: Evidence[];
  claims: Claim[];
  notes: Field<string>[];
  /** Spec §7.3. */
  assets: Asset[];
  preservations: Preservation[];
  /** Spec §7.4. */
  judgments: Judgment[];
  /** Spec §8.3 (absent in models built before it: read as none). */
  settlements?: Settlement[];
  accelerations?: Acceleration[];
  /** `约定管辖 NAME`: the court a written jurisdiction clause chose (民诉法第35条; docs/conventions.md). */
  jurisdictionClause?: Field<string>;
}

export interface Use extends Located { path: Field<string>; resolvedUri?: string }

export interface DebtFile {
  uri: string;
  uses: Use[];
  /** Parties and agents declared at top level of this file or of any used file (transitively). */
  parties: Party[];
  agents: Agent[];
  cases: Case[];
}
