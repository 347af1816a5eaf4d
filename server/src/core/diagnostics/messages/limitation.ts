/** DEBT5xx — limitation (诉讼时效) and guarantee periods: always warnings, never a block (民法典第193条). */
import { defineMessages } from '../types';
import { formatChineseDate as zhd } from '../../text/dates';

const EVENT_ZH: Record<string, string> = { repaid: '还款', demanded: '催收', acknowledged: '债务人确认' };
const EVENT_EN: Record<string, string> = { repaid: 'repayment', demanded: 'demand', acknowledged: 'acknowledgement' };

export const limitationMessages = defineMessages({
  DEBT501: {
    severity: 'warning', citations: ['民法典第675条', '时效规定第4条'],
    zh: (a: { loan: string }) => `借款“${a.loan}”未约定还款期限且没有催收记录，诉讼时效起算日无法确定：期限自债权人要求履行的宽限期届满之日起算（民法典第675条；时效规定第4条）。请补充 催收 日期，或写明 到期 日期。`,
    en: (a: { loan: string }) => `The loan "${a.loan}" has no term and no demand, so the limitation period has no start: it runs from the end of the grace period given in a demand (Civil Code Art. 675; Limitation Provisions Art. 4). Add a demand or a due date.`,
  },
  DEBT502: {
    severity: 'warning', citations: ['民法典第188条', '民法典第192条', '民法典第193条'],
    zh: (a: { end: string; asOf: string }) => `诉讼时效可能已于${zhd(a.end)}届满（起诉日${zhd(a.asOf)}）：法院不得主动适用，但被告可提出时效抗辩（民法典第188条、第193条）。请核实有无中断事由（催收、部分还款、债务人确认），或债务人在期满后同意履行的证据（民法典第192条）。`,
    en: (a: { end: string; asOf: string }) => `The limitation period may have ended on ${a.end} (as of ${a.asOf}): the court will not raise it itself, but the defendant can (Civil Code Arts. 188, 193). Check for interruptions (demands, part payments, acknowledgements) or a later promise to pay (Art. 192).`,
  },
  DEBT503: {
    severity: 'warning', citations: ['民法典第188条', '民法典第203条'],
    zh: (a: { end: string; days: number; oneDayLater: boolean }) => `诉讼时效将于${zhd(a.end)}届满，距起诉日仅剩${a.days}天：请尽快起诉或取得中断时效的证据（民法典第188条、第203条）。${a.oneDayLater ? '本工具自到期日起算；另有自到期次日起算的理解，稳妥起见请以较早日期为准。' : ''}`,
    en: (a: { end: string; days: number; oneDayLater: boolean }) => `The limitation period ends on ${a.end}, ${a.days} day(s) after the as-of date: file soon or secure evidence of an interruption (Civil Code Arts. 188, 203).${a.oneDayLater ? ' Counted from the due date; another reading counts from the day after — rely on the earlier date.' : ''}`,
  },
  DEBT504: {
    severity: 'warning', citations: ['民法典第188条'],
    zh: (a: { start: string; longStop: string }) => `自权利受到损害之日（${zhd(a.start)}）起已超过二十年（${zhd(a.longStop)}届满）：除法院依权利人申请决定延长外，不再予以保护，且不适用中止、中断（民法典第188条第2款）。`,
    en: (a: { start: string; longStop: string }) => `More than twenty years have passed since the right was damaged (${a.start}; ended ${a.longStop}): no protection unless the court extends it on application; no suspension or interruption applies (Civil Code Art. 188(2)).`,
  },
  DEBT505: {
    severity: 'warning', citations: ['民法典第195条'],
    zh: (a: { kind: string; date: string }) => `${zhd(a.date)}的${EVENT_ZH[a.kind]}被用作诉讼时效中断事由，但没有证据（民法典第195条）。请补充证明该事实的证据，写作 证据 名称。`,
    en: (a: { kind: string; date: string }) => `The ${EVENT_EN[a.kind]} of ${a.date} interrupts the limitation period but has no evidence (Civil Code Art. 195). Add the evidence that proves it.`,
  },
  DEBT506: {
    severity: 'warning', citations: ['民法典第192条', '时效规定第19条'],
    zh: (a: { end: string; waived: string }) => `诉讼时效已于${zhd(a.end)}届满，但债务人于${zhd(a.waived)}还款或确认债务：期满后义务人同意履行的，不得以时效届满为由抗辩（民法典第192条第2款；时效规定第19条）。请确保该事实有证据。`,
    en: (a: { end: string; waived: string }) => `The limitation period ended on ${a.end}, but the debtor paid or acknowledged the debt on ${a.waived}: having agreed to perform, the debtor cannot plead expiry (Civil Code Art. 192(2); Limitation Provisions Art. 19). Make sure it is proved.`,
  },
  DEBT507: {
    severity: 'information', citations: ['民法典第203条'],
    zh: (a: { end: string; years: string }) => `${a.years}年的节假日安排尚未公布（或未收录）：时效末日${zhd(a.end)}仅按周末顺延，法定节假日顺延未能确认（民法典第203条）。`,
    en: (a: { end: string; years: string }) => `The official holiday calendar for ${a.years} is not known yet: the last day ${a.end} was extended for weekends only (Civil Code Art. 203).`,
  },
  DEBT508: {
    severity: 'warning', citations: ['民法典第692条', '民法典第693条'],
    zh: (a: { name: string; type: string; periodEnd?: string }) => `保证人“${a.name}”的保证期间已于${a.periodEnd ? zhd(a.periodEnd) : '—'}届满，${a.type === 'joint' ? '期间内未向其请求承担保证责任' : '期间内未对债务人提起诉讼或申请仲裁'}，保证人不再承担保证责任（民法典第692条、第693条）。如有期间内的催收或起诉证据，请补充 催收 记录。`,
    en: (a: { name: string; type: string; periodEnd?: string }) => `The guarantee period of "${a.name}" ended on ${a.periodEnd ?? '—'} without ${a.type === 'joint' ? 'a demand on the guarantor' : 'a suit against the debtor'} within it, so the guarantor is released (Civil Code Arts. 692, 693). Add the demand or suit if there was one.`,
  },
  DEBT509: {
    severity: 'warning', citations: ['民法典第694条'],
    zh: (a: { name: string; end: string }) => `对保证人“${a.name}”的保证债务诉讼时效可能已于${zhd(a.end)}届满（民法典第694条第2款）。请核实其后有无向保证人催收的证据。`,
    en: (a: { name: string; end: string }) => `The limitation period against the guarantor "${a.name}" may have ended on ${a.end} (Civil Code Art. 694(2)). Check for later demands on the guarantor.`,
  },
});
