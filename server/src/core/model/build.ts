/**
 * Syntax tree → case model (model/types.ts). Reads literal values, resolves `use` files (with a cycle guard),
 * resolves parties referenced without a block, attaches events to loans and gives a case without claims the
 * default set (spec §3.6). Syntax, value and `use` problems are reported here; reference and consistency
 * checks live in checks/structure.ts.
 */
import { IToken, TokenType } from 'chevrotain';
import { DebtDiagnostic, Locale } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Frame, LineIndex, OffsetRange, Range } from '../text/range';
import { LexProblem } from '../syntax/lexer';
import { Chunk, IncrementalSyntax, readWhole } from '../syntax/chunks';
import { Item, SyntaxProblem } from '../syntax/ast';
import { moveLines, withinLines } from '../diagnostics/move';
import { K } from '../syntax/tokens';
import type { FileHost } from '../analyze';
import * as T from './types';
import { readDate, readMoney, readRate, readText } from './values';
import { integerDigits } from './amount-bounds';
import { quoted } from '../diagnostics/messages/robustness';
import { isRefused, refusalOfPath } from './use-target';
import { resolveEventLoans, defaultClaims, joinFileAgents } from './resolve';
import { readLprRate } from './lpr-literal';
import { pushAll } from '../lists';
import { keywordLanguageOfToken } from '../syntax/keyword-language';

export interface BuildResult { file: T.DebtFile; diagnostics: DebtDiagnostic[] }

/** 'LawyerLetter' → 'lawyer-letter': keyword concepts name the model's enum values; looked up by token index. */
const enumNames: string[] = [];
for (const t of Object.values(K)) enumNames[t.tokenTypeIdx!] = t.name.replace(/Kw$/, '').replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
function kebab(t: TokenType): string { return enumNames[t.tokenTypeIdx!]; }

interface Declared { parties: T.Party[]; agents: T.Agent[] }

/** What the builder keeps on a chunk of cases (see syntax/chunks.ts): its cases and their diagnostics. */
interface BuiltCases {
  /** Everything outside the chunk its cases read: the locale, the other top-level items, the used files. */
  context: string;
  cases: T.Case[];
  diagnostics: DebtDiagnostic[];
  /** The line the chunk started at when its diagnostics were made. */
  line: number;
  /** Whether the diagnostics all lie inside the chunk (so they can move with it). */
  movable: boolean;
}

class Builder {
  readonly diagnostics: DebtDiagnostic[] = [];
  /** Used files already read in this build, so a file used twice is parsed once. */
  private readonly usedCache = new Map<string, Declared>();
  /** The used files read, and their texts: cases kept between builds depend on them. */
  readonly usedTexts: string[] = [];

  constructor(private readonly host: FileHost, private readonly locale: Locale) {}

  /** Reads a file. With `syntax` (the language server's per-file state), unchanged chunks of cases are reused. */
  file(uri: string, text: string, stack: string[], syntax?: IncrementalSyntax): T.DebtFile {
    const idx = new LineIndex(text);
    const read = syntax ? syntax.read(text, idx) : readWhole(text, idx);
    new FileReader(this, uri, idx).reportProblems(idx, read.lex, read.syntax);
    const out: T.DebtFile = { uri, uses: [], parties: [], agents: [], cases: [] };
    // Cases in file order: a chunk of cases only (kept between builds), or a case item among other items.
    const caseSources: (Chunk | [FileReader, Item])[] = [];
    const context: string[] = [this.locale];
    for (const chunk of read.chunks) {
      if (syntax && chunk.items.length > 0 && chunk.items.every((i) => i.key.tokenType === K.Case)) { caseSources.push(chunk); continue; }
      // (A chunk without items — the comments before the first — declares nothing the cases read.)
      if (syntax && chunk.items.length > 0) context.push(text.slice(chunk.frame.base, chunk.end));
      const f = new FileReader(this, uri, chunk.frame);
      for (const item of chunk.items) {
        const t = item.key.tokenType;
        if (t === K.Use) out.uses.push(f.use(item));
        else if (t === K.AgentKw) out.agents.push(f.agent(item));
        else if (t === K.Case) caseSources.push([f, item]);
        else out.parties.push(f.party(item, undefined));
      }
    }
    for (const use of out.uses) {
      const declared = this.use(use, stack);
      if (declared) { pushAll(out.parties, declared.parties); pushAll(out.agents, declared.agents); }
    }
    let key = syntax ? [...context, ...this.usedTexts].join('\u0001') : '';
    // Compared once here; when unchanged, every chunk then compares the very string it kept (no per-chunk scan of a
    // long context such as a used party library).
    const kept = caseSources.find((c): c is Chunk => !Array.isArray(c) && c.built !== undefined)?.built as BuiltCases | undefined;
    if (kept?.context === key) key = kept.context;
    for (const source of caseSources) {
      if (Array.isArray(source)) out.cases.push(source[0].caseOf(source[1], out));
      else pushAll(out.cases, this.casesOf(source, uri, key, out));
    }
    return out;
  }

