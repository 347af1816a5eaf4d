/**
 * The documents of both sides and of the filing package (spec §8.4), by kind: each builder reads the case and its
 * report and returns the blocks and the notes for the lawyer, or throws DocumentRefused. build.ts dispatches here;
 * file-name.ts asks `sideFileWord` for the word in `<案件名>.<文书>.<ext>`.
 */
import { caseSide } from '../../law/side';
import { unlawfulCollections } from '../../law/unlawful-collection';
import { Case } from '../../model/types';
import { CaseData } from '../case-data';
import { Block } from '../types';
import { collectionComplaint } from './collection-complaint';
import { acknowledgment, repaymentAgreement } from './debt-papers';
import { defence, objection } from './defence';
import { powerOfAttorney } from '../filing/power-of-attorney';
import { firmLetter } from '../filing/firm-letter';
import { representativeCertificate } from '../filing/representative-certificate';
import { serviceAddress } from '../filing/service-address';
import { filingList } from '../filing/filing-list';
import { witnessApplication } from '../filing/witness';
import { investigationApplication } from '../filing/investigation';
import { amendClaims } from '../filing/amend-claims';
import { agentsFor } from './common';

export const SIDE_KINDS = ['defence', 'objection', 'repayment-agreement', 'acknowledgment', 'collection-complaint',
  'power-of-attorney', 'firm-letter', 'representative-certificate', 'service-address', 'filing-list',
  'witness', 'investigation', 'amend-claims'] as const;
export type SideKind = typeof SIDE_KINDS[number];

/** Title (as the document heads itself), file-name word, and for whom (the editor offers a side's documents first). */
export const SIDE_DOCUMENTS: Record<SideKind, { title: string; file: string; side: 'debtor' | 'creditor' | 'both' }> = {
  defence: { title: '民事答辩状', file: '答辩状', side: 'debtor' },
  objection: { title: '支付令异议书', file: '支付令异议书', side: 'debtor' },
  'repayment-agreement': { title: '还款协议', file: '还款协议', side: 'both' },
  acknowledgment: { title: '债务确认书', file: '债务确认书', side: 'creditor' },
  'collection-complaint': { title: '违法催收投诉书', file: '违法催收投诉书', side: 'debtor' },
  'power-of-attorney': { title: '授权委托书', file: '授权委托书', side: 'both' },
  'firm-letter': { title: '律师事务所函', file: '律师事务所函', side: 'both' },
  'representative-certificate': { title: '法定代表人身份证明书', file: '法定代表人身份证明书', side: 'both' },
  'service-address': { title: '送达地址确认书', file: '送达地址确认书', side: 'both' },
  'filing-list': { title: '立案材料清单', file: '立案材料清单', side: 'both' },
  witness: { title: '证人出庭作证申请书', file: '证人出庭作证申请书', side: 'both' },
  investigation: { title: '调查取证申请书', file: '调查取证申请书', side: 'both' },
  'amend-claims': { title: '变更（增加）诉讼请求申请书', file: '变更诉讼请求申请书', side: 'creditor' },
};

type Builder = (d: CaseData, en: boolean) => { blocks: Block[]; notes: string[]; title?: string };
const BUILDERS: Record<SideKind, Builder> = {
  defence, objection, 'repayment-agreement': repaymentAgreement, acknowledgment, 'collection-complaint': collectionComplaint,
  'power-of-attorney': powerOfAttorney, 'firm-letter': firmLetter, 'representative-certificate': representativeCertificate,
  'service-address': serviceAddress, 'filing-list': filingList, witness: witnessApplication, investigation: investigationApplication,
  'amend-claims': amendClaims,
};

export function isSideKind(k: string): k is SideKind { return k in BUILDERS; }

export function buildSideDocument(kind: SideKind, d: CaseData, en: boolean): { title: string; blocks: Block[]; notes: string[] } {
  const r = BUILDERS[kind](d, en);
  return { title: r.title ?? SIDE_DOCUMENTS[kind].title, blocks: r.blocks, notes: r.notes };
}

/** The file-name word: a 举报信 where 威胁/暴力 make it a report to the police; a 调查令申请书 when a lawyer acts for us. */
export function sideFileWord(kind: SideKind, c?: Case): string {
  if (c && kind === 'collection-complaint' && unlawfulCollections(c).some((u) => u.serious)) return '违法催收举报信';
  if (c && kind === 'investigation') {
    const s = caseSide(c);
    if (agentsFor({ c } as CaseData, s.clients).some((a) => a.firm)) return '调查令申请书';
  }
  return SIDE_DOCUMENTS[kind].file;
}
