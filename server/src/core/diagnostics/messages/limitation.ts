/** DEBT5xx — limitation (诉讼时效) and guarantee periods: always warnings, never a block (民法典第193条). */
import { defineMessages } from '../types';
import { formatChineseDate as zhd } from '../../text/dates';

const EVENT_ZH: Record<string, string> = { repaid: '还款', demanded: '催收', acknowledged: '债务人确认' };
const EVENT_EN: Record<string, string> = { repaid: 'repayment', demanded: 'demand', acknowledged: 'acknowledgement' };

interface Near503 { end: string; days: number; oneDayLater: boolean; original?: string; originalDays?: number; defaultGraceDays?: number }
interface Unproven505 { kind: string; date: string; loan: string; role: 'start' | 'interrupt' }

export const limitationMessages = defineMessages({
  DEBT501: {
    severity: 'warning', citations: ['民法典第675条', '时效规定第4条'],
    zh: (a: { loan: string }) => `借款“${a.loan}”未约定还款期限且没有向借款人催收的记录，诉讼时效起算日无法确定：期限自债权人要求履行时给予的合理期限届满之日起算（民法典第675条；时效规定第4条）。请补充 催收 日期（催收给出期限的，写 限期 N日），或写明 到期 日期。`,
    en: (a: { loan: string }) => `The loan "${a.loan}" has no term and no demand on a borrower, so the limitation period has no start: it runs from the end of the reasonable time a demand gives (Civil Code Art. 675; Limitation Provisions Art. 4). Add a demand (with deadline N days if it gave one) or a due date.`,
  },
  DEBT502: {
    severity: 'warning', citations: ['民法典第188条', '民法典第192条', '民法典第193条'],
    zh: (a: { end: string; asOf: string; defaultGraceDays?: number }) => `诉讼时效可能已于${zhd(a.end)}届满（起诉日${zhd(a.asOf)}）：法院不得主动适用，但被告可提出时效抗辩（民法典第188条、第193条）。${a.defaultGraceDays !== undefined ? `（起算日系按默认宽限期${a.defaultGraceDays}日推算，催收如给出其他期限，请写 限期。）` : ''}请核实有无中断事由（催收、部分还款、债务人确认），或债务人在期满后同意履行的证据（民法典第192条）。`,
    en: (a: { end: string; asOf: string; defaultGraceDays?: number }) => `The limitation period may have ended on ${a.end} (as of ${a.asOf}): the court will not raise it itself, but the defendant can (Civil Code Arts. 188, 193).${a.defaultGraceDays !== undefined ? ` (The start assumes the default grace period of ${a.defaultGraceDays} days; add the demand's deadline if it gave another.)` : ''} Check for interruptions (demands, part payments, acknowledgements) or a later promise to pay (Art. 192).`,
  },
  DEBT503: {
    severity: 'warning', citations: ['民法典第188条', '民法典第203条'],
    zh: (a: Near503) => `诉讼时效将于${zhd(a.end)}届满，距起诉日仅剩${a.days}天：请尽快起诉或取得中断时效的证据（民法典第188条）。${a.original ? `期间本应于${zhd(a.original)}届满，因该日为法定休假日顺延至${zhd(a.end)}（民法典第203条）；稳妥起见，请在${zhd(a.original)}之前起诉或取得中断证据。` : ''}${a.oneDayLater ? '本工具自到期日起算；另有自到期次日起算的理解，稳妥起见请以较早日期为准。' : ''}${a.defaultGraceDays !== undefined ? `起算日系按默认宽限期${a.defaultGraceDays}日推算；催收如给出其他期限，请写 限期。` : ''}`,
    en: (a: Near503) => `The limitation period ends on ${a.end}, ${a.days} day(s) after the as-of date: file soon or secure evidence of an interruption (Civil Code Art. 188).${a.original ? ` It would have ended on ${a.original}, a rest day, and moves to ${a.end} (Art. 203); to be safe, act before ${a.original}.` : ''}${a.oneDayLater ? ' Counted from the due date; another reading counts from the day after — rely on the earlier date.' : ''}${a.defaultGraceDays !== undefined ? ` The start assumes the default grace period of ${a.defaultGraceDays} days; add the demand's deadline if it gave another.` : ''}`,
  },
  DEBT504: {
    severity: 'warning', citations: ['民法典第188条'],
    zh: (a: { start: string; longStop: string }) => `自权利受到损害之日（${zhd(a.start)}）起已超过二十年（${zhd(a.longStop)}届满）：除法院依权利人申请决定延长外，不再予以保护，且不适用中止、中断（民法典第188条第2款）。`,
    en: (a: { start: string; longStop: string }) => `More than twenty years have passed since the right was damaged (${a.start}; ended ${a.longStop}): no protection unless the court extends it on application; no suspension or interruption applies (Civil Code Art. 188(2)).`,
  },
  DEBT505: {
    severity: 'warning', citations: ['民法典第195条'],
    // Per loan: for a loan with no term the first demand is what starts the period and the overdue interest; a
    // repayment the plaintiff pleads is an admission (民诉法解释第92条) and needs proof only as an interruption.
    zh: (a: Unproven505) => a.role === 'start'
      ? `${zhd(a.date)}的催收是借款“${a.loan}”（未约定还款期限）确定履行期限、起算诉讼时效和逾期利息的依据（民法典第675条；时效规定第4条），但没有证据。请补充证明催收及其到达借款人的证据，写作 证据 名称。`
      : `${zhd(a.date)}的${EVENT_ZH[a.kind]}被用作借款“${a.loan}”诉讼时效的中断事由，但没有证据（民法典第195条）。${a.kind === 'repaid' ? '原告陈述的还款对己不利，作为自认无需另行举证（民诉法解释第92条），但用以主张时效中断时，被告可能否认，仍须证据。请补充还款的转账记录或收条。' : '请补充证明该事实的证据，写作 证据 名称。'}`,
    en: (a: Unproven505) => a.role === 'start'
      ? `The demand of ${a.date} is what fixes the due date of "${a.loan}" (no term) and starts its limitation period and overdue interest (Civil Code Art. 675; Limitation Provisions Art. 4), but has no evidence. Add proof of the demand and that it reached the borrower.`
      : `The ${EVENT_EN[a.kind]} of ${a.date} interrupts the limitation period of "${a.loan}" but has no evidence (Civil Code Art. 195).${a.kind === 'repaid' ? ' A repayment the plaintiff pleads is an admission and needs no proof as such (SPC Interpretation Art. 92), but relied on to interrupt the period it may be denied: add the transfer record or receipt.' : ' Add the evidence that proves it.'}`,
  },
  DEBT506: {
    severity: 'warning', citations: ['民法典第192条', '时效规定第19条'],
    zh: (a: { end: string; waived: string; by: 'payment' | 'acknowledgement' }) => a.by === 'payment'
      ? `诉讼时效已于${zhd(a.end)}届满，但债务人于${zhd(a.waived)}还款：期满后义务人自愿履行的，不得以时效届满为由抗辩（民法典第192条第2款；时效规定第19条）。但部分还款是否及于尚未清偿的部分，各地法院认识不一；稳妥起见，请取得债务人对全部债务的书面确认（如在催收通知上签字），并确保还款有证据。`
      : `诉讼时效已于${zhd(a.end)}届满，但债务人于${zhd(a.waived)}确认债务：期满后义务人同意履行的，不得以时效届满为由抗辩（民法典第192条第2款；时效规定第19条）。请确保该确认为书面且载明全部债务金额，并有证据。`,
    en: (a: { end: string; waived: string; by: 'payment' | 'acknowledgement' }) => a.by === 'payment'
      ? `The limitation period ended on ${a.end}, but the debtor paid on ${a.waived}: having performed after expiry, the debtor cannot plead expiry (Civil Code Art. 192(2); Limitation Provisions Art. 19). Courts differ on whether a part payment waives the defence beyond the part paid: obtain a written acknowledgement of the whole debt, and make sure the payment is proved.`
      : `The limitation period ended on ${a.end}, but the debtor acknowledged the debt on ${a.waived}: having agreed to perform, the debtor cannot plead expiry (Civil Code Art. 192(2); Limitation Provisions Art. 19). Make sure the acknowledgement is written, states the whole debt, and is proved.`,
  },
  DEBT507: {
    severity: 'information', citations: ['民法典第203条'],
    zh: (a: { end: string; years: string; extended?: boolean }) => a.extended
      ? `${a.years}年的节假日安排尚未公布（或未收录）：时效末日${zhd(a.end)}仅按周末顺延，法定节假日顺延未能确认（民法典第203条）。`
      : `${a.years}年的节假日安排尚未公布（或未收录）：时效末日${zhd(a.end)}不是周末，未顺延；该日如被定为法定节假日，末日将顺延至假期结束的次日（民法典第203条）。`,
    en: (a: { end: string; years: string; extended?: boolean }) => a.extended
      ? `The official holiday calendar for ${a.years} is not known yet: the last day ${a.end} was extended for weekends only (Civil Code Art. 203).`
      : `The official holiday calendar for ${a.years} is not known yet: the last day ${a.end} is not a weekend and was not moved; if it turns out to be a public holiday, it moves to the day after the holiday (Civil Code Art. 203).`,
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
  DEBT510: {
    severity: 'information', citations: ['民法典第675条', '时效规定第4条'],
    zh: (a: { loan: string; date: string; days: number; due: string }) => `借款“${a.loan}”未约定还款期限，${zhd(a.date)}的催收未写明给借款人的期限：本工具按默认宽限期${a.days}日（设置 debt.limitation.onDemandGraceDays，待确认）推算，借款于${zhd(a.due)}到期，逾期利息自次日起算，诉讼时效自该日起算（民法典第675条；时效规定第4条）。如催收函给出了期限，请写 限期 N日 或 限期 日期。`,
    en: (a: { loan: string; date: string; days: number; due: string }) => `The loan "${a.loan}" has no term and the demand of ${a.date} names no deadline: the default grace period of ${a.days} days (setting debt.limitation.onDemandGraceDays, unconfirmed) is used, so the loan fell due on ${a.due}; overdue interest runs from the day after and the limitation period from that day (Civil Code Art. 675; Limitation Provisions Art. 4). If the demand gave a deadline, add deadline N days or deadline DATE.`,
  },
  // ── recovery deadlines (spec §7.3, §7.4; rules.md §15, §18) ──
  DEBT511: {
    severity: 'information', citations: ['民诉法第104条', '民诉法第85条', '时效规定第11条'],
    zh: (a: { ruled?: string; last?: string; applied?: string; moved?: string }) => `诉前保全：申请人应在人民法院采取保全措施后三十日内提起诉讼，否则人民法院应当解除保全（民诉法第104条第3款）。${a.ruled && a.last ? `保全裁定于${zhd(a.ruled)}作出，起诉最后一日为${zhd(a.last)}${a.moved ? `（${zhd(a.moved)}为法定休假日，顺延，民诉法第85条）` : ''}。` : '请写 裁定 日期（法院裁定并采取保全措施之日），以计算起诉期限。'}${a.applied ? `诉前保全申请（${zhd(a.applied)}）与起诉具有同等的诉讼时效中断效力（时效规定第11条），` : '申请诉前保全与起诉具有同等的诉讼时效中断效力（时效规定第11条），写明 申请 日期后计入时效中断；'}申请诉前保全后不宜再申请支付令（民诉法解释第427条）。`,
    en: (a: { ruled?: string; last?: string; applied?: string; moved?: string }) => `Pre-suit preservation: suit must be filed within 30 days after the court takes the measures, or the court lifts them (Civil Procedure Law Art. 104(3)). ${a.ruled && a.last ? `Ruled on ${a.ruled}: the last day to file is ${a.last}${a.moved ? ` (${a.moved} is a rest day, moved; Art. 85)` : ''}.` : 'Add ruled DATE (the day the court ruled and took the measures) to compute the deadline.'} ${a.applied ? `The application (${a.applied}) interrupts the limitation period like a suit (Limitation Provisions Art. 11);` : 'The application interrupts the limitation period like a suit (Limitation Provisions Art. 11) — add applied DATE to count it;'} a payment order is no longer available (SPC Interpretation Art. 427).`,
  },
  DEBT512: {
    severity: 'warning', citations: ['民诉法第104条'],
    zh: (a: { last: string; asOf: string }) => `诉前保全后的起诉期限已于${zhd(a.last)}届满，而本案起诉日（或计算日）为${zhd(a.asOf)}：申请人在采取保全措施后三十日内不依法提起诉讼的，人民法院应当解除保全（民诉法第104条第3款）。请核对裁定日期与起诉日期，必要时重新申请诉中保全。`,
    en: (a: { last: string; asOf: string }) => `The 30 days after the pre-suit preservation ended on ${a.last}, but the filing (as-of) date is ${a.asOf}: without a suit within 30 days the court lifts the preservation (Civil Procedure Law Art. 104(3)). Check the dates; apply for preservation in the suit if needed.`,
  },
  DEBT513: {
    severity: 'warning', citations: ['民诉法第250条', '民法典第203条'],
    zh: (a: { caseNumber: string; last: string; days: number }) => `判决${a.caseNumber}的申请执行期间将于${zhd(a.last)}届满（还剩${a.days}日）：申请执行的期间为二年，自判决规定履行期间的最后一日起计算（民诉法第250条）。请在此前申请强制执行，或取得被执行人的书面履行承诺以中断该期间。`,
    en: (a: { caseNumber: string; last: string; days: number }) => `The time to apply for enforcement of judgment ${a.caseNumber} ends on ${a.last} (${a.days} days left): two years from the last day of the performance period (Civil Procedure Law Art. 250). Apply before then, or obtain a written promise to pay to interrupt it.`,
  },
  DEBT514: {
    severity: 'warning', citations: ['民诉法第250条', '时效规定第19条'],
    zh: (a: { caseNumber: string; last: string; asOf: string }) => `判决${a.caseNumber}的申请执行期间已于${zhd(a.last)}届满（计算日${zhd(a.asOf)}）：申请执行的期间为二年（民诉法第250条），其中断适用诉讼时效的规定。法院不主动审查，但被执行人可提出异议；请核实期间内有无还款、书面承诺等中断事由，并补充 还款 记录。`,
    en: (a: { caseNumber: string; last: string; asOf: string }) => `The time to apply for enforcement of judgment ${a.caseNumber} ended on ${a.last} (as of ${a.asOf}): two years (Civil Procedure Law Art. 250), interrupted as a limitation period is. The debtor may object; check for payments or written promises within the period and add the payments.`,
  },
  DEBT515: {
    severity: 'information', citations: ['民诉法第227条', '民诉法第228条', '民诉法第85条', '民诉法解释第438条', '民诉法解释第440条', '民诉法第250条'],
    zh: (a: { served?: string; last?: string; moved?: string; enforceBy?: string }) => a.served && a.last
      ? `支付令于${zhd(a.served)}送达债务人：债务人应自收到之日起十五日内清偿债务或提出书面异议（民诉法第227条），末日为${zhd(a.last)}${a.moved ? `（${zhd(a.moved)}为法定休假日，顺延，民诉法第85条）` : ''}。期满未异议又不履行的，可申请强制执行，申请执行期间二年，至${a.enforceBy ? zhd(a.enforceBy) : '—'}（民诉法第250条；民诉法解释第440条）。书面异议成立的，支付令失效，转入诉讼程序；不同意起诉的，应自收到终结督促程序裁定之日起七日内提出（民诉法第228条；民诉法解释第438条）。`
      : '已申请支付令：债务人应自收到支付令之日起十五日内清偿债务或提出书面异议（民诉法第227条）。请在该催收后写 送达 日期（支付令送达债务人之日），以计算异议期与申请执行期间。',
    en: (a: { served?: string; last?: string; moved?: string; enforceBy?: string }) => a.served && a.last
      ? `The payment order was served on ${a.served}: the debtor must pay or object in writing by ${a.last}${a.moved ? ` (${a.moved} is a rest day, moved; Art. 85)` : ''} (Civil Procedure Law Art. 227). Without objection or payment, apply for enforcement within two years, by ${a.enforceBy ?? '—'} (Art. 250; SPC Interpretation Art. 440). A valid written objection ends the order and the case goes to litigation unless the applicant objects within 7 days of the ruling (Art. 228; SPC Interpretation Art. 438).`
      : 'A payment order was applied for: the debtor has 15 days from service to pay or object in writing (Civil Procedure Law Art. 227). Add served DATE (the day the order reached the debtor) to compute the objection period and the enforcement window.',
  },
  DEBT516: {
    severity: 'information', citations: ['民诉法第250条', '民诉法第264条'],
    zh: (a: { caseNumber: string; missing: string }) => `判决${a.caseNumber}缺少${a.missing}：申请执行期间自履行期间最后一日（未规定的，自生效之日）起计算（民诉法第250条），迟延履行期间的债务利息按判决确定的金钱债务计算（民诉法第264条）。请补充。`,
    en: (a: { caseNumber: string; missing: string }) => `Judgment ${a.caseNumber} lacks ${a.missing}: the enforcement window runs from the last day of the performance period (or the effective date) (Civil Procedure Law Art. 250), and delay interest is on the money the judgment orders (Art. 264). Add it.`,
  },
});
