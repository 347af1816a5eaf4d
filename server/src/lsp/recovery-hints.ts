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
import { t } from './l10n';

export interface DeadlineHint { at: Range; label: string; tooltip: string }

const day = (d: string, L: Locale) => (L === 'zh' ? formatChineseDate(d) : d);

export function recoveryHints(c: Case, report: CaseReport, L: Locale): DeadlineHint[] {
  const out: DeadlineHint[] = [];
  const j = c.judgments[0], jr = report.judgment;
  const jAt = j && (j.performBy ?? j.effective);
  if (jAt && jr?.enforcementDeadline) {
    out.push({
      at: jAt.range,
      label: t(L, 'enforce by {0}{1}', day(jr.enforcementDeadline, L), jr.enforcementStatus === 'lapsed' ? t(L, ' (lapsed)') : ''),
      tooltip: t(L, 'Two years from the last day of performance (Civil Procedure Law Art. 250). Delay interest (doubled part) so far {0}, enforcement fee {1}.', jr.delayInterest.total, jr.enforcementFee ?? '—'),
    });
  }
  c.preservations.forEach((p, i) => {
    const r = report.preservation[i];
    if (!r?.suitDeadline) return;
    out.push({
      at: p.stage.range,
      label: t(L, 'sue by {0}', day(r.suitDeadline, L)),
      tooltip: t(L, 'Suit within 30 days of pre-suit preservation, or it is lifted (Civil Procedure Law Art. 104).'),
    });
  });
  const po = report.paymentOrder;
  const demand = c.events.find((e): e is Demand => e.kind === 'demanded' && e.channel?.value === 'payment-order' && e.date.value === po?.applied && !!e.served);
  if (po?.objectionDeadline && demand?.served) {
    out.push({
      at: demand.served.range,
      label: t(L, 'objections by {0}', day(po.objectionDeadline, L)),
      tooltip: t(L, 'The debtor pays or objects in writing within 15 days of service (Civil Procedure Law Art. 227).'),
    });
  }
  return out;
}
