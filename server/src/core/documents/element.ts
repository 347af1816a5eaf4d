/**
 * The 要素式 complaint, 民事起诉状（民间借贷纠纷）, 法〔2025〕82号: sections, numbered rows and 勾选 items exactly as
 * printed (complaint-form-2025.md §B, which wins over complaint-template.md). A tick is set only where the case
 * decides it; what the case does not record stays a blank or an unticked box for the lawyer.
 */
import { CaseData, names, sum } from './case-data';
import { claimItems, ClaimItem } from './claims';
import { factsProse, legalBasis, rateAsWritten } from './facts';
import { blank, box, date, money, moneyUpper, t } from './format';
import { elementAgentRow, elementPartyRow, orderedParties } from './parties';
import { evidenceTable } from './evidence-table';
import { scheduleBlocks } from './schedule-table';
import { Block, Cell, Run } from './types';
import { causeOf } from './case-cause';
import { borrowerNames } from './debts';
import { FINANCIAL_TAIL_LABELS, financialGuaranteeRows, financialInterestLine, financialRateLines } from './financial-loan-form';

const row = (label: string, lines: Run[][]): Cell[] => [{ lines: [[t(label)]] }, { lines }];
const wide = (lines: Run[][]): Cell[] => [{ lines, span: 2 }];
const table = (rows: Cell[][]): Block => ({ type: 'table', widths: [28, 72], rows });
const h2 = (text: string): Block => ({ type: 'heading', level: 2, runs: [t(text)] });

const INSTRUCTIONS = [
  '为了方便您参加诉讼，保护您的合法权利，请填写本表。',
  '1. 起诉时需向人民法院提交证明您身份的材料，如身份证复印件、营业执照复印件等。',
  '2. 本表所列内容是您提起诉讼以及人民法院查明案件事实所需，请务必如实填写。',
  '3. 本表有些内容可能与您的案件无关，您认为与案件无关的项目可以填“无”或不填；对于本表中勾选项可以在对应项打“√”；您认为另有重要内容需要列明的，可以另附页填写。',
  '4. 本表 word 电子版填写时，相关栏目可复制粘贴或扩容，但不得改变要素内容、格式设置。例如，多原告、多被告或多委托诉讼代理人等情况，可根据实际情况复制粘贴；需填写文字较多时，可根据实际对栏目进行扩容等。',
];
const WARNING = ['★特别提示★', '诉讼参加人应遵守诚信原则如实认真填写表格。', '如果诉讼参加人违反有关规定，虚假诉讼、恶意诉讼、滥用诉权，人民法院将视违法情形依法追究责任。'];
const MEDIATION = [
  '1. 立案后选择先行调解的，可以很快启动调解程序。如不同意调解，法院将依程序开庭审理案件，但可能需要经过较长一段时间的排期等待，且审理、执行周期相对较长。',
  '2. 选择先行调解，调解成功且自动履行的免交诉讼费用，申请司法确认的不交纳诉讼费用，要求出具调解书的减半交纳诉讼费用。',
  '3. 首次调解不成功，但仍有继续调解意愿的，可以选择更换调解组织和调解员再进行调解。调解无法达成一致意见的，法院将依程序排期开庭。',
  '4. 依照法律规定，调解具有保密性要求，调解过程不公开，调解协议未经当事人同意不得公开。',
  '5. 调解达成的协议具有法律效力，可以依照法律规定申请司法确认，具有强制执行效力。',
];

function numbered(items: ClaimItem[]): Run[][] {
  return items.map((it, i) => [t(`${i + 1}. `), ...it.runs, t(i === items.length - 1 ? '。' : '；')]);
}

function partiesSection(d: CaseData): Block[] {
  const rows: Cell[][] = [];
  const ps = orderedParties(d.c);
  for (const p of ps.filter((x) => x.role === 'plaintiff')) rows.push(elementPartyRow(d.c, p, d.uri));
  rows.push(elementAgentRow(d.c.agents));
  for (const p of ps.filter((x) => x.role !== 'plaintiff')) rows.push(elementPartyRow(d.c, p, d.uri));
  return [h2('当事人信息'), table(rows)];
}

