/**
 * The traditional complaint (民事诉讼文书样式, 2016): parties, 诉讼请求, 事实和理由, 证据和证据来源, 此致 court,
 * 附：本起诉状副本N份 (N = defendants + third parties, 民诉法第123条), 起诉人 signature and date.
 */
import { CaseData } from './case-data';
import { claimItems, totalLine } from './claims';
import { factsProse } from './facts';
import { evidenceLines } from './evidence-table';
import { blank, date, t } from './format';
import { orderedParties, traditionalAgentLine, traditionalPartyLine } from './parties';
import { scheduleBlocks } from './schedule-table';
import { Block, Run } from './types';

const para = (runs: Run[], indent = true): Block => ({ type: 'paragraph', runs, indent });
const label = (text: string): Block => ({ type: 'paragraph', runs: [{ text, bold: true }] });

export function traditionalComplaint(d: CaseData): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 1, runs: [t('民事起诉状')] }];
  const ps = orderedParties(d.c);
  for (const p of ps.filter((x) => x.role === 'plaintiff')) blocks.push(para(traditionalPartyLine(d.c, p, d.uri), false));
  for (const a of d.c.agents) blocks.push(para(traditionalAgentLine(a), false));
  for (const p of ps.filter((x) => x.role !== 'plaintiff')) blocks.push(para(traditionalPartyLine(d.c, p, d.uri), false));

  blocks.push(label('诉讼请求：'));
  const items = claimItems(d);
  items.forEach((it, i) => blocks.push(para([t(`${i + 1}. `), ...it.runs, t(i === items.length - 1 ? '。' : '；')])));
  blocks.push(para(totalLine(d)));

  blocks.push(label('事实和理由：'));
  for (const runs of factsProse(d)) blocks.push(para(runs));

  blocks.push(label('证据和证据来源，证人姓名和住所：'));
  const ev = evidenceLines(d);
  for (const runs of ev.length ? ev : [[blank()]]) blocks.push(para(runs));

  const copies = d.c.parties.filter((p) => p.role === 'defendant' || p.role === 'third-party').length;
  blocks.push(para([t('此致')]));
  blocks.push(para([d.c.court ? t(d.c.court.value, d.c.court.range) : blank()], false));
  blocks.push(para([t(`附：本起诉状副本${copies}份`)], false));
  const entity = d.c.parties.some((p) => p.role === 'plaintiff' && p.kind !== 'person');
  const filing = d.c.filing;
  blocks.push({ type: 'signature', lines: [
    [t(entity ? '起诉人（公章和签名）：' : '起诉人（签名）：'), blank()],
    [filing ? t(date(filing.value), filing.range) : t('　　年　　月　　日')],
  ] });
  blocks.push({ type: 'page-break' }, { type: 'heading', level: 2, runs: [t('附件：利息计算表')] }, ...scheduleBlocks(d));
  return blocks;
}
