/**
 * 民事答辩状 and 支付令异议书 (spec §8.4): the debtor's answer. The grounds are the report's `defences` that concern the
 * lawyer's clients (grounds.ts) — none invented: with no ground found the document says so by a blank the lawyer fills.
 * The 异议书 needs the case's 支付令 (`催收 … 支付令 送达 DATE`) and states an objection to the debt itself (民诉法第227条;
 * 民诉法解释第436条: inability to pay is no objection).
 */
import { CaseData } from '../case-data';
import { blank, date, t } from '../format';
import { DocumentRefused } from '../refused';
import { Block } from '../types';
import { causeOf, courtRun, debtorClients, namesOf, p, partyLines, title, UNDATED } from './common';
import { defeatsAll, groundBlocks, groundsFor } from './grounds';

export interface Built { blocks: Block[]; notes: string[] }

function closing(d: CaseData, all: boolean, who: string, them: string, none: boolean): Block {
  if (none) return p([t('综上所述，请求人民法院依法查明事实，'), blank(), t('。')]);
  return p([t(`综上所述，${all ? `${them}的诉讼请求缺乏事实和法律依据，请求人民法院依法驳回${them}对${who}的全部诉讼请求` : `请求人民法院依法核减${them}的诉讼请求，驳回超出上述数额部分的诉讼请求`}。`)]);
}

export function defence(d: CaseData, en: boolean): Built {
  const clients = debtorClients(d, en ? 'defence' : '民事答辩状', en);
  const plaintiffs = d.c.parties.filter((x) => x.role === 'plaintiff');
  const gs = groundsFor(d, clients);
  const who = '答辩人', them = '被答辩人';
  const blocks: Block[] = [title('民事答辩状'), ...partyLines(d, clients, '答辩人', true), ...partyLines(d, plaintiffs, '被答辩人')];
  blocks.push(p([t(`${who}因与${them}${namesOf(plaintiffs)}${causeOf(d)}一案，现提出答辩意见如下：`)]));
  if (gs.length) blocks.push(...groundBlocks(d, gs, who, them));
  else blocks.push(p([blank()]));
  blocks.push(closing(d, defeatsAll(d, clients, gs), who, them, gs.length === 0));
  blocks.push(p([t('此致')]), p([courtRun(d)], false));
  blocks.push({ type: 'signature', lines: [[t(clients.some((x) => x.kind !== 'person') ? '答辩人（盖章）：' : '答辩人（签名）：'), t(namesOf(clients))], [UNDATED]] });
  blocks.push(p([t(`附：本答辩状副本${plaintiffs.length}份。`)], false));
  const notes = [
    '答辩期：被告应在收到起诉状副本之日起十五日内提出答辩状（民事诉讼法第一百二十八条）；管辖权异议须在答辩期内提出（民事诉讼法第一百三十条）。',
  ];
  if (!gs.length) notes.push('案件文件中没有可支持抗辩的事实（诉讼时效届满、利率超过上限、预扣利息、已还款、保证期间届满、管辖不符），答辩状未列任何抗辩理由：请根据案情填写。');
  if (gs.some((g) => g.kind === 'limitation')) notes.push('诉讼时效抗辩须在一审期间提出（时效规定第3条）；债务人在时效届满后同意履行或自愿履行的，不得再以时效抗辩（时效规定第19条），请向当事人核实有无此类事实。');
  return { blocks, notes };
}

export function objection(d: CaseData, en: boolean): Built {
  const po = d.report.paymentOrder;
  if (!po) {
    throw new DocumentRefused([en ? 'no payment order' : '没有支付令'], en
      ? `Case "${d.c.name}" records no payment order (催收 … 支付令 送达 DATE): an objection answers a payment order served on the debtor.`
      : `案件“${d.c.name}”没有记载支付令（催收 … 支付令 送达 日期）：支付令异议书针对已送达债务人的支付令提出。`);
  }
  const clients = debtorClients(d, en ? 'objection' : '支付令异议书', en);
  const creditors = d.c.parties.filter((x) => x.role === 'plaintiff');
  const gs = groundsFor(d, clients).filter((g) => g.kind !== 'jurisdiction');
  const who = '异议人', them = '被异议人';
  const blocks: Block[] = [title('支付令异议书'), ...partyLines(d, clients, '异议人（债务人）', true), ...partyLines(d, creditors, '被异议人（债权人）')];
  blocks.push(p([t(`${who}于`), po.served ? t(date(po.served)) : blank(), t(`收到贵院（`), blank(), t(`）号支付令，该支付令督促${who}向${them}${namesOf(creditors)}给付款项。${who}对支付令所载债务本身提出书面异议，理由如下：`)]));
  if (gs.length) blocks.push(...groundBlocks(d, gs, who, them));
  else blocks.push(p([blank()]));
  blocks.push(p([t(`综上，${who}与${them}之间的债权债务关系存在争议，${who}依照《中华人民共和国民事诉讼法》第二百二十七条第二款的规定，在法定期间内提出书面异议，请求人民法院裁定终结督促程序（《中华人民共和国民事诉讼法》第二百二十八条）。`)]));
  blocks.push(p([t('此致')]), p([courtRun(d)], false));
  blocks.push({ type: 'signature', lines: [[t(clients.some((x) => x.kind !== 'person') ? '异议人（盖章）：' : '异议人（签名）：'), t(namesOf(clients))], [UNDATED]] });
  const notes = [
    po.objectionDeadline ? `异议期间：自收到支付令之日起十五日内，即最迟${date(po.objectionDeadline)}前向发出支付令的法院书面提出（民事诉讼法第227条；期间末日遇节假日顺延，民事诉讼法第85条）。口头异议无效（民诉法解释第436条）。`
      : '异议期间：自收到支付令之日起十五日内书面提出（民事诉讼法第227条）。案件未写支付令的送达日期，无法计算末日：请在催收中写 送达 日期。口头异议无效（民诉法解释第436条）。',
    '异议应针对债务本身；仅提出缺乏清偿能力、延缓清偿期限、变更清偿方式的，不影响支付令的效力（民诉法解释第436条）。',
    '支付令案号留为空白，请按支付令填写。',
  ];
  if (!gs.length) notes.push('案件文件中没有可支持异议的事实，异议书未列任何理由：请根据案情填写对债务本身的异议。');
  return { blocks, notes };
}
