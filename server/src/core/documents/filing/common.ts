/** What the filing papers share: our clients and the other side (law/side.ts), the case's cause, the instance. */
import { caseSide, opponents } from '../../law/side';
import { Agent, Party } from '../../model/types';
import { CaseData } from '../case-data';
import { DocumentRefused } from '../refused';
import { agentsFor } from '../sides/common';

/** The parties the lawyer acts for (principals of the deciding agent; with no agent, the plaintiffs) and their opponents. */
export function ourSide(d: CaseData): { clients: Party[]; others: Party[]; debtor: boolean } {
  const s = caseSide(d.c);
  return { clients: s.clients, others: opponents(d.c, s), debtor: s.side === 'debtor' };
}

/** Our agents (for these clients); refused when the case names none. */
export function ourAgents(d: CaseData, clients: Party[], doc: string, en: boolean): Agent[] {
  const as = agentsFor(d, clients);
  if (!as.length) {
    throw new DocumentRefused([en ? 'no agent' : '没有代理人'], en
      ? `Case "${d.c.name}" names no agent (代理人 … 委托人 …) for whom a ${doc} could be made.`
      : `案件“${d.c.name}”没有写明代理人（代理人 … 委托人 …），无从出具${doc}。`);
  }
  return as;
}

/** 「原告」/「被告」 as our clients stand in the suit. */
export const roleWord = (debtor: boolean) => (debtor ? '被告' : '原告');
