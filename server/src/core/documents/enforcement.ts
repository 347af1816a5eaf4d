/**
 * 强制执行申请书 (民诉法第247条、第250条、第264条; spec §7.4, §8.2), with the parties as the 2016 执行文书样式 names
 * them (申请执行人 / 被执行人). From the report's `judgment`: 案号; every award item with its figure, the running interest
 * to the as-of date and what was paid; every party ordered to pay as 被执行人, a joint guarantor with its scope; the
 * 迟延履行期间的债务利息 as 一般债务利息 and 加倍部分 (迟延利息解释第1条) with rows like the interest schedule; the
 * enforcement fee (办法第14条(一)); every asset of a 被执行人 as 财产线索; the 限制消费/失信 measures the law provides.
 * Without 判项 (the v2 shortcut) the money ordered is 判决金额 and the 被执行人 are the defendants.
 */
import Decimal from 'decimal.js';
import { AwardReport, JudgmentDebtor } from '../law/awards';
import { JudgmentReport } from '../law/judgment';
import { CaseData, party } from './case-data';
import { BLANK, blank, date, money, moneyUpper, rate, t } from './format';
import { applicationParties, creditors, label, para } from './recovery-common';
import { DocumentRefused } from './refused';
import { Block, Cell, Run } from './types';
import { doubledBasis, installmentFact, payersText, stagedNotes } from './enforcement-staged';

const cell = (text: string, header = false, span?: number): Cell => ({ lines: [[t(text)]], header, ...(span ? { span } : {}) });
const ROLES = ['申请执行人', '被执行人'];
const CN_NUM = '一二三四五六七八九十';

/** 「借款本金100,000.00元」, 「利息：以…为基数，按年利率…，自…起计算至实际清偿之日止，暂计至…为…元」. */
function awardText(a: AwardReport): string {
  switch (a.kind) {
    case 'principal': return `借款本金${money(a.amount)}`;
    case 'interest': return a.until && a.until !== 'paid' ? `截至${date(a.until)}的利息${money(a.amount)}` : `利息${money(a.amount)}`;
    case 'running-interest': {
      const end = a.until === 'paid' ? '实际清偿之日' : date(a.until!);
      const through = a.accruedThrough ? `，暂计至${date(a.accruedThrough)}为${money(a.amount)}` : '';
      return `利息：以${money(a.base!)}为基数，按年利率${rate(a.rate!)}，自${date(a.from!)}起计算至${end}止${through}`;
    }
    case 'fees': return `${a.description ?? '实现债权的费用'}${money(a.amount)}`;
    case 'court-fee': return `案件受理费${money(a.amount)}`;
    case 'preservation-fee': return `财产保全费${money(a.amount)}`;
  }
}

/** The award items by their marks under request 1: 「（一）」, 「（一）、（三）」. */
function marks(items: number[]): string {
  return items.map((n) => `（${CN_NUM[n - 1] ?? n}）`).join('、');
}

/** A joint guarantor's request: what it answers for, within its scope (spec §8.2; 民法典第688条、第691条). */
function jointText(g: JudgmentDebtor, awards: AwardReport[]): string {
  if (!awards.length) {
    return g.scope && g.scope !== 'all' && g.scope !== 'principal'
      ? `被执行人${g.name}对上述债务在${money(g.scope)}范围内承担连带清偿责任`
      : `被执行人${g.name}对上述${g.scope === 'principal' ? '债务中的本金' : '债务'}承担连带清偿责任`;
  }
  if (g.scope === 'principal') return `被执行人${g.name}对上述第1项${marks(g.items)}借款本金承担连带清偿责任`;
  const what = '上述第1项所列全部款项及迟延履行期间的债务利息';
  if (g.scope && g.scope !== 'all') return `被执行人${g.name}对${what}在${money(g.scope)}范围内承担连带清偿责任`;
  return `被执行人${g.name}对${what}承担连带清偿责任`;
}

