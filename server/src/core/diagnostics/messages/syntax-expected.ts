/**
 * What the parser expected (keys from syntax/parser.ts), as a phrase in the message's language with an example in the
 * file's keyword language: an English-keyword file read under a Chinese UI is told `例如 person、id`, a Chinese file
 * under an English UI `e.g. 自然人, 身份证号` — the example is what the lawyer would type in that file.
 *
 * Placeholders in the phrases: `{Concept}` a keyword (K's key) spelt in the keyword language, `{Concept|中文}` with the
 * Chinese spelling this position takes; `{rate|12|年}` a rate (12%/年 or 12% per year); `{money|50,000}` an amount
 * (50,000元 or 50,000); `{zh|…}` / `{en|…}` text only a Chinese- / English-keyword file gets (2023年1月10日, 5万元; the
 * space in `12 months`); `{Concept|中文|english}` overrides both spellings.
 */
import { spellingsOf } from '../../syntax/tokens';

export type Lang = 'zh' | 'en';

const PERIOD_EN: Record<string, string> = { 年: 'year', 月: 'month', 日: 'day' };
const isChinese = (s: string) => /[^\x00-\x7f]/.test(s);

/** The spelling of a keyword concept in keyword language `kw` (`zh`: the given Chinese spelling, else the first one). */
export function keywordIn(concept: string, kw: Lang, zh?: string, en?: string): string {
  const s = spellingsOf(concept);
  if (kw === 'en') return en ?? s[0] ?? concept;
  return zh ?? s.find(isChinese) ?? s[0] ?? concept;
}

function fill(template: string, kw: Lang): string {
  return template.replace(/\{([A-Za-z]+)(?:\|([^|}]*)(?:\|([^}]*))?)?\}/g, (_m, name: string, a?: string, b?: string) => {
    if (name === 'rate') return kw === 'zh' ? `${a}%/${b}` : `${a}% per ${PERIOD_EN[b ?? '年']}`;
    if (name === 'money') return kw === 'zh' ? `${a}元` : a ?? '';
    if (name === 'zh') return kw === 'zh' ? a ?? '' : '';
    if (name === 'en') return kw === 'en' ? a ?? '' : '';
    return keywordIn(name, kw, a || undefined, b);
  });
}

