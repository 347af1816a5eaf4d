/** DEBT4xx — interest: caps (4 × LPR), 规定29's combined cap, interest not agreed or unclear, deductions, LPR data. */
import { defineMessages } from '../types';
import { formatChineseDate as zhd } from '../../text/dates';

/** `licensed`: the lender is a licensed lender (spec §7.1) — 民法典 only, no 民间借贷规定 (rules.md §1.1). */
/** `oldDefault`: overdue interest before 2020-08-20 at the 6 % of the 2015 rules, then the LPR (spec §8.6: name the rate used). */
interface Overdue404 { loan: string; basis: 'agreed' | 'lpr' | 'period'; rate?: string; lprDate?: string; licensed?: boolean; oldDefault?: boolean }
/** `overdue`: the agreed overdue rate, when one is written (a licensed lender's message says what the overdue phase uses). */
interface Unclear405 { loan: string; persons: boolean; rate?: string; lprDate?: string; licensed?: boolean; overdue?: string }
/**
 * `regime`: the rules of the interest the payment settled — 'new' (4 × LPR), 'old' (all before 2020-08-20: the 24 % / 36 %
 * of the 2015 rules), 'mixed' (both); `natural`: the part kept as interest between 24 % and 36 % (spec §8.6).
 */
interface AboveCap414 { date: string; amount: string; interest: string; principal: string; aboveCap: string; regime?: 'new' | 'old' | 'mixed'; natural?: string }
interface Split409 { formation: string; cap: string; oldRules?: boolean; accruedBefore: boolean; capBinds: boolean; rates?: string }

const INSTITUTION_ZH: Record<string, string> = {
  bank: '银行', microloan: '小额贷款公司', 'financing-guarantee': '融资担保公司', 'equity-market': '区域性股权市场', pawnshop: '典当行',
  leasing: '融资租赁公司', factoring: '商业保理公司', amc: '地方资产管理公司', licensed: '其他金融机构',
};
const INSTITUTION_EN: Record<string, string> = {
  bank: 'bank', microloan: 'small-loan company', 'financing-guarantee': 'financing guarantee company', 'equity-market': 'regional equity market',
  pawnshop: 'pawnshop', leasing: 'financial leasing company', factoring: 'commercial factoring company', amc: 'local asset management company',
  licensed: 'licensed financial institution',
};
/** The seven local financial organisations of the 批复 (the others are licensed institutions of 规定第1条第2款). */
export const LOCAL_FINANCIAL = new Set(['microloan', 'financing-guarantee', 'equity-market', 'pawnshop', 'leasing', 'factoring', 'amc']);