function claimsSection(d: CaseData, items: ClaimItem[]): Block[] {
  const through = date(d.report.interestThrough);
  const fin = causeOf(d) !== '民间借贷纠纷'; // the 金融借款 form's row 2 (financial-loan-form.ts)
  const has = (k: string) => d.c.claims.some((c) => c.kind === k);
  const interestClaim = d.c.claims.find((c) => c.kind === 'interest');
  const continuing = !!interestClaim && interestClaim.kind === 'interest' && (!interestClaim.until || interestClaim.until.value === 'paid');
  const rates = d.loans.flatMap(({ r }) => r?.schedule ?? []);
  const method = rates.length
    ? [t(`按附件《利息计算表》分段计算，共${rates.length}段，每段利息＝基数×年利率×天数÷${d.loans.some(({ loan }) => loan.daycount === 360) ? 360 : 365}（首尾两日均计入）`)]
    : [blank()];
  const guarantee = items.filter((i) => i.kind === 'guarantee');
  const fees = items.filter((i) => i.kind === 'fees');
  const other = items.filter((i) => i.kind === 'other' || i.kind === 'penalty');
  const allDue = d.loans.every(({ loan, r }) => {
    const written = loan.installments.length ? loan.installments.map((i) => i.date.value).sort().pop() : loan.due?.value;
    const due = written === 'on-demand' ? r?.dueDate ?? undefined : written;
    return !!r && due !== undefined && due < d.report.asOf;
  });
  const rows: Cell[][] = [
    wide([[t('（可完整表述诉讼请求；为方便、准确梳理要点，相关内容请在下方要素式表格中填写）')], ...numbered(items)]),
    row('1. 本金', [[t(`截至${through}止，尚欠本金`), t(has('principal') ? money(sum(d.loans.map(({ r }) => r?.outstanding.principal ?? '0'))) : '无'), t('（人民币，下同；如外币需特别注明）')]]),
    row(fin ? '2. 利息（期内利息、复利、罚息）' : '2. 利息', [
      fin ? financialInterestLine(d, through, !!interestClaim)
        : [t(`截至${through}止，尚欠利息`), t(interestClaim ? money(sum(d.loans.flatMap(({ r }) => (r ? [r.outstanding.interest, r.outstanding.fees] : [])))) : '无'), t('；')],
      [t('计算方式：'), ...method],
      [t('是否请求支付至实际清偿之日止：'), box('是', continuing), t('　'), box('否', !!interestClaim && !continuing)],
    ]),
    row('3. 是否要求提前还款或解除合同', [
      [box('是', false), t('　'), box('提前还款（加速到期）', false), t(' / '), box('解除合同', false)],
      [box('否', allDue)],
    ]),
    row('4. 是否主张担保权利', [[box('是', guarantee.length > 0), t('　内容：'), ...(guarantee.length ? guarantee.flatMap((g) => g.runs) : [blank()])], [box('否', guarantee.length === 0)]]),
    row('5. 是否主张实现债权的费用', [[box('是', fees.length > 0), t('　明细：'), ...(fees.length ? fees.flatMap((g) => g.runs) : [blank()])], [box('否', fees.length === 0)]]),
    row('6. 是否主张诉讼费用', [[box('是', has('costs')), t('　'), box('否', !has('costs'))]]),
    row('7. 其他请求', other.length ? other.map((o) => o.runs) : [[t('无')]]),
    row('8. 标的总额', [[t(`${money(d.report.claimAmount)}（大写：${moneyUpper(d.report.claimAmount)}）`)]]),
  ];
  return [h2('诉讼请求'), table(rows)];
}

/**
 * 约定管辖和诉前保全, from what the case file records (spec §7.3; `约定管辖`, `保全 诉前`). The file is the lawyer's
 * record of the case: no clause and no pre-suit preservation written means 无 / 否 (docs/conventions.md).
 */
