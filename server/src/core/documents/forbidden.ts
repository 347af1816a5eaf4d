/**
 * The lawful-content scan of a demand letter (rules.md §19): the phrases of data/collection-forbidden.json —
 * threats, harassment, disclosure to third parties, public exposure, charges above the cap.
 */
import data from '../../../data/collection-forbidden.json';

export interface ForbiddenHit { found: string; why: string; law: string }

const ENTRIES = data.entries.map((e) => ({ re: new RegExp(e.pattern, 'g'), why: e.why, law: e.law }));

/** Every forbidden phrase in `text`, in the order of the data file. */
export function scanForbidden(text: string): ForbiddenHit[] {
  const hits: ForbiddenHit[] = [];
  for (const e of ENTRIES) for (const m of text.matchAll(e.re)) hits.push({ found: m[0], why: e.why, law: e.law });
  return hits;
}
