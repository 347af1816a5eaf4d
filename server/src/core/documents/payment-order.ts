/**
 * 支付令申请书 (民事诉讼文书样式 申请书（申请支付令用）; 民诉法第225条; rules.md §15). The amount and the fee are the
 * report's `paymentOrderApplication` (principal only for a loan whose documents agree no interest — 民诉法解释
 * 第428条); refused with DocumentRefused when the conditions of §15 fail on what the case records.
 */
import Decimal from 'decimal.js';
import { Locale } from '../diagnostics/types';
import { betweenNaturalPersons } from '../law/regime';
import { CaseData, names } from './case-data';
import { blank, date, money, t } from './format';
import { applicationParties, APPLICATION_WORDS, creditors, debtors, label, loanSentence, owed, owedSentence, para } from './recovery-common';
import { DocumentRefused } from './refused';
import { Block } from './types';

/** Why a 支付令 cannot be applied for, from the report and the case (empty: it can). */
export function paymentOrderRefusals(d: CaseData, locale: Locale): string[] {
  const zh = locale !== 'en';
  const out: string[] = [];
  if (new Decimal(d.report.paymentOrderApplication.amount).lessThanOrEqualTo(0)) {
    out.push(zh ? '没有可请求给付的金钱（支付令只能请求给付金钱、有价证券）' : 'there is no sum of money to claim (a payment order is only for money or securities)');
  }
  for (const { loan, r } of d.loans) {
    if (!r) continue;
    if (r.dueDate === null || r.dueDate >= d.report.asOf) {
      out.push(zh ? `借款“${loan.name}”${r.dueDate ? `于${date(r.dueDate)}到期，尚未到期` : '未约定还款期限且未经催告，尚未到期'}，债务须已到期（民事诉讼法第225条）`
        : `loan "${loan.name}" is not yet due${r.dueDate ? ` (due ${r.dueDate})` : ' (no term and no demand yet)'}; the debt must be due (Civil Procedure Law Art. 225)`);
    }
    // An unclear rate between others than natural persons is set by the court: the amount is not fixed (解释第428条).
    if (loan.interest?.value === 'unclear' && !betweenNaturalPersons(d.c, loan) && d.c.claims.some((c) => c.kind === 'interest')) {
      out.push(zh ? `借款“${loan.name}”利息约定不明，利息数额须由法院确定，请求数额不确定（民诉法解释第428条）`
        : `interest on loan "${loan.name}" is unclear and would be set by the court, so the amount is not fixed (Interpretation Art. 428)`);
    }
  }
  // The report's preservation items (spec §7.3): a pre-suit application rules a payment order out (rules.md §15).
  if ((d.report.preservation ?? []).some((p) => p.stage === 'pre-suit')) {
    out.push(zh ? '已申请诉前保全，不能再申请支付令' : 'a pre-suit preservation was applied for, which rules out a payment order');
  }
  if (debtors(d).length === 0) out.push(zh ? '案件没有列明借款人（被申请人）' : 'the case names no borrower to serve the order on');
  return out;
}

export function paymentOrderApplication(d: CaseData, locale: Locale): { blocks: Block[]; notes: string[] } {
  const reasons = paymentOrderRefusals(d, locale);
  if (reasons.length) {
    const zh = locale !== 'en';
    throw new DocumentRefused(reasons, zh
      ? `案件“${d.c.name}”不能申请支付令（民事诉讼法第225条；民诉法解释第428条）：${reasons.join('；')}。可以起诉。`
      : `Case "${d.c.name}" does not qualify for a payment order (Civil Procedure Law Art. 225; Interpretation Art. 428): ${reasons.join('; ')}. File a suit instead.`);
  }
  const poa = d.report.paymentOrderApplication;
  const applicants = creditors(d), respondents = debtors(d);
  const from = names(applicants) || '＿＿＿＿', to = names(respondents);
  const o = owed(d, poa.amount);
  const withoutInterest = new Decimal(poa.amount).lessThan(d.report.claimAmount);
  const court = d.c.procedure?.value === 'payment-order' ? d.c.court : undefined;
  const filing = d.c.filing;
  const blocks: Block[] = [
    { type: 'heading', level: 1, runs: [t('支付令申请书')] },
    ...applicationParties(d, applicants, respondents),
    label('请求事项：'),
    para([t(`请求贵院向被申请人${to}发出支付令，督促被申请人${to}向申请人${from}给付${owedSentence(o)}${o.interest.isZero() ? '' : `，利息暂计至${date(d.report.interestThrough)}`}。`)]),
    { type: 'paragraph', note: true, runs: [t(`申请费：${money(poa.fee)}（按财产案件受理费标准的三分之一交纳，《诉讼费用交纳办法》第十四条第（三）项）。`)] },
    label('事实和理由：'),
  ];
  d.loans.forEach(({ r }, i) => { if (r) blocks.push(para(loanSentence(d, i, APPLICATION_WORDS))); });
  blocks.push(para([t(`截至${date(d.report.interestThrough)}，被申请人${to}尚欠申请人${from}${owedSentence(o)}。`)]));
  if (withoutInterest) {
    blocks.push(para([t('借款凭证未约定利息、逾期利息或违约金的借款，本申请仅请求给付本金（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百二十八条）。')]));
  }
  blocks.push(para([t('上述债务已到期，数额确定。申请人对被申请人没有对待给付义务，申请人与被申请人之间没有其他债务纠纷，支付令能够送达被申请人。为此，依照《中华人民共和国民事诉讼法》第二百二十五条之规定，特向贵院申请支付令。')]));
  blocks.push(para([t('此致')]));
  blocks.push(para([court ? t(court.value, court.range) : blank()], false));
  blocks.push(para([t(`附：1. 证据材料及清单（共${d.c.evidence.length}项）；2. 本申请书副本${respondents.length}份。`)], false));
  const entity = applicants.some((p) => p.kind !== 'person');
  blocks.push({ type: 'signature', lines: [
    [t(entity ? '申请人（盖章）：' : '申请人（签名）：'), blank()],
    [filing ? t(date(filing.value), filing.range) : t('　　年　　月　　日')],
  ] });
  const addr = respondents.map((p) => `${p.name}：${(p.address ?? p.residence)?.value ?? '住所未填写'}`).join('；');
  const notes = [
    `管辖：支付令向债务人住所地的基层人民法院申请（民诉法解释第23条）。被申请人住所——${addr}。${court ? '' : '案件未写 程序 督促程序，受理法院留为空白，请填写。'}`,
    '申请前请确认：申请人与被申请人之间没有其他债务纠纷；被申请人在我国境内且未下落不明，支付令能够送达；本案未申请诉前保全（民事诉讼法第225条；rules.md §15）。',
    '被申请人自收到支付令之日起15日内不清偿也不提出书面异议的，可申请强制执行；异议成立的，支付令失效，转入诉讼程序，需补交案件受理费（民事诉讼法第227条、第228条；民诉法解释第195条）。',
  ];
  if (d.loans.some(({ r }) => r?.limitation.status === 'lapsed')) notes.push('有借款的诉讼时效已届满：被申请人提出时效抗辩的异议将使支付令失效，请慎重。');
  return { blocks, notes };
}
