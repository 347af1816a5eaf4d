/** DEBT2xx — structure and references: names, roles, dates, ID and credit-code check characters, `use` files. */
import { defineMessages } from '../types';
import { formatChineseDate } from '../../text/dates';

type What = 'party' | 'evidence' | 'loan' | 'agent' | 'case' | 'asset';
const WHAT_ZH: Record<What, string> = { party: '当事人', evidence: '证据', loan: '借款', agent: '代理人', case: '案件', asset: '财产' };
const DECLARE_ZH: Record<What, string> = {
  party: '请在案件中用 原告/被告/第三人 声明，或在引用的文件中用 当事人 声明',
  evidence: '请用 证据 名称 { 类型 … } 声明该证据', loan: '请核对借款名称', agent: '请核对代理人名称', case: '请核对案件名称',
  asset: '请用 财产 名称 { 类型 … 所有人 … } 声明该财产',
};
const DECLARE_EN: Record<What, string> = {
  party: 'declare it with plaintiff/defendant/third-party in the case, or with party in a used file',
  evidence: 'declare it with evidence NAME { kind … }', loan: 'check the loan name', agent: 'check the agent name', case: 'check the case name',
  asset: 'declare it with asset NAME { kind … owner … }',
};
const zhDate = (d: string) => formatChineseDate(d);

