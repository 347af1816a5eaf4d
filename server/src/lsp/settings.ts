/** The `debt.*` configuration section → core Settings. Unknown or malformed values fall back to the defaults. */
import { LICENSED_CAPS, LicensedCap, LprEntry, Settings } from '../core/settings';

export interface DebtConfig {
  limitation?: { warnDays?: number; onDemandGraceDays?: number };
  evidence?: { cashWarnAmount?: string };
  smallClaims?: { threshold?: string };
  interest?: { overdueLprDate?: 'first-overdue-day' | 'filing'; applyOldRulesBefore20200820?: boolean; licensedCap?: LicensedCap };
  lpr?: { extra?: LprEntry[] };
}

export function settingsFromConfig(c: DebtConfig | undefined, workspaceLpr: LprEntry[] = []): Partial<Settings> {
  const s: Partial<Settings> = {};
  if (!c) return workspaceLpr.length ? { extraLpr: workspaceLpr } : s;
  if (typeof c.limitation?.warnDays === 'number') s.limitationWarnDays = c.limitation.warnDays;
  if (typeof c.limitation?.onDemandGraceDays === 'number') s.onDemandGraceDays = c.limitation.onDemandGraceDays;
  if (c.evidence?.cashWarnAmount && /^\d+(\.\d+)?$/.test(c.evidence.cashWarnAmount)) s.cashWarnAmount = c.evidence.cashWarnAmount;
  if (c.smallClaims?.threshold && /^\d+(\.\d+)?$/.test(c.smallClaims.threshold)) s.smallClaimsThreshold = c.smallClaims.threshold;
  if (c.interest?.overdueLprDate === 'filing' || c.interest?.overdueLprDate === 'first-overdue-day') s.overdueLprDate = c.interest.overdueLprDate;
  if (typeof c.interest?.applyOldRulesBefore20200820 === 'boolean') s.applyOldRulesBefore20200820 = c.interest.applyOldRulesBefore20200820;
  if (LICENSED_CAPS.includes(c.interest?.licensedCap as LicensedCap)) s.licensedCap = c.interest!.licensedCap;
  const extra = [...(Array.isArray(c.lpr?.extra) ? c.lpr!.extra : []), ...workspaceLpr]
    .filter((e) => e && /^\d{4}-\d{2}-\d{2}$/.test(e.date) && /^\d+(\.\d+)?$/.test(e.oneYear));
  if (extra.length) s.extraLpr = extra;
  return s;
}
