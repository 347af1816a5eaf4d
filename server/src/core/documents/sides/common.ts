/**
 * What the documents of both sides share (spec §8.4): the side and the lawyer's clients (law/side.ts), who owes
 * (the report's `debtors` when the obligations engine provides them, else borrowers and unreleased joint guarantors),
 * the debt as the report states it, and the blocks every filing repeats. Figures are the report's, never recomputed.
 */
import Decimal from 'decimal.js';
import { caseSide, CaseSide } from '../../law/side';
import { Agent, Party } from '../../model/types';
import { CaseData, party, sum } from '../case-data';
import { blank, date, money, moneyUpper, t } from '../format';
import { traditionalAgentLine, traditionalPartyLine } from '../parties';
import { DocumentRefused } from '../refused';
import { Block, Run } from '../types';

export const p = (runs: Run[], indent = true): Block => ({ type: 'paragraph', runs, indent });
export const bold = (text: string): Block => ({ type: 'paragraph', runs: [{ text, bold: true }] });
export const title = (text: string): Block => ({ type: 'heading', level: 1, runs: [t(text)] });
/** The date line of a document the lawyer dates when signing. */
export const UNDATED: Run = { text: '　　　　年　　月　　日' };
export const NUM = '一二三四五六七八九十';
export const numeral = (i: number) => NUM[i] ?? String(i + 1);

export function sideOf(d: CaseData): CaseSide { return caseSide(d.c); }

/**
 * The debtor's parties a debtor's document speaks for: the agent's principals that are defendants; with no agent,
 * every defendant. Refused when the lawyer acts for the creditor.
 */
export function debtorClients(d: CaseData, doc: string, en: boolean): Party[] {
  const s = sideOf(d);
  if (s.explicit && s.side === 'creditor') {
    throw new DocumentRefused([en ? 'the agent acts for the plaintiff' : '代理人受原告委托'], en
      ? `Case "${d.c.name}": a ${doc} is the debtor's document, but the agent ${s.agent!.name} acts for the creditor (委托人). Generate the creditor's documents, or name the defendant as 委托人.`
      : `案件“${d.c.name}”：${doc}是债务人一方的文书，但代理人${s.agent!.name}的委托人是原告（债权人）一方。请生成债权人一方的文书，或将委托人写为被告。`);
  }
  const ps = s.explicit ? s.clients.filter((x) => x.role === 'defendant') : d.c.parties.filter((x) => x.role === 'defendant');
  if (!ps.length) {
    throw new DocumentRefused([en ? 'no defendant' : '没有被告'], en ? `Case "${d.c.name}" names no defendant to answer for.` : `案件“${d.c.name}”没有列明被告，无从${doc.startsWith('支付令') ? '提出异议' : '答辩'}。`);
  }
  return ps;
}

/** The creditor's parties: the agent's principals that are plaintiffs; with no agent, every plaintiff. Refused for a debtor's lawyer. */
export function creditorClients(d: CaseData, doc: string, en: boolean): Party[] {
  const s = sideOf(d);
  if (s.explicit && s.side === 'debtor') {
    throw new DocumentRefused([en ? 'the agent acts for the defendant' : '代理人受被告委托'], en
      ? `Case "${d.c.name}": a ${doc} is the creditor's document, but the agent ${s.agent!.name} acts for the debtor (委托人).`
      : `案件“${d.c.name}”：${doc}是债权人一方的文书，但代理人${s.agent!.name}的委托人是被告（债务人）一方。`);
  }
  return s.explicit ? s.clients.filter((x) => x.role === 'plaintiff') : d.c.parties.filter((x) => x.role === 'plaintiff');
}

/** The agents acting for these parties (principals named, or none named). */
export function agentsFor(d: CaseData, ps: Party[]): Agent[] {
  const ns = new Set(ps.map((x) => x.name));
  return d.c.agents.filter((a) => a.principals.length === 0 || a.principals.some((r) => ns.has(r.name)));
}

/** 「答辩人：…」 lines with 一、二 when several, the agents after them. */
export function partyLines(d: CaseData, ps: Party[], role: string, withAgents = false): Block[] {
  const out = ps.map((x, i) => p(traditionalPartyLine(d.c, x, d.uri, ps.length > 1 ? `${role}${numeral(i)}` : role), false));
  if (withAgents) for (const a of agentsFor(d, ps)) out.push(p(traditionalAgentLine(a), false));
  return out;
}

