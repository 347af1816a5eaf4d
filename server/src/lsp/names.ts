/**
 * The names of one file, read from the case model: every declaration and every reference of a party, agent, loan,
 * evidence item or case written in this file, each with the identity (`key`) of what it names, and the file's
 * `引用` paths. Definition, references, highlight and rename all read this index; it never re-parses.
 *
 * Scopes follow the structure checks (checks/structure.ts): references inside a case resolve to that case's
 * declarations (first of a name); `原告 X` without a block refers to a party declared with `当事人` (here or in a used
 * file), and every reference to X in the case then names that declaration too.
 */
import { Analysis } from '../core/analyze';
import { Agent, Case, DebtFile, Party, Ref } from '../core/model/types';
import { coDebtorProofs, coDebtorRefs } from '../core/model/resolve';
import { Position, Range } from '../core/text/range';
import { finish, ITEMS_PER_PAUSE, Steps } from './steps';

export type NameKind = 'party' | 'agent' | 'loan' | 'evidence' | 'case' | 'asset';

export interface Target { uri: string; range: Range }

export interface NameOccurrence {
  kind: NameKind;
  name: string;
  /** The written name (quotes included when quoted). */
  range: Range;
  declaration: boolean;
  /** What the name denotes: `uri#line:char` of its declaration; an unresolved reference gets `?kind:uri:case:name`. */
  key: string;
  /** The declaration's name, absent for an unresolved reference. */
  target?: Target;
  /** Index of the case in `model.cases`, or -1 for a file-level name. */
  caseIndex: number;
}

export interface UseLink { path: string; range: Range; target?: string }

export interface NameIndex { uri: string; model: DebtFile; occurrences: NameOccurrence[]; uses: UseLink[] }

export function declarationKey(uri: string, r: Range): string {
  return `${uri}#${r.start.line}:${r.start.character}`;
}

const cache = new WeakMap<DebtFile, NameIndex>();

/** The index of the model's own file (declarations from used files are targets, never occurrences). */
export function indexNames(file: DebtFile): NameIndex {
  return cache.get(file) ?? finish(indexNameSteps(file));
}

/** indexNames, pausing every few hundred names while the index is built (steps.ts). */
export function* indexNameSteps(file: DebtFile): Steps<NameIndex> {
  let hit = cache.get(file);
  if (!hit) { hit = yield* buildIndex(file); cache.set(file, hit); }
  return hit;
}

interface Decl { key: string; target: Target }