  /** The cases of a chunk: kept from the last build when the chunk and its context are unchanged, else read. */
  private casesOf(chunk: Chunk, uri: string, context: string, file: T.DebtFile): T.Case[] {
    const { index, base } = chunk.frame;
    const line = index.position(base).line;
    const kept = chunk.built as BuiltCases | undefined;
    if (kept && kept.context === context && kept.movable) {
      if (kept.line !== line) { kept.diagnostics = moveLines(kept.diagnostics, uri, line - kept.line); kept.line = line; }
      pushAll(this.diagnostics, kept.diagnostics);
      return kept.cases;
    }
    const mark = this.diagnostics.length;
    const f = new FileReader(this, uri, chunk.frame);
    const cases = chunk.items.map((item) => f.caseOf(item, file));
    const diagnostics = this.diagnostics.slice(mark);
    const movable = withinLines(diagnostics, uri, line, index.position(chunk.end).line);
    chunk.built = { context, cases, diagnostics, line, movable } satisfies BuiltCases;
    return cases;
  }

  private use(use: T.Use, stack: string[]): Declared | undefined {
    let target: string;
    try { target = new URL(use.path.value, use.uri).href; } catch { target = use.path.value; }
    use.resolvedUri = target;
    if (stack.includes(target)) {
      this.add(diag('DEBT217', { path: use.path.value }, { uri: use.uri, range: use.path.range }, this.locale));
      return undefined;
    }
    const cached = this.usedCache.get(target);
    if (cached) return cached;
    const byPath = refusalOfPath(use.path.value);
    const got = byPath ? { refused: byPath } : this.host.readUsed ? this.host.readUsed(target, stack[0]) : this.host.read(target);
    if (isRefused(got)) {
      this.usedTexts.push(`${target}\u0000\u0001${got.refused}`);
      this.add(diag('DEBT110', { path: use.path.value, why: got.refused }, { uri: use.uri, range: use.path.range }, this.locale));
      return undefined;
    }
    const text = got;
    this.usedTexts.push(`${target}\u0000${text ?? ''}`);
    if (text === undefined) {
      this.add(diag('DEBT216', { path: use.path.value }, { uri: use.uri, range: use.path.range }, this.locale));
      return undefined;
    }
    const used = this.file(target, text, [...stack, target]);
    const declared = { parties: used.parties, agents: used.agents };
    this.usedCache.set(target, declared);
    return declared;
  }

  add(d: DebtDiagnostic): void { this.diagnostics.push(d); }
  get lang(): Locale { return this.locale; }
}

/** Reads the items of one file (one LineIndex) into model elements. */
class FileReader {
  constructor(private readonly b: Builder, private readonly uri: string, private readonly frame: Frame) {}

