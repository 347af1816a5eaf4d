/**
 * Who the lawyer acts for (spec §8.4): read from the agents' `委托人`. An agent for a defendant acts for the debtor,
 * one for a plaintiff for the creditor. With agents on both sides the first agent declared decides (the file is the
 * drafting lawyer's, who declares himself first); with no agent the side is not known and the tool assumes the
 * creditor, as it always has (documents for the debtor are still offered).
 */
import { Agent, Case, Party } from '../model/types';

export type Side = 'creditor' | 'debtor';

export interface CaseSide {
  side: Side;
  /** False when no agent says whom it acts for: the side is then the creditor by default. */
  explicit: boolean;
  /** The agent whose 委托人 decided the side. */
  agent?: Agent;
  /** The parties the lawyer acts for (the agent's principals in this case); with no agent, the plaintiffs. */
  clients: Party[];
}

function sideOfAgent(c: Case, a: Agent): Side | undefined {
  const roles = a.principals.map((r) => c.parties.find((p) => p.name === r.name)?.role);
  if (roles.includes('defendant')) return 'debtor';
  if (roles.includes('plaintiff')) return 'creditor';
  return undefined;
}

export function caseSide(c: Case): CaseSide {
  for (const a of c.agents) {
    const side = sideOfAgent(c, a);
    if (!side) continue;
    const ns = new Set(a.principals.map((r) => r.name));
    return { side, explicit: true, agent: a, clients: c.parties.filter((p) => ns.has(p.name)) };
  }
  return { side: 'creditor', explicit: false, clients: c.parties.filter((p) => p.role === 'plaintiff') };
}

/** The parties on the other side of the lawyer's clients: defendants for a creditor's lawyer, plaintiffs for a debtor's. */
export function opponents(c: Case, s: CaseSide): Party[] {
  return c.parties.filter((p) => p.role === (s.side === 'creditor' ? 'defendant' : 'plaintiff'));
}

/**
 * Findings that advise the creditor and that a debtor's file gets in the debtor's words instead (DEBT642 for the
 * defences; DEBT641 for collection conduct), or not at all: the payment-order and small-claims routes are the
 * creditor's choice, and a lapsed period (DEBT502), a released guarantor (DEBT508) or a court without jurisdiction (DEBT613)
 * is the debtor's defence (DEBT642), not advice to the creditor nor a bar to the debtor's documents.
 */
export const CREDITOR_ADVICE = new Set(['DEBT401', 'DEBT402', 'DEBT403', 'DEBT406', 'DEBT407', 'DEBT409', 'DEBT502', 'DEBT508', 'DEBT602', 'DEBT603',
  'DEBT606', 'DEBT613', 'DEBT614', 'DEBT616', 'DEBT619']);
