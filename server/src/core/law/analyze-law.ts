/**
 * The law engine for a whole file: per case, its as-of date, then per loan interest (interest.ts),
 * limitation (limitation.ts) and their checks, then evidence, claim amount, court fees and procedure.
 * Produces the `cases` of the JSON report (spec §6): money and rates as strings with two decimals.
 */
import { DebtDiagnostic, Locale } from '../diagnostics/types';
import { Case, DebtFile, Loan } from '../model/types';
import { Settings } from '../settings';
import { addDays, IsoDate } from '../text/dates';
import { LawContext } from './context';
import { computeInterest, LoanInterest } from './interest';
import { checkInterest } from './interest-checks';
import { assessLimitation, LimitationReport } from './limitation';
import { checkEvidence } from './evidence';
import { checkProcedure } from './procedure';
import { assessPaymentOrder, checkPaymentOrder, PaymentOrderReport, paymentOrderAmount } from './payment-order';
import { assessPreservations, PreservationReport } from './preservation';
import { claimsAsOf } from './preservation-as-of';
import { assessJudgment, JudgmentReport } from './judgment';
import { assessJurisdiction, JurisdictionReport } from './jurisdiction';
import { checkCollectionConduct } from './collection-conduct';
import { checkPartyFields } from './party-fields';
import { courtFee, preservationFee } from './fees';
import { LprTable, lprTableFor } from './lpr';
import { fixed2, maxDec, ZERO } from './money';
import { accruedThrough, claimAmount as computeClaimAmount } from './claim-amount';
import { pleadedInterestAmount, pleadsInterest } from './pleaded-claims';
import { CaseLawCache } from './case-cache';
import { caseSide, CREDITOR_ADVICE, Side } from './side';
import { diag } from '../diagnostics/catalogue';
import { assessDefences, DefenceGround, groundCitations } from './defences';
import { checkUnlawfulCollection, UnlawfulCollection, unlawfulCollections } from './unlawful-collection';
import { debtorsOf, DebtorReport, tiesOf } from './obligations';
import { checkObligations } from './obligations-checks';
import { checkLicensedCap } from './licensed-cap';
import { roundedYuan, RoundedYuan } from './fee-rounding';
import { checkOverpaid, checkPlaceholderCourt } from './silent-dangers';
import { effectiveLoan } from './installment-plan';
import { checkFixedInterest, checkPleaded, NO_PLEADED, pleadedLoanReport } from './pleaded-report';
import { pushAll } from '../lists';

export interface LawOptions {
  locale: Locale; settings: Settings; asOf?: IsoDate; today: IsoDate;
  /** Reuse the analysis of unchanged cases (the language server keeps one per file); `text` is the file's text. */
  cache?: { cases: CaseLawCache; text: string };
  /** Internal: this analysis gives a preservation application's figures as of its day (no further such analyses). */
  forPreservation?: boolean;
}
/** One loan of the JSON report (spec §6): money and rates as strings with two decimals. */
export type LoanReport = ReturnType<typeof loanReport>;
/** One case of the JSON report (spec §6). Every figure a document, hover or hint shows is read from here. */
export interface CaseReport {
  name: string;
  asOf: IsoDate;
  interestThrough: IsoDate;
  loans: LoanReport[];
  claimAmount: string;
  courtFee: {
    ordinary: string; simplified: string; paymentOrder: string; exact: string; preservation: string;
    /** Spec §8.6: the full fee rounded half-up to whole yuan, then halved for 简易程序 (fee-rounding.ts). */
    roundedYuan: RoundedYuan;
  };
  /**
   * A payment-order application (rules.md §15): what it may claim — principal only for a loan whose documents agree no
   * interest, late interest or 违约金 (民诉法解释第428条) — and its fee, a third of the acceptance fee on that amount.
   */
  paymentOrderApplication: { amount: string; fee: string };
  /** The case's 支付令 application (`催收 … 支付令 送达 DATE`): objection deadline and enforcement window; null without one. */
  paymentOrder: PaymentOrderReport | null;
  /** One per `保全` item, in file order (spec §7.3): stage, amount, fee, suit deadline of a pre-suit application. */
  preservation: PreservationReport[];
  /** The case's (first) `判决` (spec §7.4): enforcement deadline, delay interest rows, enforcement fee; null without one. */
  judgment: JudgmentReport | null;
  /** The permitted courts (rules.md §16) and whether the chosen court is among them. */
  jurisdiction: JurisdictionReport;
  conventions: string[];
  /** Whom the lawyer acts for (spec §8.4, law/side.ts); `sideExplicit` false: no agent says, the creditor assumed. */
  side: Side;
  sideExplicit: boolean;
  /** The defences the findings support (law/defences.ts): the grounds of a 答辩状 / 支付令异议书. */
  defences: DefenceGround[];
  /** `催收` items on unlawful channels or too often (law/unlawful-collection.ts): the record of a collection complaint. */
  unlawfulCollection: Omit<UnlawfulCollection, 'uri' | 'range'>[];
  /** Spec §8.1: every party who owes, loan by loan, with liability and amounts (law/obligations.ts). */
  debtors: DebtorReport[];
}