export const namesOf = (ps: { name: string }[]) => ps.map((x) => x.name).join('、');

/** The court as a run (the case's 法院), or a blank. */
export function courtRun(d: CaseData): Run {
  return d.c.court ? t(d.c.court.value, d.c.court.range) : blank();
}

/** 「民间借贷纠纷」 unless the case's name says another cause (…纠纷). */
export function causeOf(d: CaseData): string {
  const m = /(金融借款合同纠纷|小额借款合同纠纷|借款合同纠纷|民间借贷纠纷|保证合同纠纷)$/.exec(d.c.name);
  if (m) return m[1];
  return d.c.parties.some((x) => x.institution) ? '借款合同纠纷' : '民间借贷纠纷';
}

export interface Debtor { party: Party; liability: string }

const LIABILITY_ZH: Record<string, string> = {
  borrower: '借款人', 'co-borrower': '共同借款人', joined: '债务加入人', spouse: '夫妻共同债务', 'joint-guarantor': '连带责任保证人', 'general-guarantor': '一般保证人',
};

/**
 * Every party who owes money in this case, with how: the report's `debtors` (the obligations engine, spec §8.1) when
 * present; otherwise the borrowers and the joint guarantors whose guarantee period did not end unclaimed.
 */
export function owingParties(d: CaseData): Debtor[] {
  const report = d.report as unknown as { debtors?: { name: string; loans: { liability: string }[] }[] };
  if (Array.isArray(report.debtors)) {
    return report.debtors.flatMap((x) => {
      const pp = party(d, x.name);
      return pp ? [{ party: pp, liability: [...new Set(x.loans.map((l) => LIABILITY_ZH[l.liability] ?? l.liability))].join('、') }] : [];
    });
  }
  const out: Debtor[] = [];
  const seen = new Set<string>();
  for (const l of d.c.loans) for (const b of l.borrowers) {
    const pp = party(d, b.name);
    if (pp && !seen.has(pp.name)) { seen.add(pp.name); out.push({ party: pp, liability: l.borrowers.length > 1 ? '共同借款人' : '借款人' }); }
  }
  const released = new Set(d.loans.flatMap(({ r }) => (r?.limitation.guarantors ?? []).filter((g) => g.status === 'released').map((g) => g.name)));
  for (const l of d.c.loans) for (const g of l.guarantors) {
    const pp = party(d, g.party.name);
    if (pp && g.type === 'joint' && !released.has(pp.name) && !seen.has(pp.name)) { seen.add(pp.name); out.push({ party: pp, liability: '连带责任保证人' }); }
  }
  return out;
}

/** What is owed on every loan as of interestThrough: the report's outstanding buckets, summed. */
export interface Debt { principal: Decimal; interest: Decimal; penalty: Decimal; fees: Decimal; total: Decimal }

export function debtOf(d: CaseData, only?: (name: string) => boolean): Debt {
  const rs = d.loans.flatMap(({ loan, r }) => (r && (!only || only(loan.name)) ? [r] : []));
  const principal = sum(rs.map((r) => r.outstanding.principal));
  const interest = sum(rs.map((r) => r.outstanding.interest));
  const penalty = sum(rs.map((r) => r.outstanding.penalty));
  const fees = sum(rs.map((r) => r.outstanding.fees));
  return { principal, interest, penalty, fees, total: principal.plus(interest).plus(penalty).plus(fees) };
}

/** 「本金49,975.34元、利息24,129.19元，合计74,104.53元（大写：…）」. */
export function debtSentence(x: Debt): string {
  const parts = [`本金${money(x.principal)}`];
  if (!x.interest.isZero()) parts.push(`利息${money(x.interest)}`);
  if (!x.penalty.isZero()) parts.push(`违约金${money(x.penalty)}`);
  if (!x.fees.isZero()) parts.push(`其他费用${money(x.fees)}`);
  return `${parts.join('、')}，合计${money(x.total)}（大写：${moneyUpper(x.total)}）`;
}

export { date, money, t, blank };
