/**
 * 调查取证申请书 / 调查令申请书 (民诉法第67条第2款; 民诉法解释第94条: evidence a party cannot collect for objective
 * reasons — held by others, or personal information — the court collects on a written application before the time for
 * evidence ends). What the case records that only a payment institution or bank can show: the identity and the
 * transactions behind each 微信 / 支付宝 payment, the account holder of a WeChat / Alipay chat without proof of identity,
 * and, for a debtor answering a cash loan, the lender's withdrawals around the delivery (his means, 民间借贷规定第15条).
 * A party's own bank statements are its to get: they are never asked for. With a lawyer for our side the application asks for a 调查令 for him
 * (a local practice of many courts); otherwise for the court to collect.
 */
import { Method } from '../../model/types';
import { CaseData, METHOD_ZH } from '../case-data';
import { blank, date, money, t } from '../format';
import { DocumentRefused } from '../refused';
import { Block, Run } from '../types';
import { agentsFor, causeOf, courtRun, namesOf, p, partyLines, title, UNDATED } from '../sides/common';
import { ourSide, roleWord } from './common';

const HOLDER: Partial<Record<Method, string>> = { wechat: '财付通支付科技有限公司', alipay: '支付宝（中国）网络技术有限公司' };

export interface Target { holder: string | null; what: string }

/** What to ask for, in file order, without repeats. */
export function investigationTargets(d: CaseData, debtor: boolean): Target[] {
  const out: Target[] = [];
  const add = (x: Target) => { if (!out.some((o) => o.holder === x.holder && o.what === x.what)) out.push(x); };
  const facts = [
    ...d.c.loans.flatMap((l) => l.deliveries.map((x) => ({ date: x.date.value, amount: x.amount.value, method: x.method?.value, proofs: x.proofs, what: '借款交付' }))),
    ...d.c.events.flatMap((e) => (e.kind === 'repaid' ? [{ date: e.date.value, amount: e.amount.value, method: e.method?.value, proofs: e.proofs, what: '还款' }] : [])),
  ];
  for (const f of facts) {
    if (f.method && HOLDER[f.method]) {
      add({ holder: HOLDER[f.method]!, what: `${date(f.date)}${money(f.amount)}${f.what}（${METHOD_ZH[f.method]}）的交易明细，以及付款、收款账户的实名认证信息（姓名、身份证号码、绑定手机号）` });
    } else if (f.method === 'cash' && debtor && f.what === '借款交付') {
      add({ holder: null, what: `出借人名下账户在${date(f.date)}前后的取款记录，以查明所称${money(f.amount)}现金交付的资金来源和出借能力（《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第十五条）` });
    }
  }
  const identity = d.c.evidence.some((e) => e.kind?.value === 'identity');
  if (!identity) {
    for (const e of d.c.evidence.filter((x) => x.kind?.value === 'chat')) {
      const text = `${e.name}${e.source?.value ?? ''}${e.proves?.value ?? ''}`;
      const holder = text.includes('支付宝') ? '支付宝（中国）网络技术有限公司' : text.includes('微信') ? '深圳市腾讯计算机系统有限公司' : null;
      if (holder) add({ holder, what: `证据“${e.name}”所涉账号的实名注册信息（姓名、身份证号码、绑定手机号），以证明聊天对方的身份` });
    }
  }
  return out;
}

export function investigationApplication(d: CaseData, en: boolean): { title: string; blocks: Block[]; notes: string[] } {
  const targets = investigationTargets(d, ourSide(d).debtor);
  if (!targets.length) {
    throw new DocumentRefused([en ? 'nothing to investigate' : '没有需调查的证据'], en
      ? `Case "${d.c.name}" records nothing only a payment institution or bank holds (微信 / 支付宝 payments, a WeChat/Alipay chat without proof of identity, a cash loan the debtor disputes).`
      : `案件“${d.c.name}”没有须向银行或支付机构调取的证据（微信、支付宝付款，未证明身份的微信、支付宝聊天记录，债务人一方对现金交付的核查）。`);
  }
  const side = ourSide(d);
  const lawyers = agentsFor(d, side.clients).filter((a) => a.firm);
  const order = lawyers.length > 0;
  const name = order ? '调查令申请书' : '调查取证申请书';
  const blocks: Block[] = [title(name), ...partyLines(d, side.clients, `申请人（${roleWord(side.debtor)}）`, true)];
  blocks.push(p([t(`申请人与${namesOf(side.others)}${causeOf(d)}一案，下列证据由银行或支付机构保存，涉及个人信息，申请人及其诉讼代理人因客观原因不能自行收集。`),
    t(order ? `现申请贵院向申请人的诉讼代理人${lawyers.map((a) => a.name).join('、')}律师签发调查令，向下列单位调取：` : '现申请贵院依法调查收集：')]));
  targets.forEach((x, i) => {
    const runs: Run[] = [t(`${i + 1}. 向`), x.holder ? t(x.holder) : blank(), t(`调取${x.what}。`)];
    blocks.push(p(runs));
  });
  blocks.push(p([t('上述证据用以查明借款交付、还款的事实及相关账户的实际使用人，与本案待证事实直接相关。依照《中华人民共和国民事诉讼法》第六十七条第二款、《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第九十四条，特此申请。')]));
  blocks.push(p([t('此致')]), p([courtRun(d)], false));
  blocks.push({ type: 'signature', lines: [[t(side.clients.some((x) => x.kind !== 'person') ? '申请人（盖章）：' : '申请人（签名）：'), t(namesOf(side.clients))], [UNDATED]] });
  const notes = ['申请应在举证期限届满前书面提出（民诉法解释第94条第2款）。调查令并非各地法院均签发，不签发的，法院依申请自行调查收集。'];
  if (targets.some((x) => !x.holder)) notes.push('出借人的开户行未知：请填写被调取的银行。');
  return { title: name, blocks, notes };
}