  private range(t: IToken): Range { return new OffsetRange(this.frame, t.startOffset, t.startOffset + t.image.length); }
  private itemRange(item: Item): Range { return new OffsetRange(this.frame, item.key.startOffset, Math.max(item.key.startOffset, item.end)); }
  private at(t: IToken) { return { uri: this.uri, range: this.range(t) }; }
  private ref(t: IToken): T.Ref { return { name: readText(t.image), range: this.range(t) }; }
  private refs(ts: readonly IToken[]): T.Ref[] {
    const out: T.Ref[] = [];
    for (let i = 0; i < ts.length; i++) out.push(this.ref(ts[i]));
    return out;
  }
  private text(t: IToken | undefined): T.Field<string> | undefined {
    return t ? { value: readText(t.image), range: this.range(t) } : undefined;
  }
  private enumOf<E extends string>(t: IToken | undefined): T.Field<E> | undefined {
    return t ? { value: kebab(t.tokenType) as E, range: this.range(t) } : undefined;
  }
  private date(t: IToken | undefined): T.Field<string> | undefined {
    if (!t) return undefined;
    const r = readDate(t.image);
    if (r.ok) return { value: r.value, range: this.range(t) };
    if (r.reason === 'date-range') { this.b.add(diag('DEBT111', { text: t.image }, this.at(t), this.b.lang)); return undefined; }
    this.b.add(diag('DEBT201', { text: t.image }, this.at(t), this.b.lang));
    return undefined;
  }
  private money(t: IToken | undefined) {
    if (!t) return undefined;
    const r = readMoney(t.image);
    if (r.ok) return { value: r.value, range: this.range(t) };
    if (r.reason === 'money-digits') { this.b.add(diag('DEBT112', { text: t.image, digits: integerDigits(t.image.replace(/[^\d.]/g, '')) + (t.image.includes('万') ? 4 : 0) }, this.at(t), this.b.lang)); return undefined; }
    this.b.add(diag('DEBT105', { text: quoted(t.image) }, this.at(t), this.b.lang));
    return undefined;
  }
  /** `范围 全部|本金|MONEY` of a guarantor (spec §8.1), as a spread so that an absent scope adds no key. */
  private guaranteeScope(f: Item): { scope?: T.Field<'all' | 'principal' | import('decimal.js').default> } {
    if (f.value) return { scope: this.enumOf<'all' | 'principal'>(f.value) };
    const m = this.money(f.money);
    return m ? { scope: m } : {};
  }
  private rate(t: IToken | undefined, fixed?: IToken): T.Field<T.Rate> | undefined {
    if (!t) return undefined;
    if (t.tokenType.name === 'LprLit') {
      const v = readLprRate(t.image, !!fixed);
      return v ? { value: v, range: fixed ? new OffsetRange(this.frame, t.startOffset, fixed.startOffset + fixed.image.length) : this.range(t) } : undefined;
    }
    // `固定` fixes an LPR rate at formation; after a percentage it means nothing (DEBT258).
    if (fixed) this.b.add(diag('DEBT258', {}, this.at(fixed), this.b.lang));
    const r = readRate(t.image);
    return r.ok ? { value: r.value, range: this.range(t) } : undefined;
  }
  private rateOrMoney(t: IToken | undefined): T.Field<T.Rate | import('decimal.js').default> | undefined {
    if (!t) return undefined;
    return t.tokenType.name === 'RateLit' || t.tokenType.name === 'LprLit' ? this.rate(t) : this.money(t);
  }

  /**
   * Lexical and syntax problems, in the order they stand in the text. Past 200 the rest is noise (a binary file):
   * DEBT109 says so once and the listing stops, whichever kind the problems are.
   */
  reportProblems(idx: LineIndex, lex: LexProblem[], syntax: SyntaxProblem[]): void {
    const all: (LexProblem | SyntaxProblem)[] = [...lex, ...syntax].sort((a, b) => a.start - b.start);
    let count = 0;
    for (const p of all) {
      if (++count > 200) {
        this.b.add(diag('DEBT109', {}, { uri: this.uri, range: idx.range(p.start, p.end) }, this.b.lang));
        return;
      }
      const at = { uri: this.uri, range: idx.range(p.start, p.end) };
      if ('kind' in p) {
        if (p.kind === 'open-string') this.b.add(diag('DEBT102', {}, at, this.b.lang));
        else if (p.kind === 'open-comment') this.b.add(diag('DEBT103', {}, { uri: this.uri, range: idx.range(p.start, p.start + 2) }, this.b.lang));
        else this.b.add(diag('DEBT104', { text: p.image.slice(0, 20) }, at, this.b.lang));
        continue;
      }
      const found = p.found.length > 30 ? p.found.slice(0, 30) + '…' : p.found;
      const place = p.after !== undefined ? { after: p.after } : {};
      if (p.expected === 'skip') this.b.add(diag('DEBT107', { found, kw: p.keywords }, at, this.b.lang));
      else if (p.expected === 'close') this.b.add(diag('DEBT106', { found, ...place }, at, this.b.lang));
      else this.b.add(diag('DEBT101', { expected: p.expected, found, ...place, kw: p.keywords }, at, this.b.lang));
    }
  }

  use(item: Item): T.Use {
    const v = item.value;
    return { uri: this.uri, range: this.itemRange(item), path: v ? this.text(v)! : { value: '', range: this.range(item.key) } };
  }

