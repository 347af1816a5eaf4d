/**
 * 支付令申请书 (民事诉讼文书样式 申请书（申请支付令用）; 民诉法第225条; rules.md §15). The amount and the fee are the
 * report's `paymentOrderApplication` (principal only for a loan whose documents agree no interest — 民诉法解释
 * 第428条); refused with DocumentRefused when the conditions of §15 fail on what the case records.
 */
import Decimal from 'decimal.js';
import { Locale } from '../diagnostics/types';
import { betweenNaturalPersons } from '../law/regime';
import { CaseData, names, party, sum } from './case-data';
import { blank, date, money, moneyUpper, rate, t } from './format';
import { applicationParties, APPLICATION_WORDS, creditors, interestContinues, debtors, label, loanSentence, para } from './recovery-common';
import { GUARANTOR, jointly, LoanDebt, primaryDebtors } from './debts';
import { debtorsOf, feeClaims, owedByLoan, partsText } from './per-debtor';
import { addressUnits, basicCourtOf } from '../law/jurisdiction';
import { Party } from '../model/types';
import { Range } from '../text/range';
import { DocumentRefused } from './refused';
import { article } from '../keyword-docs';
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
  const applicants = creditors(d);
  // The order goes to those who owe as debtors; a guarantor is not bound by it (民诉法解释, 支付令对担保人没有拘束力).
  const byLoan = owedByLoan(d, true);
  const respondentNames = [...new Set(byLoan.flatMap((o) => debtorsOf(d, o, NOT_GUARANTOR).map((x) => x.name)))];
  const respondents = respondentNames.flatMap((n) => { const p = party(d, n); return p ? [p] : []; });
  const from = names(applicants) || '＿＿＿＿', to = names(respondents);
  const fees = feeClaims(d);
  const through = date(d.report.interestThrough);
  const withoutInterest = new Decimal(poa.amount).lessThan(d.report.claimAmount);
  const court = poCourt(d, respondents);
  const filing = d.c.filing;
  const items: string[] = byLoan.map((o) => {
    const who = debtorsOf(d, o, NOT_GUARANTOR).map((x) => x.name);
    const what = d.loans.length > 1 ? `“${o.loan.name}”` : '借款';
    const until = o.interest.isZero() ? '' : byLoan.length + fees.length > 1 ? `（利息计至${through}）` : `（大写：${moneyUpper(poa.amount)}），利息计至${through}`;
    return `被申请人${who.join('、')}${jointly(who)}向申请人${o.loan.lender?.name ?? from}给付${what}${partsText(o)}${until}`;
  });
  for (const f of fees) {
    const who = [...new Set(f.loans.flatMap((l) => primaryDebtors(d, l.name)))];
    items.push(`被申请人${who.join('、')}${jointly(who)}向申请人${from}给付${f.what}${money(f.amount)}`);
  }
  const blocks: Block[] = [
    { type: 'heading', level: 1, runs: [t('支付令申请书')] },
    ...applicationParties(d, applicants, respondents),
    label('请求事项：'),
    ...(items.length > 1
      ? [para([t(`请求贵院向被申请人${to}发出支付令，督促：`)]), ...items.map((x, i) => para([t(`${i + 1}. ${x}${i === items.length - 1 ? '。' : '；'}`)])),
        para([t(`以上合计${money(poa.amount)}（大写：${moneyUpper(poa.amount)}）。`)])]
      : [para([t(`请求贵院向被申请人${to}发出支付令，督促${items[0] ?? ''}${items[0]?.includes('大写') ? '' : `（大写：${moneyUpper(poa.amount)}）`}。`)])]),
    { type: 'paragraph', note: true, runs: [t(`申请费：${money(poa.fee)}（精确至分，按财产案件受理费标准的三分之一交纳，《诉讼费用交纳办法》第十四条第（三）项；以法院交费通知为准）。`)] },
    label('事实和理由：'),
  ];
  d.loans.forEach(({ r }, i) => { if (r) blocks.push(para(loanSentence(d, i, APPLICATION_WORDS))); });
  for (const o of byLoan) {
    const who = debtorsOf(d, o, NOT_GUARANTOR).map((x) => x.name);
    blocks.push(para([t(`截至${through}，${d.loans.length > 1 ? `“${o.loan.name}”` : '上述借款'}尚欠${partsText(o)}，被申请人${who.join('、')}${who.length > 1 ? '作为共同债务人应当共同' : '应当'}清偿。`)]));
  }
  // Principal only: say where the payments went, so the sum asked and the payments agree.
  const principalOnly = byLoan.filter((o) => o.interest.isZero() && o.penalty.isZero() && !new Decimal(o.r.paid.interest).plus(o.r.paid.fees).isZero());
  for (const o of principalOnly) {
    blocks.push(para([t(`“${o.loan.name}”的还款已依法先抵充利息${money(sum([o.r.paid.interest, o.r.paid.fees]))}，再抵充本金${money(o.r.paid.principal)}（《中华人民共和国民法典》第五百六十一条），本申请仅请求给付尚欠本金${money(o.principal)}。`)]));
  }
  if (withoutInterest) {
    blocks.push(para([t('借款凭证未约定利息、逾期利息或违约金的借款，本申请仅请求给付本金（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四百二十八条）。')]));
  }
  blocks.push(para([t('上述债务已到期，数额确定。申请人对被申请人没有对待给付义务，申请人与被申请人之间没有其他债务纠纷，支付令能够送达被申请人。为此，依照《中华人民共和国民事诉讼法》第二百二十五条之规定，特向贵院申请支付令。')]));
  blocks.push(para([t('此致')]));
  blocks.push(para([court.name ? t(court.name, court.range) : blank()], false));
  blocks.push(para([t(`附：1. 证据材料及清单（共${d.c.evidence.length}项）；2. 本申请书副本${respondents.length}份。`)], false));
  const entity = applicants.some((p) => p.kind !== 'person');
  blocks.push({ type: 'signature', lines: [
    [t(entity ? '申请人（盖章）：' : '申请人（签名）：'), blank()],
    [filing ? t(date(filing.value), filing.range) : t('　　年　　月　　日')],
  ] });
  const addr = respondents.map((p) => `${p.name}：${(p.residence ?? p.address)?.value ?? '住所未填写'}`).join('；');
  const notes = [
    `管辖：支付令由债务人住所地的基层人民法院管辖（民诉法解释第23条）。被申请人住所——${addr}。${court.how}`,
    '申请前请确认：申请人与被申请人之间没有其他债务纠纷；被申请人在我国境内且未下落不明，支付令能够送达；本案未申请诉前保全（民事诉讼法第225条；rules.md §15）。',
    '被申请人自收到支付令之日起15日内不清偿也不提出书面异议的，可申请强制执行；异议成立的，支付令失效，转入诉讼程序，需补交案件受理费（民事诉讼法第227条、第228条；民诉法解释第195条）。',
  ];
  const cont = interestContinues(d) ? byLoan.flatMap((o) => (!o.interest.isZero() && o.r.continuing && !new Decimal(o.r.continuing.rate).isZero()
    ? [`${d.loans.length > 1 ? `“${o.loan.name}”` : ''}自${date(o.r.continuing.from)}起，以${money(o.r.continuing.base)}为基数，按年利率${rate(o.r.continuing.rate)}计算至实际清偿之日止的利息`] : [])) : [];
  if (cont.length) notes.push(`请求事项中的利息计至${through}。如需一并请求此后的利息，可在请求事项中增加：“并${cont.join('；')}”（数额须确定，部分法院不予支持）。`);
  const guarantors = [...new Set(byLoan.flatMap((o) => debtorsOf(d, o, GUARANTOR).map((x) => x.name)))];
  if (guarantors.length) notes.push(`保证人${guarantors.join('、')}未列为被申请人：${GUARANTOR_NOT_BOUND}（民诉法解释第434条）。向保证人主张权利须另行起诉，并注意保证期间。`);
  if (d.loans.some(({ r }) => r?.limitation.status === 'lapsed')) notes.push('有借款的诉讼时效已届满：被申请人提出时效抗辩的异议将使支付令失效，请慎重。');
  return { blocks, notes };
}

