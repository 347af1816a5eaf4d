/**
 * Analysis settings: the `debt.*` configuration section of the extension, the CLI flags, and the defaults
 * for points rules.md marks [UNCONFIRMED]. Every default here is stated in the report and hover.
 */
export interface LprEntry { date: string; oneYear: string; fiveYear?: string }

export interface Settings {
  /** Warn when the limitation period ends within this many days of the as-of date (rules.md §17: 90). */
  limitationWarnDays: number;
  /** Grace period (days) a demand gives on a loan with no term (民法典 第675条) [UNCONFIRMED default 30]. */
  onDemandGraceDays: number;
  /** Cash deliveries above this amount (元) are high risk (民间借贷规定 第15条). Lawyer-set; default 100000 [UNCONFIRMED]. */
  cashWarnAmount: string;
  /** Small-claims threshold (元) for the court's province; no default (rules.md §14): unset → no small-claims hint. */
  smallClaimsThreshold?: string;
  /** LPR used for overdue interest when nothing was agreed (rules.md §5(a)): 'first-overdue-day' (default) or 'filing'. */
  overdueLprDate: 'first-overdue-day' | 'filing';
  /** Lender asks to apply the 2015 rules (24 %) to the portion before 2020-08-20 (规定第31条; default true). */
  applyOldRulesBefore20200820: boolean;
  /** LPR publications newer than the bundled table (a setting or the workspace file `.debt-lpr.json`). */
  extraLpr: LprEntry[];
  /**
   * A licensed lender's loan (spec §8.6): 'none' computes the rates as agreed (default); '24' claims at most 24 % a year
   * in total (法发〔2017〕22号 第2条: courts commonly reduce the part above); '4xLPR' at most 4 × the one-year LPR.
   */
  licensedCap: LicensedCap;
}

export type LicensedCap = 'none' | '24' | '4xLPR';
export const LICENSED_CAPS: readonly LicensedCap[] = ['none', '24', '4xLPR'];

export const defaultSettings: Settings = {
  limitationWarnDays: 90,
  onDemandGraceDays: 30,
  cashWarnAmount: '100000',
  smallClaimsThreshold: undefined,
  overdueLprDate: 'first-overdue-day',
  applyOldRulesBefore20200820: true,
  extraLpr: [],
  licensedCap: 'none',
};