/** The method of the interest schedule, in Chinese: the 利息计算表 states it under every UI language. */
export const SCHEDULE_METHOD_ZH = [
  '计息天数按实际天数，首尾两日均计入；日利息 = 本金 × 年利率 ÷ 计息基数（365，合同约定时为360）',
  '每一计息段四舍五入至分，合计为各段之和',
];

/** Conventions stated in every report, so a lawyer can redo the arithmetic (rules.md [UNCONFIRMED] points). */
function conventions(settings: Settings, locale: Locale): string[] {
  return locale === 'zh' ? [
    ...SCHEDULE_METHOD_ZH,
    '还款先抵充实现债权的费用，再抵充利息，最后抵充本金（民法典第561条），另有约定的从其约定',
    '逾期利息自到期日次日起算；未约定期限的，自首次催收所给期限（限期）届满次日起算，期限自送达之日（未写送达的，自催收之日）起算；催收未写明期限的，按默认宽限期' + settings.onDemandGraceDays + '日（待确认）',
    '催收自送达债务人之日起中断诉讼时效（时效规定第8条）；写明 送达 日期的，以该日为中断日',
    '诉讼时效自到期日起算三年，末日为法定休假日的顺延至休假日结束的次日（民法典第188条、第203条）',
    '诉讼费以起诉前一日为截止计算的本金、利息、违约金及其他费用之和为标的额；起诉后的利息不计入',
    '分期还款的，每期本金自该期还款日次日起计逾期利息；还款抵充本金时先抵充最早一期',
    '既未约定借期内利率也未约定逾期利率的，逾期利息按' + (settings.overdueLprDate === 'filing' ? '起诉时' : '逾期第一日') + '的一年期LPR计算；2020年8月20日前成立的合同，此前部分按年利率6%（待确认）',
    '利息约定不明且非自然人之间借贷的，暂按合同成立时一年期LPR计算（待确认，需论证）',
    '固定金额的违约金、其他费用于逾期后计入，且仅在逾期利息之外尚余的LPR四倍上限额度内计入（民间借贷规定第29条）',
  ] : [
    'Actual days, both ends included; daily interest = principal × annual rate ÷ day basis (365, or 360 when the contract says so)',
    'Each row rounded half-up to the fen; totals are sums of rows',
    'Payments go to costs, then interest, then principal (Civil Code Art. 561) unless agreed otherwise',
    `Overdue interest from the day after the due date; with no term, from the day after the deadline the first demand gave (counted from the day it was served, else from its date), or the default grace period of ${settings.onDemandGraceDays} days [unconfirmed] when it named none`,
    'A demand interrupts the limitation period on the day it reached the debtor (Limitation Provisions Art. 8): the served date when given',
    'Limitation: three years from the due date; a last day on a rest day moves to the day after the rest days (Civil Code Arts. 188, 203)',
    'Court fee on principal, interest, penalty and fees up to the day before filing; later interest is not included',
    'Instalments: each instalment\'s principal is overdue from the day after its date; repaid principal goes to the earliest instalment first',
    `Nothing agreed: overdue interest at the one-year LPR of ${settings.overdueLprDate === 'filing' ? 'the filing date' : 'the first overdue day'}; for contracts formed before 2020-08-20, 6% before that date [unconfirmed]`,
    'Interest unclear and not between natural persons: provisionally the one-year LPR at formation [unconfirmed, to be argued]',
    'Fixed-amount penalty and fees count once overdue, and only within the room that overdue interest leaves under 4 × LPR (Private Lending Provisions Art. 29)',
  ];
}

