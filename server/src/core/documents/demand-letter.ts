/**
 * 催款函 / 律师函 (issue 11, spec §7.2): the debt as the report states it (interest within the lawful cap only —
 * rules.md §19, 规定第25条), the time to pay (the demand's 限期, else a blank), the lawful consequences (suit,
 * preservation, costs the law puts on the losing party) and the interruption of the limitation period. A 律师函 when
 * an agent with a law firm acts for the lender. Addressed to the debtors and joint guarantors only: nothing goes to
 * anyone else (民法典第1032条, 个人信息保护法第10条), and the letter states no ID number.
 */
import { DebtDiagnostic } from '../diagnostics/types';
import { Case, Demand, Party } from '../model/types';
import { CaseData, names, party } from './case-data';
import { blank, date, money, moneyUpper, t } from './format';
import { continuingText, loanSentence, LETTER_WORDS, creditorNames, creditors, lawyerOf, para } from './recovery-common';
import { allDebtors, primaryDebtors } from './debts';
import { debtorsOf, feeClaims, liabilityWords, LoanOwed, owedByLoan, partsText, totalsByDebtor } from './per-debtor';
import { scheduleBlocks } from './schedule-table';
import { Block, Run } from './types';

/** 律师函 when a lawyer of a firm acts for the lender, else 催款函. */
export function demandLetterTitle(c: Case): '律师函' | '催款函' {
  return lawyerOf(c, creditorNames(c)) ? '律师函' : '催款函';
}

/** Codes that mean an agreed rate or charge was above the cap (the report's figures already stop at it). */
const ABOVE_CAP = new Set(['DEBT401', 'DEBT402', 'DEBT403', 'DEBT412', 'DEBT414']);

/** The last demand on a debtor that names a 限期: the time this letter gives (spec §7.2). */
function deadlineDemand(d: CaseData, debtorNames: Set<string>): Demand | undefined {
  const ds = d.c.events.filter((e): e is Demand => e.kind === 'demanded' && !!e.deadline
    && (e.of.length === 0 || e.of.some((r) => debtorNames.has(r.name))));
  return ds.sort((a, b) => (a.date.value < b.date.value ? -1 : a.date.value > b.date.value ? 1 : 0)).pop();
}

function deadlineRuns(dm: Demand | undefined): Run[] {
  const v = dm?.deadline?.value;
  if (!dm || !v) return [t('请贵方于'), blank(), t('前')];
  return 'days' in v ? [t('请贵方于收到本函之日起'), t(`${v.days}日内`, dm.deadline!.range)] : [t('请贵方于'), t(`${date(v.date)}前`, dm.deadline!.range)];
}

/** 「致：李四（地址：北京市…）」: the address a letter is mailed to — 送达地址, else 住所, else 经常居住地. */
function addressee(p: Party): Run[] {
  const where = p.serviceAddress ?? p.address ?? p.residence;
  return [t(p.name), t('（地址：'), where ? t(where.value) : blank(), t('）')];
}

