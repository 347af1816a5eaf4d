/**
 * What each keyword concept means and the articles it rests on (server/data/keyword-docs.json), and the text of
 * those articles (server/data/citations.json, generated from statutes.md, and server/data/citations-extra.json). Read by the hover; data, not code, so a
 * lawyer can correct a line without touching the server.
 */
import docs from '../../data/keyword-docs.json';
import citations from '../../data/citations.json';
import citationsExtra from '../../data/citations-extra.json';
import { Locale } from './diagnostics/types';

export interface KeywordDoc { zh: string; en: string; citations: string[] }
export interface Article { title: string; text: string }

const byConcept = docs as Record<string, KeywordDoc>;
/** statutes.md articles, plus the few it quotes under headings the importer does not read (citations-extra.json). */
const { _comment: _extraNote, ...extraArticles } = citationsExtra;
const articles = { ...citations, ...extraArticles } as Record<string, Article>;

/** The entry of a keyword concept (a key of tokens.ts `K`, e.g. 'OverdueInterest'), if any. */
export function keywordDoc(concept: string): KeywordDoc | undefined {
  return Object.prototype.hasOwnProperty.call(byConcept, concept) ? byConcept[concept] : undefined;
}

/** The one-line meaning in the lawyer's language. */
export function keywordMeaning(concept: string, locale: Locale): string | undefined {
  const d = keywordDoc(concept);
  return d && (locale === 'en' ? d.en : d.zh);
}

/** An article by citation id ('民间借贷规定第25条'); undefined for ids statutes.md does not quote. */
export function article(id: string): Article | undefined {
  return Object.prototype.hasOwnProperty.call(articles, id) ? articles[id] : undefined;
}

/** Every concept that has an entry (for the completeness test). */
export function documentedConcepts(): string[] {
  return Object.keys(byConcept);
}
