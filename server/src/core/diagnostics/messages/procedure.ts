/** DEBT6xx — procedure: court, small claims and payment-order routes, claims that do not match the loans. */
import { defineMessages } from '../types';
import { formatChineseDate as zhd } from '../../text/dates';

interface PaymentOrder603 { amount: string; fee: string; loansWithout?: string; document: string }

export const procedureMessages = defineMessages({
  DEBT601: {
    severity: 'warning', citations: ['民诉法第24条', '民间借贷规定第3条'],
    zh: (a: { places?: string }) => `未写明受诉法院：借款合同纠纷由被告住所地或合同履行地法院管辖；未约定履行地的，接受货币一方（通常为出借人）所在地为履行地（民诉法第24条；民间借贷规定第3条）。${a.places ? `本案可考虑：${a.places}。` : ''}请写 法院 名称。`,
    en: (a: { places?: string }) => `No court: loan disputes go to the court of the defendant's domicile or the place of performance — where not agreed, where the party receiving the money is, usually the lender (Civil Procedure Law Art. 24; Private Lending Provisions Art. 3).${a.places ? ` Candidates: ${a.places}.` : ''} Add court NAME.`,
  },
  DEBT602: {
    severity: 'information', citations: ['民诉法第165条'],
    zh: (a: { amount: string; threshold: string }) => `标的额${a.amount}不超过小额诉讼标准${a.threshold}：事实清楚、权利义务关系明确的简单金钱给付案件，可能适用小额诉讼程序，一审终审（民诉法第165条）。`,
    en: (a: { amount: string; threshold: string }) => `The claim of ${a.amount} is within the small-claims threshold ${a.threshold}: a simple money case may go to the small-claims procedure, final at first instance (Civil Procedure Law Art. 165).`,
  },
  DEBT603: {
    severity: 'information', citations: ['民诉法第225条', '民诉法第228条', '民诉法解释第23条', '民诉法解释第428条', '诉讼费用交纳办法第14条'],
    zh: (a: PaymentOrder603) => `借款均已到期且金额确定，可考虑申请支付令（督促程序），向债务人住所地基层人民法院申请（民诉法解释第23条）。条件：债权人与债务人没有其他债务纠纷，支付令能够送达债务人（民诉法第225条），且未申请诉前保全。${a.loansWithout ? `借款“${a.loansWithout}”的${a.document}未约定利息、逾期利息或违约金，申请中请求利息将被驳回（民诉法解释第428条），宜仅请求本金；` : ''}按申请金额${a.amount}计，申请费为案件受理费的三分之一，约${a.fee}（诉讼费用交纳办法第14条）。债务人提出书面异议且异议成立的，支付令失效，转入诉讼程序（民诉法第228条）。`,
    en: (a: PaymentOrder603) => `Every loan is due and the amount fixed: a payment order is an option, applied for at the basic court of the debtor's domicile (SPC Interpretation Art. 23). Conditions: no other debt dispute between the parties, the order can be served on the debtor (Civil Procedure Law Art. 225), and no pre-suit preservation.${a.loansWithout ? ` The ${a.document} of "${a.loansWithout}" agree no interest, late interest or penalty: an application asking for interest is rejected (SPC Interpretation Art. 428) — ask for the principal only.` : ''} On the ${a.amount} the application may claim, the application fee is a third of the acceptance fee, about ${a.fee} (Measures on Litigation Fees Art. 14). A valid written objection ends the order and the case goes to litigation (Art. 228).`,
  },
  DEBT604: {
    severity: 'warning', citations: ['民间借贷规定第29条'],
    zh: () => '请求违约金，但本案借款均未约定违约金：请在借款中写 违约金，或删除该请求。',
    en: () => 'The claim asks for a penalty, but no loan of the case agrees one: add penalty to the loan or remove the claim.',
  },
  DEBT605: {
    severity: 'warning', citations: ['民法典第688条', '民法典第681条', '民法典第465条'],
    zh: (a: { name: string }) => `请求“${a.name}”承担保证责任，但其不是本案任何借款的保证人：请在借款中写 保证人 ${a.name}，或删除该请求。`,
    en: (a: { name: string }) => `The claim asks "${a.name}" to answer as guarantor, but no loan names them as guarantor: add guarantor ${a.name} to the loan or remove the claim.`,
  },
  DEBT606: {
    severity: 'information', citations: ['民法典第688条', '民间借贷规定第4条'],
    zh: (a: { name: string }) => `保证人“${a.name}”未列入诉讼请求：如需其承担保证责任，请写 请求 保证责任 ${a.name}，并将其列为被告。`,
    en: (a: { name: string }) => `The guarantor "${a.name}" is not in the claims: to hold them liable, add claim guarantee ${a.name} and make them a defendant.`,
  },
  DEBT607: {
    severity: 'information', citations: ['民法典第680条'],
    zh: () => '请求支付利息，但截至起诉日按约定和法律均无应计利息：请核对利率约定或到期日。',
    en: () => 'The claim asks for interest, but none accrues under the agreement and the law as of the filing date: check the rate or due date.',
  },
  DEBT608: {
    severity: 'information', citations: [],
    zh: (a: { today: string }) => `未写明起诉日：利息、时效、诉讼费均暂按今天（${zhd(a.today)}）计算。请写 起诉日 日期。`,
    en: (a: { today: string }) => `No filing date: interest, limitation and fees are computed as of today (${a.today}). Add filing DATE.`,
  },
  DEBT609: {
    severity: 'warning', citations: ['民诉法第122条', '民诉法第124条'],
    zh: (a: { name: string; missing: string }) => `被告“${a.name}”缺少${a.missing}：起诉须有明确的被告，起诉状应写明被告的姓名或名称、住所等信息（民诉法第122条、第124条）。`,
    en: (a: { name: string; missing: string }) => `The defendant "${a.name}" lacks ${a.missing}: a suit needs a definite defendant, and the complaint states the defendant's name and domicile (Civil Procedure Law Arts. 122, 124).`,
  },
  DEBT610: {
    severity: 'warning', citations: ['民诉法第124条'],
    zh: (a: { name: string; missing: string }) => `原告“${a.name}”缺少${a.missing}：起诉状应写明原告的姓名或名称、住所及身份信息，起诉时须提交身份证明材料（民诉法第124条）。起诉状中该项留空待补。`,
    en: (a: { name: string; missing: string }) => `The plaintiff "${a.name}" lacks ${a.missing}: the complaint states the plaintiff's name, domicile and identity, and proof of identity is filed with it (Civil Procedure Law Art. 124). The complaint leaves it blank.`,
  },
  DEBT611: {
    severity: 'information', citations: ['民诉法第124条'],
    zh: (a: { name: string }) => `被告“${a.name}”未写明法定代表人（负责人）：起诉状的当事人信息栏需填写法定代表人 / 负责人及职务，请写 法定代表人 姓名 职务 职务名称。`,
    en: (a: { name: string }) => `The defendant "${a.name}" has no legal representative: the complaint's party block asks for the legal representative and title; add representative NAME title TITLE.`,
  },
  DEBT612: {
    severity: 'information', citations: ['民诉法第124条'],
    zh: (a: { name: string; missing: string }) => `委托诉讼代理人“${a.name}”缺少${a.missing}：起诉状应写明委托诉讼代理人的单位和联系电话。`,
    en: (a: { name: string; missing: string }) => `The agent "${a.name}" lacks ${a.missing}: the complaint states the agent's firm and telephone number.`,
  },
  DEBT613: {
    severity: 'information', citations: ['民诉法第24条', '民诉法第35条', '民诉法第22条', '民诉法解释第18条', '民间借贷规定第3条', '民诉法解释第23条'],
    zh: (a: { court: string; permitted: string; paymentOrder: boolean }) => a.paymentOrder
      ? `受诉法院“${a.court}”不在债务人住所地：支付令由债务人住所地基层人民法院管辖（民诉法解释第23条）。本案可向：${a.permitted}。请核对（匹配规则：法院名称包含住所的区县名，见 docs/conventions.md）。`
      : `受诉法院“${a.court}”与本案记载的管辖连接点均不一致：借款合同纠纷由被告住所地或合同履行地人民法院管辖（民诉法第24条），未约定履行地的，接收货币一方所在地为合同履行地（民诉法解释第18条第2款；民间借贷规定第3条）；书面协议选择的法院从其约定（民诉法第35条）。本案可向：${a.permitted}。请核对（匹配规则：法院名称包含住所的区县名，见 docs/conventions.md）。`,
    en: (a: { court: string; permitted: string; paymentOrder: boolean }) => a.paymentOrder
      ? `The court "${a.court}" is not at the debtor's domicile: a payment order goes to the basic court of the debtor's domicile (SPC Interpretation Art. 23). Permitted: ${a.permitted}. (Matching: the court's name contains the district of the address; see docs/conventions.md.)`
      : `The court "${a.court}" matches none of the connecting points the case records: a loan dispute goes to the court of the defendant's domicile or the place of performance (Civil Procedure Law Art. 24) — where not agreed, where the party receiving the money is (SPC Interpretation Art. 18(2); Private Lending Provisions Art. 3); a written choice of court prevails (Art. 35). Permitted: ${a.permitted}. (Matching: the court's name contains the district of the address; see docs/conventions.md.)`,
  },
  DEBT614: {
    severity: 'warning', citations: ['刑法第293条', '民法典第1032条', '民法典第1033条', '个人信息保护法第10条'],
    zh: (a: { what: 'visit' | 'text'; words?: string }) => `${a.what === 'visit' ? '上门催收' : `此处文字（“${a.words}”）涉及威胁或披露债务人信息`}：催收须依法进行，不得追逐、拦截、辱骂、恐吓他人（刑法第293条），不得以侵扰、泄露、公开等方式侵害隐私权，不得进入他人住宅或以电话、短信等侵扰私人生活安宁（民法典第1032条、第1033条），不得非法公开或向他人提供其个人信息（个人信息保护法第10条），如向其家人、单位、通讯录联系人披露债务。请通过律师函、诉讼、保全等合法途径主张权利。`,
    en: (a: { what: 'visit' | 'text'; words?: string }) => `${a.what === 'visit' ? 'A collection visit' : `This text ("${a.words}") reads as a threat or a disclosure of the debtor's information`}: collection must stay lawful — no chasing, blocking, abusing or intimidating (Criminal Law Art. 293), no intrusion, disclosure or publication against privacy, no entering the home or harassing by calls and messages (Civil Code Arts. 1032, 1033), no publishing or passing on personal information such as telling family, employer or contacts about the debt (Personal Information Protection Law Art. 10). Use a lawyer's letter, suit or preservation instead.`,
  },
  DEBT615: {
    severity: 'warning', citations: ['民诉法解释第427条', '时效规定第11条'],
    zh: () => '本案已申请诉前保全，又申请支付令：债权人向人民法院申请诉前保全的，支付令申请不予受理（民诉法解释第427条第1款第7项）。请选择诉讼程序。',
    en: () => 'The case has a pre-suit preservation and a payment-order application: a payment order is not accepted once the creditor applied for pre-suit preservation (SPC Interpretation Art. 427(1)(7)). Sue instead.',
  },
});
