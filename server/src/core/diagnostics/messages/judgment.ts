/** DEBT240–DEBT249 — what the judgment awarded (spec §8.2): who is ordered to pay, the award items, payments on them; instalments and stays (DEBT245–DEBT247), several payers (DEBT248). */
import { defineMessages } from '../types';
import { formatChineseDate } from '../../text/dates';

const zhd = (d: string) => formatChineseDate(d);

export const judgmentMessages = defineMessages({
  DEBT240: {
    severity: 'warning', citations: [],
    zh: (a: { name: string; caseNumber: string }) => `判决${a.caseNumber}写明由“${a.name}”给付，但“${a.name}”是本案原告：强制执行只能针对生效判决确定的义务人（被执行人）。请核对判决主文，把给付义务人写为被告。`,
    en: (a: { name: string; caseNumber: string }) => `Judgment ${a.caseNumber} is written as ordering "${a.name}" to pay, but "${a.name}" is a plaintiff of this case: enforcement lies only against the party the judgment orders (Civil Procedure Law Art. 247). Check the operative part and name the defendant who must pay.`,
  },
  DEBT241: {
    severity: 'warning', citations: ['民诉法第264条'],
    zh: (a: { awarded: string; sum: string }) => `判决金额${a.awarded}与判项中除一般债务利息以外的金额合计${a.sum}不一致。写明判项时，以各判项计算执行标的和加倍部分债务利息（迟延利息解释第1条）；请按判决主文核对判项，或删去 判决金额。`,
    en: (a: { awarded: string; sum: string }) => `The amount awarded (${a.awarded}) differs from the award items other than general interest (${a.sum}). With award items, the enforcement figures and the doubled delay interest are computed from the items (Delay Interest Interpretation Art. 1): check the items against the judgment, or remove the amount awarded.`,
  },
  DEBT242: {
    severity: 'error', citations: [],
    zh: (a: { from: string; until: string }) => `利息判项的起算日${zhd(a.from)}晚于截止日${zhd(a.until)}：请按判决主文核对“自…起计算至…止”的日期。`,
    en: (a: { from: string; until: string }) => `The interest item starts on ${a.from}, after its end on ${a.until}: check the dates of the judgment's "from … until …".`,
  },
  DEBT243: {
    severity: 'warning', citations: ['民法典第561条'],
    zh: (a: { paid: string; overpaid: string }) => `判决后已履行${a.paid}，超出判决确定的全部款项及加倍部分债务利息${a.overpaid}：请核对 还款 记录；已全部履行的判决无需申请执行。`,
    en: (a: { paid: string; overpaid: string }) => `Payments on the judgment (${a.paid}) exceed everything it ordered plus the doubled delay interest by ${a.overpaid}: check the payments; a judgment performed in full needs no enforcement.`,
  },
  DEBT244: {
    severity: 'warning', citations: [],
    zh: (a: { caseNumber: string }) => `判决${a.caseNumber}的判项未写明由谁给付（由 …），本案也没有被告：申请执行书无法列明被执行人。请在判项后写 由 被告姓名，或声明被告。`,
    en: (a: { caseNumber: string }) => `The award items of judgment ${a.caseNumber} do not say who pays (by …) and the case has no defendant: the enforcement application cannot name a judgment debtor. Add "by NAME" to the items, or declare the defendant.`,
  },
  DEBT245: {
    severity: 'warning', citations: ['迟延利息解释第2条', '迟延利息解释第1条'],
    zh: (a: { sum: string; money: string; count: number }) => `${a.count}期分期履行的金额合计${a.sum}，与判决确定的除一般债务利息以外的金钱债务${a.money}不一致。加倍部分债务利息按每期未履行部分自该期履行期间届满之日起计算（迟延利息解释第2条）：超出部分不计，不足部分自履行期限届满之日起计算。请按判决主文核对 分期 的日期和金额。`,
    en: (a: { sum: string; money: string; count: number }) => `The ${a.count} instalments add up to ${a.sum}, not the ${a.money} ordered other than general interest. The doubled delay interest runs on each instalment's unpaid part from the end of its own period (Delay Interest Interpretation Art. 2): any excess is not counted, and a shortfall runs from the end of the performance period. Check the instalments against the judgment.`,
  },
  DEBT246: {
    severity: 'warning', citations: ['迟延利息解释第2条', '民诉法第250条'],
    zh: (a: { date: string; performBy: string }) => `分期履行期限${zhd(a.date)}晚于判决的履行期限${zhd(a.performBy)}：判决确定分期履行的，加倍部分债务利息自每期履行期间届满之日起计算（迟延利息解释第2条），申请执行期间自最后一期履行期限届满之日起计算（民事诉讼法第250条）。请按判决主文核对 分期 或 履行期限。`,
    en: (a: { date: string; performBy: string }) => `The instalment due ${a.date} falls after the judgment's performance date ${a.performBy}: with instalments the doubled interest runs from the end of each instalment's period (Delay Interest Interpretation Art. 2) and the enforcement period from the last instalment (Civil Procedure Law Art. 250). Check the instalment or the performance date against the judgment.`,
  },
  DEBT247: {
    severity: 'warning', citations: ['迟延利息解释第3条'],
    zh: (a: { from: string; to: string; start: string | null; reversed: boolean }) => a.reversed
      ? `中止期间的截止日${zhd(a.to)}早于起始日${zhd(a.from)}：请按中止（暂缓）执行的裁定或决定核对日期。`
      : a.start
        ? `中止期间自${zhd(a.from)}起，早于加倍部分债务利息的起算日${zhd(a.start)}：此前不计算加倍部分债务利息，中止只在迟延履行期间内扣除（迟延利息解释第3条第3款）。请核对中止（暂缓）执行的日期。`
        : `判决未写明履行期限或生效日期，无法确定迟延履行期间，中止期间${zhd(a.from)}至${zhd(a.to)}无从扣除（迟延利息解释第3条第3款）。请写明 履行期限 或 生效。`,
    en: (a: { from: string; to: string; start: string | null; reversed: boolean }) => a.reversed
      ? `The stay ends on ${a.to}, before it begins on ${a.from}: check the dates against the order staying enforcement.`
      : a.start
        ? `The stay begins on ${a.from}, before the doubled delay interest starts on ${a.start}: no doubled interest runs before then, so a stay only removes days inside the delay period (Delay Interest Interpretation Art. 3(3)). Check the dates of the stay.`
        : `The judgment has no performance or effective date, so the delay period and the stay from ${a.from} to ${a.to} cannot be placed (Delay Interest Interpretation Art. 3(3)). Add the performance or effective date.`,
  },
  DEBT248: {
    severity: 'information', citations: ['民法典第518条', '民法典第517条'],
    zh: (a: { names: string }) => `判项由${a.names}数人给付，未写明共同、连带还是按份：本工具按“共同”处理，申请执行时请求各被执行人对该项全部款项负清偿责任。请按判决主文在 由 ${a.names} 之后写明 共同、连带 或 按份（按份而未定份额的，视为份额相同，民法典第517条第2款）。`,
    en: (a: { names: string }) => `The item is ordered against several payers (${a.names}) without saying jointly (共同), jointly and severally (连带) or in shares (按份): it is read as 共同, and the enforcement application asks each for the whole item. Write the word the judgment uses after "by ${a.names}" (shares not fixed are equal, Civil Code Art. 517(2)).`,
  },
});
