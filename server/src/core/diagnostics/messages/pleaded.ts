/**
 * Spec §8.3 (rates and claims as pleaded): DEBT255–258 structure of 结算, 宣布到期, 分期 plans and pleaded interest;
 * DEBT420–424 the law on them (民间借贷规定第25、27条; 加速到期); DEBT630 a claim whose start is after its end.
 */
import { defineMessages } from '../types';
import { formatChineseDate as zhd } from '../../text/dates';

export const pleadedMessages = defineMessages({
  DEBT255: {
    severity: 'error', citations: [],
    zh: (a: { what: 'settled' | 'accelerated'; date: string; delivered: string; loan: string }) => `${a.what === 'settled' ? '结算' : '宣布到期'}日期${zhd(a.date)}早于借款“${a.loan}”的首次交付（${zhd(a.delivered)}）：借款尚未出借，无从${a.what === 'settled' ? '结算' : '宣布提前到期'}。请核对日期，或用 借款 指明所涉借款。`,
    en: (a: { what: 'settled' | 'accelerated'; date: string; delivered: string; loan: string }) => `The ${a.what === 'settled' ? 'settlement' : 'acceleration'} dated ${a.date} is before the first delivery of loan "${a.loan}" (${a.delivered}): nothing had been lent yet. Check the date, or name the loans it concerns with loan.`,
  },
  DEBT256: {
    severity: 'error', citations: [],
    zh: () => '请求的利息写了固定金额，又写了 按、自 或 至：固定金额的利息请求不再按利率和起止日期计算。请分为两项，例如 请求 利息 3000元 "截至起诉前的利息" 与 请求 利息 按 LPR 自 起诉日 至 实际清偿之日。',
    en: () => 'This interest claim gives a fixed sum and also rate, from or until: a fixed sum is not computed from a rate and dates. Write two claims, e.g. claim interest 3000元 "interest before filing" and claim interest rate LPR from filing until paid.',
  },
  DEBT257: {
    severity: 'warning', citations: ['民法典第189条'],
    zh: (a: { loan: string }) => `借款“${a.loan}”既写了 分期 等额本息/等额本金，又写了 到期 或逐期的 分期 日期：本工具按分期计划生成各期，其余的到期约定不予采用。请只保留合同实际约定的一种。`,
    en: (a: { loan: string }) => `Loan "${a.loan}" has an instalment plan and also a due date or single instalments: the plan's instalments are used and the rest ignored. Keep only what the contract agreed.`,
  },
  DEBT258: {
    severity: 'warning', citations: [],
    zh: () => '“固定”只用于以LPR表示的利率（例如 LPR ×1.5 固定，即按合同成立时的LPR固定）；写明的百分比利率本身就是固定的，此处的“固定”不起作用。',
    en: () => '"fixed" only applies to a rate tied to the LPR (e.g. LPR x1.5 fixed: the LPR at formation); a percentage rate is fixed already, so this has no effect.',
  },
  DEBT420: {
    severity: 'error', citations: ['民间借贷规定第25条', '民间借贷规定第28条'],
    zh: (a: { rate: string; value: string; on: string; cap: string; loan: string }) => `请求按${a.rate}计算借款“${a.loan}”的利息，该利率在${zhd(a.on)}为年利率${a.value}，超过合同成立时一年期LPR的四倍${a.cap}，超过部分不受支持（民间借贷规定第25条、第28条）。请按不超过${a.cap}的利率主张。本工具按不超过上限的合法利率计算。`,
    en: (a: { rate: string; value: string; on: string; cap: string; loan: string }) => `Interest on loan "${a.loan}" is claimed at ${a.rate}, ${a.value} a year on ${a.on}, above 4 × the one-year LPR at formation, ${a.cap}; the excess is not supported (Private Lending Provisions Arts. 25, 28). Claim at most ${a.cap}. The lawful rate (at most the cap) is used.`,
  },
  DEBT421: {
    severity: 'warning', citations: ['民间借贷规定第25条', '民间借贷规定第28条', '民间借贷规定第29条'],
    zh: (a: { claimed: string; lawful: string; excess: string }) => `请求的固定利息${a.claimed}超过按约定与法定上限计算的尚欠利息${a.lawful}（暂计至起诉前一日），超出的${a.excess}缺乏依据，可能不受支持（民间借贷规定第25条、第28条、第29条）。请核对金额，或改为 请求 利息 按 利率。诉讼请求和标的额按所写金额计算。`,
    en: (a: { claimed: string; lawful: string; excess: string }) => `The fixed interest claimed, ${a.claimed}, is more than the unpaid interest computed at the agreed rates within the cap, ${a.lawful} (to the day before filing); the ${a.excess} above it has no basis and may not be supported (Private Lending Provisions Arts. 25, 28, 29). Check the sum, or claim interest at a rate. The claim and its amount follow the sum written.`,
  },
  DEBT422: {
    severity: 'warning', citations: ['民间借贷规定第27条'],
    zh: (a: { date: string; amount: string; principal: string; interest: string; unsupported: string; loan: string }) => `${zhd(a.date)}结算的${a.amount}中，借款“${a.loan}”当日尚欠本金${a.principal}，按不超过合同成立时一年期LPR四倍计算的尚欠利息（含违约金、费用）${a.interest}；超出的${a.unsupported}是超过法定上限的利息，不能认定为后期借款本金（民间借贷规定第27条第1款）。本工具以${a.principal}与${a.interest}之和为结算后的本金。`,
    en: (a: { date: string; amount: string; principal: string; interest: string; unsupported: string; loan: string }) => `Of the ${a.amount} settled on ${a.date}, loan "${a.loan}" had ${a.principal} of principal and ${a.interest} of unpaid interest (with penalty and fees) within 4 × LPR at formation; the remaining ${a.unsupported} is interest above the cap and cannot become principal (Private Lending Provisions Art. 27(1)). The principal after settlement is taken as the sum of the first two.`,
  },
  DEBT423: {
    severity: 'warning', citations: ['民间借贷规定第27条'],
    zh: (a: { payable: string; ceiling: string; excess: string; principal: string; cap: string; from: string; to: string; loan: string }) => `借款“${a.loan}”结算后至借期届满应付本息合计${a.payable}，超过最初本金${a.principal}与以其为基数、按合同成立时一年期LPR四倍${a.cap}计算的整个借款期间（${zhd(a.from)}至${zhd(a.to)}）利息之和${a.ceiling}；超出的${a.excess}不受支持（民间借贷规定第27条第2款）。请相应减少请求。`,
    en: (a: { payable: string; ceiling: string; excess: string; principal: string; cap: string; from: string; to: string; loan: string }) => `After the settlement, loan "${a.loan}" would owe ${a.payable} (principal and interest) at the end of its term, more than the original principal ${a.principal} plus interest on it at 4 × LPR at formation (${a.cap}) over the whole term (${a.from} to ${a.to}), ${a.ceiling}; the ${a.excess} above it is not supported (Private Lending Provisions Art. 27(2)). Reduce the claim accordingly.`,
  },
  DEBT424: {
    severity: 'warning', citations: [],
    zh: (a: { date: string }) => `${zhd(a.date)}宣布借款提前到期缺少证据：提前到期须有合同约定的加速到期条款（或借款人违约的约定情形）为依据。请用 证据 指明载有该条款的借款合同，以及宣布到期的通知及其送达凭证。`,
    en: (a: { date: string }) => `The acceleration of ${a.date} has no evidence: calling in the later instalments needs the contract's acceleration clause (or the agreed default). Name the loan contract with the clause, and the notice and its proof of delivery, with evidence.`,
  },
  DEBT630: {
    severity: 'error', citations: [],
    zh: (a: { from: string; until: string }) => `利息请求的起算日${zhd(a.from)}晚于截止日${zhd(a.until)}：请核对 自 与 至 的日期。`,
    en: (a: { from: string; until: string }) => `The interest claim starts on ${a.from}, after its end ${a.until}: check the from and until dates.`,
  },
});
