/**
 * 财产保全申请书 (民诉法第103条 诉中 / 第104条 诉前; spec §7.3): one per `保全` item of the case — the amount, fee,
 * security and targets are the report's `preservation` entry; the assets (`财产`) are listed as 财产线索.
 */
import { PreservationReport } from '../law/preservation';
import { CaseData, names } from './case-data';
import { blank, date, money, moneyUpper, t } from './format';
import { applicationParties, creditors, label, para } from './recovery-common';
import { allDebtors } from './debts';
import { owedByLoan, totalsByDebtor } from './per-debtor';
import { DocumentRefused } from './refused';
import { Block, Run } from './types';
import { causeOf } from './case-cause';

const SECURITY_ZH: Record<string, string> = { 'guarantee-letter': '保函', insurance: '诉讼财产保全责任保险', cash: '现金', property: '财产' };
const ASSET_ZH: Record<string, string> = {
  'bank-account': '银行账户', wechat: '微信账户', alipay: '支付宝账户', 'real-estate': '不动产', vehicle: '车辆', equity: '股权', receivable: '债权', other: '其他财产',
};

export function preservationApplication(whole: CaseData, en: boolean): { blocks: Block[]; notes: string[] } {
  const items = whole.report.preservation ?? [];
  const p: PreservationReport | undefined = items[0];
  const src = whole.c.preservations[0];
  if (!p || !src) {
    throw new DocumentRefused([], en ? `Case "${whole.c.name}" has no 保全 item: write 保全 诉前|诉中 … first.` : `案件“${whole.c.name}”没有 保全 项目，请先写明 保全 诉前|诉中 ……`);
  }
  // The application states what is owed on its own day (`申请 DATE`): the report's figures as of that day.
  const d = asOfApplication(whole, p);
  const pre = p.stage === 'pre-suit';
  const applicants = creditors(d);
  // 对象 names assets (spec §7.3); without it every asset of the case is a lead. Respondents: their owners, else the debtors.
  const named = new Set(p.targets);
  const assets = named.size ? d.c.assets.filter((a) => named.has(a.name)) : d.c.assets;
  const ownerNames = new Set(assets.flatMap((a) => (a.owner ? [a.owner.name] : [])));
  const owners = d.c.parties.filter((x) => ownerNames.has(x.name));
  const respondents = owners.length ? owners : allDebtors(d).flatMap((n) => d.c.parties.filter((x) => x.name === n));
  const from = names(applicants) || '＿＿＿＿', to = names(respondents) || '＿＿＿＿';
  const blocks: Block[] = [
    { type: 'heading', level: 1, runs: [t('财产保全申请书')] },
    { type: 'paragraph', align: 'center', runs: [t(pre ? '（诉前财产保全）' : '（诉讼财产保全）', src.stage.range)] },
    // In suit, the application is filed in the case: its 案号, a blank until the court gives it.
    ...(pre ? [] : [{ type: 'paragraph', align: 'right', runs: [t('案号：（'), blank(), t('）'), blank(), t('民初'), blank(), t('号')] } as Block]),
    ...applicationParties(d, applicants, respondents),
    label('请求事项：'),
    para([t(`请求${pre ? '在提起诉讼前' : ''}依法查封、扣押、冻结被申请人${to}名下价值`),
      t(`${money(p.amount)}（大写：${moneyUpper(p.amount)}）`, src.amount?.range), t('的财产。')]),
    { type: 'paragraph', note: true, runs: [t(`保全申请费：${money(p.fee)}（《诉讼费用交纳办法》第十四条第（二）项）${p.amountIsClaim ? '；保全金额为本案请求金额' : ''}。`)] },
    label('事实和理由：'),
    para([t(`申请人${from}与被申请人${to}${caseCause(d)}一案，截至${date(d.report.interestThrough)}，${owedLine(d, respondents.map((x) => x.name))}。`
      + (pre ? '因情况紧急，不立即申请保全将会使申请人的合法权益受到难以弥补的损害，' : '为防止被申请人转移、隐匿财产，致使将来的判决难以执行，')
      + `根据《中华人民共和国民事诉讼法》${pre ? '第一百零四条' : '第一百零三条'}的规定，特向贵院申请财产保全。`)]),
  ];
  blocks.push(label('财产线索：'));
  const leads: Run[][] = assets.map((a, i) => [t(`${i + 1}. `), t(a.name, a.nameRange),
    t(`（${a.kind ? ASSET_ZH[a.kind.value] ?? '其他财产' : '财产'}）`), ...(a.detail ? [t('：'), t(a.detail.value, a.detail.range)] : []),
    ...(a.value ? [t('，价值约'), t(money(a.value.value), a.value.range)] : []), t('。')]);
  for (const l of leads.length ? leads : [[blank()]]) blocks.push(para(l));
  // The issuer and the amount are not recorded: blanks for the lawyer (保函 / 保单 name the bank or insurer).
  const issued = p.security === 'guarantee-letter' || p.security === 'insurance';
  const security: Run[] = [t('申请人提供'), ...(issued || !p.security ? [t('由'), blank(), t('出具的')] : []),
    p.security ? t(SECURITY_ZH[p.security], src.security?.range) : blank(), t('作为担保，担保金额'), blank(), t('元。如因申请错误给被申请人造成损失，申请人愿承担赔偿责任。')];
  blocks.push(label('担保：'), para(security));
  if (pre) {
    blocks.push(label('承诺：'), para([t('申请人承诺在人民法院采取保全措施后三十日内依法提起诉讼或者申请仲裁；逾期未起诉或者申请仲裁的，人民法院解除保全（《中华人民共和国民事诉讼法》第一百零四条）。')]));
    const sa = applicants[0]?.serviceAddress ?? applicants[0]?.address;
    blocks.push(label('送达地址：'), para([t('申请人确认送达地址为'), sa ? t(sa.value, sa.range) : blank(), t('，收件人'), t(applicants[0]?.name ?? '＿＿＿＿'), t('，联系电话'), applicants[0]?.phone ? t(applicants[0].phone.value, applicants[0].phone.range) : blank(), t('。')]));
  }
  blocks.push(para([t('此致')]), para([d.c.court ? t(d.c.court.value, d.c.court.range) : blank()], false));
  blocks.push({ type: 'signature', lines: [[t('申请人（签名或盖章）：'), blank()], [src.applied ? t(date(src.applied.value), src.applied.range) : t('　　年　　月　　日')]] });
  const notes = pre
    ? [`诉前保全：申请人应当提供担保（民事诉讼法第104条）；法院采取保全措施后30日内不起诉的，法院将解除保全${p.suitDeadline ? `，最后一日为${date(p.suitDeadline)}` : '（写明 裁定 日期 后可算出最后一日）'}。诉前保全申请中断诉讼时效（时效规定第11条），且申请后不能再申请支付令（rules.md §15）。`]
    : ['诉讼保全：法院可以责令申请人提供担保（民事诉讼法第103条）；保全费可在诉讼请求中一并主张由被告负担（诉讼费用交纳办法第38条）。'];
  // As of the application day when written (docs/conventions.md "Preservation as of the application day").
  if (p.atApplication) {
    notes.push(en ? `The sums run to ${p.interestThrough}, the day before the application (${src.applied!.value}); the complaint counts to ${whole.report.interestThrough}, the day before ${whole.report.asOf}.`
      : `申请书中的金额按申请日${date(src.applied!.value)}计算，计至其前一日${date(p.interestThrough)}；起诉状中的金额计至${date(whole.report.interestThrough)}，两者不同。`);
  } else if (!src.applied) {
    notes.push(en ? `No application day is written (保全 … 申请 DATE): the sums run to ${p.interestThrough}, the day before the case's as-of date; write 申请 and its date for figures as of that day.`
      : `未写明申请日（保全 … 申请 日期），申请书中的金额计至${date(p.interestThrough)}（案件计算日的前一日）；写明申请日后，金额按申请日计算。`);
  }
  if (items.length > 1) notes.push(`案件有${items.length}项保全，本申请书按第一项生成。`);
  return { blocks, notes };
}

