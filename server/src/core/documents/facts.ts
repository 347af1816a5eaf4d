/**
 * 事实和理由 as connected prose, in the template's order (complaint-template.md §事实和理由): formation, delivery,
 * term and rate, guarantee, repayments and balance, demands, default, notes, legal basis, closing.
 */
import Decimal from 'decimal.js';
import { Loan, Rate } from '../model/types';
import { SPLIT_DATE } from '../law/regime';
import { CaseData, evidence, METHOD_ZH, names } from './case-data';
import { blank, date, money, t } from './format';
import { Run } from './types';
import { oldRulesApplied } from './claims';
import { installmentPlanText, pleadedFacts } from './pleaded-claims';
import { lprRateText } from '../model/lpr-literal';

const PERIOD_ZH = { year: '年利率', month: '月利率', day: '日利率' };

/** 「年利率12%」「月利率2%」 as agreed. */
export function rateAsWritten(r: Rate): string {
  if (r.lpr) return lprRateText(r, 'doc'); // spec §8.3: 「一年期贷款市场报价利率的1.5倍」
  return `${PERIOD_ZH[r.period]}${r.value.toString()}%`;
}

/** How the loan was agreed: 「被告…向原告…出具借条」 / 「原告…与被告…签订《借款合同》」, from the agreement's evidence. */
function instrument(d: CaseData, loan: Loan, lender: string, borrowers: string): string {
  const kinds = [...loan.signedProofs, ...loan.proofs].map((p) => evidence(d, p.name)?.kind?.value);
  if (kinds.includes('iou')) return `被告${borrowers}向原告${lender}出具借条`;
  if (kinds.includes('contract')) return `原告${lender}与被告${borrowers}签订《借款合同》`;
  return `原告${lender}与被告${borrowers}达成借款合意`;
}

function loanFacts(d: CaseData, loan: Loan, r: CaseData['loans'][number]['r'], multi: boolean): Run[] {
  const runs: Run[] = [];
  const lender = loan.lender?.name ?? '＿＿＿＿';
  const borrowers = names(loan.borrowers) || '＿＿＿＿';
  const label = multi ? `（${loan.name}）` : '';
  // 1. formation
  runs.push(loan.signed ? t(`${date(loan.signed.value)}`, loan.signed.range) : blank());
  runs.push(t(`，${instrument(d, loan, lender, borrowers)}${label}，约定被告${borrowers}向原告借款`));
  runs.push(loan.amount ? t(money(loan.amount.value), loan.amount.range) : t(money(r.principal)));
  if (loan.purpose) runs.push(t('，用于'), t(loan.purpose.value, loan.purpose.range));
  runs.push(t('。'));
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
  if (loan.due?.value === 'on-demand') term.push('双方未约定还款期限');
  else if (loan.due) term.push(`双方约定还款期限至${date(loan.due.value)}`);
  else if (loan.installmentPlan) term.push(installmentPlanText(loan.installmentPlan));
  else if (loan.installments.length) term.push(`双方约定分期还款：${loan.installments.map((i) => `${date(i.date.value)}还款${money(i.amount.value)}`).join('，')}`);
  const iv = loan.interest?.value;
  if (iv === 'none') term.push('未约定利息');
  else if (iv === 'unclear') term.push('利息约定不明');
  else if (iv) term.push(`借期内利息按${rateAsWritten(iv)}计算`);
  if (loan.overdueInterest) term.push(`逾期利息按${rateAsWritten(loan.overdueInterest.value)}计算`);
  if (loan.penalty) term.push(`逾期另付违约金${Decimal.isDecimal(loan.penalty.value) ? money(loan.penalty.value as Decimal) : rateAsWritten(loan.penalty.value as Rate)}`);
  if (term.length) runs.push(t(term.join('，') + '。', loan.due?.range ?? loan.interest?.range));
  // 4. guarantee
  for (const g of loan.guarantors) {
    const until = g.until ? `，保证期间至${date(g.until.value)}` : '';
    runs.push(t(`被告${g.party.name}`, g.party.range), t(`为该笔借款提供${g.type === 'joint' ? '连带责任保证' : '一般保证'}${until}。`, g.range));
  }
  runs.push(...pleadedFacts(d, loan, r)); // spec §8.3: 结算, 宣布到期
  // 5. repayments and balance
  const repaid = d.c.events.filter((e) => e.kind === 'repaid' && e.loans.includes(loan.name));
  for (const e of repaid) if (e.kind === 'repaid') runs.push(t(`被告于${date(e.date.value)}偿还`, e.date.range), t(money(e.amount.value), e.amount.range), t('。'));
  if (repaid.length) {
    // 2015 rules: interest paid between 24 % and 36 % before 2020-08-20 stays paid and is not principal (spec §8.6).
    const kept = r.naturalObligation !== '0.00' ? `；另有按年利率24%至36%之间支付的利息${money(r.naturalObligation)}，已自愿支付，不抵充本金（《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2015〕18号）第三十一条）` : '';
    runs.push(t(`依照《中华人民共和国民法典》第五百六十一条，上述还款先抵充利息${money(r.paid.interest)}，再抵充本金${money(r.paid.principal)}${kept}，尚欠本金${money(r.outstanding.principal)}。`));
  } else {
    runs.push(t(`被告至今未偿还任何款项，尚欠本金${money(r.outstanding.principal)}。`));
  }
  return runs;
}