  party(item: Item, declared: T.DebtFile | undefined): T.Party {
    const nameTok = item.name;
    const name = nameTok ? readText(nameTok.image) : '';
    const role = (item.key.tokenType === K.PartyKw ? 'party' : kebab(item.key.tokenType)) as T.Role;
    const base: T.Party = {
      uri: this.uri, range: this.itemRange(item), name, nameRange: nameTok ? this.range(nameTok) : this.range(item.key),
      role, kind: 'person', kindExplicit: false,
    };
    if (!item.block) {
      // `原告 张三` without a block: the party declared with 当事人 (here or in a used file).
      const found = declared?.parties.find((p) => p.name === name && p.role === 'party')
        ?? declared?.parties.find((p) => p.name === name);
      if (found) return { ...found, uri: this.uri, range: base.range, nameRange: base.nameRange, role, declaredAt: { uri: found.uri, range: found.range } };
      return base;
    }
    for (const f of item.block.items) this.partyField(base, f);
    // Every licensed institution of spec §7.1 is a legal person: with 机构类型 and no kind written, it is 法人.
    if (base.institution && !base.kindExplicit) base.kind = 'company';
    return base;
  }

  private partyField(p: T.Party, f: Item): void {
    const v = f.value;
    switch (f.key.tokenType) {
      case K.Person: case K.Company: case K.Organization:
        p.kind = kebab(f.key.tokenType) as T.PartyKind; p.kindExplicit = true; break;
      case K.Gender: p.gender = this.enumOf(v); break;
      case K.Born: p.born = this.date(f.date); break;
      case K.Ethnicity: p.ethnicity = this.text(v); break;
      case K.Id: p.id = this.text(v); break;
      case K.CreditCode: p.creditCode = this.text(v); break;
      case K.Representative:
        if (v) p.representative = { name: this.text(v)!, title: this.text(f.detail) };
        break;
      case K.Address: p.address = this.text(v); break;
      case K.Residence: p.residence = this.text(v); break;
      case K.Employer: p.employer = this.text(v); break;
      case K.Phone: p.phone = this.text(v); break;
      case K.ServiceAddress: p.serviceAddress = this.text(v); break;
      case K.EService: if (v) p.eService = { value: v.tokenType === K.Yes, range: this.range(v) }; break;
      case K.Institution: p.institution = this.enumOf(v); break;
    }
  }

  agent(item: Item): T.Agent {
    const nameTok = item.name;
    const a: T.Agent = {
      uri: this.uri, range: this.itemRange(item), name: nameTok ? readText(nameTok.image) : '',
      nameRange: nameTok ? this.range(nameTok) : this.range(item.key), principals: [],
    };
    for (const f of item.block?.items ?? []) {
      const v = f.value;
      if (f.key.tokenType === K.Firm) a.firm = this.text(v);
      else if (f.key.tokenType === K.Phone) a.phone = this.text(v);
      else if (f.key.tokenType === K.Authority) a.authority = this.enumOf(v);
      else if (f.key.tokenType === K.For) pushAll(a.principals, this.refs(f.refs));
    }
    return a;
  }

  loan(item: Item): T.Loan {
    const nameTok = item.name;
    const l: T.Loan = {
      uri: this.uri, range: this.itemRange(item), name: nameTok ? readText(nameTok.image) : '',
      nameRange: nameTok ? this.range(nameTok) : this.range(item.key),
      borrowers: [], guarantors: [], signedProofs: [], deliveries: [], installments: [], daycount: 365, proofs: [],
      coBorrowers: [], joined: [], spouses: [],
    };
    for (const f of item.block?.items ?? []) this.loanField(l, f);
    return l;
  }

