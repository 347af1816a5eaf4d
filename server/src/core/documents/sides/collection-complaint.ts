/**
 * 违法催收投诉书 / 举报信 (spec §8.4): the debtor's complaint, from the report's `unlawfulCollection` record
 * (law/unlawful-collection.ts) — each dated act with its proof. To the police (举报信) where 威胁 or 暴力 make 刑法第293条
 * (or, for a debt that is itself unlawful, 第293条之一) possible; otherwise a 投诉书 to the lender's regulator when the
 * lender is a licensed institution, else to the police station (公安机关). Refused when nothing unlawful is recorded.
 */
import { Institution } from '../../model/types';
import { CaseData, evidence, KIND_ZH } from '../case-data';
import { blank, date, money, t } from '../format';
import { DocumentRefused } from '../refused';
import { Block } from '../types';
import { bold, causeOf, debtorClients, namesOf, p, partyLines, title, UNDATED } from './common';
import { Built } from './defence';

/** What was done, as a sentence after the actor: 「陈建国」+ act(举报人). */
const ACT: Record<string, (who: string) => string> = {
  harassment: (w) => `以频繁拨打电话、发送信息的方式向${w}催收`, 'third-party': (w) => `联系${w}的亲友、同事等第三人催讨欠款`,
  threat: (w) => `以威胁、恐吓的方式向${w}催收`, disclosure: (w) => `向他人公开、披露${w}的个人信息和欠款情况`,
  violence: (w) => `以暴力或者暴力相威胁的方式向${w}催收`,
  phone: (w) => `打电话向${w}催收`, sms: (w) => `发送短信向${w}催收`, wechat: (w) => `发送微信向${w}催收`, visit: (w) => `上门向${w}催收`,
  email: (w) => `发送邮件向${w}催收`, letter: (w) => `寄送函件向${w}催收`, 'lawyer-letter': (w) => `寄送律师函向${w}催收`,
};

const LOCAL: Institution[] = ['microloan', 'financing-guarantee', 'equity-market', 'pawnshop', 'leasing', 'factoring', 'amc'];

/** 举报信 to the police, or 投诉书 to the regulator / police, and the addressee line. */
export function complaintRoute(d: CaseData): { title: '违法催收举报信' | '违法催收投诉书'; to: string; police: boolean } {
  const list = d.report.unlawfulCollection ?? [];
  if (list.some((u) => u.serious)) return { title: '违法催收举报信', to: '公安局（派出所）', police: true };
  const inst = d.c.loans.map((l) => d.c.parties.find((x) => x.name === l.lender?.name)?.institution?.value).find((v) => v);
  if (inst && LOCAL.includes(inst)) return { title: '违法催收投诉书', to: '地方金融管理部门', police: false };
  if (inst) return { title: '违法催收投诉书', to: '国家金融监督管理总局派出机构', police: false };
  return { title: '违法催收投诉书', to: '公安局（派出所）', police: true };
}

