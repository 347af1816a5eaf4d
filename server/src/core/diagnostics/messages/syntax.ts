/** DEBT1xx — syntax: what was expected, in the lawyer's words, with an example. */
import { defineMessages } from '../types';

/** What the parser expected (keys from syntax/parser.ts), as a phrase with an example. */
const EXPECTED: Record<string, { zh: string; en: string }> = {
  date: { zh: '日期，例如 2023-01-10 或 2023年1月10日', en: 'a date, e.g. 2023-01-10 or 2023年1月10日' },
  money: { zh: '金额，例如 50,000元、5万元 或 ¥3000.50', en: 'an amount, e.g. 50,000元, 5万元 or ¥3000.50' },
  rate: { zh: '利率，例如 12%/年、1%/月 或 0.05%/日', en: 'a rate, e.g. 12%/年, 1% per month or 0.05%/日' },
  name: { zh: '名称，例如 张三 或 "北京某某科技有限公司"', en: 'a name, e.g. 张三 or "Some Company Ltd"' },
  close: { zh: '右花括号 }', en: 'a closing brace }' },
  open: { zh: '左花括号 {，其后写明各项内容', en: 'an opening brace { followed by the items' },
  word: { zh: '号码，例如 110105198503021233', en: 'a number such as 110105198503021233' },
  method: { zh: '交付或还款方式：转账、现金、微信、支付宝、票据 或 其他', en: 'a payment method: transfer, cash, wechat, alipay, bill or other' },
  channel: { zh: '催收方式：电话、短信、微信、催款函、律师函、上门、邮件、调解、支付令 或 起诉', en: 'a channel: phone, sms, wechat, letter, lawyer-letter, visit, email, mediation, payment-order or lawsuit' },
  'evidence-kind': { zh: '证据类型，例如 借条、借款合同、收条、转账记录、银行流水、聊天记录、录音、函件', en: 'an evidence kind, e.g. iou, contract, receipt, transfer, bank-statement, chat, recording, letter' },
  gender: { zh: '性别：男 或 女', en: 'a gender: male or female' },
  procedure: { zh: '程序：普通程序、简易程序、小额诉讼 或 督促程序', en: 'a procedure: ordinary, simplified, small-claims or payment-order' },
  authority: { zh: '代理权限：一般授权 或 特别授权', en: 'an authority: general or special' },
  'yes-no': { zh: '是 或 否', en: 'yes or no' },
  allocation: { zh: '冲抵对象：本金、利息 或 费用', en: 'what the payment went to: principal, interest or fees' },
  due: { zh: '到期日，例如 2024-01-10，或 未约定', en: 'a due date, e.g. 2024-01-10, or on-demand' },
  'interest-value': { zh: '利率（例如 12%/年）、无 或 约定不明', en: 'a rate (e.g. 12% per year), none or unclear' },
  'claim-kind': { zh: '诉讼请求：本金、利息、违约金、实现债权费用、保证责任、诉讼费用 或 其他', en: 'a claim: principal, interest, penalty, fees, guarantee, costs or other' },
  'rate-or-money': { zh: '利率（例如 0.05%/日）或金额（例如 2000元）', en: 'a rate (e.g. 0.05% per day) or an amount (e.g. 2000元)' },
  'until-value': { zh: '日期（例如 2026-12-01）或 实际清偿之日', en: 'a date (e.g. 2026-12-01) or paid' },
  role: { zh: '当事人身份：原告、被告、第三人 或 当事人', en: 'a role: plaintiff, defendant, third-party or party' },
  daycount: { zh: '计息天数 365 或 360', en: 'a day count of 365 or 360' },
  institution: { zh: '机构类型：银行、小额贷款公司、融资担保公司、区域性股权市场、典当行、融资租赁公司、商业保理公司、地方资产管理公司 或 其他金融机构', en: 'an institution kind: bank, microloan, financing-guarantee, equity-market, pawnshop, leasing, factoring, amc or licensed' },
  deadline: { zh: '催收给出的期限：天数（例如 10日）或日期（例如 2025-12-13）', en: 'the time the demand gives: days (e.g. 10 days) or a date (e.g. 2025-12-13)' },
  'deadline-unit': { zh: '期限单位：日 或 天', en: 'the unit: days' },
  pages: { zh: '页数（整数），例如 3', en: 'a page count (a whole number), e.g. 3' },
  'party-field': { zh: '当事人信息，例如 自然人、身份证号、住所、电话', en: 'a party detail, e.g. person, id, address, phone' },
  'agent-field': { zh: '代理人信息：律所、电话、代理权限 或 委托人', en: 'an agent detail: firm, phone, authority or for' },
  'loan-field': { zh: '借款信息，例如 出借人、借款人、金额、交付、到期、利率', en: 'a loan detail, e.g. lender, borrower, amount, delivered, due, interest' },
  'evidence-field': { zh: '证据信息：类型、原件、复印件、证明、来源 或 页数', en: 'an evidence detail: kind, original, copy, proves, source or pages' },
  'case-item': { zh: '案件内容，例如 法院、起诉日、原告、被告、借款、还款、催收、证据、请求', en: 'a case item, e.g. court, filing, plaintiff, defendant, loan, repaid, demanded, evidence, claim' },
  'scope-value': { zh: '保证范围：全部、本金 或 金额（例如 50000元）', en: 'a guarantee scope: all, principal or an amount (e.g. 50000元)' },
  'spouse-basis': { zh: '夫妻共同债务的依据：共同签字、事后追认、家庭日常生活需要、共同生活 或 共同生产经营', en: 'the basis of a joint marital debt: joint-signature, ratified, daily-needs, common-use or common-business' },
  'top-item': { zh: '案件（案件 名称 { … }）、当事人、代理人 或 引用', en: 'a case (case NAME { … }), a party, an agent or use' },
};