  private loanField(l: T.Loan, f: Item): void {
    switch (f.key.tokenType) {
      case K.Lender: if (f.ref) l.lender = this.ref(f.ref); break;
      case K.Borrower: pushAll(l.borrowers, this.refs(f.refs)); break;
      case K.GuarantorKw:
        if (f.ref) l.guarantors.push({
          uri: this.uri, range: this.itemRange(f), party: this.ref(f.ref),
          type: f.detail?.tokenType === K.Joint ? 'joint' : 'general', typeExplicit: !!f.detail, until: this.date(f.date),
          ...this.guaranteeScope(f),
        });
        break;
      case K.CoBorrower:
        for (const party of this.refs(f.refs)) l.coBorrowers.push({ uri: this.uri, range: this.itemRange(f), party, proofs: this.refs(f.proofs) });
        break;
      case K.Joined:
        if (f.ref) l.joined.push({ uri: this.uri, range: this.itemRange(f), party: this.ref(f.ref), proofs: this.refs(f.proofs) });
        break;
      case K.Spouse:
        if (f.ref) {
          l.spouses.push({ uri: this.uri, range: this.itemRange(f), party: this.ref(f.ref), basis: this.enumOf(f.value), proofs: this.refs(f.proofs) });
        }
        break;
      case K.Amount: l.amount = this.money(f.money); break;
      case K.Signed: l.signed = this.date(f.date); pushAll(l.signedProofs, this.refs(f.proofs)); break;
      case K.Delivered: {
        const date = this.date(f.date), amount = this.money(f.money);
        if (date && amount) l.deliveries.push({ uri: this.uri, range: this.itemRange(f), date, amount, method: this.enumOf(f.how), proofs: this.refs(f.proofs) });
        break;
      }
      case K.Deducted: l.deducted = this.money(f.money); break;
      case K.Due:
        if (f.value?.tokenType === K.OnDemand) l.due = { value: 'on-demand', range: this.range(f.value) };
        else l.due = this.date(f.value);
        break;
      case K.InstallmentKw: {
        if (f.value) { this.plan(l, f); break; }
        const date = this.date(f.date), amount = this.money(f.money);
        if (date && amount) l.installments.push({ uri: this.uri, range: this.itemRange(f), date, amount });
        break;
      }
      case K.InterestKw:
        if (f.value?.tokenType === K.None) l.interest = { value: 'none', range: this.range(f.value) };
        else if (f.value?.tokenType === K.Unclear) l.interest = { value: 'unclear', range: this.range(f.value) };
        else l.interest = this.rate(f.value, f.rateFixed);
        break;
      case K.OverdueInterest: l.overdueInterest = this.rate(f.value, f.rateFixed); break;
      case K.Penalty: l.penalty = this.rateOrMoney(f.value); break;
      case K.Fees: l.fees = this.rateOrMoney(f.value); break;
      case K.Daycount:
        if (f.value) {
          if (f.value.image === '365' || f.value.image === '360') { l.daycount = Number(f.value.image) as 365 | 360; l.daycountRange = this.range(f.value); }
          else this.b.add(diag('DEBT108', { text: f.value.image }, this.at(f.value), this.b.lang));
        }
        break;
      case K.Purpose: l.purpose = this.text(f.value); break;
      case K.EvidenceKw: pushAll(l.proofs, this.refs(f.refs)); break;
    }
  }

  /** `分期 等额本息|等额本金 N期 首期 DATE` (spec §8.3); a count that is not a whole number from 1 to 999 is DEBT101. */
  private plan(l: T.Loan, f: Item): void {
    const method = this.enumOf<'equal-payment' | 'equal-principal'>(f.value), first = this.date(f.date), n = f.money;
    if (n && !/^\d{1,3}$/.test(n.image)) { this.b.add(diag('DEBT101', { expected: 'plan-count', found: n.image, kw: keywordLanguageOfToken(f.key) }, this.at(n), this.b.lang)); return; }
    if (!method || !first || !n || Number(n.image) < 1) return;
    l.installmentPlan = { uri: this.uri, range: this.itemRange(f), method, count: { value: Number(n.image), range: this.range(n) }, first };
  }

  evidence(item: Item): T.Evidence {
    const nameTok = item.name;
    const e: T.Evidence = {
      uri: this.uri, range: this.itemRange(item), name: nameTok ? readText(nameTok.image) : '',
      nameRange: nameTok ? this.range(nameTok) : this.range(item.key),
    };
    for (const f of item.block?.items ?? []) {
      const v = f.value;
      switch (f.key.tokenType) {
        case K.Kind: e.kind = this.enumOf(v); break;
        case K.Original: e.original = this.range(f.key); break;
        case K.Copy: e.copy = this.range(f.key); break;
        case K.Proves: e.proves = this.text(v); break;
        case K.Source: e.source = this.text(v); break;
        case K.Pages:
          if (v && /^\d+$/.test(v.image)) e.pages = { value: Number(v.image), range: this.range(v) };
          else if (v) this.b.add(diag('DEBT101', { expected: 'pages', found: v.image, kw: keywordLanguageOfToken(f.key) }, this.at(v), this.b.lang));
          break;
      }
    }
    return e;
  }