/** 民诉法解释第434条 as citations-extra.json quotes it, without its number: the order does not bind a guarantor. */
const GUARANTOR_NOT_BOUND = (article('民诉法解释第434条')?.text ?? '').replace(/^第四百三十四条\s*/, '').replace(/\n/g, '').replace(/。$/, '');

const NOT_GUARANTOR = new Set<LoanDebt['liability']>(['borrower', 'co-borrower', 'joined', 'spouse']);

/**
 * The court of a payment order: the debtor's domicile (民诉法解释第23条). The case's court when it lies there; else
 * the basic court of the first respondent's district (「杭州市西湖区人民法院」), read from the address; else a blank.
 */
function poCourt(d: CaseData, respondents: Party[]): { name?: string; range?: Range; how: string } {
  const places = respondents.map((p) => ({ p, units: addressUnits((p.residence ?? p.address)?.value ?? '') }));
  const chosen = d.c.court;
  if (chosen && places.some(({ units }) => units.length && chosen.value.includes(units[units.length - 1]))) {
    return { name: chosen.value, range: chosen.range, how: `受理法院为案件所写的${chosen.value}，位于被申请人住所地。` };
  }
  const first = places.find(({ units }) => basicCourtOf(units));
  if (first) {
    const u = first.units;
    const name = basicCourtOf(u)!;
    return { name, how: `受理法院按被申请人${first.p.name}的住所地（${u.join('')}）确定为${name}${chosen ? `（案件所写的${chosen.value}不在被申请人住所地）` : ''}；请核对该地基层人民法院的名称${places.length > 1 ? '，也可向其他被申请人住所地的法院申请' : ''}。` };
  }
  return { how: '被申请人住所不明，受理法院留为空白，请按其住所地填写基层人民法院。' };
}
