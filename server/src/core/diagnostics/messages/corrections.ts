/**
 * Spec §8.5–§8.6 (issue 17): the law as courts apply it — a demand before the loan (DEBT250), interest kept under the
 * 2015 rules (DEBT416), a licensed lender's total above 24 % (DEBT417, DEBT419), a repayment larger than the debt
 * (DEBT418), the two-year period of 民法通则 (DEBT520), a placeholder court (DEBT620).
 */
import { defineMessages } from '../types';
import { formatChineseDate as zhd } from '../../text/dates';

interface Natural416 { date: string; amount: string; interest: string; natural: string }
/** `setting`: the value of debt.interest.licensedCap; `capped` the figure claimed under it (not 'none'). */
interface Licensed417 {
  lender: string; rate: string; through: string; agreed: string; at24: string; diff: string;
  setting: 'none' | '24' | '4xLPR'; capped?: string; cap?: string;
}
interface Overpaid418 { date: string; amount: string; owed: string; overpaid: string }
interface OldLimitation520 { start: string; twoYearEnd: string; ended: boolean; end: string }

export const correctionMessages = defineMessages({
  DEBT250: {
    severity: 'error', citations: [],
    zh: (a: { date: string; delivered: string; loans: string }) => `催收日${zhd(a.date)}早于${a.loans}的首次交付日${zhd(a.delivered)}：借款尚未出借即催收，该催收对这些借款不发生效力（既不确定还款期限，也不中断诉讼时效）。请核对催收日期，或核对所催收的借款。`,
    en: (a: { date: string; delivered: string; loans: string }) => `The demand of ${a.date} is before the first delivery of ${a.loans} (${a.delivered}): a debt that did not exist yet cannot be demanded, so the demand has no effect on it (it fixes no due date and interrupts no limitation period). Check the demand's date, or the loan it concerns.`,
  },
  DEBT416: {
    severity: 'information', citations: ['2015年民间借贷规定第26条', '2015年民间借贷规定第31条', '民间借贷规定第31条'],
    zh: (a: Natural416) => `${zhd(a.date)}的还款${a.amount}约定冲抵利息：2020年8月19日以前的利息按当时的司法解释以年利率24%为限，当时依法可主张的利息为${a.interest}；其余${a.natural}为年利率24%至36%之间的利息，借款人已自愿支付的，不予返还，亦不抵充本金（2015年民间借贷规定第26条、第31条；民间借贷规定第31条第2款）。本工具未以该部分冲抵本金。`,
    en: (a: Natural416) => `The payment of ${a.amount} on ${a.date} was put to interest: interest up to 2020-08-19 is limited to 24 % a year under the rules then in force, so ${a.interest} was lawful interest; the other ${a.natural} is interest between 24 % and 36 % a year, which stays paid once paid: not returnable and not credited to principal (2015 Private Lending Provisions Arts. 26, 31; Private Lending Provisions Art. 31(2)). It is not applied to principal.`,
  },
  DEBT417: {
    severity: 'warning', citations: ['金融审判意见第2条'],
    zh: (a: Licensed417) => `出借人“${a.lender}”为持牌金融机构或地方金融组织，本借款的利息、罚息、违约金和其他费用按约定计算（年化最高${a.rate}）：暂计至${zhd(a.through)}共${a.agreed}。法院通常对金融借款的利息、复利、罚息、违约金和其他费用总计超过年利率24%的部分予以调减（法发〔2017〕22号第2条）；按年利率24%计算为${a.at24}，相差${a.diff}。如按调减后的数额主张，可将设置 debt.interest.licensedCap 设为 24（命令行 --licensed-cap 24）。`,
    en: (a: Licensed417) => `The lender "${a.lender}" is a licensed lender, so interest, penalty interest, penalty and fees are computed as agreed (up to ${a.rate} a year): ${a.agreed} through ${a.through}. Courts commonly reduce the total of interest, compound interest, penalty interest, penalty and other fees of a financial loan above 24 % a year (SPC Opinions on financial trials, Fa Fa [2017] No. 22, item 2); at 24 % it is ${a.at24}, ${a.diff} less. To claim the reduced figure, set debt.interest.licensedCap to 24 (CLI --licensed-cap 24).`,
  },
  DEBT418: {
    severity: 'warning', citations: ['民法典第561条'],
    zh: (a: Overpaid418) => `${zhd(a.date)}的还款${a.amount}超过当时所欠的全部本金、利息和费用（${a.owed}），多出的${a.overpaid}未抵充任何款项，该借款的请求金额因此为零。请核对金额是否有误（例如多写了一位数字）；确为多付的，多付部分不属本借款的还款。`,
    en: (a: Overpaid418) => `The payment of ${a.amount} on ${a.date} is more than everything owed on the loan then (${a.owed}): the ${a.overpaid} over is applied to nothing, and the claim on this loan is therefore nil. Check the amount (a digit too many?); if it really was overpaid, the excess is not a repayment of this loan.`,
  },
  DEBT419: {
    severity: 'information', citations: ['金融审判意见第2条'],
    zh: (a: Licensed417) => `出借人“${a.lender}”为持牌金融机构或地方金融组织；按设置 debt.interest.licensedCap（${a.setting}），利息、罚息、违约金和其他费用合计以${a.setting === '24' ? '年利率24%' : `一年期LPR的四倍（${a.cap ?? ''}）`}为限计算：暂计至${zhd(a.through)}共${a.capped ?? ''}；按约定计算（年化最高${a.rate}）为${a.agreed}，按年利率24%计算为${a.at24}（法院通常对总计超过年利率24%的部分予以调减，法发〔2017〕22号第2条）。`,
    en: (a: Licensed417) => `The lender "${a.lender}" is a licensed lender; under the setting debt.interest.licensedCap (${a.setting}) interest, penalty interest, penalty and fees together are limited to ${a.setting === '24' ? '24 % a year' : `4 × the one-year LPR (${a.cap ?? ''})`}: ${a.capped ?? ''} through ${a.through}. As agreed (up to ${a.rate} a year) it is ${a.agreed}; at 24 % ${a.at24} (courts commonly reduce the total above 24 % a year, Fa Fa [2017] No. 22, item 2).`,
  },
  DEBT520: {
    severity: 'information', citations: ['民法通则第135条', '民法总则时效解释第2条', '民法总则时效解释第3条'],
    zh: (a: OldLimitation520) => a.ended
      ? `诉讼时效自${zhd(a.start)}起算，当时适用民法通则第135条规定的二年期间，于${zhd(a.twoYearEnd)}届满，早于2017年10月1日民法总则施行：已经届满的不适用三年期间（法释〔2018〕12号第3条）。此后的催收不能使其恢复；债务人事后同意履行或还款的，不得再以时效抗辩。`
      : `诉讼时效自${zhd(a.start)}起算，依民法通则第135条为二年，至2017年10月1日民法总则施行时尚未届满（二年期间末日为${zhd(a.twoYearEnd)}）：适用三年期间（法释〔2018〕12号第2条），末日为${zhd(a.end)}。`,
    en: (a: OldLimitation520) => a.ended
      ? `The limitation period ran from ${a.start} under the two years of General Principles of Civil Law Art. 135 and ended on ${a.twoYearEnd}, before the General Part took effect on 2017-10-01: a period already ended does not become three years (Fa Shi [2018] No. 12, Art. 3). A later demand cannot revive it; a later promise or payment by the debtor waives the defence.`
      : `The limitation period ran from ${a.start}: two years under General Principles of Civil Law Art. 135, not yet ended on 2017-10-01 (it would have ended on ${a.twoYearEnd}), so it became three years (Fa Shi [2018] No. 12, Art. 2); last day ${a.end}.`,
  },
  DEBT620: {
    severity: 'warning', citations: ['民诉法第124条'],
    zh: (a: { court: string }) => `受诉法院“${a.court}”是占位名称，不是实际的法院：生成起诉状等文书前，请写明受诉人民法院的全称（例如 北京市朝阳区人民法院）。`,
    en: (a: { court: string }) => `The court "${a.court}" is a placeholder, not a real court: before generating the complaint or any other document, write the court's full name (e.g. 北京市朝阳区人民法院).`,
  },
});
