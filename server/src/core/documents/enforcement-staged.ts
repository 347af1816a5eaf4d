/**
 * Wording of the enforcement application for instalments, stays and several payers, read from the report's `judgment`
 * (law/doubled-part.ts, law/award-payers.ts decide; nothing is recomputed here).
 */
import { AwardReport } from '../law/awards';
import { JudgmentReport } from '../law/judgment';
import { date, money, t } from './format';
import { Run } from './types';

type Delay = JudgmentReport['delayInterest'];

/** 「以…为基数」 and where it starts: per instalment (迟延利息解释第2条) or from the first day of delay. */
export function doubledBasis(di: Delay): string {
  const inst = di.installments ?? [];
  if (!inst.length) return `以尚未清偿的生效法律文书确定的除一般债务利息之外的金钱债务为基数，按日万分之一点七五，${di.from ? `自${date(di.from)}起` : ''}${stayText(di)}`;
  const each = inst.map((x) => `第${x.installment}期${money(x.amount)}自${date(x.from)}起`).join('，');
  return `以各期尚未清偿的生效法律文书确定的除一般债务利息之外的金钱债务为基数，按日万分之一点七五，分别自各期履行期间届满后计算（${each}）${stayText(di)}，`;
}

/** 「（不计算中止执行期间…）」 (迟延利息解释第3条第3款); empty without a stay inside the delay period. */
export function stayText(di: Delay): string {
  const stays = (di.stays ?? []).filter((x) => x.days > 0);
  if (!stays.length) return '';
  return `（不计算中止执行期间${stays.map((x) => `${date(x.from)}至${date(x.to)}共${x.days}日`).join('、')}）`;
}

/**
 * Who owes an item paid by several: 共同 / 连带 / 按份 with the shares; undefined with one payer. The shares are the
 * judgment's: once part of a 按份 item is paid, the file does not say who paid it, so they are labelled as the
 * judgment's shares, not as what each still owes.
 */
export function payersText(a: AwardReport, partlyPaid = false): string | undefined {
  if (a.by.length < 2 || !a.liability) return undefined;
  const names = a.by.join('、');
  if (a.liability === 'joint') return `被执行人${names}承担连带清偿责任`;
  const shares = (sep: string) => (a.shares ?? []).map((x) => `${x.name}${money(x.amount)}`).join(sep);
  if (a.liability === 'several') return partlyPaid ? `由被执行人${names}按份负担，判决确定的份额为${shares('、')}，已履行部分未区分履行人` : `由被执行人${names}按份负担：${shares('，')}`;
  return `由被执行人${names}共同负担`;
}

/** Notes on instalments, stays and 共同 (the articles they rest on). */
export function stagedNotes(j: JudgmentReport): string[] {
  const notes: string[] = [];
  const di = j.delayInterest;
  if (di.installments?.length) {
    notes.push(`判决确定分期履行，加倍部分债务利息按各期未履行部分自该期履行期间届满之日起分别计算（迟延利息解释第2条）；申请执行期间自最后一期履行期限届满之日起计算（民事诉讼法第250条）。`);
  }
  if (di.stays?.length) {
    notes.push(`非因被执行人的申请中止或者暂缓执行的期间，不计算加倍部分债务利息（迟延利息解释第3条第3款）。`);
  }
  // Only for items still owed: a paid item's payers ask nothing of the court.
  const owed = (a: AwardReport) => j.outstanding[a.item - 1]?.outstanding !== '0.00';
  if (j.awards.some((a) => a.liability === 'jointly' && owed(a))) {
    notes.push(`判项由数名被执行人共同给付、未确定各自份额的，申请执行人请求各被执行人对该项全部款项负清偿责任，任一被执行人履行的部分相应消灭该项债务。`);
  }
  if (j.awards.some((a) => a.liability === 'several' && owed(a))) {
    notes.push(`按份给付的判项，各被执行人仅对其份额负清偿责任；判决未确定份额的，视为份额相同（民法典第517条第2款）。`);
  }
  return notes;
}

/** 「，判决确定分N期履行，最后一期履行期限为…」 for the facts (民诉法第250条第2款 counts from it). */
export function installmentFact(di: Delay): Run[] {
  const inst = di.installments ?? [];
  if (!inst.length) return [];
  return [t(`，判决确定分${inst.length}期履行，最后一期履行期限为${date(inst[inst.length - 1].due)}`)];
}