export function factsProse(d: CaseData): Run[][] {
  const paras: Run[][] = [];
  for (const { loan, r } of d.loans) if (r) paras.push(loanFacts(d, loan, r, d.loans.length > 1));
  // 6. demands and acknowledgements, in date order
  const events = d.c.events.filter((e) => e.kind !== 'repaid').sort((a, b) => (a.date.value < b.date.value ? -1 : 1));
  if (events.length) {
    const runs: Run[] = [];
    for (const e of events) {
      if (e.kind === 'demanded') {
        const of = e.of.length ? names(e.of) : '被告';
        runs.push(t(`${date(e.date.value)}`, e.date.range), t(`，原告${e.channel ? `通过${CHANNEL_ZH[e.channel.value]}` : ''}向${e.of.length ? '被告' : ''}${of}催收。`));
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
  paras.push([t('为维护原告合法权益，根据《中华人民共和国民事诉讼法》第一百二十二条之规定，特诉至贵院，请求判如所请。')]);
  return paras;
}

const CHANNEL_ZH: Record<string, string> = {
  phone: '电话', sms: '短信', wechat: '微信', letter: '催款函', 'lawyer-letter': '律师函', visit: '上门', email: '电子邮件',
  mediation: '调解', 'payment-order': '支付令', lawsuit: '起诉',
};

/** Articles as statutes.md names them, chosen from what the case contains. */
export function legalBasis(d: CaseData): string {
  const loans = d.c.loans;
  const civil = ['第六百六十七条', '第六百七十五条', '第六百七十六条', '第五百七十九条'];
  if (loans.some((l) => l.guarantors.some((g) => g.type === 'joint'))) civil.push('第六百八十八条');
  if (loans.some((l) => l.guarantors.some((g) => g.type === 'general'))) civil.push('第六百八十六条');
  const spl = ['第二十五条', '第二十八条'];
  if (loans.some((l) => l.penalty || l.fees)) spl.push('第二十九条');
  if (d.loans.some(({ r }) => r?.formation && r.formation < SPLIT_DATE && oldRulesApplied(r, d.report.asOf))) spl.push('第三十一条');
  const who = loans.some((l) => l.guarantors.length) ? '被告应当偿还借款本金并支付利息，保证人应当依法承担保证责任' : '被告应当偿还借款本金并支付利息';
  return `综上，根据《中华人民共和国民法典》${civil.join('、')}，《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》${spl.join('、')}之规定，${who}。`;
}