export function demandLetter(d: CaseData, ds: DebtDiagnostic[]): { title: string; blocks: Block[]; notes: string[] } {
  const title = demandLetterTitle(d.c);
  const from = creditors(d);
  const fromNames = names(from) || '债权人';
  // Every party who owes a loan, and only for what they owe (debts.ts): borrowers, co-borrowers, guarantors, spouses.
  const owingNames = new Set(allDebtors(d));
  const owing = [...owingNames].flatMap((n) => { const p = party(d, n); return p ? [p] : []; });
  // A guarantor whose guarantee period ended with no claim is released (民法典第693条): not an addressee.
  const released = new Map<string, string | undefined>();
  for (const { r } of d.loans) for (const g of r?.limitation.guarantors ?? []) if (g.status === 'released') released.set(g.name, g.periodEnd);
  const lawyer = lawyerOf(d.c, creditorNames(d.c));
  const byLoan = owedByLoan(d);
  const through = date(d.report.interestThrough);
  const lapsed = d.loans.some(({ r }) => r?.limitation.status === 'lapsed');
  const blocks: Block[] = [];

  if (lawyer) blocks.push({ type: 'paragraph', align: 'center', runs: [{ text: lawyer.firm.value, bold: true, source: lawyer.firm.range }] });
  blocks.push({ type: 'heading', level: 1, runs: [t(title)] });
  for (const [i, p] of owing.entries()) blocks.push(para([t(i === 0 ? '致：' : '　　'), ...addressee(p)], false));
  // 「指派孙律师律师」: a name already ending in 律师 takes no second one.
  const lawyerWord = lawyer && /律师$/.test(lawyer.name) ? '' : '律师';
  blocks.push(para(lawyer
    ? [t(`${lawyer.firm.value}（以下简称“本所”）接受${fromNames}的委托，指派`), t(lawyer.name, lawyer.nameRange), t(`${lawyerWord}，就贵方拖欠${fromNames}借款一事，郑重致函如下：`)]
    : [t(`${fromNames}就贵方拖欠借款一事，特致函如下：`)]));

  d.loans.forEach((_, i) => { if (d.loans[i].r) blocks.push(para(loanSentence(d, i, LETTER_WORDS))); });
  // The debt loan by loan, and who owes each with what liability (合同相对性, 民法典第465条第2款).
  // Several loans told above: each is named, even when only one is still owed.
  const multi = d.loans.length > 1;
  const cont = continuingText(d);
  // One loan owed by one debtor: the debt in one sentence, as before.
  const single = !multi && !feeClaims(d).length && byLoan.length === 1 && debtorsOf(d, byLoan[0]).length === 1;
  if (single) {
    const o = byLoan[0];
    blocks.push(para([t(`截至${through}，${debtorsOf(d, o)[0].name}尚欠${fromNames}借款${partsText(o)}（大写：${moneyUpper(o.total)}）。`), ...cont.map((x) => t(`${x}。`))]));
  }
  for (const o of single ? [] : byLoan) {
    const which = multi ? `“${o.loan.name}”` : '上述借款';
    const groups = new Map<string, string[]>();
    for (const x of debtorsOf(d, o)) groups.set(liabilityWords(x), [...(groups.get(liabilityWords(x)) ?? []), x.name]);
    const who = [...groups].map(([words, ns]) => `${ns.join('、')}${words}`).join('；');
    blocks.push(para([t(`截至${through}，${which}尚欠${partsText(o)}${multi || feeClaims(d).length ? '' : `（大写：${moneyUpper(o.total)}）`}。${who}。`)]));
  }
  for (const f of feeClaims(d)) {
    const who = [...new Set(f.loans.flatMap((l) => primaryDebtors(d, l.name)))].join('、');
    blocks.push(para([t(`依照借款合同约定，${who || '借款人'}还应承担${fromNames}为实现债权支出的${f.what}${money(f.amount)}。`)]));
  }
  const totals = totalsByDebtor(d, byLoan);
  if ((multi || feeClaims(d).length > 0) && owing.length > 1 && totals.length) {
    blocks.push(para([t(`据此，${totals.map((x) => `${x.name}应清偿${multi ? `${x.loans.map((l) => `“${l}”`).join('和')}${x.loans.length > 1 ? '合计' : ''}` : ''}${money(x.total)}`).join('；')}（连带责任人之间，任何一人清偿的部分，其他人在该范围内不再清偿）。`)]));
  } else if (multi || feeClaims(d).length) {
    blocks.push(para([t(`以上合计${money(d.report.claimAmount)}（大写：${moneyUpper(d.report.claimAmount)}）。`)]));
  }
  if (cont.length && !single) blocks.push(para(cont.map((s) => t(`${s}。`))));
  if (ds.some((x) => ABOVE_CAP.has(x.code))) {
    blocks.push(para([t('借款约定的利率（或违约金、其他费用）超过法律保护上限的部分，依法不受保护，本函不予主张；上述利息已按法定上限计算（《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条、第二十八条、第二十九条）。')]));
  }
  const onDemand = d.c.loans.some((l) => l.due?.value === 'on-demand');
  // A 限期 date already past on the letter's date cannot be this letter's: the lawyer fills the blank.
  const found = deadlineDemand(d, owingNames);
  const fv = found?.deadline?.value;
  const dm = fv && 'date' in fv && fv.date < d.report.asOf ? undefined : found;
  blocks.push(para([
    ...(onDemand ? [t('借款未约定还款期限的，依照《中华人民共和国民法典》第六百七十五条，借款人应在贷款人催告后的合理期限内返还。')] : []),
    ...deadlineRuns(dm),
    t(`，将上述款项支付至${fromNames}指定账户（户名：${fromNames}，开户行：`), blank(), t('，账号：'), blank(), t('）。'),
  ]));
  const feesAgreed = feeClaims(d).length > 0 || d.c.loans.some((l) => l.fees);
  blocks.push(para([t(`如贵方逾期仍未履行，${lawyer ? `本所将根据${fromNames}的授权` : `${fromNames}将`}依法向有管辖权的人民法院提起诉讼，并依法申请财产保全。届时贵方除应偿还上述款项及此后继续产生的利息外，还将依法负担案件受理费、保全费等诉讼费用（《诉讼费用交纳办法》第二十九条、第三十八条）${feesAgreed ? '，以及依约定由贵方承担的律师费等实现债权的费用' : ''}。`)]));
  // A period already ended is not interrupted by a letter (民法典第192条): no such sentence, and a 回执 to sign instead.
  if (!lapsed) blocks.push(para([t('本函系债权人向债务人主张权利的通知，自到达贵方之日起诉讼时效中断（《中华人民共和国民法典》第一百九十五条；《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》第八条）。')]));
  else blocks.push(para([t('请贵方核对所附《债务确认回执》，签字（盖章）后寄回。')]));
  const phone = lawyer ? lawyer.phone : from.find((p) => p.phone)?.phone;
  blocks.push(para([t('如贵方对上述债务有异议，或希望协商还款安排，请在上述期限内与'), t(lawyer ? '本律师' : fromNames), t('联系（电话：'), phone ? t(phone.value, phone.range) : blank(), t('）。')]));
  blocks.push(para([t('特此函告。')]));
  blocks.push({ type: 'signature', lines: lawyer
    ? [[t(lawyer.firm.value, lawyer.firm.range)], [t('律师：'), t(lawyer.name, lawyer.nameRange)], [t(date(d.report.asOf))]]
    : [[t('债权人（签名）：'), t(fromNames)], [t(date(d.report.asOf))]] });
  if (lapsed) blocks.push({ type: 'page-break' }, ...acknowledgmentSlip(d, byLoan, fromNames));
  if (d.loans.some(({ r }) => r && r.schedule.length)) blocks.push({ type: 'page-break' }, { type: 'heading', level: 2, runs: [t('附件：利息计算表')] }, ...scheduleBlocks(d));

  const notes = [
    `送达：请以EMS特快专递寄送并选择回执（邮件详情单写明“${title}”及收件人姓名），或当面送交由对方签收，或以录像、公证方式送达；保存寄送凭证和签收记录。催收自到达债务人之日起中断诉讼时效（时效规定第8条），送达后请在案件文件中写明：催收 日期 ${lawyer ? '律师函' : '催款函'} 限期 … 送达 日期 证据 ….`,
    `函中金额暂计至${through}（起诉日或 --as-of 的前一日），函件日期为${date(d.report.asOf)}；发函前请按实际日期重新生成。`,
    '函件只寄送对本案借款负有清偿或保证责任的人，不得抄送或告知其亲友、单位等第三人，不得公开债务人的个人信息（民法典第1032条、第1034条；个人信息保护法第10条）。',
  ];
  if (lapsed) notes.push('有借款的诉讼时效已届满：函件不写“诉讼时效中断”（期间届满后无从中断，民法典第192条）。附《债务确认回执》：债务人在回执上签字确认债务的，不得再以诉讼时效期间届满为由抗辩（时效规定第19条第1款）。');
  for (const [name, end] of released) {
    notes.push(`保证人${name}的保证期间${end ? `已于${date(end)}` : '已'}届满，债权人未在期间内向其主张保证责任，保证人不再承担保证责任（民法典第693条），本函未将其列为收函人。`);
  }
  if (!dm) {
    notes.push(found ? `催收所写的限期（${date((fv as { date: string }).date)}）早于函件日期，还款期限留为空白，请填写。`
      : '案件文件中没有写明限期的催收：还款期限留为空白，请填写（或在催收中写 限期 10日 / 限期 日期）。');
  }
  return { title, blocks, notes };
}

/** 债务确认回执 (时效规定第19条): each addressee confirms the debt they owe, with blanks for the signature and date. */
function acknowledgmentSlip(d: CaseData, byLoan: LoanOwed[], creditor: string): Block[] {
  const blocks: Block[] = [{ type: 'heading', level: 2, runs: [t('债务确认回执')] }];
  blocks.push(para([t(`${creditor}：`)], false));
  for (const o of byLoan) {
    const who = debtorsOf(d, o).map((x) => x.name).join('、');
    blocks.push(para([t(`${who}确认：截至${date(d.report.interestThrough)}，“${o.loan.name}”尚欠${creditor}${partsText(o)}，对上述债务予以确认，并承诺于`), blank(), t('前清偿。')]));
  }
  blocks.push({ type: 'signature', lines: [[t('确认人（签字、盖章）：'), blank()], [t('日期：'), blank()]] });
  return blocks;
}