function expected(key: string, lang: 'zh' | 'en'): string {
  if (key.startsWith('keyword:')) return lang === 'zh' ? `关键词 ${key.slice(8)}` : `the keyword ${key.slice(8)}`;
  return EXPECTED[key]?.[lang] ?? (lang === 'zh' ? '其他内容' : 'something else');
}

const found = (f: string, lang: 'zh' | 'en') => (f ? (lang === 'zh' ? `，但写的是“${f}”` : `, but found "${f}"`) : (lang === 'zh' ? '，但文件已结束' : ', but the file ends here'));

/** `案件 甲诉乙、丙纠纷 {`: the 、 ended the name, so a `{` was expected where it stands. */
const separatorInName = (a: { expected: string; found: string }) => a.expected === 'open' && /^[、,，]/.test(a.found);

export const syntaxMessages = defineMessages({
  DEBT101: {
    severity: 'error', citations: [],
    zh: (a: { expected: string; found: string }) => `此处应为${expected(a.expected, 'zh')}${found(a.found, 'zh')}。${separatorInName(a) ? '名称中不能直接含有顿号或逗号（它们用于分隔多个名称）：含标点的名称请加引号，例如 案件 "甲诉乙、丙借款合同纠纷" {' : ''}`,
    en: (a: { expected: string; found: string }) => `Expected ${expected(a.expected, 'en')} here${found(a.found, 'en')}.${separatorInName(a) ? ' A name cannot contain 、 or a comma (they separate names): quote it, e.g. case "A v. B、C" {' : ''}`,
  },
  DEBT102: {
    severity: 'error', citations: [],
    zh: () => '引号未闭合：请在本行文字末尾补上右引号（" 或 ”）。',
    en: () => 'Unterminated string: add the closing quote (" or ”) at the end of the text on this line.',
  },
  DEBT103: {
    severity: 'error', citations: [],
    zh: () => '注释未闭合：/* 之后缺少 */，其后的全部内容都被当作注释。请补上 */。',
    en: () => 'Unterminated comment: /* has no matching */, so everything after it is ignored. Add */.',
  },
  DEBT104: {
    severity: 'error', citations: [],
    zh: (a: { text: string }) => `无法识别的字符“${a.text}”：请删除，或把它放进引号内的文字里。`,
    en: (a: { text: string }) => `Unrecognised character "${a.text}": delete it or put it inside quoted text.`,
  },
  DEBT105: {
    severity: 'error', citations: [],
    zh: (a: { text: string }) => `金额“${a.text}”无效：金额最多精确到分（两位小数），例如 50,000.00元 或 5.5万元。`,
    en: (a: { text: string }) => `Amount "${a.text}" is not valid: amounts go down to the fen (two decimals), e.g. 50,000.00元 or 5.5万元.`,
  },
  DEBT106: {
    severity: 'error', citations: [],
    zh: (a: { found: string }) => `缺少右花括号 }${found(a.found, 'zh')}。请在该部分内容结束处补上 }。`,
    en: (a: { found: string }) => `Missing closing brace }${found(a.found, 'en')}. Add } where this block ends.`,
  },
  DEBT107: {
    severity: 'error', citations: [],
    zh: (a: { found: string }) => `无法理解的内容“${a.found}”：这里不能以它开头。请检查拼写，或删除多余的文字（说明性文字请写在 备注 "…" 中）。`,
    en: (a: { found: string }) => `Cannot understand "${a.found}": nothing can start with it here. Check the spelling or remove it (free text goes in note "…").`,
  },
  DEBT108: {
    severity: 'error', citations: [],
    zh: (a: { text: string }) => `计息天数“${a.text}”无效：只能是 365 或 360（按合同约定的“日利率=年利率/360”时写 360）。`,
    en: (a: { text: string }) => `Day count "${a.text}" is not valid: it is 365 or 360 (360 only when the contract says daily rate = annual rate / 360).`,
  },
  DEBT109: {
    severity: 'error', citations: [],
    zh: () => '错误过多，其余语法错误不再列出：请先修正前面的错误。该文件可能不是案件文件。',
    en: () => 'Too many errors; the rest are not listed. Fix the errors above first. This may not be a case file.',
  },
});
