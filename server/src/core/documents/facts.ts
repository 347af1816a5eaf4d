/**
 * 事实和理由 as connected prose, in the template's order (complaint-template.md §事实和理由): formation, delivery,
 * term and rate, guarantee, repayments and balance, demands, default, notes, legal basis, closing.
 */
import Decimal from 'decimal.js';
import { Demand, Event, Loan, Rate, Repayment } from '../model/types';
import { LoanReport } from '../law/analyze-law';
import { demandsOnBorrowers } from '../law/on-demand';
import { addressUnits } from '../law/jurisdiction';
import { SPLIT_DATE } from '../law/regime';
import { CaseData, evidence, METHOD_ZH, names } from './case-data';
import { blank, date, money, t } from './format';
import { Run } from './types';
import { oldRulesApplied, feeLoans, SPOUSE_BASIS } from './claims';
import { installmentPlanText, pleadedFacts } from './pleaded-claims';
import { lprRateText } from '../model/lpr-literal';
import { privateLending } from './case-cause';
import { borrowerNames, loanDebts } from './debts';

const PERIOD_ZH = { year: '年利率', month: '月利率', day: '日利率' };

/** 「年利率12%」「月利率2%」 as agreed. */
export function rateAsWritten(r: Rate): string {
  if (r.lpr) return lprRateText(r, 'doc'); // spec §8.3: 「一年期贷款市场报价利率的1.5倍」
  return `${PERIOD_ZH[r.period]}${r.value.toString()}%`;
}

/** 「借条」, 「欠条」 (an acknowledgement of a debt, not a loan note) or 「借款合同」, from the agreement's evidence. */
export function paperOf(d: CaseData, loan: Loan): 'iou' | 'owe-note' | 'contract' | undefined {
  const ev = [...loan.signedProofs, ...loan.proofs].map((p) => evidence(d, p.name));
  if (ev.some((e) => e && /欠条|欠据/.test(e.name))) return 'owe-note';
  const kinds = ev.map((e) => e?.kind?.value);
  if (kinds.includes('iou')) return 'iou';
  if (kinds.includes('contract')) return 'contract';
  return undefined;
}

/** How the loan was agreed: 「被告…向原告…出具借条」 / 「原告…与被告…签订《借款合同》」, from the agreement's evidence. */
function instrument(d: CaseData, loan: Loan, lender: string, borrowers: string): string {
  const paper = paperOf(d, loan);
  if (paper === 'iou') return `被告${borrowers}向原告${lender}出具借条`;
  if (paper === 'owe-note') return `被告${borrowers}向原告${lender}出具欠条`;
  if (paper === 'contract') return `原告${lender}与被告${borrowers}签订《借款合同》`;
  return `原告${lender}与被告${borrowers}达成借款合意`;
}

/** Who paid, in a sentence: the borrowers by name when the case has more than one defendant. */
function payer(d: CaseData, borrowers: string): string {
  return d.c.parties.filter((p) => p.role === 'defendant').length > 1 ? `被告${borrowers}` : '被告';
}

/** 「已于2025年3月12日收到」: the day the demand reached the debtor, when recorded. */
function servedText(dm: Demand): string {
  return dm.served ? `，被告于${date(dm.served.value)}收到` : '';
}

/** The demand that fixed a no-term loan's due date, said as pleaded (民法典第675条). */
function onDemandFacts(d: CaseData, loan: Loan, r: LoanReport, borrowers: string): Run[] {
  const dm = demandsOnBorrowers(d.c, loan)[0];
  if (!dm || !r.dueDate) return [t('双方未约定还款期限，原告可以催告被告在合理期限内返还（《中华人民共和国民法典》第六百七十五条）。')];
  const how = dm.channel ? `通过${CHANNEL_ZH[dm.channel.value]}` : '';
  const v = dm.deadline?.value;
  const letter = dm.channel?.value === 'letter' || dm.channel?.value === 'lawyer-letter';
  const within = !v ? '归还借款，未指定还款期限' : 'days' in v ? `于${dm.served ? (letter ? '收函之日' : '收到催告之日') : '催告当日'}起${v.days}日内归还借款` : `于${date(v.date)}前归还借款`;
  const grace = r.limitation.defaultGraceDays ? `，按合理期限${r.limitation.defaultGraceDays}日计算` : '';
  return [t('双方未约定还款期限。'), t(date(dm.date.value), dm.date.range), t(`，原告${how}催告被告${borrowers}${within}${servedText(dm)}${grace}，借款于${date(r.dueDate)}到期（《中华人民共和国民法典》第六百七十五条）。`, dm.deadline?.range)];
}

