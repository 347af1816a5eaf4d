/**
 * DEBT640–649 — both sides of the case (spec §8.4): unlawful collection spoken to the creditor's lawyer (DEBT640) or
 * the debtor's (DEBT641), and the defences the findings give a debtor's lawyer (DEBT642).
 */
import { defineMessages } from '../types';
import { formatChineseDate as zhd } from '../../text/dates';
import type { DefenceGround } from '../../law/defences';

const y = (v: string) => `${v.replace(/\B(?=(\d{3})+\.)/g, ',')}元`;

export const PART_ZH = { period: '年利率', overdue: '逾期年利率', penalty: '违约金年费率', fees: '其他费用年费率' } as const;

function groundZh(g: DefenceGround): string {
  switch (g.kind) {
    case 'limitation': return `借款“${g.loan}”的诉讼时效期间已于${zhd(g.end)}届满，债务人可以拒绝履行（民法典第188条、第192条）；法院不主动适用，须在答辩中提出（民法典第193条）。`;
    case 'rate-cap': return `借款“${g.loan}”约定的${g.which === 'period' ? '借期内年利率' : g.which === 'overdue' ? '逾期年利率' : '逾期利率、违约金和其他费用合计年利率'}${g.agreed}%超过上限${g.cap}%，超过部分不受保护${g.unsupported !== '0.00' ? `（按约定计算将多出${y(g.unsupported)}）` : ''}；按上限计算，截至${zhd(g.through)}尚欠利息${y(g.interest)}（民间借贷规定第25条、第28条、第29条）。`;
    case 'licensed-cap': return `借款“${g.loan}”约定的${g.parts.map((x) => `${PART_ZH[x.what]}${x.rate}%`).join('、')}合计年${g.total}%，超过年利率24%：借款人可请求对超过部分予以调减（法发〔2017〕22号第2条）。`;
    case 'deducted': return `借款“${g.loan}”${g.written ? `借据载明${y(g.written)}，` : ''}预先扣除利息${y(g.deducted)}，本金应按实际交付的${y(g.principal)}认定（民法典第670条${g.licensed ? '' : '；民间借贷规定第26条'}）。`;
    case 'repayments': return `借款“${g.loan}”已还款${g.count}笔共${y(g.total)}，依法抵充后截至${zhd(g.through)}尚欠本金${y(g.principal)}、利息${y(g.interest)}（民法典第561条）。`;
    case 'guarantee-lapsed': return `保证人${g.party}的保证期间${g.end ? `已于${zhd(g.end)}` : '已'}届满，债权人未在期间内主张，保证人不再承担保证责任（民法典第693条）。`;
    case 'spouse': return g.basis ? `以“${g.basis === 'common-use' ? '共同生活' : '共同生产经营'}”为依据主张借款“${g.loan}”为${g.party}的夫妻共同债务，但未写证据：超出家庭日常生活需要的，须由债权人证明该债务用于夫妻共同生活、共同生产经营（民法典第1064条第2款）。`
      : `配偶${g.party}对借款“${g.loan}”没有记载夫妻共同债务的依据（共同签名、事后追认、家庭日常生活需要、共同生活或共同生产经营），不应承担清偿责任（民法典第1064条）。`;
    case 'jurisdiction': return `受诉法院“${g.court}”与本案记载的管辖连接点均不相符（民诉法第24条、第35条），可在答辩期内提出管辖权异议。`;
  }
}
function groundEn(g: DefenceGround): string {
  switch (g.kind) {
    case 'limitation': return `the limitation period of loan "${g.loan}" ended on ${g.end}: the debtor may refuse to perform (Civil Code Arts. 188, 192); the court will not raise it itself (Art. 193).`;
    case 'rate-cap': return `the agreed ${g.which === 'period' ? 'rate' : g.which === 'overdue' ? 'overdue rate' : 'overdue rate, penalty and fees together'} of loan "${g.loan}", ${g.agreed}% a year, exceeds the cap of ${g.cap}%; at the cap the interest owed through ${g.through} is ${g.interest} (Private Lending Provisions Arts. 25, 28, 29).`;
    case 'licensed-cap': return `the agreed rates of loan "${g.loan}" (${g.parts.map((x) => `${x.what} ${x.rate}%`).join(', ')}) total ${g.total}% a year, above 24%: the borrower may ask for the excess to be reduced (Fa Fa [2017] No. 22, Art. 2).`;
    case 'deducted': return `interest of ${g.deducted} was kept back from loan "${g.loan}": the principal is the ${g.principal} delivered (Civil Code Art. 670${g.licensed ? '' : '; Private Lending Provisions Art. 26'}).`;
    case 'repayments': return `${g.count} repayment(s) of ${g.total} on loan "${g.loan}": after them, through ${g.through}, principal ${g.principal} and interest ${g.interest} remain (Civil Code Art. 561).`;
    case 'guarantee-lapsed': return `the guarantee period of ${g.party} ended${g.end ? ` on ${g.end}` : ''} with no claim: the guarantor is released (Civil Code Art. 693).`;
    case 'spouse': return g.basis ? `the debt of loan "${g.loan}" is said to have served the family's ${g.basis === 'common-use' ? 'common life' : 'common business'}, with no proof: the creditor must prove it (Civil Code Art. 1064(2)).`
      : `the spouse ${g.party} has no basis of Civil Code Art. 1064 recorded for loan "${g.loan}": not liable.`;
    case 'jurisdiction': return `the court "${g.court}" matches no connecting point the case records (Civil Procedure Law Arts. 24, 35): object to jurisdiction within the time for the defence.`;
  }
}