/** The case as the application states it: the report's figures as of the application day when they differ. */
function asOfApplication(d: CaseData, p: PreservationReport): CaseData {
  const at = p.atApplication;
  if (!at) return d;
  const report = { ...d.report, asOf: at.asOf, interestThrough: at.interestThrough, claimAmount: at.claimAmount, loans: at.loans, debtors: at.debtors };
  return { ...d, report, loans: d.c.loans.map((loan, k) => ({ loan, r: at.loans[k] })) };
}

/** 「民间借贷纠纷」, or 金融借款合同纠纷 / 小额借款合同纠纷 for a licensed lender (case-cause.ts). */
function caseCause(d: CaseData): string {
  return causeOf(d);
}

/** 「刘洋尚欠…元，赵敏尚欠…元」: each respondent's own debt (as of the report's date), or the whole when one owes all. */
function owedLine(d: CaseData, respondents: string[]): string {
  const totals = totalsByDebtor(d, owedByLoan(d)).filter((x) => respondents.includes(x.name));
  if (totals.length <= 1) return `被申请人尚欠申请人借款本息共计${money(totals[0]?.total ?? d.report.claimAmount)}`;
  return `${totals.map((x) => `被申请人${x.name}应清偿${money(x.total)}`).join('，')}（其中连带部分，一人清偿后其他人在该范围内不再清偿）`;
}
