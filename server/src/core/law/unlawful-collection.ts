/**
 * Unlawful collection (spec §8.4): a `催收` on a channel no lawful collection uses (骚扰, 联系第三人, 威胁, 公开信息,
 * 暴力), or with more calls in a day than MAX_CONTACTS_PER_DAY. The one place that decides it: a creditor's lawyer is
 * warned (DEBT640), a debtor's lawyer is told it is a ground of complaint (DEBT641), and the 投诉/举报 document lists
 * these records. Serious conduct (威胁, 暴力) may be 寻衅滋事 (刑法第293条); collecting a debt that is itself unlawful
 * (interest above the cap, interest kept back) by such means may be 催收非法债务 (刑法第293条之一).
 */
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case, Channel, Demand } from '../model/types';
import { IsoDate } from '../text/dates';
import { Range } from '../text/range';
import { LawContext } from './context';
import { Side } from './side';

/**
 * More calls or messages than this in one day is harassment (民法典第1033条第（一）项) in this tool's reading. No
 * statute fixes a number: a threshold of ours [UNCONFIRMED], stated in every message that relies on it.
 */
export const MAX_CONTACTS_PER_DAY = 3;

export const UNLAWFUL_CHANNELS = new Set<Channel>(['harassment', 'third-party', 'threat', 'disclosure', 'violence']);

export interface UnlawfulCollection {
  date: IsoDate;
  /** The channel as written (lawful channels appear here only for a count above the limit). */
  channel: Channel | null;
  /** Who demanded (`由`), else null: the creditor's side. */
  by: string | null;
  /** Whom it was aimed at (`向`); empty: every debtor. */
  of: string[];
  count: number | null;
  proofs: string[];
  /** 威胁 or 暴力: 刑法第293条 may apply. */
  serious: boolean;
  uri: string;
  range: Range;
}

export function isUnlawful(e: Demand): boolean {
  return (!!e.channel && UNLAWFUL_CHANNELS.has(e.channel.value)) || (!!e.count && e.count.value > MAX_CONTACTS_PER_DAY);
}

/** The unlawful demands of the case in date order. */
export function unlawfulCollections(c: Case): UnlawfulCollection[] {
  const ds = c.events.filter((e): e is Demand => e.kind === 'demanded' && isUnlawful(e));
  return ds.map((e) => ({
    date: e.date.value, channel: e.channel?.value ?? null, by: e.by?.name ?? null, of: e.of.map((r) => r.name),
    count: e.count?.value ?? null, proofs: e.proofs.map((p) => p.name),
    serious: e.channel?.value === 'threat' || e.channel?.value === 'violence',
    uri: e.uri, range: e.channel && UNLAWFUL_CHANNELS.has(e.channel.value) ? e.channel.range : e.count?.range ?? e.date.range,
  })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** DEBT640 to a creditor's lawyer (do not; it does not interrupt the period when aimed at others), DEBT641 to a debtor's. */
export function checkUnlawfulCollection(list: UnlawfulCollection[], side: Side, illegalDebt: boolean, ctx: LawContext): DebtDiagnostic[] {
  return list.map((u) => {
    const args = { channel: u.channel ?? undefined, count: u.count ?? undefined, limit: MAX_CONTACTS_PER_DAY, serious: u.serious, illegalDebt, proved: u.proofs.length > 0 };
    const extra = u.serious ? { citations: illegalDebt ? ['刑法第293条', '刑法第293条之一'] : ['刑法第293条'] } : undefined;
    return diag(side === 'debtor' ? 'DEBT641' : 'DEBT640', args, { uri: u.uri, range: u.range }, ctx.locale, extra);
  });
}