/** How the repayments were applied: as agreed (冲抵), the part above the cap explained (规定第25条), else 民法典第561条. */
function allocationFacts(d: CaseData, loan: Loan, r: LoanReport, repaid: Repayment[]): string {
  const parts: string[] = [];
  const designated = repaid.filter((e) => e.allocation);
  for (const e of designated) {
    const a = r.allocations.find((x) => x.date === e.date.value && new Decimal(x.amount).equals(e.amount.value));
    const to = { interest: '利息', principal: '本金', fees: '费用' }[e.allocation!.value];
    let s = `${date(e.date.value)}偿还的${money(e.amount.value)}按双方约定冲抵${to}`;
    if (a && new Decimal(a.aboveCap).greaterThan(0)) {
      s += `，其中${money(a.aboveCap)}超过合同成立时一年期贷款市场报价利率四倍计算的利息，依照《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条不受保护，抵充本金`;
    }
    parts.push(s);
  }
  const applied = [['费用', r.paid.fees], ['利息', r.paid.interest], ['本金', r.paid.principal], ['违约金', r.paid.penalty]]
    .filter(([, v]) => !new Decimal(v).isZero()).map(([k, v]) => `${k}${money(v)}`);
  const balance = `尚欠本金${money(r.outstanding.principal)}。`;
  // 2015 rules (spec §8.6): interest paid between 24 % and 36 % before 2020-08-20 stays paid and is not principal.
  const kept = r.naturalObligation !== '0.00' ? `；另有按年利率24%至36%之间支付的利息${money(r.naturalObligation)}，已自愿支付，不抵充本金`
    + '（《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2015〕18号）第三十一条）' : '';
  if (!designated.length) {
    const how = applied.length === 1 ? `全部抵充${applied[0]}` : applied.length
      ? `先抵充${applied.slice(0, -1).join('，再抵充')}，${applied.length > 2 ? '最后' : '再'}抵充${applied[applied.length - 1]}` : '';
    return how ? `依照《中华人民共和国民法典》第五百六十一条，上述还款${how}${kept}，${balance}` : balance;
  }
  if (designated.length < repaid.length) parts.push('其余还款依照《中华人民共和国民法典》第五百六十一条先抵充利息，再抵充本金');
  const total = applied.length === 1 ? `上述还款全部抵充${applied[0]}` : applied.length ? `上述还款合计抵充${applied.join('、')}` : '';
  return `${parts.join('；')}；${total}${kept}${total || kept ? '，' : ''}${balance}`;
}

/** A party who joined the debt (民法典第552条) and a spouse who owes it as a 夫妻共同债务 (第1064条), with the basis and proof. */
function coDebtorFacts(d: CaseData, loan: Loan, borrowers: string): Run[] {
  const runs: Run[] = [];
  const owes = new Set(loanDebts(d, loan.name).map((x) => x.name));
  const proof = (ps: { name: string }[]) => (ps.length ? `（见${names(ps)}）` : '');
  for (const j of loan.joined ?? []) {
    if (!owes.has(j.party.name)) continue;
    runs.push(t(`被告${j.party.name}`, j.party.range), t(`向原告承诺加入该笔债务${proof(j.proofs)}，应与被告${borrowers}承担连带债务（《中华人民共和国民法典》第五百五十二条）。`));
  }
  for (const s of loan.spouses ?? []) {
    if (!owes.has(s.party.name) || !s.basis) continue;
    const para = s.basis.value === 'common-use' || s.basis.value === 'common-business' ? '第二款' : '第一款';
    runs.push(t(`被告${s.party.name}`, s.party.range), t(`系被告${names(loan.borrowers)}的配偶，该笔借款${SPOUSE_BASIS[s.basis.value]}${proof(s.proofs)}，属于夫妻共同债务，应共同偿还（《中华人民共和国民法典》第一千零六十四条${para}）。`, s.basis.range));
  }
  return runs;
}

