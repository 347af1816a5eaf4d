/**
 * 变更（增加）诉讼请求申请书 (民诉法解释第232条: after acceptance and before the end of the debate the plaintiff may add
 * claims): the claims restated with interest through the day before the as-of date — run `debt generate --as-of` with
 * the hearing date. Figures are the report's at that date (interest within the cap, continuing at the report's rate).
 */
import Decimal from 'decimal.js';
import { CaseData, sum } from '../case-data';
import { blank, date, money, moneyUpper, rate, t } from '../format';
import { Block } from '../types';
import { causeOf, courtRun, creditorClients, namesOf, p, partyLines, title, UNDATED } from '../sides/common';

export function amendClaims(d: CaseData, en: boolean): { blocks: Block[]; notes: string[] } {
  const clients = creditorClients(d, en ? 'application to amend the claims' : '变更诉讼请求申请书', en);
  const defendants = d.c.parties.filter((x) => x.role === 'defendant');
  const kinds = new Set(d.c.claims.map((c) => c.kind));
  const rs = d.loans.flatMap(({ r }) => (r ? [r] : []));
  const principal = kinds.has('principal') ? sum(rs.map((r) => r.outstanding.principal)) : new Decimal(0);
  const penalty = kinds.has('penalty') ? sum(rs.map((r) => r.outstanding.penalty)) : new Decimal(0);
  const fixed = d.c.claims.flatMap((c) => (c.kind === 'fees' ? [{ what: c.description?.value ?? '实现债权的费用', amount: c.amount.value }] : []));
  const total = new Decimal(d.report.claimAmount);
  const interest = total.minus(principal).minus(penalty).minus(fixed.reduce((s, f) => s.plus(f.amount), new Decimal(0)));
  const through = date(d.report.interestThrough);
  const to = namesOf(defendants);
  const items: string[] = [];
  if (!principal.isZero()) items.push(`判令被告${to}偿还借款本金${money(principal)}；`);
  if (kinds.has('interest')) {
    const cont = d.loans.filter(({ r }) => r?.continuing && !new Decimal(r.continuing.rate).isZero()).map(({ loan, r }) =>
      `${d.loans.length > 1 ? `借款“${loan.name}”` : ''}自${date(r.continuing!.from)}起以${money(r.continuing!.base)}为基数按年利率${rate(r.continuing!.rate)}计算至实际清偿之日止`);
    const until = d.c.claims.find((c) => c.kind === 'interest');
    const open = until && until.kind === 'interest' && (!until.until || until.until.value === 'paid');
    items.push(`判令被告${to}支付利息（暂计至${through}为${money(interest)}${open && cont.length ? `，此后的利息${cont.join('；')}` : ''}）；`);
  }
  if (!penalty.isZero()) items.push(`判令被告${to}支付违约金${money(penalty)}；`);
  for (const f of fixed) items.push(`判令被告${to}支付${f.what}${money(f.amount)}；`);
  for (const c of d.c.claims) if (c.kind === 'guarantee') items.push(`判令被告${c.party.name}对上述债务承担保证责任；`);
  for (const c of d.c.claims) if (c.kind === 'other') items.push(`${c.text.value}；`);
  if (kinds.has('costs')) items.push(`本案诉讼费用由被告${to}负担。`);
  const blocks: Block[] = [title('变更（增加）诉讼请求申请书'), ...partyLines(d, clients, '申请人（原告）', true), ...partyLines(d, defendants, '被申请人（被告）')];
  blocks.push(p([t(`申请人与被申请人${causeOf(d)}一案，贵院已立案受理（案号：（`), blank(), t('）'), blank(), t('号）。因案件审理期间利息持续产生，申请人现申请将诉讼请求变更为：')]));
  items.forEach((x, i) => blocks.push(p([t(`${i + 1}. ${x}`)])));
  blocks.push(p([t(`以上合计${money(total)}（大写：${moneyUpper(total)}），暂计至${through}。`)]));
  blocks.push(p([t('事实和理由：原告起诉时主张的利息计算至起诉前一日。被告至今未清偿借款，利息依约定（不超过法律保护的上限）持续产生，截至上述日期已增至上列数额。为此，依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第二百三十二条之规定，申请变更（增加）诉讼请求。')]));
  blocks.push(p([t('此致')]), p([courtRun(d)], false));
  blocks.push({ type: 'signature', lines: [[t(clients.some((x) => x.kind !== 'person') ? '申请人（盖章）：' : '申请人（签名）：'), t(namesOf(clients))], [UNDATED]] });
  const notes = [
    `利息暂计至${through}（--as-of ${d.report.asOf} 的前一日）：请以开庭日为 --as-of 重新生成。增加诉讼请求应在法庭辩论结束前提出，并按增加后的标的额补交案件受理费（诉讼费用交纳办法第21条）。`,
    `按变更后的标的额${money(total)}，案件受理费为${money(d.report.courtFee.ordinary)}（简易程序减半为${money(d.report.courtFee.simplified)}）。`,
  ];
  return { blocks, notes };
}