const EXPECTED: Record<string, { zh: string; en: string }> = {
  date: { zh: '日期，例如 2023-01-10{zh| 或 2023年1月10日}', en: 'a date, e.g. 2023-01-10{zh| or 2023年1月10日}' },
  money: { zh: '金额，例如 {money|50,000}{zh|、5万元} 或 ¥3000.50', en: 'an amount, e.g. {money|50,000}{zh|, 5万元} or ¥3000.50' },
  rate: { zh: '利率，例如 {rate|12|年}、{rate|1|月} 或 {rate|0.05|日}', en: 'a rate, e.g. {rate|12|年}, {rate|1|月} or {rate|0.05|日}' },
  name: { zh: '名称，例如 张三 或 "北京某某科技有限公司"', en: 'a name, e.g. 张三 or "北京某某科技有限公司"' },
  close: { zh: '右花括号 }', en: 'a closing brace }' },
  open: { zh: '左花括号 {，其后写明各项内容', en: 'an opening brace { followed by the items' },
  word: { zh: '号码，例如 110105198503021233', en: 'a number such as 110105198503021233' },
  method: { zh: '交付或还款方式：{Transfer}、{Cash}、{Wechat}、{Alipay}、{Bill} 或 {Other}', en: 'a payment method: {Transfer}, {Cash}, {Wechat}, {Alipay}, {Bill} or {Other}' },
  channel: {
    zh: '催收方式：{Phone}、{Sms}、{Wechat}、{Letter}、{LawyerLetter}、{Visit}、{Email}、{Mediation}、{PaymentOrder|支付令}、{Lawsuit}，或违法催收方式 {Harassment}、{ThirdParty|联系第三人}、{Threat}、{Disclosure}、{Violence}',
    en: 'a channel: {Phone}, {Sms}, {Wechat}, {Letter}, {LawyerLetter}, {Visit}, {Email}, {Mediation}, {PaymentOrder|支付令}, {Lawsuit}, or unlawful ones: {Harassment}, {ThirdParty|联系第三人}, {Threat}, {Disclosure}, {Violence}',
  },
  'evidence-kind': {
    zh: '证据类型，例如 {Iou}、{Contract}、{Receipt}、{Transfer|转账记录}、{BankStatement}、{Chat}、{Recording}、{Letter|函件}',
    en: 'an evidence kind, e.g. {Iou}, {Contract}, {Receipt}, {Transfer|转账记录}, {BankStatement}, {Chat}, {Recording}, {Letter|函件}',
  },
  gender: { zh: '性别：{Male} 或 {Female}', en: 'a gender: {Male} or {Female}' },
  procedure: { zh: '程序：{Ordinary}、{Simplified}、{SmallClaims} 或 {PaymentOrder}', en: 'a procedure: {Ordinary}, {Simplified}, {SmallClaims} or {PaymentOrder}' },
  authority: { zh: '代理权限：{General} 或 {Special}', en: 'an authority: {General} or {Special}' },
  'yes-no': { zh: '{Yes} 或 {No}', en: '{Yes} or {No}' },
  allocation: { zh: '冲抵对象：{Principal}、{InterestKw|利息} 或 {Fees|费用}', en: 'what the payment went to: {Principal}, {InterestKw|利息} or {Fees|费用}' },
  due: { zh: '到期日，例如 2024-01-10，或 {OnDemand}', en: 'a due date, e.g. 2024-01-10, or {OnDemand}' },
  'interest-value': { zh: '利率（例如 {rate|12|年}）、{None} 或 {Unclear}', en: 'a rate (e.g. {rate|12|年}), {None} or {Unclear}' },
  'claim-kind': {
    zh: '诉讼请求：{Principal}、{InterestKw|利息}、{Penalty}、{Fees|实现债权费用}、{Guarantee}、{Costs} 或 {Other}',
    en: 'a claim: {Principal}, {InterestKw|利息}, {Penalty}, {Fees|实现债权费用}, {Guarantee}, {Costs} or {Other}',
  },
  'rate-or-money': { zh: '利率（例如 {rate|0.05|日}）或金额（例如 {money|2000}）', en: 'a rate (e.g. {rate|0.05|日}) or an amount (e.g. {money|2000})' },
  'until-value': { zh: '日期（例如 2026-12-01）或 {Paid}', en: 'a date (e.g. 2026-12-01) or {Paid}' },
  role: { zh: '当事人身份：{Plaintiff}、{Defendant}、{ThirdParty} 或 {PartyKw}', en: 'a role: {Plaintiff}, {Defendant}, {ThirdParty} or {PartyKw}' },
  daycount: { zh: '计息天数 365 或 360', en: 'a day count of 365 or 360' },
  institution: {
    zh: '机构类型：{Bank}、{Microloan}、{FinancingGuarantee}、{EquityMarket}、{Pawnshop}、{Leasing}、{Factoring}、{Amc} 或 {Licensed}',
    en: 'an institution kind: {Bank}, {Microloan}, {FinancingGuarantee}, {EquityMarket}, {Pawnshop}, {Leasing}, {Factoring}, {Amc} or {Licensed}',
  },
  deadline: { zh: '催收给出的期限：天数（例如 10{en| }{Days}）或日期（例如 2025-12-13）', en: 'the time the demand gives: days (e.g. 10{en| }{Days}) or a date (e.g. 2025-12-13)' },
  'deadline-unit': { zh: '期限单位：{Days}{zh| 或 天}', en: 'the unit: {Days}{zh| or 天}' },
  count: { zh: '次数（整数），例如 {Count} 30', en: 'a count (a whole number), e.g. {Count} 30' },
  pages: { zh: '页数（整数），例如 3', en: 'a page count (a whole number), e.g. 3' },
  'party-field': { zh: '当事人信息，例如 {Person}、{Id}、{Address}、{Phone}', en: 'a party detail, e.g. {Person}, {Id}, {Address}, {Phone}' },
  'agent-field': { zh: '代理人信息：{Firm}、{Phone}、{Authority} 或 {For}', en: 'an agent detail: {Firm}, {Phone}, {Authority} or {For}' },
  'loan-field': {
    zh: '借款信息，例如 {Lender}、{Borrower}、{Amount}、{Delivered}、{Due}、{InterestKw}',
    en: 'a loan detail, e.g. {Lender}, {Borrower}, {Amount}, {Delivered}, {Due}, {InterestKw}',
  },
  'evidence-field': { zh: '证据信息：{Kind}、{Original}、{Copy}、{Proves}、{Source} 或 {Pages}', en: 'an evidence detail: {Kind}, {Original}, {Copy}, {Proves}, {Source} or {Pages}' },
  'case-item': {
    zh: '案件内容，例如 {Court}、{Filing}、{Plaintiff}、{Defendant}、{LoanKw}、{Repaid}、{Demanded}、{EvidenceKw}、{ClaimKw}',
    en: 'a case item, e.g. {Court}, {Filing}, {Plaintiff}, {Defendant}, {LoanKw}, {Repaid}, {Demanded}, {EvidenceKw}, {ClaimKw}',
  },
  'scope-value': { zh: '保证范围：{All}、{Principal} 或 金额（例如 {money|50000}）', en: 'a guarantee scope: {All}, {Principal} or an amount (e.g. {money|50000})' },
  'spouse-basis': {
    zh: '夫妻共同债务的依据：{JointSignature}、{Ratified}、{DailyNeeds}、{CommonUse} 或 {CommonBusiness}',
    en: 'the basis of a joint marital debt: {JointSignature}, {Ratified}, {DailyNeeds}, {CommonUse} or {CommonBusiness}',
  },
  'judgment-field': {
    zh: '判决信息：{Court}、{Effective}、{PerformBy}、{Awarded}、{Ordered}、{Joint} 或 {Repaid}',
    en: 'a judgment detail: {Court}, {Effective}, {PerformBy}, {Awarded}, {Ordered}, {Joint} or {Repaid}',
  },
  'award-kind': {
    zh: '判项内容：{Principal}、{InterestKw|利息}、{Fees|费用}、{CourtFee} 或 {PreservationFee}，例如 {Ordered} {Principal} {money|100000} {By} 乙',
    en: 'what the judgment ordered: {Principal}, {InterestKw|利息}, {Fees|费用}, {CourtFee} or {PreservationFee}, e.g. {Ordered} {Principal} {money|100000} {By} 乙',
  },
  'joint-scope': { zh: '连带责任的范围：{All}、{Principal} 或 金额（例如 {money|50000}）', en: 'the scope of the joint liability: {All}, {Principal} or an amount (e.g. {money|50000})' },
  'plan-method': {
    zh: '分期方式：{EqualPayment} 或 {EqualPrincipal}（例如 {InstallmentKw} {EqualPayment} 12{en| }{Months} {First} 2025-02-10）',
    en: 'an instalment method: {EqualPayment} or {EqualPrincipal} (e.g. {InstallmentKw} {EqualPayment} 12{en| }{Months} {First} 2025-02-10)',
  },
  'plan-count': { zh: '期数（1至999的整数），例如 12', en: 'a number of instalments (a whole number), e.g. 12' },
  'plan-unit': { zh: '期数单位：{Months}（例如 12{en| }{Months}）', en: 'the unit: {Months} (e.g. 12{en| }{Months})' },
  'asset-kind': {
    zh: '财产类型：{BankAccount}、{Wechat}、{Alipay}、{RealEstate}、{Vehicle}、{Equity}、{Receivable} 或 {Other}',
    en: 'an asset kind: {BankAccount}, {Wechat}, {Alipay}, {RealEstate}, {Vehicle}, {Equity}, {Receivable} or {Other}',
  },
  'preservation-stage': { zh: '保全阶段：{PreSuit} 或 {InSuit}', en: 'the stage: {PreSuit} or {InSuit}' },
  security: { zh: '担保方式：{Insurance}、{GuaranteeLetter}、{Cash} 或 {AssetKw|财产|property}', en: 'the security: {Insurance}, {GuaranteeLetter}, {Cash} or {AssetKw|财产|property}' },
  'asset-field': { zh: '财产信息：{Kind}、{Owner}、{Detail}、{Value} 或 {EvidenceKw}', en: 'an asset detail: {Kind}, {Owner}, {Detail}, {Value} or {EvidenceKw}' },
  'from-value': { zh: '起算日期（例如 2024-01-01）或 {Filing}', en: 'a start date (e.g. 2024-01-01) or {Filing}' },
  'top-item': {
    zh: '案件（{Case} 名称 { … }）、{PartyKw}、{AgentKw} 或 {Use}',
    en: 'a case ({Case} NAME { … }), a party ({PartyKw}), an agent ({AgentKw}) or {Use}',
  },
};

/** The phrase for expectation `key` in UI language `ui`, its example in keyword language `kw`. */
export function expectedPhrase(key: string, ui: Lang, kw: Lang): string {
  // The keyword as the lawyer writes it in this file (自, from), not the concept's internal name.
  if (key.startsWith('keyword:')) { const k = keywordIn(key.slice(8), kw); return ui === 'zh' ? `关键词 ${k}` : `the keyword ${k}`; }
  const e = EXPECTED[key];
  return e ? fill(e[ui], kw) : (ui === 'zh' ? '其他内容' : 'something else');
}

/** Whether `key` has a phrase of its own (a test checks that every key the parser emits has one). */
export function hasPhrase(key: string): boolean { return key.startsWith('keyword:') || key in EXPECTED; }