/** Each guarantee with the demand that kept it alive within the 保证期间 (民法典第692条、第693条). */
function guaranteeFacts(d: CaseData, loan: Loan, r: LoanReport): Run[] {
  const runs: Run[] = [];
  for (const g of loan.guarantors) {
    const rep = r.limitation.guarantors.find((x) => x.name === g.party.name);
    const until = g.until ? `，保证期间至${date(g.until.value)}` : '';
    const sc = g.scope?.value;
    const scope = !sc || sc === 'all' ? '' : sc === 'principal' ? '，保证范围为借款本金' : `，保证范围以${money(sc)}为限`;
    runs.push(t(`被告${g.party.name}`, g.party.range), t(`为该笔借款提供${g.type === 'joint' ? '连带责任保证' : '一般保证'}${scope}${until}。`, g.range));
    if (!rep || !rep.periodEnd) continue;
    const period = `保证期间（至${date(rep.periodEnd)}）`;
    if (rep.status === 'claimed' && g.type === 'joint') {
      const dm = d.c.events.filter((e): e is Demand => e.kind === 'demanded' && e.of.some((p) => p.name === g.party.name)
        && e.date.value <= rep.periodEnd!).sort((a, b) => (a.date.value < b.date.value ? -1 : 1)).pop();
      if (dm) runs.push(t(date(dm.date.value), dm.date.range), t(`，原告${dm.channel ? `通过${CHANNEL_ZH[dm.channel.value]}` : ''}向被告${g.party.name}主张保证责任，在${period}内（《中华人民共和国民法典》第六百九十三条）。`));
    } else if (rep.status === 'in-period') {
      runs.push(t(`原告在${period}内提起本诉，向被告${g.party.name}主张保证责任（《中华人民共和国民法典》第六百九十三条）。`));
    }
  }
  return runs;
}

function loanFacts(d: CaseData, loan: Loan, r: CaseData['loans'][number]['r'], multi: boolean): Run[] {
  const runs: Run[] = [];
  const lender = loan.lender?.name ?? '＿＿＿＿';
  const borrowers = borrowerNames(loan).join('、') || '＿＿＿＿';
  const label = multi ? `（${loan.name}）` : '';
  // 1. formation
  runs.push(loan.signed ? t(`${date(loan.signed.value)}`, loan.signed.range) : t('原告与被告之间存在借贷关系：'));
  runs.push(t(`${loan.signed ? '，' : ''}${instrument(d, loan, lender, borrowers)}${label}，约定被告${borrowers}向原告借款`));
  runs.push(loan.amount ? t(money(loan.amount.value), loan.amount.range) : t(money(r.principal)));
  if (loan.purpose) runs.push(t('，用于'), t(loan.purpose.value, loan.purpose.range));
  runs.push(t('。'));
  const co = loanDebts(d, loan.name).filter((x) => x.liability === 'co-borrower');
  if (co.length) {
    runs.push(t(`被告${borrowers}均作为借款人签署，系共同借款人，应对该笔借款承担连带清偿责任（《中华人民共和国民法典》第一百七十八条、第五百一十八条）。`));
  }
  // 2. delivery
  for (const dl of loan.deliveries) {
    runs.push(t(`原告于${date(dl.date.value)}`, dl.date.range), t(`${dl.method ? `以${METHOD_ZH[dl.method.value]}方式` : ''}向被告交付借款`, dl.method?.range),
      t(money(dl.amount.value), dl.amount.range), t('。'));
  }
  if (loan.deducted) {
    runs.push(t('出借时预先扣除利息'), t(money(loan.deducted.value), loan.deducted.range),
      t(`，依照《中华人民共和国民法典》第六百七十条，本金按实际出借金额${money(r.principal)}计算。`));
  }
  // 3. term and rate
  const term: string[] = [];
  if (loan.due && loan.due.value !== 'on-demand') term.push(`双方约定还款期限至${date(loan.due.value)}`);
  else if (!loan.due && loan.installmentPlan) term.push(installmentPlanText(loan.installmentPlan));
  else if (loan.installments.length) term.push(`双方约定分期还款：${loan.installments.map((i) => `${date(i.date.value)}还款${money(i.amount.value)}`).join('，')}`);
  const iv = loan.interest?.value;
  if (iv === 'none') term.push('未约定利息');
  else if (iv === 'unclear') term.push('利息约定不明');
  else if (iv) term.push(`借期内利息按${rateAsWritten(iv)}计算`);
  if (loan.overdueInterest) term.push(`逾期利息按${rateAsWritten(loan.overdueInterest.value)}计算`);
  if (loan.penalty) term.push(Decimal.isDecimal(loan.penalty.value) ? `逾期另付违约金${money(loan.penalty.value as Decimal)}` : `逾期另按${rateAsWritten(loan.penalty.value as Rate)}计付违约金`);
  if (term.length) runs.push(t(`${term.join('，')}。`, loan.due?.range ?? loan.interest?.range));
  if (loan.due?.value === 'on-demand') runs.push(...onDemandFacts(d, loan, r, borrowers));
  // 4. guarantee, debt joined, spouse
  runs.push(...guaranteeFacts(d, loan, r), ...coDebtorFacts(d, loan, borrowers));
  runs.push(...pleadedFacts(d, loan, r)); // spec §8.3: 结算, 宣布到期
  // 5. repayments and balance
  const repaid = d.c.events.filter((e): e is Repayment => e.kind === 'repaid' && e.loans.includes(loan.name));
  const who = payer(d, borrowers);
  for (const e of repaid) runs.push(t(`${who}于${date(e.date.value)}偿还`, e.date.range), t(money(e.amount.value), e.amount.range), t('。'));
  if (repaid.length) runs.push(t(allocationFacts(d, loan, r, repaid)));
  else runs.push(t(`${who}至今未偿还任何款项，尚欠本金${money(r.outstanding.principal)}。`));
  return runs;
}