  event(item: Item): T.Event | undefined {
    const uri = this.uri, range = this.itemRange(item);
    const date = this.date(item.date);
    const proofs = this.refs(item.proofs);
    if (!date) return undefined;
    if (item.key.tokenType === K.Repaid) {
      const amount = this.money(item.money);
      if (!amount) return undefined;
      return { uri, range, kind: 'repaid', date, amount, loan: item.ref ? this.ref(item.ref) : undefined,
        allocation: item.detail ? { value: item.detail.tokenType === K.Principal ? 'principal' : item.detail.tokenType === K.Fees ? 'fees' : 'interest', range: this.range(item.detail) } : undefined,
        method: this.enumOf(item.how), proofs, loans: [] };
    }
    if (item.key.tokenType === K.Demanded) {
      return { uri, range, kind: 'demanded', date, of: this.refs(item.refs), channel: this.enumOf(item.how),
        deadline: this.deadline(item), served: this.date(item.served), ...this.demandExtra(item), proofs, loans: [] };
    }
    return { uri, range, kind: 'acknowledged', date, by: item.ref ? this.ref(item.ref) : undefined, proofs, loans: [] };
  }

  /** `由 REF` and `次数 N` of a demand (spec §8.4); a count that is not a whole number is DEBT101. */
  private demandExtra(item: Item): Pick<T.Demand, 'by' | 'count'> {
    const out: Pick<T.Demand, 'by' | 'count'> = {};
    if (item.ref) out.by = this.ref(item.ref);
    const n = item.money;
    if (n && /^\d{1,5}$/.test(n.image)) out.count = { value: Number(n.image), range: this.range(n) };
    else if (n) this.b.add(diag('DEBT101', { expected: 'count', found: n.image, kw: keywordLanguageOfToken(item.key) }, this.at(n), this.b.lang));
    return out;
  }

  /** `限期 10日` → { days: 10 }, `限期 DATE` → { date }; a count that is not a whole number of days, or lacks 日, is DEBT101. */
  private deadline(item: Item): T.Demand['deadline'] {
    const v = item.value;
    if (!v) return undefined;
    if (v.tokenType.name === 'DateLit') { const d = this.date(v); return d && { value: { date: d.value }, range: d.range }; }
    const unit = item.detail;
    if (!/^\d{1,4}$/.test(v.image) || !unit) {
      const bad = /^\d{1,4}$/.test(v.image) ? { expected: 'deadline-unit', t: v } : { expected: 'deadline', t: v };
      this.b.add(diag('DEBT101', { expected: bad.expected, found: bad.t.image, kw: keywordLanguageOfToken(item.key) }, this.at(bad.t), this.b.lang));
      return undefined;
    }
    return { value: { days: Number(v.image) }, range: new OffsetRange(this.frame, v.startOffset, unit.startOffset + unit.image.length) };
  }

  claim(item: Item): T.Claim | undefined {
    const uri = this.uri, range = this.itemRange(item), implicit = false;
    switch (item.value?.tokenType) {
      case K.Principal: return { uri, range, implicit, kind: 'principal' };
      case K.InterestKw: {
        const u = item.date;
        const until: T.Field<string> | undefined = !u ? undefined : u.tokenType === K.Paid ? { value: 'paid', range: this.range(u) } : this.date(u);
        const fr = item.from;
        const from: T.Field<string> | undefined = !fr ? undefined : fr.tokenType === K.Filing ? { value: 'filing', range: this.range(fr) } : this.date(fr);
        return { uri, range, implicit, kind: 'interest', until, rate: this.rate(item.rate, item.rateFixed), from,
          amount: this.money(item.money), description: this.text(item.detail) };
      }
      case K.Penalty: return { uri, range, implicit, kind: 'penalty' };
      case K.Fees: { const amount = this.money(item.money); return amount ? { uri, range, implicit, kind: 'fees', amount, description: this.text(item.detail) } : undefined; }
      case K.Guarantee: return item.ref ? { uri, range, implicit, kind: 'guarantee', party: this.ref(item.ref) } : undefined;
      case K.Costs: return { uri, range, implicit, kind: 'costs' };
      case K.Other: return item.detail ? { uri, range, implicit, kind: 'other', text: this.text(item.detail)! } : undefined;
    }
    return undefined;
  }