function jurisdictionSection(d: CaseData): Block[] {
  const clause = d.c.jurisdictionClause;
  const preSuit = d.c.preservations.find((p) => p.stage.value === 'pre-suit');
  const when = preSuit?.ruled ?? preSuit?.applied;
  return [h2('约定管辖和诉前保全'), table([
    row('1. 有无仲裁、法院管辖约定', [
      [box('有', !!clause, clause?.range), t('　合同条款及内容：'), ...(clause ? [t(`约定由${clause.value}管辖`, clause.range)] : [])],
      [box('无', !clause)],
    ]),
    row('2. 是否已经诉前保全', [
      [box('是', !!preSuit, preSuit?.stage.range), t('　保全法院：'), ...(preSuit ? [blank()] : []), t('　保全时间：'), ...(when ? [t(date(when.value), when.range)] : preSuit ? [blank()] : [])],
      [t('　保全案号：'), ...(preSuit ? [blank()] : [])], [box('否', !preSuit)],
      [t('（如申请诉讼保全，请另行提交诉讼保全申请及相关材料）')],
    ]),
  ])];
}

function factsSection(d: CaseData): Block[] {
  // A licensed lender's complaint follows the 金融借款合同纠纷 form's labels (docs/conventions.md).
  const fin = causeOf(d) !== '民间借贷纠纷';
  const loans = d.loans.filter(({ r }) => r);
  const per = (f: (x: CaseData['loans'][number]) => Run[][]): Run[][] => loans.flatMap((x) => f(x));
  const tag = (name: string): Run[] => (loans.length > 1 ? [t(`${name}：`)] : []);
  const guarantors = d.c.loans.flatMap((l) => l.guarantors);
  const notes = d.c.notes;
  const rows: Cell[][] = [
    wide([[t('（可完整表述纠纷涉及的事实与理由；为方便、准确梳理要点，相关内容请在下方要素式表格中填写）')], ...factsProse(d)]),
    row('1. 合同签订情况（名称、编号、签订时间、地点等）', per(({ loan }) => [[...tag(loan.name),
      t('名称：'), ...(loan.signedProofs.length || loan.proofs.length ? [t(names([...loan.signedProofs, ...loan.proofs]))] : [blank()]),
      t('；签订时间：'), loan.signed ? t(date(loan.signed.value), loan.signed.range) : blank(), t('；地点：'), blank()]])),
    row(fin ? '2. 合同主体' : '2. 签订主体', [[t(fin ? '贷款人：' : '出借人：'), t(names(loans.flatMap(({ loan }) => (loan.lender ? [loan.lender] : []))) || '＿＿＿＿')],
      [t('借款人：'), t([...new Set(loans.flatMap(({ loan }) => borrowerNames(loan)))].join('、') || '＿＿＿＿')]]),
    row('3. 借款金额', per(({ loan, r }) => {
      const methods = new Set(loan.deliveries.map((x) => x.method?.value));
      const others = [...methods].filter((m) => m && m !== 'cash' && m !== 'transfer');
      return [
        [...tag(loan.name), t('约定：'), loan.amount ? t(money(loan.amount.value), loan.amount.range) : blank()],
        [t(fin ? '实际发放：' : '实际提供：'), t(money(r.principal))],
        // The 金融借款 form has no 提供方式 line.
        ...(fin ? [] : [[t('提供方式：'), box('现金', methods.has('cash')), t('　'), box('转账', methods.has('transfer')), t('　其他：'),
          others.length ? t(others.map((m) => ({ wechat: '微信转账', alipay: '支付宝转账', bill: '票据', other: '其他' } as Record<string, string>)[m!]).join('、')) : blank()]]),
      ];
    })),
    row('4. 借款期限', per(({ loan, r }) => {
      const written = loan.installments.length ? loan.installments.map((i) => i.date.value).sort().pop() : loan.due?.value;
      // A loan with no term falls due at the end of the time the demand gave (民法典第675条): the report's dueDate.
      const due = written === 'on-demand' ? r.dueDate ?? undefined : written;
      const isDue = due !== undefined && due < d.report.asOf;
      const start = loan.deliveries.map((x) => x.date.value).sort()[0] ?? loan.signed?.value;
      return [
        [...tag(loan.name), t('是否到期：'), box('是', isDue), t('　'), box('否', due !== undefined && !isDue)],
        written === 'on-demand'
          ? [t('约定期限：未约定还款期限'), t(due ? `，经催告于${date(due)}到期（民法典第六百七十五条）` : '', loan.due?.range)]
          : [t('约定期限：'), start ? t(date(start)) : blank(), t('起至'), due ? t(date(due), loan.due?.range) : blank(), t('止')],
      ];
    })),
    row('5. 借款利率', per(({ loan }) => fin ? financialRateLines(loan, tag(loan.name)) : (() => {
      const iv = loan.interest?.value;
      const agreed = iv && typeof iv !== 'string' ? iv : undefined;
      const unit = agreed ? { year: '年', month: '月', day: '日' }[agreed.period] : undefined;
      return [[...tag(loan.name), box('利率', !!agreed, loan.interest?.range), t('　'),
        agreed ? t(agreed.lpr ? rateAsWritten(agreed) : `${agreed.value.toString()}%/${unit}`, loan.interest?.range) : blank(), t('（合同条款：第'), blank(), t('条）'),
        ...(loan.overdueInterest ? [t(`；逾期利率${rateAsWritten(loan.overdueInterest.value)}`, loan.overdueInterest.range)] : [])]];
    })())),
    row('6. 借款提供时间', per(({ loan }) => loan.deliveries.map((x) => [...tag(loan.name), t(date(x.date.value), x.date.range), t('，'), t(money(x.amount.value), x.amount.range)]))),
    row('7. 还款方式', per(({ loan }) => {
      // How interest is paid is not recorded: the four boxes stay for the lawyer; 其他 states what the file records.
      const other = loan.installments.length ? `分${loan.installments.length}期还款（${loan.installments.map((i) => `${date(i.date.value)}还款${money(i.amount.value)}`).join('，')}）`
        : loan.due?.value === 'on-demand' ? '未约定还款期限' : '';
      return [
        ...(fin ? [[...tag(loan.name), box('等额本息', false), t('　'), box('等额本金', false)]] : []),
        [...(fin ? [] : tag(loan.name)), box('到期一次性还本付息', false)],
        [box('按月计息、到期一次性还本', false), t('　'), box('按季计息、到期一次性还本', false), t('　'), box('按年计息、到期一次性还本', false), t('　其他：'), other ? t(other) : blank()],
      ];
    })),
    row('8. 还款情况', [[t('已还本金：'), t(money(sum(loans.map(({ r }) => r.paid.principal))))],
      // Interest paid includes what the 2015 rules keep as paid between 24 % and 36 % (naturalObligation, spec §8.6).
      [t('已还利息：'), t(money(sum(loans.flatMap(({ r }) => [r.paid.interest, r.naturalObligation])))), t('，还息至'), blank()]]),
    row('9. 是否存在逾期还款', per(({ loan, r }) => {
      const overdue = r.schedule.filter((x) => x.kind === 'overdue');
      return overdue.length
        ? [[...tag(loan.name), box('是', true), t(`　逾期时间：${date(overdue[0].from)}起　至今已逾期${overdue.reduce((s, x) => s + x.days, 0)}天（计至${date(d.report.interestThrough)}）`)], [box('否', false)]]
        : [[...tag(loan.name), box('是', false), t('　逾期时间：'), blank()], [box('否', true)]];
    })),
    // The case language records no 抵押/质押: 否, and the rows that depend on it stay empty.
    row('10. 是否签订物的担保（抵押、质押）合同', [[box('是', false), t('　签订时间：')], [box('否', true)]]),
    row('11. 担保人、担保物', [[t('担保人：'), t(guarantors.length ? names(guarantors.map((g) => g.party)) : '无')], [t('担保物：无')]]),
    row('12. 是否最高额担保（抵押、质押）', [[box('是', false), t('　'), box('否', true)], [t('担保债权的确定时间：')], [t('担保额度：')]]),
    row('13. 是否办理抵押、质押登记', [[box('是', false), t('　'), box('正式登记', false), t('　'), box('预告登记', false)], [box('否', true)]]),
    ...(fin ? financialGuaranteeRows(guarantors) : [row('14. 是否签订保证合同', guarantors.length ? guarantors.flatMap((g) => [
      [box('是', true), t('　签订时间：'), blank(), t('　保证人：'), t(g.party.name, g.party.range)],
      [t('　主要内容：'), g.until ? t(`保证期间至${date(g.until.value)}`, g.until.range) : blank()],
      [t('　保证方式：'), box('一般保证', g.type === 'general', g.range), t('　'), box('连带责任保证', g.type === 'joint', g.range)],
    ]).concat([[box('否', false)]]) : [[box('是', false)], [box('否', true)]])]),
    row('15. 其他担保方式', [[box('是', false), t('　形式：'), t('　签订时间：')], [box('否', true)]]),
    row('16. 其他需要说明的内容（可另附页）', notes.length ? notes.map((n) => [t(n.value, n.range)]) : [[blank()]]),
    row('17. 请求依据', [[t('合同约定：'), ...(loans.some(({ loan }) => loan.interest || loan.due) ? [t('借款金额、借款期限及利率的约定（见事实与理由）')] : [blank()])],
      [t('法律规定：'), t(legalBasis(d).replace(/^综上，根据/, '').replace(/之规定，.*$/, ''))]]),
    row('18. 证据清单（可另附页）', [d.c.evidence.length ? [t(`见附页《证据清单》（共${d.c.evidence.length}项）`)] : [blank()]]),
  ];
  // The 金融借款 form: its last four rows are 16 其他担保方式, 17 请求承担责任的依据, 18 其他需要说明, 19 证据清单.
  if (fin) {
    const [other, notesRow, basis, list] = rows.splice(-4);
    [other, basis, notesRow, list].forEach((r, k) => { rows.push([{ lines: [[t(FINANCIAL_TAIL_LABELS[k])]] }, r[1]]); });
  }
  return [h2('事实与理由'), table(rows)];
}