export const interestMessages = defineMessages({
  DEBT401: {
    severity: 'warning', citations: ['民间借贷规定第25条'],
    zh: (a: { agreed: string; cap: string; formation: string; unsupported: string; old?: boolean }) => a.old
      ? `约定的借期内年利率${a.agreed}超过合同成立时（${zhd(a.formation)}）司法解释保护的年利率${a.cap}，超过部分不受支持（年利率超过36%的部分无效，2015年民间借贷规定第26条；民间借贷规定第31条）。本工具按${a.cap}计算2020年8月19日以前的利息；若按约定利率计算将多出${a.unsupported}，该部分不受支持。请按上限主张利息。`
      : `约定的借期内年利率${a.agreed}超过合同成立时（${zhd(a.formation)}）一年期LPR的四倍${a.cap}，超过部分不受支持（民间借贷规定第25条）。本工具按${a.cap}计算；若按约定利率计算将多出${a.unsupported}，该部分不受支持。请按上限主张利息。`,
    en: (a: { agreed: string; cap: string; formation: string; unsupported: string; old?: boolean }) => a.old
      ? `The agreed annual rate ${a.agreed} exceeds the ${a.cap} protected when the contract was formed (${a.formation}); the excess is not supported (above 36% void, 2015 Private Lending Provisions Art. 26; Private Lending Provisions Art. 31). Interest up to 2020-08-19 is computed at ${a.cap}; computed at the agreed rate it would be ${a.unsupported} more, and that part is not supported. Claim at the cap.`
      : `The agreed annual rate ${a.agreed} exceeds 4 × the one-year LPR when the contract was formed (${a.formation}), ${a.cap}; the excess is not supported (Private Lending Provisions Art. 25). Computed at ${a.cap}; computed at the agreed rate it would be ${a.unsupported} more, and that part is not supported. Claim at the cap.`,
  },
  DEBT402: {
    severity: 'warning', citations: ['民间借贷规定第28条'],
    zh: (a: { agreed: string; cap: string }) => `约定的逾期年利率${a.agreed}超过一年期LPR的四倍${a.cap}，以${a.cap}为限（民间借贷规定第28条第1款）。本工具按${a.cap}计算逾期利息。`,
    en: (a: { agreed: string; cap: string }) => `The agreed overdue annual rate ${a.agreed} exceeds 4 × LPR, ${a.cap}; it is limited to ${a.cap} (Private Lending Provisions Art. 28(1)). Overdue interest is computed at ${a.cap}.`,
  },
  DEBT403: {
    severity: 'warning', citations: ['民间借贷规定第29条'],
    zh: (a: { total: string; cap: string; unsupported: string }) => `逾期利率、违约金与其他费用合计年化${a.total}，超过一年期LPR四倍${a.cap}的部分不受支持（民间借贷规定第29条）。本工具将三者合计限于${a.cap}，超出部分${a.unsupported}未计入。`,
    en: (a: { total: string; cap: string; unsupported: string }) => `Overdue interest, penalty and fees add up to ${a.total} a year; the part above 4 × LPR (${a.cap}) is not supported (Private Lending Provisions Art. 29). Their total is limited to ${a.cap}; ${a.unsupported} is left out.`,
  },
  DEBT404: {
    // 民间借贷规定 citations are added where the loan is private lending (interest-checks.ts); 民法典 governs every loan.
    severity: 'information', citations: ['民法典第680条'],
    // The overdue sentence follows the basis the computation used (规定28 ¶1 agreed, ¶2(一) LPR); for a licensed
    // lender 民法典第676条 (「按照约定或者国家有关规定」), the LPR being only a figure to argue.
    zh: (a: Overdue404) => a.licensed
      ? `借款“${a.loan}”未约定利息（或约定为无）：借期内不计利息（民法典第680条第2款）。${a.basis === 'agreed'
        ? `逾期利息按约定的逾期年利率${a.rate ?? ''}计算（民法典第676条）。`
        : `未约定逾期利率：逾期利息按照约定或者国家有关规定支付（民法典第676条），本工具暂按${a.lprDate ? `${zhd(a.lprDate)}发布的` : ''}一年期LPR ${a.rate ?? ''}计算逾期利息（非法定标准，需在庭审中主张和论证）。`}如借款合同约定了利息，请写 利率。`
      : `借款“${a.loan}”未约定利息（或约定为无）：借期内不计利息（民法典第680条第2款；民间借贷规定第24条）。${a.basis === 'agreed'
      ? `逾期利息按约定的逾期年利率${a.rate ?? ''}计算（民间借贷规定第28条第1款）。`
      : a.oldDefault
        ? `未约定逾期利率：2020年8月19日以前的逾期利息按当时的司法解释以年利率6%计算（2015年民间借贷规定，待确认；民间借贷规定第31条），自2020年8月20日起按一年期LPR计算（民间借贷规定第28条第2款第1项）${a.rate && a.lprDate ? `，本工具采用${zhd(a.lprDate)}的${a.rate}` : ''}。`
        : `未约定逾期利率，逾期后可按一年期LPR主张逾期利息（民间借贷规定第28条第2款第1项）${a.rate && a.lprDate ? `，本工具采用${zhd(a.lprDate)}的${a.rate}` : ''}。`}如借条约定了利息，请写 利率。`,
    en: (a: Overdue404) => a.licensed
      ? `The loan "${a.loan}" has no agreed interest: none for the loan period (Civil Code Art. 680(2)). ${a.basis === 'agreed'
        ? `Overdue interest at the agreed overdue rate ${a.rate ?? ''} (Civil Code Art. 676).`
        : `No overdue rate either: overdue interest is owed as agreed or under state rules (Civil Code Art. 676); computed provisionally at the one-year LPR ${a.rate ?? ''}${a.lprDate ? ` published ${a.lprDate}` : ''} — a figure to be argued, not a rule.`} If the loan contract states a rate, add interest RATE.`
      : `The loan "${a.loan}" has no agreed interest: none for the loan period (Civil Code Art. 680(2); Private Lending Provisions Art. 24). ${a.basis === 'agreed'
      ? `Overdue interest at the agreed overdue rate ${a.rate ?? ''} (Art. 28(1)).`
      : a.oldDefault
        ? `No overdue rate either: overdue interest up to 2020-08-19 at the 6% of the rules then in force (2015 Private Lending Provisions, unconfirmed; Art. 31), from 2020-08-20 at the one-year LPR (Art. 28(2)(1))${a.rate && a.lprDate ? `, here the ${a.rate} of ${a.lprDate}` : ''}.`
        : `No overdue rate either: overdue interest at the one-year LPR (Art. 28(2)(1))${a.rate && a.lprDate ? `, here the ${a.rate} of ${a.lprDate}` : ''}.`} If the IOU states a rate, add interest RATE.`,
  },
  DEBT405: {
    // As DEBT404: 民间借贷规定第24条 is added for private lending only.
    severity: 'warning', citations: ['民法典第680条'],
    zh: (a: Unclear405) => a.licensed
      ? `借款“${a.loan}”利息约定不明：当事人不能达成补充协议的，按照当地或者当事人的交易方式、交易习惯、市场利率等因素确定利息（民法典第680条第3款）。本工具暂按${a.lprDate ? `${zhd(a.lprDate)}发布的` : ''}一年期LPR ${a.rate ?? ''}计算借期内利息${a.overdue
        ? `，逾期利息按约定的逾期年利率${a.overdue}计算（民法典第676条）`
        : '；未约定逾期利率，逾期后沿用该利率（民法典第676条）'}。该利率非法定标准，需在庭审中主张和论证，可举证出借人同类贷款的利率和交易习惯。`
      : a.persons
      ? `借款“${a.loan}”利息约定不明，且为自然人之间借贷：视为没有利息（民法典第680条第3款；民间借贷规定第24条第2款）。`
      : `借款“${a.loan}”利息约定不明：法院将结合合同内容、交易习惯、市场报价利率等确定利息（民法典第680条第3款；民间借贷规定第24条第2款）。本工具暂按一年期LPR ${a.rate ?? ''}计算（非法定标准，需在庭审中主张和论证）。`,
    en: (a: Unclear405) => a.licensed
      ? `Interest on "${a.loan}" is unclear: failing a supplementary agreement it is set from local or the parties' practice, usage and market rates (Civil Code Art. 680(3)). The loan period is computed provisionally at the one-year LPR ${a.rate ?? ''}${a.lprDate ? ` published ${a.lprDate}` : ''}; ${a.overdue
        ? `overdue interest at the agreed overdue rate ${a.overdue} (Civil Code Art. 676)`
        : 'no overdue rate agreed, so the same rate runs after the due date (Civil Code Art. 676)'}. That rate is a figure to be argued, not a rule: the lender's rates for similar loans and its dealings are the evidence.`
      : a.persons
      ? `Interest on "${a.loan}" is unclear and both sides are natural persons: no interest (Civil Code Art. 680(3); Private Lending Provisions Art. 24(2)).`
      : `Interest on "${a.loan}" is unclear: the court sets it from the contract, usage and the LPR (Civil Code Art. 680(3); Art. 24(2)). Computed provisionally at the one-year LPR ${a.rate ?? ''} — a default to be argued, not a rule.`,
  },
  DEBT406: {
    severity: 'information', citations: ['民法典第670条', '民间借贷规定第26条'],
    zh: (a: { deducted: string; principal: string }) => `预先扣除的利息${a.deducted}不计入本金：本金按实际出借的${a.principal}认定（民法典第670条；民间借贷规定第26条）。`,
    en: (a: { deducted: string; principal: string }) => `Interest deducted up front (${a.deducted}) is not principal: the principal is what was actually lent, ${a.principal} (Civil Code Art. 670; Private Lending Provisions Art. 26).`,
  },
  DEBT407: {
    severity: 'warning', citations: ['民法典第670条', '民间借贷规定第26条'],
    zh: (a: { amount: string; principal: string }) => `借条金额${a.amount}与实际交付的本金${a.principal}不一致，可能存在预扣利息（“砍头息”）：本金按实际出借金额认定（民间借贷规定第26条）。请核对交付记录；如确为预扣，请写 预扣利息 金额。`,
    en: (a: { amount: string; principal: string }) => `The IOU amount ${a.amount} differs from the principal actually delivered, ${a.principal}; interest may have been deducted up front: the principal is what was actually lent (Private Lending Provisions Art. 26). Check the deliveries; if interest was deducted, add deducted AMOUNT.`,
  },
  DEBT408: {
    severity: 'warning', citations: ['民间借贷规定第25条'],
    zh: (a: { date: string; last: string; rate: string }) => `${zhd(a.date)}的一年期LPR尚未收录（已知最近一次发布为${zhd(a.last)}，${a.rate}）：暂沿用该值计算，请核对全国银行间同业拆借中心的最新发布，并在设置 debt.lpr.extra 或工作区 .debt-lpr.json 中补充。`,
    en: (a: { date: string; last: string; rate: string }) => `The one-year LPR for ${a.date} is not in the table (last known publication ${a.last}, ${a.rate}): that value is carried forward. Check the latest publication and add it in the setting debt.lpr.extra or .debt-lpr.json.`,
  },
  DEBT409: {
    severity: 'information', citations: ['民间借贷规定第31条', '2015年民间借贷规定第26条'],
    // Says only what applies to this loan: the old rules only if interest accrued before 2020-08-20; 4 × LPR as
    // the rate only where it bound, otherwise the rate actually used.
    zh: (a: Split409) => `合同成立于${zhd(a.formation)}，早于2020年8月20日（民间借贷规定第31条）：${!a.accruedBefore
      ? '本借款在2020年8月20日以前未产生利息，不涉及当时司法解释的适用。'
      : a.oldRules === false
        ? `按设置（debt.interest.applyOldRulesBefore20200820 已关闭）未适用当时的司法解释，${a.capBinds ? `全部利息按起诉时一年期LPR四倍${a.cap}计算` : `全部利息按${a.rates}计算（未超过起诉时一年期LPR四倍${a.cap}）`}。如出借人请求对2020年8月19日以前的利息适用年利率24%的上限，请打开该设置并在诉讼请求中明确请求。`
        : '2020年8月19日以前的利息按当时的司法解释以年利率24%为限，请在诉讼请求中明确请求适用当时的司法解释。'}${a.oldRules === false && a.accruedBefore ? '' : !a.rates ? ''
      : a.capBinds ? `自2020年8月20日起的利息按起诉时一年期LPR四倍${a.cap}计算。` : `自2020年8月20日起的利息按${a.rates}计算，未超过起诉时一年期LPR四倍${a.cap}的上限。`}`,
    en: (a: Split409) => `The contract was formed on ${a.formation}, before 2020-08-20 (Private Lending Provisions Art. 31): ${!a.accruedBefore
      ? 'no interest accrued before 2020-08-20, so the old rules do not come into it.'
      : a.oldRules === false
        ? `the old rules are not applied (setting debt.interest.applyOldRulesBefore20200820 is off), so ${a.capBinds ? `all interest is capped at 4 × LPR at filing, ${a.cap}` : `all interest is computed at ${a.rates} (within 4 × LPR at filing, ${a.cap})`}. If the lender asks for the 24% cap up to 2020-08-19, turn the setting on and request it in the complaint.`
        : 'interest up to 2020-08-19 is capped at 24% under the interpretation then in force; request the old rules expressly in the complaint.'}${a.oldRules === false && a.accruedBefore ? '' : !a.rates ? ''
      : a.capBinds ? ` From 2020-08-20 interest is capped at 4 × LPR at filing, ${a.cap}.` : ` From 2020-08-20 interest is computed at ${a.rates}, within 4 × LPR at filing (${a.cap}).`}`,
  },
  DEBT410: {
    severity: 'warning', citations: ['民间借贷规定第31条'],
    zh: (a: { formation: string }) => `合同成立于${zhd(a.formation)}，早于2015年9月1日：此前期间适用2015年规定还是更早的司法解释存在争议，请人工复核利息计算。`,
    en: (a: { formation: string }) => `The contract was formed on ${a.formation}, before 2015-09-01: whether the 2015 rules or older ones govern the early portion is unsettled; review the interest by hand.`,
  },
  DEBT411: {
    severity: 'information', citations: ['民间借贷规定第25条'],
    zh: (a: { date: string }) => `合同成立日${zhd(a.date)}恰为LPR发布日：本工具采用当日新发布的LPR；如合同成立于发布之前（当日上午9时前后），对方可能主张适用前一期LPR。`,
    en: (a: { date: string }) => `The formation date ${a.date} is an LPR publication day: the new LPR is used; if the contract was formed before the morning publication, the previous value may be argued.`,
  },
  DEBT412: {
    severity: 'warning', citations: ['民间借贷规定第29条'],
    zh: (a: { what: string; amount: string; supported: string; unsupported: string; cap: string }) => `约定的${a.what}为固定金额${a.amount}：逾期利率、违约金和其他费用合计以一年期LPR的四倍（${a.cap}）为限（民间借贷规定第29条），按逾期期间计算，逾期利息之外尚可主张${a.supported}，超出的${a.unsupported}不受支持。本工具按${a.supported}计入。`,
    en: (a: { what: string; amount: string; supported: string; unsupported: string; cap: string }) => `The agreed ${a.what} is a fixed amount, ${a.amount}: overdue interest, penalty and other fees together are limited to 4 × the one-year LPR (${a.cap}) (Private Lending Provisions Art. 29); over the overdue period only ${a.supported} fits beside the overdue interest, and ${a.unsupported} is not supported. ${a.supported} is counted.`,
  },
  DEBT413: {
    severity: 'warning', citations: ['民间借贷规定第1条'],
    zh: (a: { lender: string; kind: string; local: boolean }) => `出借人“${a.lender}”为${INSTITUTION_ZH[a.kind] ?? a.kind}：${a.local
      ? '地方金融组织因从事相关金融业务引发的纠纷，不适用民间借贷规定（最高人民法院关于新民间借贷司法解释适用范围问题的批复第一条）'
      : '经金融监管部门批准设立的从事贷款业务的金融机构因发放贷款等相关金融业务引发的纠纷，不适用民间借贷规定（民间借贷规定第1条第2款）'}。本工具按其经营的金融业务处理该借款：未适用一年期LPR四倍的利率上限和民间借贷规定第25条至第31条，约定的利率、逾期利率、违约金和费用均按约定计算；民间借贷的证据规则（第15条、第16条）亦未适用。诉讼时效、诉讼费和程序规则照常适用。金融借款的利息和费用受金融监管规定约束，请另行核对。`,
    en: (a: { lender: string; kind: string; local: boolean }) => `The lender "${a.lender}" is a ${INSTITUTION_EN[a.kind] ?? a.kind}: ${a.local
      ? 'disputes from the financial business of local financial organisations are outside the Private Lending Provisions (SPC Reply on their scope, item 1)'
      : 'disputes from the lending of licensed financial institutions are outside the Private Lending Provisions (Art. 1(2))'}. The loan is treated as that business: no 4 × LPR cap and no Arts. 25–31, agreed rates, overdue rate, penalty and fees as agreed; nor the private-lending evidence rules (Arts. 15, 16). Limitation, fees and procedure apply as usual. Financial regulation limits such interest and fees: check them separately.`,
  },
  DEBT414: {
    // The rules of the regime are added where emitted (interest-credits.ts): 规定第25条 for 4 × LPR, 2015年规定 for the old part.
    severity: 'information', citations: ['民法典第561条'],
    zh: (a: AboveCap414) => a.regime === 'old' || a.regime === 'mixed'
      ? `${zhd(a.date)}的还款${a.amount}约定冲抵利息，但当时依法可主张的利息仅${a.interest}（${a.regime === 'old'
        ? '2020年8月19日以前的利息按当时的司法解释以年利率24%为限，2015年民间借贷规定第26条第1款'
        : '2020年8月19日以前的利息以年利率24%为限，2015年民间借贷规定第26条；此后以起诉时一年期LPR的四倍为限，民间借贷规定第31条'}）：${a.natural
        ? `年利率24%至36%之间的利息${a.natural}已自愿支付，不予返还，亦不抵充本金（2015年民间借贷规定第31条）；` : ''}按约定利率计算超过${a.regime === 'old' ? '年利率36%' : '上述上限（2020年8月19日以前为年利率36%）'}的利息${a.aboveCap}不受支持（2015年民间借贷规定第26条第2款${a.regime === 'mixed' ? '；民间借贷规定第25条、第31条' : ''}），该笔还款其余${a.principal}冲抵本金（超付利息抵充本金为法院通常做法，待确认）。诉状中可按此主张该笔还款的抵充。`
      : `${zhd(a.date)}的还款${a.amount}约定冲抵利息，但当时依法可主张的利息仅${a.interest}：按约定利率计算超出LPR四倍上限的利息${a.aboveCap}不受支持（民间借贷规定第25条），该笔还款其余${a.principal}冲抵本金（超付利息抵充本金为法院通常做法，待确认）。诉状中可按此主张该笔还款的抵充。`,
    en: (a: AboveCap414) => a.regime === 'old' || a.regime === 'mixed'
      ? `The payment of ${a.amount} on ${a.date} was put to interest, but only ${a.interest} of lawful interest was owed then (${a.regime === 'old'
        ? 'interest up to 2020-08-19 is limited to 24% under the rules then in force, 2015 Private Lending Provisions Art. 26(1)'
        : 'up to 2020-08-19 24%, 2015 Private Lending Provisions Art. 26; from 2020-08-20 4 × the one-year LPR at filing, Private Lending Provisions Art. 31'}): ${a.natural
        ? `the ${a.natural} of interest between 24% and 36% stays paid, neither returned nor credited to principal (2015 Provisions Art. 31); ` : ''}the ${a.aboveCap} of agreed interest above ${a.regime === 'old' ? '36%' : 'those limits (36% before 2020-08-20)'} is not supported (2015 Provisions Art. 26(2)${a.regime === 'mixed' ? '; Private Lending Provisions Arts. 25, 31' : ''}), so the other ${a.principal} went to principal (crediting excess interest to principal is common practice, unconfirmed). Plead the payment this way.`
      : `The payment of ${a.amount} on ${a.date} was put to interest, but only ${a.interest} of lawful interest was owed then: the ${a.aboveCap} of agreed interest above the 4 × LPR cap is not supported (Private Lending Provisions Art. 25), so the other ${a.principal} went to principal (crediting excess interest to principal is common practice, unconfirmed). Plead the payment this way.`,
  },
  DEBT415: {
    severity: 'warning', citations: [],
    zh: (a: { amount: string; what?: string; capNote: boolean }) => `请求实现债权费用${a.amount}${a.what ? `（${a.what}）` : ''}：须借款合同约定由借款人承担实现债权的费用，并提供委托代理合同和发票（付款凭证）为证据。${a.capNote ? '此类费用是否计入民间借贷规定第29条逾期利息、违约金和其他费用合计以LPR四倍为限的上限，各地法院做法不一（待确认）；本工具将其单列为一项请求，未计入该上限。' : ''}`,
    en: (a: { amount: string; what?: string; capNote: boolean }) => `Claiming ${a.amount} of costs of enforcing the debt${a.what ? ` (${a.what})` : ''}: the contract must put these costs on the borrower, and the engagement contract and invoice (proof of payment) are the evidence.${a.capNote ? ' Courts differ on whether such costs count inside the combined 4 × LPR cap of Private Lending Provisions Art. 29 (unconfirmed); they are claimed here as a separate item, outside that cap.' : ''}`,
  },
});