  /** `财产 NAME { 类型 … 所有人 … 描述 … 价值 … 证据 … }` (spec §7.3). */
  asset(item: Item): T.Asset {
    const nameTok = item.name;
    const a: T.Asset = {
      uri: this.uri, range: this.itemRange(item), name: nameTok ? readText(nameTok.image) : '',
      nameRange: nameTok ? this.range(nameTok) : this.range(item.key), proofs: [],
    };
    for (const f of item.block?.items ?? []) {
      switch (f.key.tokenType) {
        case K.Kind: a.kind = this.enumOf(f.value); break;
        case K.Owner: if (f.ref) a.owner = this.ref(f.ref); break;
        case K.Detail: a.detail = this.text(f.value); break;
        case K.Value: a.value = this.money(f.money); break;
        case K.EvidenceKw: pushAll(a.proofs, this.refs(f.refs)); break;
      }
    }
    return a;
  }

  /** `保全 诉前|诉中 …` (spec §7.3); `担保 财产` is security by property. */
  preservation(item: Item): T.Preservation | undefined {
    const stage = this.enumOf<T.PreservationStage>(item.value);
    if (!stage) return undefined;
    const how = item.how;
    const security: T.Field<T.PreservationSecurity> | undefined = how
      ? { value: how.tokenType === K.AssetKw ? 'property' : kebab(how.tokenType) as T.PreservationSecurity, range: this.range(how) }
      : undefined;
    return {
      uri: this.uri, range: this.itemRange(item), stage, amount: this.money(item.money), targets: this.refs(item.refs),
      security, applied: this.date(item.date), ruled: this.date(item.served),
    };
  }

  /** `判决 "案号" { 法院 … 生效 … 履行期限 … 判决金额 … 还款 DATE MONEY }` (spec §7.4). */
  judgment(item: Item): T.Judgment {
    const nameTok = item.name;
    const j: T.Judgment = {
      uri: this.uri, range: this.itemRange(item),
      caseNumber: nameTok ? { value: readText(nameTok.image), range: this.range(nameTok) } : { value: '', range: this.range(item.key) },
      payments: [], awards: [], joint: [], installments: [], suspensions: [],
    };
    for (const f of item.block?.items ?? []) {
      switch (f.key.tokenType) {
        case K.Ordered: { const a = this.award(f); if (a) j.awards.push(a); break; }
        case K.Joint: if (f.refs.length) j.joint.push(this.joint(f)); break;
        case K.InstallmentKw: {
          const date = this.date(f.date), amount = this.money(f.money);
          if (date && amount) j.installments.push({ uri: this.uri, range: this.itemRange(f), date, amount });
          break;
        }
        case K.Suspended: {
          const from = this.date(f.from), to = this.date(f.date);
          if (from && to) j.suspensions.push({ uri: this.uri, range: this.itemRange(f), from, to });
          break;
        }
        case K.Court: j.court = this.text(f.value); break;
        case K.Effective: j.effective = this.date(f.date); break;
        case K.PerformBy: j.performBy = this.date(f.date); break;
        case K.Awarded: j.awarded = this.money(f.money); break;
        case K.Repaid: {
          const date = this.date(f.date), amount = this.money(f.money);
          if (date && amount) j.payments.push({ uri: this.uri, range: this.itemRange(f), date, amount });
          break;
        }
      }
    }
    return j;
  }

  /** `判项 …` (spec §8.2); undefined when a part it needs was lost to a syntax or value error (reported already). */
  award(f: Item): T.Award | undefined {
    const uri = this.uri, range = this.itemRange(f), by = this.refs(f.refs);
    const l = f.liability;
    const byLiability: T.Field<T.AwardLiability> | undefined = l
      ? { value: l.tokenType === K.Severally ? 'several' : l.tokenType === K.Joint ? 'joint' : 'jointly', range: this.range(l) } : undefined;
    const a = this.awardKind(f, uri, range, by);
    if (a && byLiability) a.byLiability = byLiability;
    return a;
  }

  private awardKind(f: Item, uri: string, range: T.Award['range'], by: T.Ref[]): T.Award | undefined {
    const amount = this.money(f.money);
    switch (f.value?.tokenType) {
      case K.Principal: return amount && { uri, range, by, kind: 'principal', amount };
      case K.InterestKw: {
        if (!f.how && !f.served) return amount && { uri, range, by, kind: 'interest', amount, until: this.date(f.date) };
        const rate = this.rate(f.how), from = this.date(f.served), u = f.date;
        const until: T.Field<string> | undefined = !u ? undefined : u.tokenType === K.Paid ? { value: 'paid', range: this.range(u) } : this.date(u);
        return amount && rate && from && until && { uri, range, by, kind: 'running-interest', base: amount, rate, from, until };
      }
      case K.Fees: return amount && { uri, range, by, kind: 'fees', amount, description: this.text(f.detail) };
      case K.CourtFee: return amount && { uri, range, by, kind: 'court-fee', amount };
      case K.PreservationFee: return amount && { uri, range, by, kind: 'preservation-fee', amount };
    }
    return undefined;
  }

