/**
 * 债务确认书 and 还款协议 (spec §8.4): the debt as the report states it (interest only within the lawful cap), signed
 * by every party who owes. A 债务确认书 for a debt whose limitation period has ended says, in the debtor's words, that
 * he agrees to perform — what 时效规定第19条 needs for the defence to be lost; it is the creditor's document. The
 * 还款协议 is for either side: the instalments are blanks for the parties to agree, the acceleration clause and the
 * interest on default are the law's (the continuing rate is the report's, never above the cap).
 */
import { CaseData } from '../case-data';
import { blank, date, money, rate, t } from '../format';
import { DocumentRefused } from '../refused';
import { Block, Run } from '../types';
import { bold, creditorClients, debtOf, debtSentence, namesOf, owingParties, p, sideOf, title, UNDATED } from './common';
import { Built } from './defence';

function lenders(d: CaseData) {
  const names = [...new Set(d.c.loans.flatMap((l) => (l.lender ? [l.lender.name] : [])))];
  const ps = names.flatMap((n) => d.c.parties.filter((x) => x.name === n));
  return ps.length ? ps : d.c.parties.filter((x) => x.role === 'plaintiff');
}

/** One sentence per loan: the date, the amount, the borrower (what the debt is). */
function loanLines(d: CaseData): string[] {
  return d.loans.map(({ loan, r }) => {
    const first = loan.deliveries[0]?.date.value ?? loan.signed?.value;
    const by = loan.borrowers.map((b) => b.name).join('、') || '＿＿＿＿';
    return `${first ? `${date(first)}，` : ''}${by}向${loan.lender?.name ?? '＿＿＿＿'}借款，实际交付本金${money(r.principal)}${loan.due && loan.due.value !== 'on-demand' ? `，约定还款期限至${date(loan.due.value)}` : ''}`;
  });
}

function signatures(d: CaseData, who: { name: string; kind: string }[], role: string): Run[][] {
  return who.flatMap((x) => [[t(`${role}（${x.kind === 'person' ? '签名并按指印' : '盖章'}）：`), t(x.name)], [UNDATED]]);
}

export function acknowledgment(d: CaseData, en: boolean): Built {
  creditorClients(d, en ? 'debt acknowledgment' : '债务确认书', en);
  const owing = owingParties(d);
  if (!owing.length) throw new DocumentRefused([en ? 'nobody owes' : '没有债务人'], en ? `Case "${d.c.name}" names nobody who owes.` : `案件“${d.c.name}”没有列明债务人，无从确认债务。`);
  const from = lenders(d);
  const x = debtOf(d);
  const through = date(d.report.interestThrough);
  const lapsed = d.loans.filter(({ r }) => r?.limitation.status === 'lapsed');
  const blocks: Block[] = [title('债务确认书'), p([t(`债权人：${namesOf(from)}`)], false),
    ...owing.map((o) => p([t(`债务人：${o.party.name}（${o.liability}）`)], false))];
  blocks.push(p([t(`${loanLines(d).join('；')}。`)]));
  blocks.push(p([t(`经核对，截至${through}，债务人尚欠债权人${debtSentence(x)}。债务人对上述债务予以确认，`),
    t(lapsed.length ? '并同意履行上述还款义务。' : '并承诺按约定履行还款义务。')]));
  const cont = d.loans.filter(({ r }) => r?.continuing && !r.continuing.rate.startsWith('0.00'));
  if (cont.length) blocks.push(p([t(`自${date(cont[0].r.continuing!.from)}起，未还本金按${cont.map(({ loan, r }) => `${d.loans.length > 1 ? `借款“${loan.name}”` : ''}年利率${rate(r.continuing!.rate)}`).join('、')}继续计算利息至实际清偿之日止。`)]));
  if (lapsed.length) {
    blocks.push(p([t('债务人知悉上述债务的诉讼时效期间可能已经届满，仍自愿确认上述债务并同意履行，不以诉讼时效期间届满为由拒绝履行。')]));
  }
  blocks.push(p([t('债务人确认的联系地址和电话为：'), blank(), t('。')]));
  blocks.push({ type: 'signature', lines: [...signatures(d, owing.map((o) => o.party), '债务人')] });
  const notes = [
    '确认书只列法律保护范围内的本金和利息（利率超过上限的部分不计入，民间借贷规定第25条）；请由债务人本人签署，保存原件，并在案件文件中写明：确认 日期 由 债务人 证据 …（时效规定第14条）。',
    '不得以威胁、骚扰等方式迫使债务人签署（民法典第1033条；刑法第293条）。',
  ];
  if (lapsed.length) notes.push(`借款${lapsed.map(({ loan }) => `“${loan.name}”`).join('、')}的诉讼时效期间已届满：债务人在确认书上作出同意履行的意思表示后，不得再以时效届满抗辩（时效规定第19条）。`);
  return { blocks, notes };
}

