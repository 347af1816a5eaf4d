/** DEBT3xx — evidence: each missing or weak proof, at the fact it concerns, naming what would prove it. */
import { defineMessages } from '../types';
import { formatChineseDate as zhd } from '../../text/dates';
import Decimal from 'decimal.js';
import { yuan } from '../../law/money';

const y = (s: string) => yuan(new Decimal(s));

/** Proofs of a large cash delivery (民间借贷规定第15条), by what the delivery's evidence does not yet show. */
const CASH_PROOF_ZH: Record<string, string> = { withdrawal: '取款记录（银行流水）', receipt: '借款人出具的收条', witness: '证人证言', means: '出借人经济能力（资金来源）的证明' };
const CASH_PROOF_EN: Record<string, string> = { withdrawal: 'the withdrawal record (bank statement)', receipt: "the borrower's receipt", witness: 'witnesses', means: "proof of the lender's means (source of the cash)" };

export const evidenceMessages = defineMessages({
  DEBT301: {
    severity: 'warning', citations: ['民间借贷规定第2条'],
    zh: (a: { loan: string }) => `借款“${a.loan}”缺少债权凭证：起诉应提供借据、收据、欠条等债权凭证（民间借贷规定第2条）。请在 签订 日期 后写 证据 借条，或在借款中写 证据 借款合同/聊天记录。`,
    en: (a: { loan: string }) => `The loan "${a.loan}" has no proof of the agreement: a suit needs an IOU, receipt or similar (Private Lending Provisions Art. 2). Add evidence after signed DATE, or an evidence line with the contract or chat record.`,
  },
  DEBT302: {
    severity: 'warning', citations: ['民间借贷规定第9条', '民间借贷规定第15条'],
    zh: (a: { date: string; cash: boolean }) => `${zhd(a.date)}的交付缺少证据：出借人须证明款项已实际交付（民间借贷规定第9条、第15条）。${a.cash ? '现金交付请提供收条、取款记录及证人证言。' : '请提供转账记录或银行流水，写作 证据 名称。'}`,
    en: (a: { date: string; cash: boolean }) => `The delivery on ${a.date} has no proof: the lender must prove the money was actually handed over (Private Lending Provisions Arts. 9, 15). ${a.cash ? 'For cash, provide a receipt, the withdrawal record and witnesses.' : 'Add the transfer record or bank statement as evidence.'}`,
  },
  DEBT303: {
    severity: 'warning', citations: ['民间借贷规定第15条'],
    // Names only the proofs the delivery does not already cite (the lender's means is never shown by a kind).
    zh: (a: { amount: string; limit: string; missing: string[] }) => `现金交付${y(a.amount)}超过${y(a.limit)}：大额现金交付是否发生，法院将结合出借人经济能力、当地或当事人之间的交易方式、交易习惯以及借贷双方的亲疏关系等综合判断（民间借贷规定第15条）。${a.missing.length ? `请补充${a.missing.map((m) => CASH_PROOF_ZH[m]).join('、')}。` : ''}`,
    en: (a: { amount: string; limit: string; missing: string[] }) => `Cash delivery of ${y(a.amount)} exceeds ${y(a.limit)}: the court weighs the lender's means, local and mutual habits of payment and the parties' relationship to decide whether it happened (Private Lending Provisions Art. 15).${a.missing.length ? ` Add ${a.missing.map((m) => CASH_PROOF_EN[m]).join(', ')}.` : ''}`,
  },
  DEBT304: {
    severity: 'warning', citations: ['民间借贷规定第16条'],
    zh: (a: { loan: string }) => `借款“${a.loan}”仅有转账凭证证明借贷合意：被告可能抗辩转账系偿还其他债务，届时原告仍须证明借贷关系成立（民间借贷规定第16条）。请补充借条、借款合同或聊天记录。`,
    en: (a: { loan: string }) => `The loan "${a.loan}" rests on transfer records alone: the borrower may say the transfer repaid another debt, and the lender must then prove the loan (Private Lending Provisions Art. 16). Add an IOU, contract or chat record.`,
  },
  DEBT307: {
    severity: 'warning', citations: ['时效规定第8条'],
    zh: (a: { date: string }) => `${zhd(a.date)}的催款函/律师函缺少送达证明：函件须到达或应当到达债务人才能中断诉讼时效（时效规定第8条）。请补充邮寄凭证和签收记录（在证据的 证明 或 来源 中写明“邮寄/签收”）。`,
    en: (a: { date: string }) => `The demand letter of ${a.date} has no proof of delivery: it interrupts the limitation period only if it reached, or should have reached, the debtor (Limitation Provisions Art. 8). Add the mailing and signed receipt.`,
  },
  DEBT308: {
    severity: 'warning', citations: [],
    zh: (a: { name: string }) => `聊天记录“${a.name}”未证明账号使用人的身份：须证明聊天对方即为被告本人。请补充账号实名信息或 类型 身份证明 的证据，或在 证明 中写明账号归属。`,
    en: (a: { name: string }) => `The chat record "${a.name}" does not prove who holds the account: show that the other side is the defendant. Add the account's real-name information or identity evidence.`,
  },
  DEBT309: {
    severity: 'warning', citations: [],
    zh: (a: { name: string }) => `证据“${a.name}”仅有复印件：庭审时须出示原件核对，否则证明力可能不被认可。请取得原件后写 原件。`,
    en: (a: { name: string }) => `The evidence "${a.name}" is a copy only: the original must be shown at the hearing or its weight may be denied. Obtain the original and mark it original.`,
  },
  DEBT310: {
    severity: 'warning', citations: [],
    zh: (a: { name: string }) => `证据“${a.name}”已声明但未用于证明任何事实：请在相应的签订、交付、还款或催收后写 证据 ${a.name}，或删除该证据。`,
    en: (a: { name: string }) => `The evidence "${a.name}" is declared but proves nothing: reference it from the signing, delivery, repayment or demand it proves, or remove it.`,
  },
  DEBT311: {
    severity: 'warning', citations: ['民间借贷规定第15条'],
    zh: (a: { date: string }) => `${zhd(a.date)}的交付仅以借条/合同证明：借条证明借贷合意，不能单独证明款项已交付（民间借贷规定第15条）。请补充转账记录、银行流水或收条。`,
    en: (a: { date: string }) => `The delivery on ${a.date} is proved only by the IOU or contract, which proves the agreement, not the payment (Private Lending Provisions Art. 15). Add the transfer record, bank statement or receipt.`,
  },
});
