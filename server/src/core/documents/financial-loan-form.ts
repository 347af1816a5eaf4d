/**
 * The rows in which the 2025 要素式 民事起诉状（金融借款合同纠纷） differs from the 民间借贷 form, for a licensed lender's
 * complaint (case-cause.ts). Labels and sub-rows copied from the official DOCX (法〔2025〕82号, 上册 8.金融借款合同纠纷,
 * 民事起诉状（金融借款合同纠纷）.docx, sha256 948cdedb…, as committed unchanged in cat-xierluo/legal-skills
 * templates/08-金融借款合同纠纷-民事起诉状/word/document.xml). A box is ticked and a figure written only from what the
 * case file records: the language records no 逾期上浮 and no 复利, so those boxes stay unticked with blanks; `逾期利率`
 * (the rate on overdue money, a bank's 罚息) and `违约金` go under 「罚息（违约金）」 (docs/conventions.md).
 */
import Decimal from 'decimal.js';
import { Guarantor, Loan, Rate } from '../model/types';
import { CaseData, sum } from './case-data';
import { rateAsWritten } from './facts';
import { blank, box, date, money, t } from './format';
import { Cell, Run } from './types';

const UNIT: Record<Rate['period'], string> = { year: '年', month: '月', day: '日' };

/** 「18%/年」 as the form writes a rate; an LPR rate as the documents state it (「一年期贷款市场报价利率的1.5倍」). */
function formRate(r: Rate): string {
  return r.lpr ? rateAsWritten(r) : `${r.value.toString()}%/${UNIT[r.period]}`;
}

const clause = (): Run[] => [t('（合同条款：第'), blank(), t('条）')];

/** Row 5 借款利率: 利率 / 逾期上浮 / 复利 / 罚息（违约金）, each with its contract clause (a blank: clauses are not recorded). */
export function financialRateLines(loan: Loan, tag: Run[]): Run[][] {
  const iv = loan.interest?.value;
  const agreed = iv && typeof iv !== 'string' ? iv : undefined;
  const overdue = loan.overdueInterest;
  const penalty = loan.penalty;
  const pv = penalty?.value;
  const penaltyText = pv === undefined ? '' : `违约金${Decimal.isDecimal(pv) ? money(pv) : formRate(pv)}`;
  const late: Run[] = [
    ...(overdue ? [t(`${penalty ? '罚息' : ''}${formRate(overdue.value)}`, overdue.range)] : []),
    ...(overdue && penalty ? [t('、')] : []),
    ...(penalty ? [t(penaltyText, penalty.range)] : []),
  ];
  return [
    [...tag, box('利率', !!agreed, loan.interest?.range), t('　'), agreed ? t(formRate(agreed), loan.interest?.range) : blank(), ...clause()],
    [box('逾期上浮', false), t('　'), blank(), t('%/年'), ...clause()],
    [box('复利', false), t('　'), ...clause()],
    [box('罚息（违约金）', late.length > 0), t('　'), ...(late.length ? late : [blank(), t('%/年')]), ...clause()],
  ];
}

/** Rows 14 是否签订保证合同 / 保函 and 15 保证方式 (the 民间借贷 form has one row for both). */
export function financialGuaranteeRows(guarantors: Guarantor[]): Cell[][] {
  const row = (label: string, lines: Run[][]): Cell[] => [{ lines: [[t(label)]] }, { lines }];
  if (!guarantors.length) {
    return [
      row('14. 是否签订保证合同 / 保函', [[box('是', false), t('　签订时间：'), t('　保证人：')], [t('　主要内容：')], [box('否', true)]]),
      row('15. 保证方式', [[box('一般保证', false)], [box('连带责任保证', false)]]),
    ];
  }
  const many = guarantors.length > 1;
  return [
    row('14. 是否签订保证合同 / 保函', guarantors.flatMap((g) => [
      [box('是', true), t('　签订时间：'), blank(), t('　保证人：'), t(g.party.name, g.party.range)],
      [t('　主要内容：'), g.until ? t(`保证期间至${date(g.until.value)}`, g.until.range) : blank()],
    ]).concat([[box('否', false)]])),
    row('15. 保证方式', guarantors.flatMap((g) => [
      [...(many ? [t(`${g.party.name}：`)] : []), box('一般保证', g.type === 'general', g.range)],
      [box('连带责任保证', g.type === 'joint', g.range)],
    ])),
  ];
}

/** The labels of rows 16–19 of the 金融借款 form (the 民间借贷 form's 15–18). */
export const FINANCIAL_TAIL_LABELS = ['16. 其他担保方式', '17. 请求承担责任的依据', '18. 其他需要说明的内容（可另附页）', '19. 证据清单（可另附页）'];

/**
 * 诉讼请求 row 2 of the 金融借款 form, first line: 「截至…止，欠利息…元、期内利息…元、复利…元、罚息（违约金）…元；」. 欠利息 is the
 * report's outstanding interest (with rate-based fees), as in the 民间借贷 row. 复利: the file records none and the case
 * claims none (无). 期内利息 and 罚息 are the schedule's period and overdue rows only where those stated rows add up to what
 * is outstanding (nothing paid against interest, no fees or 违约金 outstanding); otherwise the report does not say how the
 * outstanding interest divides, and they are blanks for the lawyer (the 利息计算表 shows the rows).
 */
export function financialInterestLine(d: CaseData, through: string, claimed: boolean): Run[] {
  if (!claimed) return [t(`截至${through}止，欠利息无；`)];
  const reports = d.loans.flatMap(({ r }) => (r ? [r] : []));
  const owed = sum(reports.flatMap((r) => [r.outstanding.interest, r.outstanding.fees]));
  const rows = (kind: string) => sum(reports.flatMap((r) => r.schedule.filter((x) => x.kind === kind).map((x) => x.interest)));
  const period = rows('period'), overdue = rows('overdue');
  const exact = reports.every((r) => sum([r.outstanding.fees, r.outstanding.penalty]).isZero()) && period.plus(overdue).equals(owed);
  const part = (v: typeof owed): Run => (exact ? t(money(v)) : blank());
  return [t(`截至${through}止，欠利息${money(owed)}、期内利息`), part(period), ...(exact ? [] : [t('元')]), t('、复利无、罚息（违约金）'), part(overdue), ...(exact ? [] : [t('元')]), t('；')];
}
