/**
 * The cap of a licensed lender's loan under the setting `debt.interest.licensedCap` (spec §8.6; licensed-cap.ts says
 * why): none ('none', rates as agreed), 24 % a year ('24', 法发〔2017〕22号 第2条) or 4 × the one-year LPR ('4xLPR').
 */
import Decimal from 'decimal.js';
import { LicensedCap } from '../settings';
import { LPR_START, LprTable } from './lpr';
import { Regime } from './regime';

const TWENTY_FOUR = new Decimal(24);

/** The regime of a licensed lender's loan under the setting: unchanged for 'none' (as agreed) and for private lending. */
export function licensedRegime(regime: Regime, cap: LicensedCap, asOf: string, lpr: LprTable): Regime {
  if (!regime.licensed || cap === 'none') return regime;
  let rate = TWENTY_FOUR;
  if (cap === '4xLPR') {
    // The LPR at formation, as 规定第25条 has it for private loans; before the LPR existed, the one at filing.
    const date = regime.formation >= LPR_START ? regime.formation : asOf;
    const r = lpr.on(date);
    regime.lookups.push({ purpose: regime.formation >= LPR_START ? 'formation' : 'filing', date, result: r });
    rate = r.rate ? r.rate.times(4) : TWENTY_FOUR;
  }
  return { ...regime, capRate: rate, capOn: () => rate };
}

