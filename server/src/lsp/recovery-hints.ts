/**
 * Deadline hints of the recovery (spec §7.3–7.4), read from the case report: the last day to apply for enforcement
 * after a judgment's 履行期限 (or 生效), the last day to sue after a pre-suit 保全 with a ruling date, and the last day
 * to object after a 支付令 demand served. Shown with the limitation hints (`debt.inlayHints.limitation`).
 */
import { Locale } from '../core/diagnostics/types';
import { CaseReport } from '../core/law/analyze-law';
import { Case, Demand } from '../core/model/types';
import { formatChineseDate } from '../core/text/dates';
import { Range } from '../core/text/range';

export interface DeadlineHint { at: Range; label: string; tooltip: string }

const day = (d: string, L: Locale) => (L === 'zh' ? formatChineseDate(d) : d);

export function recoveryHints(c: Case, report: CaseReport, L: Locale): DeadlineHint[] {
  const zh = L === 'zh';
  const out: DeadlineHint[] = [];
  const j = c.judgments[0], jr = report.judgment;
  const jAt = j && (j.performBy ?? j.effective);
  if (jAt && jr?.enforcementDeadline) {
    out.push({
      at: jAt.range,
      label: zh ? `申请执行至${day(jr.enforcementDeadline, L)}${jr.enforcementStatus === 'lapsed' ? '（已届满）' : ''}` : `enforce by ${jr.enforcementDeadline}${jr.enforcementStatus === 'lapsed' ? ' (lapsed)' : ''}`,
      tooltip: zh
        ? `申请执行的期间为二年，自履行期间最后一日起计算（民诉法第250条）。迟延履行期间的债务利息（加倍部分）暂计 ${jr.delayInterest.total}元，执行申请费 ${jr.enforcementFee ?? '—'}元。`
        : `Two years from the last day of performance (Civil Procedure Law Art. 250). Delay interest (doubled part) so far ${jr.delayInterest.total}, enforcement fee ${jr.enforcementFee ?? '—'}.`,
    });
  }
  c.preservations.forEach((p, i) => {
    const r = report.preservation[i];
    if (!r?.suitDeadline) return;
    out.push({
      at: p.stage.range,
      label: zh ? `起诉至${day(r.suitDeadline, L)}` : `sue by ${r.suitDeadline}`,
      tooltip: zh ? '诉前保全后三十日内须起诉，否则解除保全（民诉法第104条）。' : 'Suit within 30 days of pre-suit preservation, or it is lifted (Civil Procedure Law Art. 104).',
    });
  });
  const po = report.paymentOrder;
  const demand = c.events.find((e): e is Demand => e.kind === 'demanded' && e.channel?.value === 'payment-order' && e.date.value === po?.applied && !!e.served);
  if (po?.objectionDeadline && demand?.served) {
    out.push({
      at: demand.served.range,
      label: zh ? `异议期至${day(po.objectionDeadline, L)}` : `objections by ${po.objectionDeadline}`,
      tooltip: zh ? '债务人应自收到支付令之日起十五日内清偿或提出书面异议（民诉法第227条）。' : 'The debtor pays or objects in writing within 15 days of service (Civil Procedure Law Art. 227).',
    });
  }
  return out;
}
