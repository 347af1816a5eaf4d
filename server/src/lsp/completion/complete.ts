/**
 * Completion at a cursor, without a connection: the item keywords of the block the cursor is in, the values a
 * keyword takes (性别 → 男/女), declared names where a reference goes, `引用` paths and block snippets, in the file's
 * keyword language. Only the case around the cursor is lexed (from its keyword, found in the cached model), so a
 * keystroke in a 637-case file lexes one case, not the file.
 */
import * as path from 'path';
import { IToken, tokenMatcher } from 'chevrotain';
import { CompletionItem, CompletionItemKind, InsertTextFormat, Position } from 'vscode-languageserver-types';
import { Analysis } from '../../core/analyze';
import { Locale } from '../../core/diagnostics/types';
import { Case, DebtFile, Party } from '../../core/model/types';
import { tokenize } from '../../core/syntax/lexer';
import { CnString, NameLike, OpenString, QuotedString, RBrace, LBrace, Comma } from '../../core/syntax/tokens';
import { OffsetRange } from '../../core/text/range';
import { keywordMeaning } from '../../core/keyword-docs';
import { t } from '../l10n';
import { nameText } from '../names';
import { Choice, ITEMS, OFFERED_AT_TOP, STARTER_ZH, Value, EVIDENCE_KINDS, ASSET_KINDS } from './grammar';
import { keywordFilterText, keywordLanguageOf, KeywordLanguage, localeLanguage, pinyinKeys, spelling } from './keywords';
import { insideComment, scanText } from './scan';
import { blockSnippets } from './snippets';
import { declareEvidenceItem, rateItems, undeclaredEvidence } from './value-offers';
import { Expectation, Walker } from './walk';

export interface CompletionRequest {
  uri: string;
  text: string;
  /** The cursor, as a position and as an offset into `text`. */
  position: Position;
  offset: number;
  /** The cached analysis of `text` (declared names, and where each case starts). */
  analysis?: Analysis;
  locale: Locale;
  /** ISO date offered where a date goes. */
  today: string;
  /** Every known .debt file, for `引用` paths. */
  uris: string[];
  /** Typed a space: offer only what the item itself takes next (values, its own keywords), not every item. */
  afterSpace?: boolean;
}

export function complete(req: CompletionRequest): CompletionItem[] {
  const start = windowStart(req.analysis?.model, req.offset);
  const slice = req.text.slice(start, req.offset);
  if (insideComment(scanText(slice).comments, slice.length)) return [];
  const tokens = tokenize(slice).tokens;
  let count = tokens.length;
  let prefix: IToken | undefined;
  const last = tokens[count - 1];
  if (last && last.startOffset + last.image.length === slice.length && last.tokenType !== RBrace && last.tokenType !== LBrace && last.tokenType !== Comma) {
    // The word being typed: completion replaces it. A closed string or a number being typed gets nothing.
    if (!tokenMatcher(last, NameLike) || last.tokenType === QuotedString || last.tokenType === CnString) return [];
    prefix = last;
    count--;
  }
  const expected = new Walker('top').walk(tokens, count).expectation();
  if (expected.caseStart !== undefined) expected.caseStart += start;
  const lang = keywordLanguageOf(tokens, count) ?? fileLanguage(req.text) ?? localeLanguage(req.locale);
  const prefixLength = prefix ? slice.length - prefix.startOffset : 0;
  const range = { start: { line: req.position.line, character: req.position.character - prefixLength }, end: req.position };
  const inString = prefix?.tokenType === OpenString;
  return new Offer(req, expected, lang, range, inString).items();
}

/** Start of the last case that begins at or before the cursor (cases are in file order), else the file start. */
function windowStart(model: DebtFile | undefined, offset: number): number {
  const cases = model?.cases ?? [];
  let lo = 0, hi = cases.length - 1, best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = cases[mid].range;
    const s = r instanceof OffsetRange ? r.startOffset : 0;
    if (s <= offset) { best = s; lo = mid + 1; } else hi = mid - 1;
  }
  return best;
}

let lastFile: { text: string; lang: KeywordLanguage | undefined } | undefined;
/** The keyword language of the whole file, when the case being edited has no keyword yet (lexed once per text). */
function fileLanguage(text: string): KeywordLanguage | undefined {
  if (lastFile?.text !== text) lastFile = { text, lang: keywordLanguageOf(tokenize(text).tokens) };
  return lastFile.lang;
}

