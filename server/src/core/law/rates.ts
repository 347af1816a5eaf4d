/** Agreed rates, annualised (spec §2): a monthly rate ×12, a daily rate × the loan's day count (365 or 360). */
import Decimal from 'decimal.js';
import { Rate } from '../model/types';

export function annualise(rate: Rate, daycount: 365 | 360): Decimal {
  if (rate.period === 'month') return rate.value.times(12);
  if (rate.period === 'day') return rate.value.times(daycount);
  return rate.value;
}
