/**
 * The documents of both sides and of the filing package (spec §8.4), by kind: each builder reads the case and its
 * report and returns the blocks and the notes for the lawyer, or throws DocumentRefused. build.ts dispatches here.
 */
import { CaseData } from '../case-data';
import { Block } from '../types';
import { collectionComplaint } from './collection-complaint';
import { acknowledgment, repaymentAgreement } from './debt-papers';
import { defence, objection } from './defence';

export type SideKind = 'defence' | 'objection' | 'repayment-agreement' | 'acknowledgment' | 'collection-complaint';

/** Title (as the document heads itself and the online filing system lists it) and file-name word of each kind. */
export const SIDE_DOCUMENTS: Record<SideKind, { title: string; file: string; side: 'debtor' | 'creditor' | 'both' }> = {
  defence: { title: '民事答辩状', file: '答辩状', side: 'debtor' },
  objection: { title: '支付令异议书', file: '支付令异议书', side: 'debtor' },
  'repayment-agreement': { title: '还款协议', file: '还款协议', side: 'both' },
  acknowledgment: { title: '债务确认书', file: '债务确认书', side: 'creditor' },
  'collection-complaint': { title: '违法催收投诉书', file: '违法催收投诉书', side: 'debtor' },
};

const BUILDERS: Record<SideKind, (d: CaseData, en: boolean) => { blocks: Block[]; notes: string[]; title?: string }> = {
  defence, objection, 'repayment-agreement': repaymentAgreement, acknowledgment, 'collection-complaint': collectionComplaint,
};

export function isSideKind(k: string): k is SideKind { return k in BUILDERS; }

export function buildSideDocument(kind: SideKind, d: CaseData, en: boolean): { title: string; blocks: Block[]; notes: string[] } {
  const r = BUILDERS[kind](d, en);
  return { title: r.title ?? SIDE_DOCUMENTS[kind].title, blocks: r.blocks, notes: r.notes };
}
