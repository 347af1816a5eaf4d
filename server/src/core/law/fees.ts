/**
 * Court fees (诉讼费用交纳办法). Brackets are data: [upper bound of the bracket, rate], cumulative.
 * Exact values are kept; the stated fee is rounded half-up to 0.01 [courts' rounding varies, UNCONFIRMED].
 */
import Decimal from 'decimal.js';
import { round2 } from './money';

interface Scale { floorFee: Decimal; floorUpTo: Decimal; brackets: { upTo: Decimal | null; rate: Decimal }[] }

/** A scale as the 办法 writes it: the fee up to the floor, then [upper bound of the bracket, rate] (null: no bound). */
function scale(floorFee: number, floorUpTo: number, brackets: [upTo: number | null, rate: string][]): Scale {
  return {
    floorFee: new Decimal(floorFee), floorUpTo: new Decimal(floorUpTo),
    brackets: brackets.map(([upTo, rate]) => ({ upTo: upTo === null ? null : new Decimal(upTo), rate: new Decimal(rate) })),
  };
}

function cumulative(x: Decimal, { floorFee, floorUpTo, brackets }: Scale): Decimal {
  if (x.lessThanOrEqualTo(floorUpTo)) return floorFee;
  let fee = floorFee, lower = floorUpTo;
  for (const { upTo, rate } of brackets) {
    const top = upTo === null ? x : Decimal.min(x, upTo);
    if (top.greaterThan(lower)) fee = fee.plus(top.minus(lower).times(rate));
    if (upTo === null || x.lessThanOrEqualTo(upTo)) break;
    lower = upTo;
  }
  return fee;
}

const ACCEPTANCE = scale(50, 10_000, [
  [100_000, '0.025'], [200_000, '0.02'], [500_000, '0.015'], [1_000_000, '0.01'], [2_000_000, '0.009'],
  [5_000_000, '0.008'], [10_000_000, '0.007'], [20_000_000, '0.006'], [null, '0.005'],
]);
const PRESERVATION = scale(30, 1_000, [[100_000, '0.01'], [null, '0.005']]);
const ENFORCEMENT = scale(50, 10_000, [[500_000, '0.015'], [5_000_000, '0.01'], [10_000_000, '0.005'], [null, '0.001']]);

/** 办法第13条(一): property cases, by the claim amount. */
export function acceptanceFeeExact(x: Decimal): Decimal {
  return cumulative(x, ACCEPTANCE);
}

export interface CourtFee { ordinary: Decimal; simplified: Decimal; paymentOrder: Decimal; exact: Decimal }

/** Ordinary fee; 简易程序 half (办法第16条); 支付令 one third (办法第14条(三)). */
export function courtFee(x: Decimal): CourtFee {
  const exact = acceptanceFeeExact(x);
  return { exact, ordinary: round2(exact), simplified: round2(exact.dividedBy(2)), paymentOrder: round2(exact.dividedBy(3)) };
}

/** 办法第14条(二): preservation, on the amount preserved; at most 5,000元. */
export function preservationFee(x: Decimal): Decimal {
  const fee = cumulative(x, PRESERVATION);
  return round2(Decimal.min(fee, 5000));
}

/** 办法第14条(一): enforcement, on the amount enforced. */
export function enforcementFee(x: Decimal): Decimal {
  return round2(cumulative(x, ENFORCEMENT));
}
