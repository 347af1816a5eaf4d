/** What 「新建案件」 accepts as an amount, a date and a rate: the literal forms of spec §2 (no vscode import: unit-tested). */
// Every form spec §2 accepts: 2024-03-05, 2024/3/5, 2024年3月5日; 50000, 50,000.50, 8万元, ¥80,000; 12, 12%, 1.5%/月.
export const DATE = /^(\d{4})(?:-(\d{1,2})-(\d{1,2})|\/(\d{1,2})\/(\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/;
export const AMOUNT = /^(?:¥|￥|CNY)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2}|\.\d{1,6}(?=万))?万?元?$/;
export const RATE = /^\d+(?:\.\d+)?%?(?:\/[年月日]| ?per (?:year|month|day))?$/;

/** Whether `v` is a real calendar date in one of the accepted forms. */
export function isDateText(v: string): boolean {
  const m = DATE.exec(v);
  if (!m) return false;
  const [y, mo, d] = [m[1], m[2] ?? m[4] ?? m[6], m[3] ?? m[5] ?? m[7]].map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