function* buildIndex(file: DebtFile): Steps<NameIndex> {
  const here = file.uri;
  const out: NameOccurrence[] = [];
  const decl = (kind: NameKind, name: string, range: Range, caseIndex: number): Decl => {
    const d = { key: declarationKey(here, range), target: { uri: here, range } };
    out.push({ kind, name, range, declaration: true, ...d, caseIndex });
    return d;
  };
  const refTo = (kind: NameKind, r: Ref, table: Map<string, Decl>, caseIndex: number) => {
    const d = table.get(r.name);
    out.push({
      kind, name: r.name, range: r.range, declaration: false, caseIndex,
      key: d?.key ?? `?${kind}:${here}:${caseIndex}:${r.name}`, ...(d ? { target: d.target } : {}),
    });
  };
  const first = (table: Map<string, Decl>, name: string, d: Decl) => { if (!table.has(name)) table.set(name, d); };

  // File level: parties declared with 当事人 (here or used), agents, cases.
  const fileParties = new Map<string, Decl>();
  for (let i = 0; i < file.parties.length; i++) {
    const p = file.parties[i];
    const d = p.uri === here ? decl('party', p.name, p.nameRange, -1) : { key: declarationKey(p.uri, p.nameRange), target: { uri: p.uri, range: p.nameRange } };
    first(fileParties, p.name, d);
    if (i % ITEMS_PER_PAUSE === ITEMS_PER_PAUSE - 1) yield;
  }
  const fileAgentNames = new Set(file.agents.map((a) => a.nameRange));
  const topAgents = file.agents.filter((a) => a.uri === here);
  for (const a of topAgents) decl('agent', a.name, a.nameRange, -1);
  file.cases.forEach((c, i) => decl('case', c.name, c.nameRange, i));

  // A principal of a file-level agent may be a party of any case (DEBT202 looks file-wide).
  yield;
  const anyParty = new Map(fileParties);
  const caseTables = file.cases.map((c, i) => caseDeclarations(c, i, file, fileAgentNames, decl, first, (o) => out.push(o)));
  for (const t of caseTables) for (const [n, d] of t.parties) first(anyParty, n, d);
  for (const a of topAgents) for (const r of a.principals) refTo('party', r, anyParty, -1);

  file.cases.forEach((c, i) => {
    const { parties, loans, evidence, agents } = caseTables[i];
    for (const a of agents) for (const r of a.principals) refTo('party', r, parties, i);
    const proof = (rs: Ref[]) => { for (const r of rs) refTo('evidence', r, evidence, i); };
    for (const l of c.loans) {
      if (l.lender) refTo('party', l.lender, parties, i);
      for (const b of l.borrowers) refTo('party', b, parties, i);
      for (const g of l.guarantors) refTo('party', g.party, parties, i);
      for (const r of coDebtorRefs(l)) refTo('party', r, parties, i);
      proof(coDebtorProofs(l));
      proof(l.proofs); proof(l.signedProofs);
      for (const d of l.deliveries) proof(d.proofs);
    }
    for (const e of c.events) {
      proof(e.proofs);
      if (e.kind === 'repaid') { if (e.loan) refTo('loan', e.loan, loans, i); }
      else if (e.kind === 'demanded') for (const r of e.of) refTo('party', r, parties, i);
      else if (e.by) refTo('party', e.by, parties, i);
    }
    for (const cl of c.claims) if (cl.kind === 'guarantee' && !cl.implicit) refTo('party', cl.party, parties, i);
    // Spec §7.3: an asset's 所有人 names a party, its proofs evidence; a preservation's 对象 names assets.
    for (const a of c.assets ?? []) { if (a.owner) refTo('party', a.owner, parties, i); proof(a.proofs); }
    for (const p of c.preservations ?? []) for (const r of p.targets) refTo('asset', r, caseTables[i].assets, i);
    // Who a judgment orders to pay (spec §8.2: 判项 … 由 X, 连带 X) and whose assets they are (所有人 X).
    for (const j of c.judgments) for (const r of [...j.awards.flatMap((a) => a.by), ...j.joint.flatMap((x) => x.parties)]) refTo('party', r, parties, i);
  });

  yield;
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const uses = file.uses.filter((u) => u.uri === here).map((u) => ({ path: u.path.value, range: u.path.range, target: u.resolvedUri }));
  return { uri: here, model: file, occurrences: out, uses };
}

function caseDeclarations(
  c: Case, i: number, file: DebtFile, fileAgentNames: Set<Range>,
  decl: (kind: NameKind, name: string, range: Range, caseIndex: number) => Decl,
  first: (table: Map<string, Decl>, name: string, d: Decl) => void,
  push: (o: NameOccurrence) => void,
) {
  const parties = new Map<string, Decl>(), loans = new Map<string, Decl>(), evidence = new Map<string, Decl>();
  const agents: Agent[] = [];
  for (const p of c.parties) {
    const declared = p.declaredAt && declarationOf(p, file);
    if (declared) {
      // `原告 X` naming a 当事人: a reference here, and X in this case means that declaration.
      const d = { key: declarationKey(declared.uri, declared.nameRange), target: { uri: declared.uri, range: declared.nameRange } };
      push({ kind: 'party', name: p.name, range: p.nameRange, declaration: false, ...d, caseIndex: i });
      first(parties, p.name, d);
    } else first(parties, p.name, decl('party', p.name, p.nameRange, i));
  }
  for (const a of c.agents) {
    if (fileAgentNames.has(a.nameRange)) continue; // declared outside the case: it acts here, declared there
    decl('agent', a.name, a.nameRange, i);
    agents.push(a);
  }
  for (const l of c.loans) first(loans, l.name, decl('loan', l.name, l.nameRange, i));
  for (const e of c.evidence) first(evidence, e.name, decl('evidence', e.name, e.nameRange, i));
  const assets = new Map<string, Decl>();
  for (const a of c.assets ?? []) first(assets, a.name, decl('asset', a.name, a.nameRange, i));
  return { parties, loans, evidence, agents, assets };
}

