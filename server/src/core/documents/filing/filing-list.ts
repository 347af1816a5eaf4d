/**
 * 立案材料清单 (spec §8.4): every paper our side files, with its copies and pages. A pleading (起诉状 / 答辩状) and the
 * evidence go one for the court plus one for each opposing party (民诉法第124条 / 第128条: copies by the number of the
 * other side); the papers about ourselves (授权委托书, 所函, 身份证明, 送达地址确认书) one each. Pages: the evidence's
 * `页数` when every item records it, else a blank; generated papers' pages are counted by the lawyer after printing.
 */
import Decimal from 'decimal.js';
import { CaseData } from '../case-data';
import { blank, t } from '../format';
import { Block, Cell, Run } from '../types';
import { namesOf, p, title } from '../sides/common';
import { agentsFor } from '../sides/common';
import { ourSide } from './common';

const cell = (runs: Run[], header = false): Cell => ({ lines: [runs], header });

export function filingList(d: CaseData, _en: boolean): { blocks: Block[]; notes: string[] } {
  const side = ourSide(d);
  const n = side.others.length;
  const agents = agentsFor(d, side.clients);
  const firms = [...new Set(agents.flatMap((a) => (a.firm?.value.trim() ? [a.firm.value] : [])))];
  const companies = side.clients.filter((x) => x.kind !== 'person');
  const persons = side.clients.filter((x) => x.kind === 'person');
  const ev = d.c.evidence;
  const pages = ev.length && ev.every((e) => e.pages) ? String(ev.reduce((s, e) => s.plus(e.pages!.value), new Decimal(0))) : undefined;
  const items: { name: string; copies: number; pages?: string; note: string }[] = [];
  items.push(side.debtor
    ? { name: '民事答辩状', copies: 1 + n, note: `正本1份，副本${n}份（按原告人数）` }
    : { name: '民事起诉状', copies: 1 + n, note: `正本1份，副本${n}份（按被告人数）` });
  if (ev.length) items.push({ name: `证据目录及证据材料（${ev.length}项）`, copies: 1 + n, pages, note: `法院1份，对方当事人各1份` });
  if (persons.length) items.push({ name: `${namesOf(persons)}身份证复印件`, copies: persons.length, note: '每人1份' });
  for (const c of companies) {
    items.push({ name: `${c.name}营业执照副本复印件`, copies: 1, note: '加盖公章' });
    items.push({ name: `${c.name}${c.kind === 'organization' ? '负责人' : '法定代表人'}身份证明书`, copies: 1, note: '附身份证复印件' });
  }
  if (!side.debtor && side.others.length) items.push({ name: `${namesOf(side.others)}身份信息（身份证复印件、户籍信息或工商登记信息）`, copies: side.others.length, note: '每名被告1份' });
  if (agents.length) {
    items.push({ name: '授权委托书', copies: agents.length, note: '每名代理人1份' });
    if (firms.length) items.push({ name: '律师事务所函', copies: firms.length, note: '每家律所1份' });
    items.push({ name: '律师执业证复印件', copies: agents.filter((a) => a.firm).length || agents.length, note: '每名律师1份' });
  }
  items.push({ name: '送达地址确认书', copies: side.clients.length, note: '我方每名当事人1份' });
  const rows: Cell[][] = [['序号', '材料名称', '份数', '页数', '备注'].map((h) => cell([t(h)], true))];
  items.forEach((x, i) => rows.push([cell([t(String(i + 1))]), cell([t(x.name)]), cell([t(String(x.copies))]), cell([x.pages ? t(x.pages) : blank()]), cell([t(x.note)])]));
  const blocks: Block[] = [title('立案材料清单'), { type: 'paragraph', align: 'center', runs: [t(d.c.name, d.c.nameRange)] },
    p([t(`提交人：${namesOf(side.clients) || '＿＿＿＿'}（${side.debtor ? '被告' : '原告'}）；对方当事人${n}人（${namesOf(side.others) || '＿＿＿＿'}）。`)], false),
    { type: 'table', widths: [7, 40, 9, 15, 29], rows }];
  const notes = [`份数按对方当事人${n}人计算：诉状和证据为法院1份加对方每人1份（民事诉讼法第124条、第128条）。页数请打印后填写${pages ? '（证据页数取自案件文件的 页数）' : '；证据页数可在案件文件中写 页数'}。`];
  return { blocks, notes };
}