export function enforcementApplication(d: CaseData, en: boolean): { blocks: Block[]; notes: string[] } {
  const j: JudgmentReport | null = d.report.judgment;
  const src = d.c.judgments[0];
  if (!j || !src) throw new DocumentRefused([], en ? `Case "${d.c.name}" has no 判决 block: write 判决 "案号" { … } first.` : `案件“${d.c.name}”没有 判决 项目，请先写明 判决 "案号" { … }。`);
  const applicants = creditors(d);
  const debtorNames = [...new Set(j.debtors.map((x) => x.name))];
  const respondents = debtorNames.flatMap((n) => { const p = party(d, n); return p ? [p] : []; });
  const principals = j.debtors.filter((x) => x.liability === 'principal');
  const guarantors = j.debtors.filter((x) => x.liability === 'joint-guarantor');
  const payers = principals.map((x) => x.name).join('、');
  const to: Run = payers ? t(payers) : blank();
  const court: Run = src.court ? t(src.court.value, src.court.range) : d.c.court ? t(d.c.court.value, d.c.court.range) : blank();
  const di = j.delayInterest;
  const amount = j.enforcementAmount;
  const blocks: Block[] = [
    { type: 'heading', level: 1, runs: [t('强制执行申请书')] },
    ...applicationParties(d, applicants, respondents, ROLES),
    label('请求事项：'),
  ];
  // Numbered requests; request 1 lists the award items under it as （一）（二）….
  let n = 0;
  const request = (runs: Run[]) => { blocks.push(para([t(`${++n}. `), ...runs])); return n; };
  const head: Run[] = [t('请求依法强制执行'), court, t('作出的'), t(j.caseNumber, src.caseNumber.range), t('民事判决，责令被执行人'), to];
  if (j.awards.length) {
    request([...head, t('向申请执行人支付下列款项：')]);
    const everyPayer = new Set(principals.map((x) => x.name));
    j.awards.forEach((a, i) => {
      const o = j.outstanding[i];
      const state = new Decimal(o.paid).isZero() ? [] : new Decimal(o.outstanding).isZero() ? ['已全部履行'] : [`已履行${money(o.paid)}，尚欠${money(o.outstanding)}`];
      // An item that not every 被执行人 ordered to pay owes says who owes it.
      // How several payers owe it (共同/连带/按份) matters only while something of it is owed.
      const several = new Decimal(o.outstanding).isZero() ? undefined : payersText(a, !new Decimal(o.paid).isZero());
      const who = several ? [several] : a.by.length !== everyPayer.size || a.by.some((x) => !everyPayer.has(x)) ? [`由被执行人${a.by.join('、') || BLANK}负担`] : [];
      const tail = [...state, ...who].length ? `（${[...state, ...who].join('，')}）` : '';
      blocks.push(para([t(`（${CN_NUM[i] ?? i + 1}）`), t(awardText(a), src.awards[i]?.range), t(`${tail}${i === j.awards.length - 1 ? '。' : '；'}`)]));
    });
    blocks.push(para([t(`以上尚欠${money(j.unpaid ?? '0')}；`)]));
  } else {
    request([...head, t('向申请执行人支付判决确定的款项'), t(j.unpaid ? money(j.unpaid) : BLANK),
      t(`（判决金额${j.awarded ? money(j.awarded) : BLANK}，已履行${money(j.paid)}）；`)]);
  }
  for (const g of guarantors) request([t(`请求责令${jointText(g, j.awards)}；`)]);
  const doubled = `${doubledBasis(di)}暂计至${date(di.through)}为${money(di.total)}${di.paid && !new Decimal(di.paid).isZero() ? `（已履行${money(di.paid)}）` : ''}，此后计算至实际履行之日止`;
  let delayNo: number;
  if (j.awards.length) {
    const running = j.awards.filter((a) => a.kind === 'running-interest').map((a) => `（${CN_NUM[a.item - 1] ?? a.item}）`);
    const general = running.length
      ? `一般债务利息按判决确定的方法计算，已列入上述第1项${running.join('、')}，其中迟延履行期间${di.from ? `（自${date(di.from)}起至${date(di.through)}止）` : ''}为${money(di.general ?? '0')}`
      : '一般债务利息：判决未确定给付迟延履行期间的一般债务利息，不予计算';
    delayNo = request([t(`请求责令被执行人加倍支付迟延履行期间的债务利息：（1）${general}；（2）加倍部分债务利息${doubled}；`)]);
  } else {
    delayNo = request([t(`请求责令被执行人加倍支付迟延履行期间的债务利息（加倍部分债务利息${doubled}）；`)]);
  }
  request([t('被执行人不履行的，请求依法对其采取限制消费措施，符合法定情形的纳入失信被执行人名单（《最高人民法院关于限制被执行人高消费及有关消费的若干规定》第一条；《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条）；')]);
  request([t('执行费用由被执行人负担。')]);
  if (amount) blocks.push(para([t(`以上第1、${delayNo}项合计${money(amount)}（大写：${moneyUpper(amount)}）。`)]));
  if (j.enforcementFee) blocks.push({ type: 'paragraph', note: true, runs: [t(`申请执行费：${money(j.enforcementFee)}（《诉讼费用交纳办法》第十四条第（一）项，执行后交纳，由被执行人负担）。`)] });

  const applicantNames = applicants.map((p) => p.name).join('、');
  const performed = new Decimal(j.paid).isZero() ? '被执行人未按判决履行给付义务' : `判决生效后被执行人仅履行${money(j.paid)}，未履行完毕`;
  blocks.push(label('事实和理由：'));
  blocks.push(para([t(`申请执行人${applicantNames || '＿＿＿＿'}与被执行人${debtorNames.join('、') || '＿＿＿＿'}民间借贷纠纷一案，`), court, t('作出'), t(j.caseNumber, src.caseNumber.range), t('民事判决'),
    ...(j.effective ? [t('，该判决已于'), t(date(j.effective), src.effective?.range), t('发生法律效力')] : [t('，该判决已发生法律效力')]),
    ...(j.performBy ? [t('，履行期限届满日为'), t(date(j.performBy), src.performBy?.range)] : []),
    ...installmentFact(di),
    t(`。${performed}。根据《中华人民共和国民事诉讼法》第二百四十七条、第二百六十四条之规定，特向贵院申请强制执行。`)]));

  for (const a of j.awards) {
    if (a.kind !== 'running-interest' || !a.rows?.length) continue;
    blocks.push(label(`第1项${marks([a.item])}利息计算：`));
    const rows: Cell[][] = [['序号', '起止日期', '天数', '基数', '年利率', '金额'].map((h) => cell(h, true))];
    a.rows.forEach((r, i) => rows.push([cell(String(i + 1)), cell(`${date(r.from)}至${date(r.to)}`), cell(String(r.days)), cell(money(r.base)), cell(rate(r.rate)), cell(money(r.interest))]));
    rows.push([cell('合计', true, 5), cell(money(a.amount), true)]);
    blocks.push({ type: 'table', widths: [6, 34, 8, 20, 14, 18], rows });
  }
  if (di.rows.length) {
    blocks.push(label('加倍部分债务利息计算：'));
    // With instalments a 期次 column says which instalment a row is on (迟延利息解释第2条).
    const staged = di.rows.some((r) => r.installment !== undefined);
    const rows: Cell[][] = [['序号', ...(staged ? ['期次'] : []), '起止日期', '天数', '未履行金额', '日利率', '金额'].map((h) => cell(h, true))];
    di.rows.forEach((r, i) => rows.push([cell(String(i + 1)), ...(staged ? [cell(r.installment ? `第${r.installment}期` : '—')] : []), cell(`${date(r.from)}至${date(r.to)}`), cell(String(r.days)), cell(money(r.base)), cell(`${di.dailyRate}`), cell(money(r.interest))]));
    rows.push([cell('合计', true, staged ? 6 : 5), cell(money(di.total), true)]);
    blocks.push({ type: 'table', widths: staged ? [6, 10, 28, 8, 19, 12, 17] : [6, 34, 8, 20, 14, 18], rows });
  }
  blocks.push(label('财产线索：'));
  const own = new Set(debtorNames);
  const assets = d.c.assets.filter((a) => !a.owner || own.has(a.owner.name));
  const leads: Run[][] = assets.map((a, i) => [t(`${i + 1}. `), t(a.name, a.nameRange),
    ...(a.owner ? [t(`（被执行人${a.owner.name}名下）`)] : []), ...(a.detail ? [t('：'), t(a.detail.value, a.detail.range)] : []), t('。')]);
  for (const l of leads.length ? leads : [[blank()]]) blocks.push(para(l));
  blocks.push(para([t('此致')]), para([court], false));
  blocks.push(para([t(`附：生效法律文书（${j.caseNumber}）及生效证明。`)], false));
  blocks.push({ type: 'signature', lines: [[t('申请执行人（签名或盖章）：'), blank()], [t(date(d.report.asOf))]] });
  const notes = [
    `申请执行期间为二年，自法律文书规定履行期间的最后一日起计算（民事诉讼法第250条）${j.enforcementDeadline ? `；最后一日为${date(j.enforcementDeadline)}` : ''}。`,
    `迟延履行期间的债务利息包括一般债务利息和加倍部分债务利息；加倍部分按判决确定的金钱债务（不含一般债务利息）× 日万分之一点七五 × 迟延天数计算（迟延利息解释第1条、第2条），暂计至${date(di.through)}。`,
    ...(j.awards.length && !new Decimal(j.paid).isZero() ? ['已履行的款项依次抵充实现债权的费用、利息、本金（民法典第561条），最后抵充加倍部分债务利息（迟延利息解释第4条）。'] : []),
    ...stagedNotes(j),
  ];
  return { blocks, notes };
}