/** The file-level declaration a block-less case party refers to. */
function declarationOf(p: Party, file: DebtFile): Party | undefined {
  const at = p.declaredAt!;
  return file.parties.find((fp) => fp.range === at.range)
    ?? file.parties.find((fp) => fp.uri === at.uri && fp.range.start.line === at.range.start.line && fp.range.start.character === at.range.start.character);
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
function contains(r: Range, p: Position): boolean {
  return !before(p, r.start) && !before(r.end, p);
}

/** The occurrence whose name contains `p` (a cursor just after the name counts). */
export function occurrenceAt(index: NameIndex, p: Position): NameOccurrence | undefined {
  const list = index.occurrences;
  let lo = 0, hi = list.length - 1, found: NameOccurrence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (before(p, list[mid].range.start)) hi = mid - 1;
    else { if (contains(list[mid].range, p)) found = list[mid]; lo = mid + 1; }
  }
  return found;
}

export function useAt(index: NameIndex, p: Position): UseLink | undefined {
  return index.uses.find((u) => contains(u.range, p));
}

/** Where to look for the uses of a name: the reading functions of the server, passed in so this stays testable. */
export interface Workspace {
  uris(): string[];
  text(uri: string): string | undefined;
  analysis(uri: string): Analysis | undefined;
}

/**
 * Every occurrence of `key` in the workspace: the declaring file and every file that mentions the name (a file can
 * only refer to a declaration of another file through `引用`, and then names it). A case-level name lives in one file.
 */
export function occurrencesOf(ws: Workspace, occ: NameOccurrence, currentUri: string): { uri: string; occurrence: NameOccurrence }[] {
  return finish(occurrenceSteps(ws, occ, currentUri));
}

/** occurrencesOf, pausing after each file and every few hundred names (steps.ts). */
export function* occurrenceSteps(ws: Workspace, occ: NameOccurrence, currentUri: string): Steps<{ uri: string; occurrence: NameOccurrence }[]> {
  const out: { uri: string; occurrence: NameOccurrence }[] = [];
  const declUri = occ.target?.uri ?? currentUri;
  const fileLevel = occ.kind === 'case' || occ.kind === 'agent' || occ.caseIndex === -1 || declUri !== currentUri || isFileLevelTarget(ws, occ);
  const uris = fileLevel ? new Set([currentUri, declUri, ...ws.uris()]) : new Set([currentUri]);
  for (const uri of uris) {
    if (uri !== currentUri && uri !== declUri && !(ws.text(uri) ?? '').includes(occ.name)) continue;
    const a = ws.analysis(uri);
    yield;
    if (!a) continue;
    const all = (yield* indexNameSteps(a.model)).occurrences;
    for (let i = 0; i < all.length; i++) {
      if (all[i].key === occ.key) out.push({ uri, occurrence: all[i] });
      if (i % ITEMS_PER_PAUSE === ITEMS_PER_PAUSE - 1) yield;
    }
  }
  return out;
}

/** A party declared with 当事人 at file level (its target is a file-level declaration of this file). */
function isFileLevelTarget(ws: Workspace, occ: NameOccurrence): boolean {
  if (!occ.target || occ.kind !== 'party') return false;
  const a = ws.analysis(occ.target.uri);
  if (!a) return false;
  return indexNames(a.model).occurrences.some((o) => o.key === occ.key && o.declaration && o.caseIndex === -1);
}

export { nameText } from '../core/syntax/name-text';