/**
 * `请求 利息 至 DATE` with a date before interestThrough: the unpaid interest (and rate-based fees) accrued through that
 * date — the same figure the claim amount counts (claim-amount.ts). Null when the claim runs to payment or later.
 */
function claimedInterestOf(c: Case, loan: Loan, li: LoanInterest, interestThrough: IsoDate): { until: IsoDate; amount: string } | null {
  const until = c.claims.flatMap((cl) => (cl.kind === 'interest' && cl.until && cl.until.value !== 'paid' ? [cl.until.value] : [])).sort().pop();
  if (!until || until >= interestThrough) return null;
  // With a 结算 (or a claim 按/自/a fixed sum) the claim is counted as pleaded, rolled interest left out — the same
  // figure the claim amount counts (claim-amount.ts → pleaded-claims.ts).
  if (pleadsInterest(c)) return { until, amount: fixed2(pleadedInterestAmount(c, loan, li, interestThrough)) };
  const accrued = accruedThrough(li.schedule, ['period', 'overdue'], until, loan.daycount);
  const fees = accruedThrough(li.schedule, ['fees'], until, loan.daycount);
  const amount = maxDec(accrued.minus(li.paid.interest), ZERO).plus(maxDec(fees.minus(li.paid.fees), ZERO));
  return { until, amount: fixed2(amount) };
}

function loanReport(name: string, li: LoanInterest, limitation: LimitationReport, claimedInterest: { until: IsoDate; amount: string } | null = null,
  pleaded = NO_PLEADED) {
  return {
    /** Spec §8.3: the instalments of a 分期 plan, the 结算 applied, the interest claims as pleaded (each null without). */
    ...pleaded,
    name,
    /** `请求 利息 至 DATE` before interestThrough: interest claimed through that date (else null). */
    claimedInterest,
    principal: fixed2(li.principal),
    formation: li.formation ?? null,
    capRate: li.regime && !li.regime.licensed ? fixed2(li.regime.capRate) : null,
    // A licensed lender's loan is outside 民间借贷规定 (spec §7.1): no cap, rates as agreed.
    regime: li.regime?.licensed ? 'licensed-lender' as const : 'private-lending' as const,
    dueDate: li.dueDate ?? null,
    /** How each repayment was applied (民法典第561条, or as agreed first on the same day). */
    allocations: li.allocations.map((a) => ({
      date: a.repayment.date.value, amount: fixed2(a.repayment.amount.value), fees: fixed2(a.fees), interest: fixed2(a.interest),
      principal: fixed2(a.principal), penalty: fixed2(a.penalty), overpaid: fixed2(a.overpaid), aboveCap: fixed2(a.aboveCap),
      naturalObligation: fixed2(a.naturalObligation),
    })),
    schedule: li.schedule.map((r) => ({
      from: r.from, to: r.to, days: r.days, base: fixed2(r.base), rate: fixed2(r.rate), kind: r.kind, interest: fixed2(r.interest),
      // Spec §8.3: an LPR multiple is applied exactly (3.65 × 1.5 = 5.475); the rate the row was computed with, when `rate` rounds it.
      ...(r.rate.decimalPlaces() > 2 ? { exactRate: r.rate.toString() } : {}),
    })),
    paid: { fees: fixed2(li.paid.fees), interest: fixed2(li.paid.interest), principal: fixed2(li.paid.principal), penalty: fixed2(li.paid.penalty) },
    outstanding: {
      principal: fixed2(li.outstanding.principal), interest: fixed2(li.outstanding.interest),
      penalty: fixed2(li.outstanding.penalty), fees: fixed2(li.outstanding.fees),
    },
    continuing: li.continuing ? {
      from: li.continuing.from, base: fixed2(li.continuing.base), rate: fixed2(li.continuing.rate), daily: fixed2(li.continuing.daily),
      ...(li.continuing.rate.decimalPlaces() > 2 ? { exactRate: li.continuing.rate.toString() } : {}),
    } : null,
    overdueBasis: li.overdueBasis,
    overpaid: fixed2(li.overpaid),
    /** Interest paid between 24 % and 36 % for periods before 2020-08-20 (2015 rules): kept by the lender, not principal. */
    naturalObligation: fixed2(li.naturalObligation),
    limitation,
  };
}

