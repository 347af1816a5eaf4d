/**
 * Collection conduct (rules.md §19): a `上门` demand, or a note (备注) / evidence 证明 text containing a word of
 * server/data/collection-conduct.json (a threat or a disclosure to third parties), gets DEBT614 with 刑法第293条,
 * 民法典第1032条、第1033条 and 个人信息保护法第10条. The word list is data so a lawyer can adjust it.
 */
import words from '../../../data/collection-conduct.json';
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case, Field } from '../model/types';
import { LawContext } from './context';

const WORDS: string[] = [...(words as { threat: string[] }).threat, ...(words as { disclosure: string[] }).disclosure];

/** The listed words a text contains, in list order. */
export function conductWords(text: string): string[] {
  return WORDS.filter((w) => text.includes(w));
}

export function checkCollectionConduct(c: Case, ctx: LawContext): DebtDiagnostic[] {
  const out: DebtDiagnostic[] = [];
  for (const e of c.events) {
    if (e.kind === 'demanded' && e.channel?.value === 'visit') out.push(diag('DEBT614', { what: 'visit' }, { uri: e.uri, range: e.channel.range }, ctx.locale));
  }
  const texts: Field<string>[] = [...c.notes, ...c.evidence.flatMap((e) => (e.proves ? [e.proves] : []))];
  for (const t of texts) {
    const found = conductWords(t.value);
    if (found.length) out.push(diag('DEBT614', { what: 'text', words: found.join('、') }, { uri: c.uri, range: t.range }, ctx.locale));
  }
  return out;
}