interface Conduct { channel?: string; count?: number; limit: number; serious: boolean; illegalDebt: boolean; proved: boolean }

const CHANNEL_ZH: Record<string, string> = {
  harassment: '骚扰', 'third-party': '联系第三人', threat: '威胁', disclosure: '公开信息', violence: '暴力',
  phone: '电话', sms: '短信', wechat: '微信', visit: '上门', email: '邮件', letter: '催款函', 'lawyer-letter': '律师函',
};
const CHANNEL_EN: Record<string, string> = {
  harassment: 'harassment', 'third-party': 'contacting third parties', threat: 'threats', disclosure: 'disclosing the debtor\'s information', violence: 'violence',
};

function whatZh(a: Conduct): string {
  const parts: string[] = [];
  if (a.channel && CHANNEL_EN[a.channel]) parts.push(`以“${CHANNEL_ZH[a.channel]}”方式催收`);
  if (a.count !== undefined && a.count > a.limit) parts.push(`同日催收${a.count}次（超过本工具按每日${a.limit}次设定的提示标准，该标准非法定）`);
  return parts.join('，');
}
function whatEn(a: Conduct): string {
  const parts: string[] = [];
  if (a.channel && CHANNEL_EN[a.channel]) parts.push(`collection by ${CHANNEL_EN[a.channel]}`);
  if (a.count !== undefined && a.count > a.limit) parts.push(`${a.count} contacts in one day (above this tool's alert level of ${a.limit} a day, which is not a statutory figure)`);
  return parts.join(', ');
}
const lawZh = (a: Conduct) => `侵扰私人生活安宁、泄露或公开个人信息，侵害隐私权和个人信息（民法典第1032条、第1033条；个人信息保护法第10条）${a.serious ? `；恐吓、暴力催收情节恶劣的，可能构成寻衅滋事罪（刑法第293条）${a.illegalDebt ? '，催收的是超过法定利率上限或预扣利息等非法债务的，可能构成催收非法债务罪（刑法第293条之一）' : ''}` : ''}`;
const lawEn = (a: Conduct) => `intrusion on private life and disclosure of personal information infringe privacy (Civil Code Arts. 1032, 1033; PIPL Art. 10)${a.serious ? `; intimidation or violence may be the crime of picking quarrels (Criminal Law Art. 293)${a.illegalDebt ? ', and collecting an unlawful debt (interest above the cap, interest kept back) that way the crime of Art. 293-1' : ''}` : ''}`;
const others = (a: Conduct) => a.channel === 'third-party' || a.channel === 'disclosure';

export const sidesMessages = defineMessages({
  DEBT640: {
    severity: 'warning', citations: ['民法典第1032条', '民法典第1033条', '个人信息保护法第10条'],
    zh: (a: Conduct) => `${whatZh(a)}：${lawZh(a)}。${others(a) ? '该催收不是向债务人本人主张权利，不中断诉讼时效。' : ''}请停止此类催收，改用律师函、诉讼、保全等合法途径；本工具生成的函件只寄送债务人本人及保证人。`,
    en: (a: Conduct) => `${whatEn(a)}: ${lawEn(a)}.${others(a) ? ' It is no claim made to the debtor and does not interrupt the limitation period.' : ''} Stop it and use a lawyer's letter, suit or preservation; the letters this tool writes go only to the debtors and guarantors.`,
  },
  DEBT641: {
    severity: 'information', citations: ['民法典第1032条', '民法典第1033条', '个人信息保护法第10条'],
    zh: (a: Conduct) => `${whatZh(a)}：${lawZh(a)}。可据此为债务人投诉、举报（debt generate --kind collection-complaint 生成投诉书），并可依法主张侵权责任${a.proved ? '。' : '；请保存通话记录、短信、截图等证据并在此写明 证据。'}`,
    en: (a: Conduct) => `${whatEn(a)}: ${lawEn(a)}. It is a ground for the debtor's complaint or report (debt generate --kind collection-complaint) and for a tort claim${a.proved ? '.' : '; keep call logs, messages and screenshots and cite them here with evidence.'}`,
  },
  DEBT642: {
    severity: 'information', citations: [],
    zh: (g: DefenceGround) => `债务人一方可提出的抗辩：${groundZh(g)}（debt generate --kind defence 生成答辩状）`,
    en: (g: DefenceGround) => `A defence for the debtor: ${groundEn(g)} (debt generate --kind defence writes the answer)`,
  },
});