export function collectionComplaint(d: CaseData, en: boolean): Built & { title: string } {
  const list = d.report.unlawfulCollection ?? [];
  if (!list.length) {
    throw new DocumentRefused([en ? 'no unlawful collection recorded' : '没有违法催收记录'], en
      ? `Case "${d.c.name}" records no unlawful collection (催收 … 骚扰 | 联系第三人 | 威胁 | 公开信息 | 暴力, or 次数 above the alert level).`
      : `案件“${d.c.name}”没有记载违法催收（催收 … 骚扰、联系第三人、威胁、公开信息、暴力，或次数超过提示标准）。`);
  }
  const clients = debtorClients(d, en ? 'collection complaint' : '违法催收投诉书', en);
  const route = complaintRoute(d);
  const who = route.title === '违法催收举报信' ? '举报人' : '投诉人';
  const them = route.title === '违法催收举报信' ? '被举报人' : '被投诉人';
  const lenders = [...new Set(d.c.loans.flatMap((l) => (l.lender ? [l.lender.name] : [])))].flatMap((n) => d.c.parties.filter((x) => x.name === n));
  const creditors = lenders.length ? lenders : d.c.parties.filter((x) => x.role === 'plaintiff');
  const collectors = [...new Set(list.flatMap((u) => (u.by && !creditors.some((c) => c.name === u.by) ? [u.by] : [])))];
  const illegal = (d.report.defences ?? []).filter((g) => g.kind === 'rate-cap' || g.kind === 'deducted');
  const serious = list.some((u) => u.serious);

  const blocks: Block[] = [title(route.title), p([t('致：'), blank(), t(route.to)], false),
    ...partyLines(d, clients, who, true), ...partyLines(d, creditors, them)];
  if (collectors.length) blocks.push(p([t(`实施催收的人员：${collectors.join('、')}`)], false));
  blocks.push(bold(`${route.title === '违法催收举报信' ? '举报' : '投诉'}事项：`));
  blocks.push(p([t(`请求依法调查处理${them}${collectors.length ? `及其催收人员` : ''}的违法催收行为，责令其立即停止侵害${who}的隐私权和个人信息权益${serious ? '，依法追究相关人员的法律责任' : ''}。`)]));
  blocks.push(bold('事实和理由：'));
  const loans = d.loans.map(({ loan, r }) => `${loan.deliveries[0] ? `${date(loan.deliveries[0].date.value)}，` : ''}${namesOf(loan.borrowers)}向${loan.lender?.name ?? '＿＿＿＿'}借款${money(r.principal)}`);
  blocks.push(p([t(`${who}与${them}之间存在${causeOf(d).replace(/纠纷$/, '')}关系：${loans.join('；')}。`),
    ...(illegal.length ? [t(`该借款${illegal.some((g) => g.kind === 'rate-cap') ? '约定的利率超过法律保护的上限' : ''}${illegal.some((g) => g.kind === 'rate-cap') && illegal.some((g) => g.kind === 'deducted') ? '，且' : ''}${illegal.some((g) => g.kind === 'deducted') ? '在本金中预先扣除了利息' : ''}，超过部分依法不受保护（《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》第二十五条、第二十六条）。`)] : [])]));
  blocks.push(p([t(`${them}在催收过程中实施了下列行为：`)]));
  list.forEach((u, i) => {
    const actor = u.by ?? them;
    // Aimed at the clients (or at nobody named): 「向举报人」; at others named in the file: their names.
    const target = u.of.length && !u.of.every((n) => clients.some((c) => c.name === n)) ? u.of.join('、') : who;
    const act = (u.channel ? ACT[u.channel] : undefined)?.(target) ?? `向${target}催收`;
    const count = u.count ? `，当日达${u.count}次` : '';
    const proofs = u.proofs.map((n) => { const e = evidence(d, n); return `${n}${e?.kind ? `（${KIND_ZH[e.kind.value]}）` : ''}`; });
    blocks.push(p([t(`${i + 1}. ${date(u.date)}，${actor}${act}${count}。`),
      proofs.length ? t(`证据：${proofs.join('、')}。`) : t('证据：'), ...(proofs.length ? [] : [blank(), t('。')])]));
  });
  const law = ['自然人享有隐私权，任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权（《中华人民共和国民法典》第一千零三十二条）；不得以电话、短信、即时通讯工具等方式侵扰他人的私人生活安宁（第一千零三十三条）；任何组织、个人不得非法使用、提供或者公开他人个人信息（《中华人民共和国个人信息保护法》第十条）。'];
  if (serious) law.push(`恐吓他人，情节恶劣的，涉嫌寻衅滋事罪（《中华人民共和国刑法》第二百九十三条）${illegal.length ? '；以暴力、胁迫或者恐吓、跟踪、骚扰他人的方法催收高利放贷等产生的非法债务，情节严重的，涉嫌催收非法债务罪（《中华人民共和国刑法》第二百九十三条之一）' : ''}。`);
  blocks.push(p([t(`上述行为违反法律规定：${law.join('')}`)]));
  blocks.push(p([t(`为维护${who}的合法权益，特向贵${route.police ? '机关' : '单位'}${route.title === '违法催收举报信' ? '举报' : '投诉'}，请求依法调查处理。`)]));
  const proofNames = [...new Set(list.flatMap((u) => u.proofs))];
  blocks.push(p([t(`附：证据材料${proofNames.length ? `${proofNames.length}份（${proofNames.join('、')}）` : ''}。`)], false));
  blocks.push({ type: 'signature', lines: [[t(`${who}（签名）：`), t(namesOf(clients))], [t('联系电话：'), clients.find((c) => c.phone) ? t(clients.find((c) => c.phone)!.phone!.value) : blank()], [UNDATED]] });
  const notes = [
    `收件机关留为空白：${route.police ? '请填写债务人住所地或行为发生地的公安机关' : '请填写出借机构所在地的监管部门'}。`,
    '请附通话记录、短信和微信截图、录音、亲友的书面说明等证据；可同时依法起诉要求停止侵害、赔礼道歉、赔偿损失（民法典第1032条、第1165条）。',
  ];
  if (list.some((u) => u.proofs.length === 0)) notes.push('有催收行为未写证据：请在案件文件的 催收 行写 证据 …，并保存原始记录。');
  return { blocks, notes, title: route.title };
}
