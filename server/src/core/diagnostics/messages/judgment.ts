/** DEBT240–DEBT249 — what the judgment awarded (spec §8.2): who is ordered to pay, the award items, payments on them. */
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
});