export const structureMessages = defineMessages({
  DEBT201: {
    severity: 'error', citations: [],
    zh: (a: { text: string }) => `日期“${a.text}”在日历上不存在：请按借条、转账凭证等原始材料核对日期。`,
    en: (a: { text: string }) => `The date "${a.text}" does not exist on the calendar: check it against the IOU or transfer record.`,
  },
  DEBT202: {
    severity: 'error', citations: [],
    zh: (a: { what: What; name: string; suggestion?: string }) => `未声明的${WHAT_ZH[a.what]}“${a.name}”${a.suggestion ? `，是否指“${a.suggestion}”？` : '：'}${a.suggestion ? '' : DECLARE_ZH[a.what] + '。'}`,
    en: (a: { what: What; name: string; suggestion?: string }) => `Undeclared ${a.what} "${a.name}"${a.suggestion ? ` — did you mean "${a.suggestion}"?` : `: ${DECLARE_EN[a.what]}.`}`,
  },
  DEBT203: {
    severity: 'error', citations: [],
    zh: (a: { what: What; name: string }) => `${WHAT_ZH[a.what]}“${a.name}”重复声明：同一名称只能声明一次，请删除或改名。`,
    en: (a: { what: What; name: string }) => `The ${a.what} "${a.name}" is declared twice: a name can be declared once; remove or rename one.`,
  },
  DEBT204: {
    severity: 'warning', citations: ['民诉法第122条'],
    zh: (a: { name: string }) => `出借人“${a.name}”不是本案原告：原告应是与本案有直接利害关系的出借人（民诉法第122条）。请将其列为原告，或核对出借人（如债权已转让，请在备注中说明）。`,
    en: (a: { name: string }) => `The lender "${a.name}" is not a plaintiff: the plaintiff must have a direct interest in the case (Civil Procedure Law Art. 122). Make the lender a plaintiff or check the lender (note an assignment if there was one).`,
  },
  DEBT205: {
    severity: 'warning', citations: ['民诉法第122条'],
    zh: (a: { name: string }) => `借款人“${a.name}”不是本案被告：起诉须有明确的被告（民诉法第122条）。请将其列为被告。`,
    en: (a: { name: string }) => `The borrower "${a.name}" is not a defendant: a suit needs a definite defendant (Civil Procedure Law Art. 122). Make the borrower a defendant.`,
  },
  DEBT206: {
    severity: 'error', citations: ['民诉法第122条'],
    zh: (a: { loan: string }) => `借款“${a.loan}”未写明出借人：请补充 出借人 姓名。`,
    en: (a: { loan: string }) => `The loan "${a.loan}" names no lender: add lender NAME.`,
  },
  DEBT207: {
    severity: 'error', citations: ['民诉法第122条'],
    zh: (a: { loan: string }) => `借款“${a.loan}”未写明借款人：请补充 借款人 姓名。`,
    en: (a: { loan: string }) => `The loan "${a.loan}" names no borrower: add borrower NAME.`,
  },
  DEBT208: {
    severity: 'error', citations: ['民法典第679条', '民间借贷规定第9条'],
    zh: (a: { loan: string }) => `借款“${a.loan}”没有交付记录：本金以实际交付的金额为准，自然人之间的借款合同自提供借款时成立（民法典第679条；民间借贷规定第9条）。请补充 交付 日期 金额 方式 证据。`,
    en: (a: { loan: string }) => `The loan "${a.loan}" has no delivery: the principal is what was actually handed over, and a loan between natural persons is formed when the money is provided (Civil Code Art. 679; Private Lending Provisions Art. 9). Add delivered DATE AMOUNT METHOD evidence ….`,
  },
  DEBT209: {
    severity: 'warning', citations: [],
    zh: (a: { delivered: string; signed: string }) => `交付日${zhDate(a.delivered)}早于签订日${zhDate(a.signed)}：如借条系交付后补写，请在备注中说明；否则请核对日期。`,
    en: (a: { delivered: string; signed: string }) => `Delivery on ${a.delivered} is before signing on ${a.signed}: if the IOU was written afterwards, say so in a note; otherwise check the dates.`,
  },
  DEBT210: {
    severity: 'error', citations: [],
    zh: (a: { repaid: string; delivered: string }) => `还款日${zhDate(a.repaid)}早于首次交付日${zhDate(a.delivered)}：尚未出借即还款，请核对日期或所对应的借款。`,
    en: (a: { repaid: string; delivered: string }) => `Repayment on ${a.repaid} is before the first delivery on ${a.delivered}: check the date or the loan it belongs to.`,
  },
  DEBT211: {
    severity: 'error', citations: [],
    zh: (a: { due: string; delivered: string; installment?: boolean }) => `${a.installment ? '分期还款日' : '到期日'}${zhDate(a.due)}早于首次交付日${zhDate(a.delivered)}：请核对借款期限${a.installment ? '和分期安排' : ''}。`,
    en: (a: { due: string; delivered: string; installment?: boolean }) => `The ${a.installment ? 'instalment date' : 'due date'} ${a.due} is before the first delivery on ${a.delivered}: check the loan term${a.installment ? ' and the instalments' : ''}.`,
  },
  DEBT212: {
    severity: 'error', citations: [],
    zh: (a: { fact: string; date: string; filing: string }) => `起诉日${zhDate(a.filing)}早于${a.fact}（${zhDate(a.date)}）：起诉只能针对已发生的事实，请核对起诉日或该日期。`,
    en: (a: { fact: string; date: string; filing: string }) => `The filing date ${a.filing} is before the ${a.fact} on ${a.date}: a complaint can only rest on facts that happened; check either date.`,
  },
  DEBT213: {
    severity: 'error', citations: ['GB 11643-1999'],
    zh: (a: { id: string; expected: string }) => `身份证号 ${a.id} 的校验码应为 ${a.expected}（GB 11643-1999）：请与身份证原件核对，号码错误将无法确定被告身份。`,
    en: (a: { id: string; expected: string }) => `Resident ID ${a.id}: the check digit should be ${a.expected} (GB 11643-1999); check it against the ID card.`,
  },
  DEBT214: {
    severity: 'error', citations: ['GB 11643-1999'],
    zh: (a: { id: string; idBirth: string; born?: string }) => a.born
      ? `身份证号 ${a.id} 中的出生日期 ${a.idBirth} 与 出生 ${zhDate(a.born)} 不一致：请核对身份证原件。`
      : `身份证号 ${a.id} 中的出生日期 ${a.idBirth} 不存在：请核对身份证原件。`,
    en: (a: { id: string; idBirth: string; born?: string }) => a.born
      ? `Resident ID ${a.id} encodes birth date ${a.idBirth}, which differs from born ${a.born}: check the ID card.`
      : `Resident ID ${a.id} encodes birth date ${a.idBirth}, which does not exist: check the ID card.`,
  },
  DEBT215: {
    severity: 'error', citations: ['GB 32100-2015'],
    zh: (a: { code: string; expected: string }) => `统一社会信用代码 ${a.code} 的校验码应为 ${a.expected}（GB 32100-2015）：请与营业执照核对。`,
    en: (a: { code: string; expected: string }) => `Unified social credit code ${a.code}: the check character should be ${a.expected} (GB 32100-2015); check the business licence.`,
  },
  DEBT216: {
    severity: 'error', citations: [],
    zh: (a: { path: string }) => `找不到引用的文件“${a.path}”：路径相对于本文件所在目录，请核对文件名。`,
    en: (a: { path: string }) => `Cannot find the used file "${a.path}": the path is relative to this file's folder; check the name.`,
  },
  DEBT217: {
    severity: 'error', citations: [],
    zh: (a: { path: string }) => `循环引用“${a.path}”：文件之间不能相互引用，请删除其中一处 引用。`,
    en: (a: { path: string }) => `Circular use of "${a.path}": files cannot use each other; remove one of the uses.`,
  },
  DEBT218: {
    severity: 'error', citations: [],
    zh: (a: { loans: string }) => `本案有多笔借款（${a.loans}），还款须写明对应的借款：请在金额后加 借款 名称。`,
    en: (a: { loans: string }) => `This case has several loans (${a.loans}); a repayment must name its loan: add loan NAME after the amount.`,
  },
  DEBT219: {
    severity: 'error', citations: ['GB 11643-1999'],
    zh: (a: { id: string }) => `身份证号“${a.id}”格式不正确：应为 18 位，前 17 位为数字，最后一位为数字或 X。`,
    en: (a: { id: string }) => `Resident ID "${a.id}" is malformed: 18 characters, 17 digits then a digit or X.`,
  },
  DEBT221: {
    severity: 'error', citations: [],
    zh: (a: { path: string; count: number }) => `引用的文件“${a.path}”中有 ${a.count} 处错误：请打开该文件修正，否则其中声明的当事人信息可能不完整。`,
    en: (a: { path: string; count: number }) => `The used file "${a.path}" has ${a.count} error(s): open it and fix them, or the parties it declares may be incomplete.`,
  },
  DEBT220: {
    severity: 'error', citations: ['GB 32100-2015'],
    zh: (a: { code: string }) => `统一社会信用代码“${a.code}”格式不正确：应为 18 位数字或大写字母（不含 I、O、Z、S、V）。`,
    en: (a: { code: string }) => `Unified social credit code "${a.code}" is malformed: 18 digits or capital letters (no I, O, Z, S, V).`,
  },
  DEBT222: {
    severity: 'error', citations: ['民诉法第105条'],
    zh: (a: { name: string; suggestion?: string }) => `保全对象“${a.name}”不是本案声明的财产${a.suggestion ? `，是否指“${a.suggestion}”？` : '：请用 财产 名称 { 类型 … 所有人 … } 声明，保全限于请求的范围或与本案有关的财物（民诉法第105条）。'}`,
    en: (a: { name: string; suggestion?: string }) => `The preservation target "${a.name}" is not an asset of the case${a.suggestion ? ` — did you mean "${a.suggestion}"?` : ': declare it with asset NAME { kind … owner … }; preservation is limited to the claim or property related to the case (Civil Procedure Law Art. 105).'}`,
  },
  DEBT223: {
    severity: 'warning', citations: ['民诉法第103条'],
    zh: (a: { asset: string; owner: string }) => `财产“${a.asset}”的所有人“${a.owner}”不是本案被告：保全与执行针对被申请人（被告）的财产（民诉法第103条）。请核对所有人。`,
    en: (a: { asset: string; owner: string }) => `The owner "${a.owner}" of the asset "${a.asset}" is not a defendant: preservation and enforcement reach the respondent's property (Civil Procedure Law Art. 103). Check the owner.`,
  },
});