  /** `连带 REFS (范围 全部|本金|MONEY)?` in a judgment (spec §8.2). */
  joint(f: Item): T.JointLiability {
    const v = f.value;
    let scope: T.JointLiability['scope'];
    if (v?.tokenType === K.All) scope = { value: 'all', range: this.range(v) };
    else if (v?.tokenType === K.Principal) scope = { value: 'principal', range: this.range(v) };
    else if (v) scope = this.money(v);
    return { uri: this.uri, range: this.itemRange(f), parties: this.refs(f.refs), scope };
  }

  /** `结算 DATE MONEY (借款 a、b)? 证据?` (spec §8.3). */
  settlement(item: Item): T.Settlement | undefined {
    const date = this.date(item.date), amount = this.money(item.money);
    if (!date || !amount) return undefined;
    return { uri: this.uri, range: this.itemRange(item), date, amount, loanRefs: this.refs(item.refs), proofs: this.refs(item.proofs) };
  }

  /** `宣布到期 DATE (借款 X)? 证据?` (spec §8.3). */
  acceleration(item: Item): T.Acceleration | undefined {
    const date = this.date(item.date);
    if (!date) return undefined;
    return { uri: this.uri, range: this.itemRange(item), date, loan: item.ref ? this.ref(item.ref) : undefined, proofs: this.refs(item.proofs) };
  }

  caseOf(item: Item, file: T.DebtFile): T.Case {
    const nameTok = item.name;
    const c: T.Case = {
      uri: this.uri, range: this.itemRange(item), name: nameTok ? readText(nameTok.image) : '',
      nameRange: nameTok ? this.range(nameTok) : this.range(item.key),
      parties: [], agents: [], loans: [], events: [], evidence: [], claims: [], notes: [],
      assets: [], preservations: [], judgments: [],
    };
    for (const f of item.block?.items ?? []) {
      const t = f.key.tokenType, v = f.value;
      if (t === K.Court) c.court = this.text(v);
      else if (t === K.Filing) c.filing = this.date(f.date);
      else if (t === K.Procedure) c.procedure = this.enumOf(v);
      else if (t === K.Note) { const n = this.text(v); if (n) c.notes.push(n); }
      else if (t === K.Plaintiff || t === K.Defendant || t === K.ThirdParty || t === K.PartyKw) c.parties.push(this.party(f, file));
      else if (t === K.AgentKw) c.agents.push(this.agent(f));
      else if (t === K.LoanKw) c.loans.push(this.loan(f));
      else if (t === K.EvidenceKw) c.evidence.push(this.evidence(f));
      else if (t === K.ClaimKw) { const cl = this.claim(f); if (cl) c.claims.push(cl); }
      else if (t === K.AssetKw) c.assets.push(this.asset(f));
      else if (t === K.Preservation) { const p = this.preservation(f); if (p) c.preservations.push(p); }
      else if (t === K.Judgment) c.judgments.push(this.judgment(f));
      else if (t === K.JurisdictionClause) c.jurisdictionClause = this.text(v);
      else if (t === K.Settled) { const s = this.settlement(f); if (s) (c.settlements ??= []).push(s); }
      else if (t === K.Accelerated) { const a = this.acceleration(f); if (a) (c.accelerations ??= []).push(a); }
      else { const e = this.event(f); if (e) c.events.push(e); }
    }
    joinFileAgents(c, file.agents);
    resolveEventLoans(c, (d) => this.b.add(d), this.b.lang);
    if (c.claims.length === 0) c.claims = defaultClaims(c);
    return c;
  }
}

/** Text → case model. `syntax`: the file's chunks kept between edits (the language server passes one per file). */
export function buildModel(uri: string, text: string, host: FileHost, locale: Locale, syntax?: IncrementalSyntax): BuildResult {
  const b = new Builder(host, locale);
  const file = b.file(uri, text, [uri], syntax);
  return { file, diagnostics: b.diagnostics };
}
