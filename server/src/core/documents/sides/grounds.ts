/**
 * The grounds of a 民事答辩状 / 支付令异议书 as a lawyer writes them: one paragraph per ground the law engine found
 * (law/defences.ts, the report's `defences`), with its figure and article. Nothing is added that the findings do not
 * support.
 */
import Decimal from 'decimal.js';
import { DefenceGround } from '../../law/defences';
import { Party } from '../../model/types';
import { CaseData } from '../case-data';
import { date, money, t } from '../format';
import { Block } from '../types';
import { numeral, p } from './common';

const SPL = '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》';
const CIVIL = '《中华人民共和国民法典》';

/** The grounds that concern these clients: loans they owe on (as borrower or guarantor), their own guarantee, the court. */
/** The order a lawyer argues them: the court, then whether anything is owed, then how much. */
const ORDER: DefenceGround['kind'][] = ['jurisdiction', 'limitation', 'guarantee-lapsed', 'spouse', 'deducted', 'rate-cap', 'licensed-cap', 'repayments'];

export function groundsFor(d: CaseData, clients: Party[]): DefenceGround[] {
  const ns = new Set(clients.map((x) => x.name));
  const owesOn = new Set(d.c.loans.filter((l) => l.borrowers.some((b) => ns.has(b.name)) || l.guarantors.some((g) => ns.has(g.party.name))).map((l) => l.name));
  // Whoever else the obligations engine holds to a loan (co-borrower, joined, spouse) answers on it too.
  for (const x of d.report.debtors ?? []) if (ns.has(x.name)) for (const o of x.loans) owesOn.add(o.loan);
  return (d.report.defences ?? []).filter((g) => {
    if (g.kind === 'jurisdiction') return true;
    if (g.kind === 'guarantee-lapsed' || g.kind === 'spouse') return ns.has(g.party);
    return owesOn.has(g.loan);
  }).map((g, i) => ({ g, i })).sort((a, b) => ORDER.indexOf(a.g.kind) - ORDER.indexOf(b.g.kind) || a.i - b.i).map((x) => x.g);
}

/** Whether these grounds, if upheld, defeat the whole claim against the clients (every debt they owe is barred). */
export function defeatsAll(d: CaseData, clients: Party[], gs: DefenceGround[]): boolean {
  const ns = new Set(clients.map((x) => x.name));
  const barred = new Set(gs.filter((g) => g.kind === 'limitation').map((g) => g.kind === 'limitation' ? g.loan : ''));
  const released = new Set(gs.flatMap((g) => (g.kind === 'guarantee-lapsed' || (g.kind === 'spouse' && !g.basis) ? [`${g.loan}/${g.party}`] : [])));
  return d.c.loans.every((l) => {
    const secondary = [...l.guarantors.map((g) => g.party.name), ...l.spouses.map((s) => s.party.name)].filter((n) => ns.has(n));
    const owes = l.borrowers.some((b) => ns.has(b.name)) || secondary.length > 0;
    if (!owes || barred.has(l.name)) return true;
    const asBorrower = l.borrowers.some((b) => ns.has(b.name));
    return !asBorrower && secondary.every((n) => released.has(`${l.name}/${n}`));
  });
}

const licensed = (d: CaseData, loan: string) => d.report.loans.find((x) => x.name === loan)?.regime === 'licensed-lender';
const loanWords = (d: CaseData, loan: string) => (d.c.loans.length > 1 ? `借款“${loan}”` : '涉案借款');