/** 律师费 and other 实现债权的费用: the clause that puts them on the borrower and the payment (民间借贷规定第29条). */
function feeFacts(d: CaseData): Run[][] {
  const out: Run[][] = [];
  for (const cl of d.c.claims) {
    if (cl.kind !== 'fees') continue;
    const what = cl.description?.value ?? '实现债权的费用';
    const loans = feeLoans(d);
    const contract = loans.map((l) => (paperOf(d, l) === 'iou' ? '借条' : paperOf(d, l) === 'owe-note' ? '欠条' : '《借款合同》')).filter((v, i, a) => a.indexOf(v) === i).join('、') || '借款合同';
    const who = [...new Set(loans.flatMap((l) => l.borrowers.map((b) => b.name)))].join('、') || '＿＿＿＿';
    out.push([t(`双方在${contract}中约定，借款人逾期还款的，应当承担出借人为实现债权支出的${what}等费用（合同条款：第`), blank(), t(`条）。被告${who}未按约还款，原告为实现债权委托律师，已支付`),
      t(`${what}${money(cl.amount.value)}`, cl.amount.range), t('（见付款凭证及发票），应由被告依约承担。')]);
  }
  return out;
}

/** 「北京市朝阳区」: the administrative units an address opens with. */
function placeName(address: string): string {
  return addressUnits(address).join('') || address;
}

/** 「被告…住所地位于…，贵院有管辖权」: the basis on which the chosen court is a permitted one (rules.md §16). */
export function jurisdictionLine(d: CaseData): string | undefined {
  const j = d.report.jurisdiction;
  if (!j || j.route !== 'suit' || !j.chosen || j.matches !== true) return undefined;
  const hit = j.permitted.filter((p) => p.locality && j.chosen!.includes(p.locality));
  const p = hit[0];
  if (!p) return undefined;
  if (p.basis === 'agreed') return `双方约定由${p.party ? `${p.party}住所地人民法院` : p.place}管辖，依照《中华人民共和国民事诉讼法》第三十五条，贵院对本案有管辖权。`;
  if (p.basis === 'performance-place') {
    return `双方未约定合同履行地，本案借款的接受货币一方为原告${p.party}，其住所地${placeName(p.place)}为合同履行地（${privateLending(d) ? '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第三条' : '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第十八条第二款'}），依照《中华人民共和国民事诉讼法》第二十四条，贵院对本案有管辖权。`;
  }
  return `被告${p.party}住所地位于${placeName(p.place)}，依照《中华人民共和国民事诉讼法》第二十二条、第二十四条，贵院对本案有管辖权。`;
}