const roleName = (L: Locale): Record<string, string> => ({ plaintiff: t(L, 'plaintiff'), defendant: t(L, 'defendant'), 'third-party': t(L, 'third party'), party: t(L, 'party') });

class Offer {
  private readonly out: CompletionItem[] = [];
  private readonly labels = new Set<string>();
  private readonly zh: boolean;

  constructor(private readonly req: CompletionRequest, private readonly e: Expectation, private readonly lang: KeywordLanguage,
    private readonly range: { start: Position; end: Position }, private readonly inString: boolean) {
    this.zh = req.locale !== 'en';
  }

  items(): CompletionItem[] {
    const e = this.e;
    if (this.inString) {
      for (const v of e.values) if (v.any?.includes('path')) this.paths();
      return this.out;
    }
    // Ranked by sortText (VS Code keeps it among equally good matches): values of this position (0), the item's own
    // keywords (1), the items of the block (2), block snippets of the file's keyword language (3).
    for (const v of e.values) this.value(v);
    for (const k of e.keywords) this.keyword(k, '1', CompletionItemKind.Keyword, true); // every optional keyword of an item takes a value
    if (e.starters && !this.req.afterSpace) {
      const zhByConcept = STARTER_ZH[e.block];
      const concepts = e.block === 'top' ? OFFERED_AT_TOP : Object.keys(zhByConcept);
      for (const c of concepts) this.keyword({ c, zh: zhByConcept[c] }, '2', CompletionItemKind.Keyword, (ITEMS[e.block]?.[c] ?? []).some((x) => !('block' in x)));
      const zhSpelling = new Map(concepts.map((c) => [c, zhByConcept[c]]));
      for (const s of e.block === 'top' || e.block === 'case' ? blockSnippets(concepts, this.lang) : []) {
        const label = /\s\{\s/.test(s.body) ? `${s.prefix} { … }` : `${s.prefix} …`;
        this.add({
          label, kind: CompletionItemKind.Snippet, insertTextFormat: InsertTextFormat.Snippet, sortText: `3${label}`,
          detail: s.description || t(this.req.locale, 'block'), filterText: `${s.prefix} ${keywordFilterText(s.concept, zhSpelling.get(s.concept) ?? s.prefix, this.lang)}`,
          textEdit: { range: this.range, newText: s.body },
        });
      }
    }
    return this.out;
  }

  private add(item: CompletionItem): void {
    if (this.labels.has(item.label)) return;
    this.labels.add(item.label);
    this.out.push(item);
  }

  /** A keyword; one that takes a value is inserted with its space and opens the list again (rust-analyzer's `let `). */
  private keyword(k: Choice, order: string, kind: CompletionItemKind = CompletionItemKind.Keyword, takesValue = false): void {
    const label = spelling(k.c, k.zh, this.lang);
    const other = this.lang === 'zh' ? spelling(k.c, k.zh, 'en') : k.zh;
    const doc = keywordMeaning(k.c, this.req.locale);
    const spaced = takesValue && !/^[ \t]/.test(this.req.text.slice(this.req.offset, this.req.offset + 1));
    this.add({
      label, kind, detail: other, ...(doc ? { documentation: doc } : {}), sortText: `${order}${label}`, filterText: keywordFilterText(k.c, k.zh, this.lang),
      textEdit: { range: this.range, newText: spaced ? `${label} ` : label },
      ...(takesValue ? { command: { title: '', command: 'editor.action.triggerSuggest' } } : {}),
    });
  }

  private value(v: Value): void {
    for (const c of v.enums ?? []) this.keyword(c, '0', CompletionItemKind.EnumMember, !!v.next?.[c.c]?.length);
    if (v.any?.includes('rate')) for (const r of rateItems(this.lang, this.zh, this.range)) this.add(r);
    for (const l of v.literals ?? []) this.add({ label: l, kind: CompletionItemKind.Value, sortText: `0${l}`, textEdit: { range: this.range, newText: l } });
    if (v.any?.includes('date')) {
      const [y, m, d] = this.req.today.split('-').map(Number);
      this.add({ label: this.req.today, kind: CompletionItemKind.Constant, sortText: '0~', detail: `${t(this.req.locale, 'today')}${this.zh ? `（${y}年${m}月${d}日）` : ''}`, textEdit: { range: this.range, newText: this.req.today } });
    }
    if (v.any?.includes('path')) this.paths();
    if (v.ref) this.names(v.ref);
    // A case's `证据 `: the evidence its facts cite and it does not declare yet.
    if (v.any?.includes('name') && this.e.item === 'EvidenceKw' && this.e.block === 'case') {
      const c = this.caseAt();
      for (const n of c ? undeclaredEvidence(c) : []) this.name(n, CompletionItemKind.Reference, t(this.req.locale, 'evidence'), 'a');
    }
  }

  private caseAt(): Case | undefined {
    const model = this.req.analysis?.model;
    return this.e.caseStart === undefined ? undefined
      : model?.cases.find((k) => k.range instanceof OffsetRange && k.range.startOffset === this.e.caseStart);
  }

  private name(name: string, kind: CompletionItemKind, detail: string | undefined, sort: string): void {
    if (!name) return;
    this.add({ label: name, kind, detail, sortText: `0${sort}${name}`, filterText: `${name} ${pinyinKeys(name)}`, textEdit: { range: this.range, newText: nameText(name) } });
  }

  private roleOf(p: Party): string { const r = roleName(this.req.locale); return r[p.role] ?? r.party; }

  private names(ref: NonNullable<Value['ref']>): void {
    const model = this.req.analysis?.model;
    if (!model) return;
    const c: Case | undefined = this.e.caseStart === undefined ? undefined
      : model.cases.find((k) => k.range instanceof OffsetRange && k.range.startOffset === this.e.caseStart);
    if (ref === 'declared-party') {
      for (const p of model.parties) if (p.role === 'party') this.name(p.name, CompletionItemKind.Reference, p.uri === model.uri ? this.roleOf(p) : path.posix.basename(p.uri), 'a');
      return;
    }
    if (ref === 'principal' && !c) {
      for (const p of [...model.parties, ...model.cases.flatMap((k) => k.parties)]) this.name(p.name, CompletionItemKind.Reference, this.roleOf(p), 'a');
      return;
    }
    if (!c) return;
    if (ref === 'loan') for (const l of c.loans) this.name(l.name, CompletionItemKind.Reference, t(this.req.locale, 'loan'), 'a');
    else if (ref === 'evidence') {
      for (const ev of c.evidence) {
        const kind = ev.kind && EVIDENCE_KINDS.find((k) => spelling(k.c, k.zh, 'en') === ev.kind!.value);
        this.name(ev.name, CompletionItemKind.Reference, kind ? spelling(kind.c, kind.zh, this.zh ? 'zh' : 'en') : t(this.req.locale, 'evidence'), 'a');
      }
      const declare = declareEvidenceItem(this.req.text, c, this.e.item, this.lang, this.zh, this.range);
      if (declare) this.add(declare);
    } else if (ref === 'asset') {
      // 保全 … 对象: the case's 财产, described by their kind (DEBT222 wants a target declared in the case).
      for (const a of c.assets) {
        const kind = a.kind && ASSET_KINDS.find((k) => spelling(k.c, k.zh, 'en') === a.kind!.value);
        this.name(a.name, CompletionItemKind.Reference, kind ? spelling(kind.c, kind.zh, this.zh ? 'zh' : 'en') : t(this.req.locale, 'asset'), 'a');
      }
    } else {
      // The lender is a plaintiff; borrowers, guarantors, those demanded of and an asset's owner are defendants: those first.
      const wanted = this.e.item === 'Lender' ? 'plaintiff' : 'defendant';
      for (const p of c.parties) this.name(p.name, CompletionItemKind.Reference, this.roleOf(p), p.role === wanted ? 'a' : 'b');
    }
  }

  /** `.debt` files in the document's folder and below, as the relative paths `引用` takes. */
  private paths(): void {
    const dir = this.req.uri.slice(0, this.req.uri.lastIndexOf('/') + 1);
    for (const u of this.req.uris) {
      if (u === this.req.uri || !u.startsWith(dir) || !u.endsWith('.debt')) continue;
      let rel: string;
      try { rel = decodeURIComponent(u.slice(dir.length)); } catch { continue; }
      this.add({ label: rel, kind: CompletionItemKind.File, sortText: `0${rel}`, filterText: `"${rel}`, textEdit: { range: this.range, newText: `"${rel}"` } });
    }
  }
}
