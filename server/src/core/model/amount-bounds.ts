/**
 * The longest amount read: 13 digits before the decimal point (under 10万亿元). decimal.js computes with 20 significant
 * digits here, so 13 + 2 decimals keep every interest and fee figure exact to the 分; and a 200,000-digit amount (found
 * by fuzzing: 37 s of formatting, a stack overflow in the capital-figures library) is reported, not computed.
 */
export const MAX_AMOUNT_DIGITS = 13;

/** Digits before the decimal point of a plain amount string (`50000.5` → 5), ignoring leading zeros. */
export function integerDigits(plain: string): number {
  const dot = plain.indexOf('.');
  const int = dot < 0 ? plain : plain.slice(0, dot);
  let i = 0;
  while (i < int.length - 1 && int.charCodeAt(i) === 48) i++;
  return int.length - i;
}