export function factsProse(d: CaseData): Run[][] {
  const paras: Run[][] = [];
  for (const { loan, r } of d.loans) if (r) paras.push(loanFacts(d, loan, r, d.loans.length > 1));
  paras.push(...feeFacts(d));
  // 6. demands and acknowledgements, in date order (a demand already pleaded as fixing a due date or keeping a guarantee is not repeated)
  const pleaded = new Set<Event>();
  for (const { loan, r } of d.loans) {
    if (loan.due?.value === 'on-demand' && r?.dueDate) { const dm = demandsOnBorrowers(d.c, loan)[0]; if (dm) pleaded.add(dm); }
  }
  const guarantorNames = new Set(d.c.loans.flatMap((l) => l.guarantors.map((g) => g.party.name)));
  const events = d.c.events.filter((e) => e.kind !== 'repaid' && !pleaded.has(e)
    && !(e.kind === 'demanded' && e.of.length > 0 && e.of.every((p) => guarantorNames.has(p.name)))
    // Conduct the law forbids (spec §8.4: 骚扰, 联系第三人, 威胁, 公开信息, 暴力) is never pleaded as a demand.
    && !(e.kind === 'demanded' && e.channel && UNLAWFUL_CHANNELS.has(e.channel.value)))
    .sort((a, b) => (a.date.value < b.date.value ? -1 : 1));
  if (events.length) {
    const runs: Run[] = [];
    for (const e of events) {
      if (e.kind === 'demanded') {
        const of = e.of.length ? names(e.of) : '被告';
        runs.push(t(`${date(e.date.value)}`, e.date.range), t(`，原告${e.channel ? `通过${CHANNEL_ZH[e.channel.value]}` : ''}向${e.of.length ? '被告' : ''}${of}催收${servedText(e).replace('被告于', '对方于')}。`));
      } else if (e.kind === 'acknowledged') {
        runs.push(t(`${date(e.date.value)}`, e.date.range), t(`，${e.by ? `被告${e.by.name}` : '被告'}确认所欠债务。`));
      }
    }
    runs.push(t('被告至今未履行还款义务。'));
    paras.push(runs);
  } else if (d.loans.length) {
    paras.push([t('被告至今未履行还款义务。')]);
  }
  for (const n of d.c.notes) paras.push([t(n.value, n.range)]);
  paras.push([t(legalBasis(d))]);
  const where = jurisdictionLine(d);
  if (where) paras.push([t(where)]);
  paras.push([t('为维护原告合法权益，根据《中华人民共和国民事诉讼法》第一百二十二条之规定，特诉至贵院，请求判如所请。')]);
  return paras;
}

const CHANNEL_ZH: Record<string, string> = {
  phone: '电话', sms: '短信', wechat: '微信', letter: '催款函', 'lawyer-letter': '律师函', visit: '上门', email: '电子邮件',
  mediation: '调解', 'payment-order': '支付令', lawsuit: '起诉',
  harassment: '反复致电', 'third-party': '联系第三人', threat: '威胁', disclosure: '公开信息', violence: '暴力',
};
const UNLAWFUL_CHANNELS = new Set(['harassment', 'third-party', 'threat', 'disclosure', 'violence']);

/** Articles as statutes.md names them, chosen from what the case contains. */
export function legalBasis(d: CaseData): string {
  const loans = d.c.loans;
  const civil = ['第六百六十七条', '第六百七十五条', '第六百七十六条', '第五百七十九条'];
  if (loans.some((l) => l.guarantors.some((g) => g.type === 'joint'))) civil.push('第六百八十八条');
  if (loans.some((l) => l.guarantors.some((g) => g.type === 'general'))) civil.push('第六百八十六条');
  const liabilities = new Set(d.loans.flatMap(({ loan }) => loanDebts(d, loan.name).map((x) => x.liability)));
  if (liabilities.has('co-borrower')) civil.push('第五百一十八条');
  if (liabilities.has('joined')) civil.push('第五百五十二条');
  if (liabilities.has('spouse')) civil.push('第一千零六十四条');
  const spl = ['第二十五条', '第二十八条'];
  if (loans.some((l) => l.penalty || l.fees)) spl.push('第二十九条');
  if (d.loans.some(({ r }) => r?.formation && r.formation < SPLIT_DATE && oldRulesApplied(r, d.report.asOf))) spl.push('第三十一条');
  const who = loans.some((l) => l.guarantors.length) ? '被告应当偿还借款本金并支付利息，保证人应当依法承担保证责任' : '被告应当偿还借款本金并支付利息';
  // A licensed lender's loan is outside 民间借贷规定 (规定第1条第2款): the 民法典 only.
  const rules = privateLending(d) ? `，《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》${spl.join('、')}` : '';
  return `综上，根据《中华人民共和国民法典》${civil.join('、')}${rules}之规定，${who}。`;
}