export function repaymentAgreement(d: CaseData, _en: boolean): Built {
  const owing = owingParties(d);
  if (!owing.length) throw new DocumentRefused(['没有债务人'], `案件“${d.c.name}”没有列明债务人，无从订立还款协议。`);
  const from = lenders(d);
  // A debtor's lawyer never puts a time-barred loan into a new agreement: signing it gives up the defence (时效规定第19条第2款).
  const debtor = sideOf(d).explicit && sideOf(d).side === 'debtor';
  const barred = new Set(debtor ? (d.report.defences ?? []).flatMap((g) => (g.kind === 'limitation' ? [g.loan] : [])) : []);
  if (barred.size && barred.size === d.loans.length) {
    throw new DocumentRefused(['诉讼时效已届满'], `案件“${d.c.name}”：各笔借款的诉讼时效期间均已届满，债务人一方订立还款协议将丧失时效抗辩（时效规定第19条第2款），不予生成。`);
  }
  const x = debtOf(d, (n) => !barred.has(n));
  const kept = d.loans.filter(({ loan }) => !barred.has(loan.name));
  const rates = kept.filter(({ r }) => r?.continuing && !r.continuing.rate.startsWith('0.00'));
  const rateText = rates.map(({ loan, r }) => `${kept.length > 1 ? `借款“${loan.name}”` : ''}${rate(r.continuing!.rate)}`).join('、');
  const through = date(d.report.interestThrough);
  const blocks: Block[] = [title('还款协议'), p([t(`甲方（债权人）：${namesOf(from)}`)], false),
    ...owing.map((o, i) => p([t(`乙方${owing.length > 1 ? '一二三四五六七八九十'[i] ?? i + 1 : ''}（债务人）：${o.party.name}（${o.liability}）`)], false))];
  blocks.push(p([t(`鉴于：${loanLines(d).filter((_, i) => !barred.has(d.loans[i].loan.name)).join('；')}。截至${through}，乙方尚欠甲方${debtSentence(x)}。经协商，双方就还款事宜达成如下协议：`)]));
  blocks.push(bold('一、债务确认'));
  blocks.push(p([t(`乙方确认截至${through}尚欠甲方上述款项共计${money(x.total)}。`)]));
  blocks.push(bold('二、分期还款'));
  blocks.push(p([t('乙方按以下期限和金额分期向甲方还款，合计应等于上述款项：')]));
  for (let i = 0; i < 3; i++) blocks.push(p([t(`第${'一二三'[i]}期：`), blank(), t('前支付'), blank(), t('元；')]));
  blocks.push(p([t('还款汇入甲方指定账户（户名：'), t(namesOf(from)), t('，开户行：'), blank(), t('，账号：'), blank(), t('）。')]));
  blocks.push(bold('三、利息'));
  blocks.push(p([t(`上述欠款已计入截至${through}的利息。自${date(d.report.asOf)}起至各期还款日止，未付本金的利息：`), blank(),
    t(rates.length ? `（约定计息的，年利率不超过${rateText}）。` : '。')]));
  blocks.push(bold('四、加速到期'));
  blocks.push(p([t(`乙方任何一期未按期足额还款的，剩余未付款项全部立即到期，甲方有权一并要求乙方清偿，并有权就剩余未付本金自逾期之日起${rates.length ? `按年利率${rateText}` : '按法律允许的标准'}计付利息至实际清偿之日止（利率不超过法律保护的上限）。`)]));
  blocks.push(bold('五、实现债权的费用'));
  blocks.push(p([t('乙方违约致甲方提起诉讼或申请执行的，甲方为实现债权支出的诉讼费、保全费、执行费等，依法由乙方负担；律师费的负担'), blank(), t('。')]));
  if (owing.length > 1) blocks.push(bold('六、共同责任'), p([t('各乙方按各自在原借款关系中的责任（见上列身份）对本协议项下款项承担清偿责任。')]));
  blocks.push(bold(owing.length > 1 ? '七、其他' : '六、其他'));
  blocks.push(p([t('本协议自双方签字（盖章）之日起生效，一式'), blank(), t('份，双方各执'), blank(), t('份。')]));
  blocks.push({ type: 'signature', lines: [...signatures(d, from, '甲方'), ...signatures(d, owing.map((o) => o.party), '乙方')] });
  const notes = [
    '分期的日期和金额、利息减免和律师费负担由双方协商后填写；各期合计应等于确认的欠款总额。',
    '债务人签署还款协议即同意履行，诉讼时效自协议之日中断（时效规定第14条）；时效已届满的，签署后不得再以时效抗辩（时效规定第19条第2款）。',
    '协议只列法律保护范围内的本金和利息（民间借贷规定第25条）。',
  ];
  if (barred.size) notes.unshift(`借款${[...barred].map((n) => `“${n}”`).join('、')}的诉讼时效期间已届满，未列入协议：债务人就原债务达成新协议的，不得再以时效抗辩（时效规定第19条第2款）。`);
  return { blocks, notes };
}
