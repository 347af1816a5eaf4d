/**
 * Who owes what (spec §8.1; law/obligations.ts): DEBT224–DEBT229 for what the file writes, DEBT616–DEBT619 for what the
 * law makes of it (guarantee periods, a defendant who owes nothing, the 先诉抗辩权).
 */
import { defineMessages } from '../types';
import { formatChineseDate as zhd } from '../../text/dates';

const BASES_ZH = '共同签字、事后追认、家庭日常生活需要、共同生活 或 共同生产经营';
const BASES_EN = 'joint-signature, ratified, daily-needs, common-use or common-business';

export const obligationMessages = defineMessages({
  DEBT224: {
    severity: 'information', citations: ['民法典第681条', '民法典第691条', '民法典第465条'],
    zh: (a: { name: string; guaranteed: string; others: string }) => `“${a.name}”只为借款“${a.guaranteed}”提供保证，其保证责任仅及于该借款，不及于借款“${a.others}”（民法典第681条、第691条；合同仅约束当事人，第465条第2款）。诉讼请求与文书中只能请求其对“${a.guaranteed}”承担保证责任；如其也为其他借款提供了保证，请在该借款中写 保证人 ${a.name}。`,
    en: (a: { name: string; guaranteed: string; others: string }) => `"${a.name}" guaranteed only "${a.guaranteed}": the guarantee covers that loan and not "${a.others}" (Civil Code Arts. 681, 691; a contract binds its parties only, Art. 465(2)). Claim the guarantee for "${a.guaranteed}" only; if they also guaranteed another loan, add guarantor ${a.name} to that loan.`,
  },
  DEBT226: {
    severity: 'warning', citations: ['民法典第1064条'],
    zh: (a: { name: string; loan: string }) => `配偶“${a.name}”未写明借款“${a.loan}”属于夫妻共同债务的依据：夫妻一方以个人名义所负的债务，只有共同签字、事后追认、为家庭日常生活需要所负，或债权人能证明用于夫妻共同生活、共同生产经营的，才是夫妻共同债务（民法典第1064条）。目前按其不负还款责任计算。请写 依据 ${BASES_ZH}。`,
    en: (a: { name: string; loan: string }) => `The spouse "${a.name}" is named without the basis on which "${a.loan}" is a joint marital debt: a debt one spouse incurred in their own name is joint only when both signed, the other ratified it, it met daily household needs, or the creditor proves it went to common life or a common business (Civil Code Art. 1064). As written, the spouse owes nothing. Add basis ${BASES_EN}.`,
  },
  DEBT227: {
    severity: 'error', citations: ['民法典第667条'],
    zh: (a: { name: string; loan: string }) => `“${a.name}”是借款“${a.loan}”的出借人，不能同时是该借款的借款人、共同借款人、债务加入人、配偶或保证人：借款合同是借款人向出借人借款、到期返还的合同（民法典第667条），出借人不对自己负债。请核对当事人名称。`,
    en: (a: { name: string; loan: string }) => `"${a.name}" lends "${a.loan}" and cannot also be its borrower, co-borrower, joined debtor, spouse or guarantor: in a loan contract the borrower borrows from the lender and repays it (Civil Code Art. 667); the lender owes itself nothing. Check the names.`,
  },
  DEBT616: {
    severity: 'warning', citations: ['民法典第1064条'],
    zh: (a: { name: string; loan: string; basis: string }) => `以“${a.basis}”为依据主张借款“${a.loan}”为配偶“${a.name}”的夫妻共同债务，但未写证据：超出家庭日常生活需要的个人名义债务，须由债权人证明用于夫妻共同生活或共同生产经营（民法典第1064条第2款），否则不属于夫妻共同债务。请在依据后写 证据（如借款用途的转账流向、经营记录）。`,
    en: (a: { name: string; loan: string; basis: string }) => `"${a.loan}" is claimed as a joint marital debt of the spouse "${a.name}" on the basis "${a.basis}", with no proof: a debt above daily needs in one spouse's name is joint only if the creditor proves it went to common life or a common business (Civil Code Art. 1064(2)). Add evidence after the basis (where the money went, business records).`,
  },
  DEBT617: {
    severity: 'warning', citations: ['民法典第687条', '担保制度解释第26条'],
    zh: (a: { name: string; loan: string; debtors: string }) => `“${a.name}”是借款“${a.loan}”的一般保证人，但该借款的债务人${a.debtors}均未列为被告：一般保证人享有先诉抗辩权（民法典第687条第2款），仅起诉一般保证人的，法院应当驳回起诉（担保制度解释第26条第1款）。请将债务人一并列为被告；一并起诉时，保证人仅对债务人财产依法强制执行后仍不能履行的部分承担保证责任。`,
    en: (a: { name: string; loan: string; debtors: string }) => `"${a.name}" is a general guarantor of "${a.loan}", but its debtors (${a.debtors}) are not defendants: a general guarantor may refuse until the debtor has been sued and enforced against (Civil Code Art. 687(2)), and a suit against a general guarantor alone is dismissed (SPC Guarantee Interpretation Art. 26(1)). Sue the debtor too; the guarantor then answers only for what enforcement against the debtor leaves unpaid.`,
  },
  DEBT618: {
    severity: 'warning', citations: ['民法典第465条'],
    zh: (a: { name: string; why: string }) => `被告“${a.name}”对本案任何借款均不负清偿责任：${a.why}。合同仅约束当事人（民法典第465条第2款），起诉状只能请求欠款人清偿。请在其所涉借款中写明其身份（借款人、共同借款人、债务加入、配偶 或 保证人），或不将其列为被告。`,
    en: (a: { name: string; why: string }) => `The defendant "${a.name}" owes nothing on any loan of the case: ${a.why}. A contract binds its parties only (Civil Code Art. 465(2)); a complaint may claim only from those who owe. Write their tie in the loan (borrower, co-borrower, joined, spouse or guarantor), or do not sue them.`,
  },
  DEBT619: {
    severity: 'warning', citations: ['民法典第693条'],
    zh: (a: { name: string; loans: string; until: string; type: 'joint' | 'general' }) => `请求“${a.name}”承担保证责任，但其对借款“${a.loans}”的保证期间已于${zhd(a.until)}届满，债权人未在保证期间内${a.type === 'joint' ? '请求保证人承担保证责任' : '对债务人提起诉讼或者申请仲裁'}，保证人不再承担保证责任（民法典第693条）。请核对保证期间内的${a.type === 'joint' ? '催收记录（催收 … 向 ' + a.name + '）' : '起诉记录'}，或删除该请求。`,
    en: (a: { name: string; loans: string; until: string; type: 'joint' | 'general' }) => `The claim asks "${a.name}" to answer as guarantor, but the guarantee period of "${a.loans}" ended on ${a.until} without the creditor ${a.type === 'joint' ? 'demanding performance of the guarantor' : 'suing the debtor'} within it: the guarantor is released (Civil Code Art. 693). Check for ${a.type === 'joint' ? 'a demand of the guarantor' : 'a suit'} within the period, or remove the claim.`,
  },
});

/** The words of a spouse basis as written in Chinese. */
export const SPOUSE_BASIS_ZH: Record<string, string> = {
  'joint-signature': '共同签字', ratified: '事后追认', 'daily-needs': '家庭日常生活需要', 'common-use': '共同生活', 'common-business': '共同生产经营',
};
