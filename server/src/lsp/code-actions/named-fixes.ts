/**
 * Quick fixes for diagnostics whose message names the fix (issue 19), beside the builders of fixes.ts:
 * - DEBT213 / DEBT215: the check character the message names (GB 11643 / GB 32100), never preferred — the typo may be
 *   elsewhere in the number, so the title says to check the card first;
 * - DEBT202 on an evidence reference with a did-you-mean: 「声明证据 借据」 beside 「改为 借条」.
 */
import { DebtDiagnostic } from '../../core/diagnostics/types';
import { creditCodeCheckChar, residentIdCheckDigit } from '../../core/checks/ids';
import { Fix, FixInput, FixText } from './fixes';
import { t as tr } from '../l10n';

type Extra = (t: FixText, d: DebtDiagnostic, input: FixInput, again: (input: FixInput) => Fix[]) => Fix[];

/** Replaces the 18th character of the number written at the diagnostic's range with `expected`. */
function checkCharFix(t: FixText, d: DebtDiagnostic, expected: string, title: string): Fix[] {
  const start = t.off(d.range.start), end = t.off(d.range.end);
  const written = t.text.slice(start, end);
  // The value may be quoted; the number is the 18 characters of letters and digits in it.
  const m = /[0-9A-Za-z]{18}/.exec(written);
  if (!m) return [];
  const at = start + m.index + 17;
  if (written[m.index + 17].toUpperCase() === expected) return [];
  return [{ title, edits: [{ start: at, end: at + 1, newText: expected }] }];
}

export const NAMED_FIXES: Record<string, Extra> = {
  DEBT213: (t, d, i) => {
    const id = /[0-9A-Za-z]{18}/.exec(t.text.slice(t.off(d.range.start), t.off(d.range.end)))?.[0].toUpperCase();
    if (!id) return [];
    const expected = residentIdCheckDigit(id);
    return checkCharFix(t, d, expected, tr(i.locale, 'Change the check digit to {0} (check the ID card first)', expected));
  },
  DEBT215: (t, d, i) => {
    const code = /[0-9A-Za-z]{18}/.exec(t.text.slice(t.off(d.range.start), t.off(d.range.end)))?.[0].toUpperCase();
    if (!code) return [];
    const expected = creditCodeCheckChar(code);
    return checkCharFix(t, d, expected, tr(i.locale, 'Change the check character to {0} (check the business licence first)', expected));
  },
  DEBT202: (t, d, i, again) => {
    if (d.fix?.kind !== 'use-name') return [];
    const written = t.text.slice(t.off(d.range.start), t.off(d.range.end)).replace(/^["“]|["”]$/g, '');
    const c = t.caseAt(t.off(d.range.start));
    if (!c || !written) return [];
    const cited = [
      ...c.loans.flatMap((l) => [...l.signedProofs, ...l.deliveries.flatMap((x) => x.proofs), ...l.proofs]),
      ...c.events.flatMap((e) => e.proofs),
    ];
    if (!cited.some((r) => t.same(r.range, d.range))) return [];
    // The declaration fix of fixes.ts, for the name as written; the did-you-mean stays the preferred one.
    return again({ ...i, diagnostic: { ...d, fix: { kind: 'declare', what: 'evidence', name: written } } }).map((f) => ({ ...f, preferred: false }));
  },
};