function mediationSection(): Block[] {
  const both = (): Run[] => [box('了解', false), t('　'), box('不了解', false)];
  return [h2('对纠纷解决方式的意愿'), table([
    row('是否了解调解作为非诉讼纠纷解决方式，能及时、高效、低成本、不伤和气地解决纠纷', [both()]),
    row('是否了解先行调解解决纠纷的好处', MEDIATION.flatMap((m) => [[t(m)], both()])),
    row('是否考虑先行调解', [[box('是', false), t('　'), box('否', false)], [box('暂不确定，想要了解更多内容', false)]]),
  ])];
}

export function elementComplaint(d: CaseData): Block[] {
  const items = claimItems(d);
  const filing = d.c.filing;
  return [
    { type: 'heading', level: 1, runs: [t('民事起诉状')] },
    { type: 'paragraph', align: 'center', runs: [t(`（${causeOf(d)}）`)] },
    { type: 'paragraph', note: true, runs: [{ text: '说明：', bold: true }] },
    ...INSTRUCTIONS.map((s): Block => ({ type: 'paragraph', note: true, runs: [t(s)] })),
    ...WARNING.map((s, i): Block => ({ type: 'paragraph', note: true, runs: [{ text: s, bold: i === 0 }] })),
    ...partiesSection(d),
    ...claimsSection(d, items),
    ...jurisdictionSection(d),
    ...factsSection(d),
    ...mediationSection(),
    { type: 'signature', lines: [[t('具状人（签字、盖章）：'), blank()], [t('日期：'), filing ? t(date(filing.value), filing.range) : t('　　年　　月　　日')]] },
    ...(d.c.evidence.length ? [{ type: 'page-break' } as Block, h2('证据清单'), evidenceTable(d)] : []),
    { type: 'page-break' },
    h2('附件：利息计算表'),
    ...scheduleBlocks(d),
  ];
}

