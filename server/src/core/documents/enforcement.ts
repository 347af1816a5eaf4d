/**
 * 强制执行申请书 (民诉法第247条、第250条、第264条; spec §7.4): from the report's `judgment` — 案号, the money ordered
 * and paid, the doubled delay interest (迟延利息解释第1条) as rows like the interest schedule, the enforcement fee
 * (办法第14条(一)), the assets as 财产线索, and the 限制消费/失信 measures the law provides.
 */
import { CaseData, names } from './case-data';
import { blank, date, money, moneyUpper, t } from './format';
import { applicationParties, creditors, debtors, label, para } from './recovery-common';
import { DocumentRefused } from './refused';
import { Block, Cell, Run } from './types';

const cell = (text: string, header = false, span?: number): Cell => ({ lines: [[t(text)]], header, ...(span ? { span } : {}) });

export function enforcementApplication(d: CaseData, en: boolean): { blocks: Block[]; notes: string[] } {
  const j = d.report.judgment;
  const src = d.c.judgments[0];
  if (!j || !src) throw new DocumentRefused([], en ? `Case "${d.c.name}" has no 判决 block: write 判决 "案号" { … } first.` : `案件“${d.c.name}”没有 判决 项目，请先写明 判决 "案号" { … }。`);
  const applicants = creditors(d), respondents = debtors(d);
  const to = names(respondents) || '＿＿＿＿';
  const court: Run = src.court ? t(src.court.value, src.court.range) : d.c.court ? t(d.c.court.value, d.c.court.range) : blank();
  const di = j.delayInterest;
  const amount = j.enforcementAmount;
  const blocks: Block[] = [
    { type: 'heading', level: 1, runs: [t('强制执行申请书')] },
    ...applicationParties(d, applicants, respondents),
    label('请求事项：'),
    para([t(`1. 请求依法强制执行`), court, t('作出的'), t(j.caseNumber, src.caseNumber.range), t(`民事判决，责令被申请人${to}向申请人支付判决确定的款项`),
      t(j.unpaid ? money(j.unpaid) : '＿＿＿＿'), t(`（判决金额${j.awarded ? money(j.awarded) : '＿＿＿＿'}，已履行${money(j.paid)}）；`)]),
    para([t(`2. 请求责令被申请人加倍支付迟延履行期间的债务利息（${di.from ? `自${date(di.from)}起` : ''}暂计至${date(di.through)}为${money(di.total)}，此后按未履行金额每日万分之一点七五计算至实际履行之日止）；`)]),
    para([t('3. 被申请人不履行的，请求依法对其采取限制消费措施，符合法定情形的纳入失信被执行人名单（《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条；《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条）；')]),
    para([t('4. 执行费用由被申请人负担。')]),
    ...(amount ? [para([t(`以上第1、2项合计${money(amount)}（大写：${moneyUpper(amount)}）。`)])] : []),
    ...(j.enforcementFee ? [{ type: 'paragraph', note: true, runs: [t(`申请执行费：${money(j.enforcementFee)}（《诉讼费用交纳办法》第十四条第（一）项，执行后交纳，由被执行人负担）。`)] } as Block] : []),
    label('事实和理由：'),
    para([t('申请人与被申请人民间借贷纠纷一案，'), court, t('作出'), t(j.caseNumber, src.caseNumber.range), t('民事判决'),
      ...(j.effective ? [t('，该判决已于'), t(date(j.effective), src.effective?.range), t('发生法律效力')] : [t('，该判决已发生法律效力')]),
      ...(j.performBy ? [t('，履行期限届满日为'), t(date(j.performBy), src.performBy?.range)] : []),
      t(`。被申请人未按判决履行给付义务，根据《中华人民共和国民事诉讼法》第二百四十七条、第二百六十四条之规定，特向贵院申请强制执行。`)]),
  ];
  if (di.rows.length) {
    blocks.push(label('迟延履行期间的债务利息计算：'));
    const rows: Cell[][] = [['序号', '起止日期', '天数', '未履行金额', '日利率', '金额'].map((h) => cell(h, true))];
    di.rows.forEach((r, i) => rows.push([cell(String(i + 1)), cell(`${date(r.from)}至${date(r.to)}`), cell(String(r.days)), cell(money(r.base)), cell(`${di.dailyRate}`), cell(money(r.interest))]));
    rows.push([cell('合计', true, 5), cell(money(di.total), true)]);
    blocks.push({ type: 'table', widths: [6, 34, 8, 20, 14, 18], rows });
  }
  blocks.push(label('财产线索：'));
  const own = new Set(respondents.map((r) => r.name));
  const assets = d.c.assets.filter((a) => !a.owner || own.has(a.owner.name));
  const leads: Run[][] = assets.map((a, i) => [t(`${i + 1}. `), t(a.name, a.nameRange), ...(a.detail ? [t('：'), t(a.detail.value, a.detail.range)] : []), t('。')]);
  for (const l of leads.length ? leads : [[blank()]]) blocks.push(para(l));
  blocks.push(para([t('此致')]), para([court], false));
  blocks.push(para([t(`附：生效法律文书（${j.caseNumber}）及生效证明。`)], false));
  blocks.push({ type: 'signature', lines: [[t('申请人（签名或盖章）：'), blank()], [t(date(d.report.asOf))]] });
  const notes = [
    `申请执行期间为二年，自法律文书规定履行期间的最后一日起计算（民事诉讼法第250条）${j.enforcementDeadline ? `；最后一日为${date(j.enforcementDeadline)}` : ''}。`,
    `迟延履行期间的债务利息按判决确定的金钱债务（不含一般债务利息）× 日万分之一点七五 × 迟延天数计算（迟延利息解释第1条、第2条），暂计至${date(di.through)}。`,
  ];
  return { blocks, notes };
}