export function analyzeCase(c: Case, uri: string, options: LawOptions, lpr: LprTable): { report: CaseReport; diagnostics: DebtDiagnostic[] } {
  const asOf = options.asOf ?? c.filing?.value ?? options.today;
  const ctx: LawContext = { uri, locale: options.locale, settings: options.settings, asOf, interestThrough: addDays(asOf, -1) };
  const diagnostics: DebtDiagnostic[] = [];
  const loans: LoanInterest[] = [];
  const loanReports = [];
  for (const written of c.loans) {
    // Spec §8.3: the loan with its 分期 plan generated and 宣布到期 applied (the same object when it has neither).
    const eff = effectiveLoan(c, written, lpr);
    const loan = eff.loan;
    const li = computeInterest(c, loan, { asOf, interestThrough: ctx.interestThrough, settings: options.settings, lpr });
    loans.push(li);
    pushAll(diagnostics, checkInterest(c, loan, li, lpr, ctx));
    pushAll(diagnostics, checkLicensedCap(c, loan, li, lpr, ctx));
    pushAll(diagnostics, checkOverpaid(li, ctx));
    const lim = assessLimitation(c, loan, ctx);
    pushAll(diagnostics, lim.diagnostics);
    pushAll(diagnostics, checkPleaded(c, eff, li, lpr, ctx));
    loanReports.push(loanReport(loan.name, li, lim.limitation, claimedInterestOf(c, loan, li, ctx.interestThrough),
      pleadedLoanReport(c, eff, li, ctx.interestThrough)));
  }
  pushAll(diagnostics, checkFixedInterest(c, loans, ctx));
  pushAll(diagnostics, checkEvidence(c, ctx));
  const claimAmount = computeClaimAmount(c, c.loans.map((loan, i) => ({ loan, li: loans[i] })), ctx.interestThrough);
  const fee = courtFee(claimAmount);
  pushAll(diagnostics, checkProcedure(c, ctx, loans, claimAmount, !!(options.asOf ?? c.filing), options.today));
  const pairs = c.loans.map((loan, i) => ({ loan, li: loans[i] }));
  const poAmount = paymentOrderAmount(c, pairs, ctx.interestThrough);
  diagnostics.push(...checkPaymentOrder(c, ctx, pairs, loanReports.some((l) => l.limitation.status === 'lapsed'), poAmount));
  pushAll(diagnostics, checkPartyFields(c, ctx.locale));
  pushAll(diagnostics, checkPlaceholderCourt(c, ctx));
  const po = assessPaymentOrder(c, ctx);
  // A `保全 … 申请 DATE` is stated as of its day: the same engine, asked with that as-of date (preservation-as-of.ts).
  const preservation = assessPreservations(c, claimAmount, ctx, options.forPreservation ? undefined
    : claimsAsOf(asOf, (day) => analyzeCase(c, uri, { locale: options.locale, settings: options.settings, today: options.today, asOf: day, forPreservation: true }, lpr).report));
  const judgment = c.judgments.length ? assessJudgment(c.judgments[0], ctx, c.parties) : undefined;
  const jurisdiction = assessJurisdiction(c, ctx);
  diagnostics.push(...po.diagnostics, ...preservation.diagnostics, ...(judgment?.diagnostics ?? []), ...jurisdiction.diagnostics,
    ...checkCollectionConduct(c, ctx));
  const side = caseSide(c);
  const lrs: LoanReport[] = loanReports;
  const found = assessDefences(c, c.loans.map((loan, i) => ({ loan, li: loans[i], limitation: lrs[i].limitation, outstandingInterest: lrs[i].outstanding.interest })),
    jurisdiction.report, asOf, ctx.interestThrough, tiesOf(c, loanReports));
  if (side.side === 'debtor') for (const f of found) diagnostics.push(diag('DEBT642', f.ground, f.at, ctx.locale, { citations: groundCitations(f.ground) }));
  const unlawful = unlawfulCollections(c);
  diagnostics.push(...checkUnlawfulCollection(unlawful, side.side, found.some((f) => f.ground.kind === 'rate-cap' || f.ground.kind === 'deducted'), ctx));
  const ties = tiesOf(c, loanReports);
  diagnostics.push(...checkObligations(c, ties, ctx));
  if (side.side === 'debtor') for (let i = diagnostics.length - 1; i >= 0; i--) if (CREDITOR_ADVICE.has(diagnostics[i].code)) diagnostics.splice(i, 1);
  const report: CaseReport = {
    name: c.name,
    asOf,
    interestThrough: ctx.interestThrough,
    loans: loanReports,
    claimAmount: fixed2(claimAmount),
    courtFee: {
      ordinary: fixed2(fee.ordinary), simplified: fixed2(fee.simplified), paymentOrder: fixed2(fee.paymentOrder),
      exact: fee.exact.toString(), preservation: fixed2(preservationFee(claimAmount)), roundedYuan: roundedYuan(fee.exact),
    },
    paymentOrderApplication: { amount: fixed2(poAmount), fee: fixed2(courtFee(poAmount).paymentOrder) },
    paymentOrder: po.report,
    preservation: preservation.reports,
    judgment: judgment?.report ?? null,
    jurisdiction: jurisdiction.report,
    conventions: conventions(options.settings, options.locale),
    side: side.side,
    sideExplicit: side.explicit,
    defences: found.map((f) => f.ground),
    unlawfulCollection: unlawful.map(({ uri: _u, range: _r, ...u }) => u),
    debtors: debtorsOf(c, ties),
  };
  return { report, diagnostics };
}

export function analyzeLaw(file: DebtFile, options: LawOptions): { cases: CaseReport[]; diagnostics: DebtDiagnostic[] } {
  const lpr = lprTableFor(options.settings.extraLpr);
  const cases: CaseReport[] = [];
  const diagnostics: DebtDiagnostic[] = [];
  const cache = options.cache;
  const context = cache && JSON.stringify([file.uri, options.locale, options.asOf, options.today, options.settings]);
  for (const c of file.cases) {
    const key = cache ? cache.cases.keyOf(cache.text, c, context!) : undefined;
    let r = key ? cache!.cases.get(key, c, file.uri) : undefined;
    if (!r) {
      r = analyzeCase(c, file.uri, options, lpr);
      if (key) cache!.cases.set(key, c, file.uri, r);
    }
    cases.push(r.report);
    pushAll(diagnostics, r.diagnostics);
  }
  cache?.cases.endRun();
  return { cases, diagnostics };
}

