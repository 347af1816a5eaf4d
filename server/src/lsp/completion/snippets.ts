/**
 * Block snippets, from one data file (snippets/debt.json, both keyword languages), offered by the server where their
 * item may start and only in the file's keyword language — VS Code's static snippets cannot know either, so the
 * extension contributes none (a Chinese file got English snippets, and `案件` came three times at the top).
 */
import { K, keywordOf } from '../../core/syntax/tokens';
import data from '../../../../snippets/debt.json';
import { KeywordLanguage } from './keywords';

export interface BlockSnippet {
  /** The keyword concept the snippet starts with (Case, LoanKw …). */
  concept: string;
  lang: KeywordLanguage;
  /** What the lawyer types to find it (借款, 借款分期, loan-installments). */
  prefix: string;
  description: string;
  body: string;
}

const conceptByType = new Map(Object.entries(K).map(([c, t]) => [t, c]));

function load(): BlockSnippet[] {
  const out: BlockSnippet[] = [];
  for (const s of Object.values(data as Record<string, { prefix: string | string[]; body: string | string[]; description?: string }>)) {
    const body = Array.isArray(s.body) ? s.body.join('\n') : s.body;
    const first = body.split(/\s/, 1)[0];
    const type = keywordOf(first);
    const concept = type && conceptByType.get(type);
    if (!concept) continue;
    const prefix = (Array.isArray(s.prefix) ? s.prefix[0] : s.prefix) ?? first;
    out.push({ concept, lang: first.charCodeAt(0) < 128 ? 'en' : 'zh', prefix, description: s.description ?? '', body });
  }
  return out;
}

const ALL = load();

/** The snippets whose item starts with one of `concepts`, in `lang`, in file order. */
export function blockSnippets(concepts: readonly string[], lang: KeywordLanguage): BlockSnippet[] {
  return ALL.filter((s) => s.lang === lang && concepts.includes(s.concept));
}