function groundText(d: CaseData, g: DefenceGround, who: string, them: string): string {
  switch (g.kind) {
    case 'limitation': {
      const r = d.report.loans.find((x) => x.name === g.loan);
      const start = r?.limitation.start;
      const ints = r?.limitation.interruptions ?? [];
      return `关于诉讼时效。${loanWords(d, g.loan)}的诉讼时效期间${start ? `自${date(start)}起算` : ''}${ints.length ? `，经${ints.map(date).join('、')}中断后重新计算` : ''}，已于${date(g.end)}届满，${them}此后方才主张权利。诉讼时效期间届满的，义务人可以提出不履行义务的抗辩（${CIVIL}第一百八十八条、第一百九十二条第一款）。${who}依法提出诉讼时效抗辩，不再履行该笔借款的还款义务。`;
    }
    case 'rate-cap': {
      const which = g.which === 'period' ? `借期内年利率${g.agreed}%` : g.which === 'overdue' ? `逾期年利率${g.agreed}%` : `逾期利率、违约金和其他费用合计年利率${g.agreed}%`;
      const art = g.which === 'period' ? '第二十五条' : g.which === 'overdue' ? '第二十五条、第二十八条' : '第二十五条、第二十九条';
      const formation = d.report.loans.find((x) => x.name === g.loan)?.formation;
      // Formed before 2020-08-20 the cap is not (only) 4 × LPR (规定第31条): name the figure alone.
      const cap = formation && formation >= '2020-08-20'
        ? `${g.which === 'period' ? '合同成立时' : ''}一年期贷款市场报价利率四倍即年利率${g.cap}%` : `法律保护的上限年利率${g.cap}%`;
      return `关于利息。${loanWords(d, g.loan)}约定的${which}，超过${cap}，超过部分不受法律保护（${SPL}${art}）${new Decimal(g.unsupported).greaterThan(0) ? `；按约定计算将多出${money(g.unsupported)}，该部分不应支持` : ''}。按上述上限计算，截至${date(g.through)}，${who}尚欠利息至多为${money(g.interest)}，${them}主张超过该数额的利息，不应支持。`;
    }
    case 'licensed-cap': {
      const PART = { period: '借期内年利率', overdue: '逾期年利率', penalty: '违约金年费率', fees: '其他费用年费率' } as const;
      return `关于利息和费用。${loanWords(d, g.loan)}约定的${g.parts.map((x) => `${PART[x.what]}${x.rate}%`).join('、')}，合计年${g.total}%。贷款人同时主张的利息、复利、罚息、违约金和其他费用总计超过年利率24%的部分，借款人请求予以调减的，人民法院应予支持（《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第二条）。${who}请求对总计超过年利率24%的部分予以调减。`;
    }
    case 'deducted':
      return `关于借款本金。${loanWords(d, g.loan)}${g.written ? `借据载明的金额为${money(g.written)}，但` : ''}${them}在出借时预先扣除了利息${money(g.deducted)}，实际交付的金额为${money(g.principal)}。${licensed(d, g.loan) ? `借款的利息不得预先在本金中扣除；利息预先在本金中扣除的，应当按照实际借款数额返还借款并计算利息（${CIVIL}第六百七十条）` : `预先在本金中扣除利息的，人民法院应当将实际出借的金额认定为本金（${CIVIL}第六百七十条；${SPL}第二十六条）`}，本金应为${money(g.principal)}。`;
    case 'repayments': {
      const parts = [['费用', g.paid.fees], ['利息', g.paid.interest], ['本金', g.paid.principal], ['违约金', g.paid.penalty]]
        .filter(([, v]) => !new Decimal(v).isZero()).map(([k, v]) => `${k}${money(v)}`);
      return `关于已还款项。${who}已就${loanWords(d, g.loan)}向${them}还款${g.count}笔，共计${money(g.total)}，依法应先抵充实现债权的费用，再抵充利息，最后抵充本金（${CIVIL}第五百六十一条）${parts.length ? `，已分别抵充${parts.join('、')}` : ''}。抵充后，截至${date(g.through)}，${who}尚欠本金${money(g.principal)}、利息${money(g.interest)}${new Decimal(g.penalty).isZero() ? '' : `、违约金${money(g.penalty)}`}${new Decimal(g.fees).isZero() ? '' : `、其他费用${money(g.fees)}`}，${them}主张超过该数额的部分，不应支持。`;
    }
    case 'guarantee-lapsed': {
      const gr = d.report.loans.find((x) => x.name === g.loan)?.limitation.guarantors.find((x) => x.name === g.party);
      const joint = gr?.type !== 'general';
      return `关于保证责任。${g.party}为${loanWords(d, g.loan)}提供${joint ? '连带责任' : '一般'}保证，保证期间${g.end ? `已于${date(g.end)}` : '已'}届满，${them}未在保证期间内${joint ? `请求${g.party}承担保证责任` : '对债务人提起诉讼或者申请仲裁'}。依照${CIVIL}第六百九十三条，${g.party}不再承担保证责任。`;
    }
    case 'spouse':
      return g.basis
        ? `关于夫妻共同债务。${them}主张${loanWords(d, g.loan)}用于${g.party}与${g.borrower ?? '借款人'}的夫妻${g.basis === 'common-use' ? '共同生活' : '共同生产经营'}，但未提供证据。夫妻一方在婚姻关系存续期间以个人名义超出家庭日常生活需要所负的债务，不属于夫妻共同债务，但债权人能够证明该债务用于夫妻共同生活、共同生产经营或者基于夫妻双方共同意思表示的除外（${CIVIL}第一千零六十四条第二款）。${them}未能证明，${g.party}不应承担清偿责任。`
        : `关于夫妻共同债务。${them}主张${g.party}作为${g.borrower ?? '借款人'}的配偶对${loanWords(d, g.loan)}承担清偿责任，但未举证证明该债务系夫妻双方共同签名或者夫妻一方事后追认，或者为家庭日常生活需要所负，或者用于夫妻共同生活、共同生产经营（${CIVIL}第一千零六十四条）。该债务不属于夫妻共同债务，${g.party}不应承担清偿责任。`;
    case 'jurisdiction': {
      const places = g.permitted.map((x) => (x.party ? `${x.party}住所地（${x.place}）` : x.place)).join('、');
      return `关于管辖。借款合同纠纷由被告住所地或者合同履行地人民法院管辖，当事人书面协议选择的从其约定（《中华人民共和国民事诉讼法》第二十四条、第三十五条）。本案${places ? `可以管辖的连接点为${places}，` : ''}均不在${g.court}辖区，${g.court}对本案没有管辖权。${who}将在答辩期内另行提出管辖权异议，请求将本案移送有管辖权的人民法院审理。`;
    }
  }
}

/** 「一、关于诉讼时效。……」 per ground; [] when there is none. */
export function groundBlocks(d: CaseData, gs: DefenceGround[], who: string, them: string): Block[] {
  return gs.map((g, i) => p([t(`${numeral(i)}、${groundText(d, g, who, them)}`)]));
}
