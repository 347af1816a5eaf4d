/**
 * `LPR`, `LPR ×1.5`, `LPR x1.5`, `LPR*1.5`, `LPR 加 50%`, `LPR + 50%` (spec §8.3) → the multiple of the one-year LPR.
 * `加 50%` is 上浮 50 %: the same rate as ×1.5. The figure itself needs the LPR table (law/floating-rate.ts).
 */
import Decimal from 'decimal.js';
import { Rate } from './types';

export function readLprRate(image: string, fixed: boolean): Rate | undefined {
  const m = /^LPR(?:\s*(?:[×xX*＊]\s*(\d+(?:\.\d+)?)|(?:[+＋]|加)\s*(\d+(?:\.\d+)?)[%％]))?$/.exec(image.trim());
  if (!m) return undefined;
  const multiple = m[1] !== undefined ? new Decimal(m[1]) : m[2] !== undefined ? new Decimal(m[2]).dividedBy(100).plus(1) : new Decimal(1);
  return { value: new Decimal(0), period: 'year', lpr: { multiple, fixed } };
}

/** `LPR×1.5` for messages; 「一年期LPR的1.5倍」 in documents (`zh`). */
export function lprRateText(r: Rate, lang: 'zh' | 'en' | 'doc'): string {
  const m = r.lpr!.multiple;
  if (lang === 'doc') {
    const what = m.equals(1) ? '一年期贷款市场报价利率' : `一年期贷款市场报价利率的${m.toString()}倍`;
    return r.lpr!.fixed ? `合同成立时${what}（固定）` : what;
  }
  const base = m.equals(1) ? 'LPR' : `LPR×${m.toString()}`;
  return r.lpr!.fixed ? `${base}${lang === 'zh' ? '（固定）' : ' (fixed)'}` : base;
}
