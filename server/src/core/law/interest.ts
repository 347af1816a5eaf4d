/**
 * Lawful interest of one loan as schedule rows (spec §6, rules.md §4–§7, §11).
 *
 * Conventions (stated in the report's `conventions`):
 * - a row covers from..to, both days included; interest = base × annual rate × days / daycount, rounded
 *   half-up to 0.01 per row; totals are sums of rounded rows;
 * - each delivery accrues from its own date; the period phase runs through the due date, overdue from the
 *   day after (instalments: each instalment's part from the day after its date);
 * - a repayment on day P settles what accrued through P − 1, in the order fees → interest → principal
 *   (民法典第561条) or as agreed (`冲抵`), then 违约金; the new principal accrues from P;
 * - repaid principal goes to the earliest instalment first;
 * - rows are split at every delivery, repayment, due date, cap change (2020-08-20 for older contracts) and at
 *   the end (interestThrough).
 */
import Decimal from 'decimal.js';
import { Case, Loan, Repayment } from '../model/types';
import { addDays, inclusiveDays, IsoDate } from '../text/dates';
import { Settings } from '../settings';
import { LprTable } from './lpr';
import { annualise } from './rates';
import { betweenNaturalPersons, formationDate, lenderInstitution, Regime, regimeFor, SPLIT_DATE } from './regime';
import { onDemandDue, OnDemandDue } from './on-demand';
import { maxDec, minDec, round2, ZERO } from './money';
import { naturalInterest, underOldRules } from './natural-obligation';
import { licensedRegime } from './licensed-regime';
import { floatingBreaks, isFloating, rateOn } from './floating-rate';
import { pleadedRate, pleadedRateOn } from './pleaded-claims';
import { applySettlement, SettlementResult, settlementsOf, shareOf } from './settlement';

export type RowKind = 'period' | 'overdue' | 'penalty' | 'fees';
export interface ScheduleRow { from: IsoDate; to: IsoDate; days: number; base: Decimal; rate: Decimal; kind: RowKind; interest: Decimal }
export interface Buckets { fees: Decimal; interest: Decimal; principal: Decimal; penalty: Decimal }

export interface LoanInterest {
  principal: Decimal;
  formation?: IsoDate;
  regime?: Regime;
  schedule: ScheduleRow[];
  paid: Buckets;
  outstanding: Buckets;
  /** Interest claimed from the as-of date until paid (至实际清偿之日止). */
  continuing?: { from: IsoDate; base: Decimal; rate: Decimal; daily: Decimal };
  /** Annualised agreed rates, for the cap diagnostics. */
  agreed: { period?: Decimal; overdue?: Decimal; penalty?: Decimal; fees?: Decimal };
  /** Interest the agreed period rate would add above the cap (not supported, 民间借贷规定第25条). */
  unsupportedPeriod: Decimal;
  /** Overdue-phase interest + 违约金 + fees above the combined cap (民间借贷规定第29条). */
  unsupportedOverdue: Decimal;
  /** How the overdue rate was chosen: 规定28 ¶1 (agreed), ¶2(一) (LPR), ¶2(二) (period rate). */
  overdueBasis: 'agreed' | 'lpr' | 'period';
  /** Effective due date of the whole principal, if any (on-demand: demand + grace). */
  dueDate?: IsoDate;
  /** Fixed-amount 违约金 / 其他费用 as agreed and the part claimable within the cap (民间借贷规定第29条). */
  fixedCharges: FixedCharge[];
  /** Repayments beyond everything owed on the loan (not allocated anywhere; reported, never dropped silently). */
  overpaid: Decimal;
  /** How each repayment through interestThrough was applied, in the order applied. */
  allocations: Allocation[];
  /** No term: the demand that fixed the due date, and whether the default grace period was used (spec §7.2). */
  onDemand?: OnDemandDue;
  /** Interest between 24 % and 36 % paid for periods before 2020-08-20 under the 2015 rules: kept, not principal (natural-obligation.ts). */
  naturalObligation: Decimal;
  /** `结算` applied to this loan (spec §8.3; 民间借贷规定第27条). */
  settlements?: SettlementResult[];
}

/**
 * One repayment as applied: to fees, interest, principal and 违约金 (民法典第561条 or as agreed), and what was left.
 * `aboveCap`: a payment the parties put to interest (`冲抵 利息`) that went partly to principal because the agreed
 * interest above the cap was not owed — the part so credited [rules.md §7.4, UNCONFIRMED practice].
 */
export interface Allocation { repayment: Repayment; fees: Decimal; interest: Decimal; principal: Decimal; penalty: Decimal; overpaid: Decimal; aboveCap: Decimal;
  /** Paid as interest between 24 % and 36 % for a period before 2020-08-20 (2015 rules): stays paid, not principal. */
  naturalObligation: Decimal }

export interface FixedCharge { what: 'penalty' | 'fees'; agreed: Decimal; room: Decimal; supported: Decimal }

interface Ctx { asOf: IsoDate; interestThrough: IsoDate; settings: Settings; lpr: LprTable }

const OLD_DEFAULT_OVERDUE = new Decimal(6);
const pctDay = (base: Decimal, rate: Decimal, days: number, daycount: number) => base.times(rate).times(days).dividedBy(100 * daycount);

/** Principal due by the start of `day` (its overdue part), as a step function of instalments. */
function dueSchedule(c: Case, loan: Loan, principal: Decimal, graceDays: number): { dueBy: (day: IsoDate) => Decimal; dueDate?: IsoDate; onDemand?: OnDemandDue } {
  if (loan.installments.length > 0) {
    const inst = [...loan.installments].sort((a, b) => (a.date.value < b.date.value ? -1 : 1));
    const last = inst[inst.length - 1].date.value;
    return {
      dueDate: last,
      dueBy: (day) => {
        let due = ZERO;
        for (const i of inst) if (i.date.value < day) due = due.plus(i.amount.value);
        // Whatever the instalments do not cover falls due with the last one.
        return last < day ? maxDec(due, principal) : minDec(due, principal);
      },
    };
  }
  // 民法典第675条: no term → due at the end of the time the first demand gave (or the default grace period).
  const onDemand = onDemandDue(c, loan, graceDays);
  const due = loan.due && loan.due.value !== 'on-demand' ? loan.due.value : onDemand?.due;
  return { dueDate: due, onDemand, dueBy: (day) => (due !== undefined && due < day ? principal : ZERO) };
}

/**
 * The first day any principal is overdue, for the LPR of 规定第28条第2款第（一）项 (「逾期还款之日起参照当时」): for
 * instalments, the day after the earliest instalment not paid in full by its date; else the day after the due date.
 * Used only when nothing was agreed, so no period interest accrued and every earlier payment went to principal.
 */
function firstDefault(c: Case, loan: Loan, afterDue: IsoDate | undefined): IsoDate | undefined {
  if (loan.installments.length === 0) return afterDue;
  const inst = [...loan.installments].sort((a, b) => (a.date.value < b.date.value ? -1 : 1));
  const paid = c.events.filter((e): e is Repayment => e.kind === 'repaid' && e.loans.includes(loan.name));
  let due = ZERO;
  for (const i of inst) {
    due = due.plus(i.amount.value);
    const paidBy = paid.filter((r) => r.date.value <= i.date.value).reduce((s, r) => s.plus(r.amount.value), ZERO);
    if (paidBy.lessThan(due)) return addDays(i.date.value, 1);
  }
  return afterDue;
}

export function computeInterest(c: Case, loan: Loan, ctx: Ctx): LoanInterest {
  const dc = loan.daycount;
  const deliveries = [...loan.deliveries].sort((a, b) => (a.date.value < b.date.value ? -1 : 1));
  const delivered = deliveries.reduce((s, d) => s.plus(d.amount.value), ZERO);
  const deducted = loan.deducted?.value ?? ZERO;
  const principal = maxDec(delivered.minus(deducted), ZERO);
  const empty: Buckets = { fees: ZERO, interest: ZERO, principal: ZERO, penalty: ZERO };
  const agreed: LoanInterest['agreed'] = {};
  const iv = loan.interest?.value;
  if (iv && typeof iv === 'object') agreed.period = annualise(iv, dc);
  if (loan.overdueInterest) agreed.overdue = annualise(loan.overdueInterest.value, dc);
  const pv = loan.penalty?.value, fv = loan.fees?.value;
  if (pv && !(pv instanceof Decimal)) agreed.penalty = annualise(pv, dc);
  if (fv && !(fv instanceof Decimal)) agreed.fees = annualise(fv, dc);
  const formation = formationDate(c, loan);
  const base: LoanInterest = {
    principal, formation, schedule: [], paid: { ...empty }, outstanding: { ...empty, principal }, agreed,
    unsupportedPeriod: ZERO, unsupportedOverdue: ZERO, overdueBasis: 'period', fixedCharges: [], overpaid: ZERO, allocations: [],
    naturalObligation: ZERO,
  };
  if (deliveries.length === 0 || !formation) return base;

  const regime = licensedRegime(regimeFor(formation, ctx.asOf, ctx.lpr, ctx.settings.applyOldRulesBefore20200820, !!lenderInstitution(c, loan)),
    ctx.settings.licensedCap, ctx.asOf, ctx.lpr);
  base.regime = regime;
  const { dueBy, dueDate, onDemand } = dueSchedule(c, loan, principal, ctx.settings.onDemandGraceDays);
  base.dueDate = dueDate;
  base.onDemand = onDemand;

  // Spec §8.3: a rate tied to the LPR is m × the LPR of each day (floating) or of formation (固定); `agreed` keeps the
  // figure at formation, which the cap checks compare (民间借贷规定第25条). A rate pleaded with 请求 利息 按 lowers every row.
  const ivRate = iv && typeof iv === 'object' ? iv : undefined;
  const ovRate = loan.overdueInterest?.value;
  if (ivRate?.lpr) agreed.period = rateOn(ivRate, formation, formation, ctx.lpr, dc) ?? ZERO;
  if (ovRate?.lpr) agreed.overdue = rateOn(ovRate, formation, formation, ctx.lpr, dc) ?? ZERO;
  // 违约金 and 其他费用 may be tied to the LPR too (spec §8.3: RATE += LPR …).
  const pvRate = pv && !(pv instanceof Decimal) ? pv : undefined, fvRate = fv && !(fv instanceof Decimal) ? fv : undefined;
  if (pvRate?.lpr) agreed.penalty = rateOn(pvRate, formation, formation, ctx.lpr, dc) ?? ZERO;
  if (fvRate?.lpr) agreed.fees = rateOn(fvRate, formation, formation, ctx.lpr, dc) ?? ZERO;
  const pleaded = pleadedRateOn(c, loan, formation, ctx.lpr);
  const asPleaded = (day: IsoDate, lawful: Decimal) => { const p = pleaded?.(day); return p ? minDec(p, lawful) : lawful; };

  // Period rate agreed (annual). None or not written → 0 (民法典第680条). Unclear → 0 between natural
  // persons, else the LPR at formation as a default to be argued (民法典第680条第3款; 民间借贷规定第24条)
  // [UNCONFIRMED default]. A licensed lender is an institution, never a natural person, whatever its party kind says.
  let periodAgreed = agreed.period ?? ZERO;
  if (iv === 'unclear' && (regime.licensed || !betweenNaturalPersons(c, loan))) {
    periodAgreed = ctx.lpr.on(formation >= '2019-08-20' ? formation : ctx.asOf).rate ?? ZERO;
  }
  const agreedPeriodOn = (day: IsoDate) => (isFloating(ivRate) ? rateOn(ivRate!, day, formation, ctx.lpr, dc) ?? ZERO : periodAgreed);
  const agreedOverdueOn = (day: IsoDate) => (isFloating(ovRate) ? rateOn(ovRate!, day, formation, ctx.lpr, dc) ?? ZERO : agreed.overdue!);
  const periodRate = (day: IsoDate) => asPleaded(day, minDec(agreedPeriodOn(day), regime.capOn(day)));

  // Overdue rate (民间借贷规定第28条).
  const firstOverdue = dueDate ? addDays(dueDate, 1) : undefined;
  let lprOverdue: Decimal | undefined;
  if (agreed.overdue) base.overdueBasis = 'agreed';
  else if (periodAgreed.greaterThan(0)) base.overdueBasis = 'period';
  else {
    base.overdueBasis = 'lpr';
    const when = ctx.settings.overdueLprDate === 'filing' ? ctx.asOf : firstDefault(c, loan, firstOverdue) ?? ctx.asOf;
    const date = regime.split && when < SPLIT_DATE ? SPLIT_DATE : when;
    const r = ctx.lpr.on(date);
    regime.lookups.push({ purpose: 'overdue', date, result: r });
    lprOverdue = r.rate ?? ZERO;
  }
  const lawfulOverdueRate = (day: IsoDate) => {
    const cap = regime.capOn(day);
    if (agreed.overdue) return minDec(agreedOverdueOn(day), cap);
    if (base.overdueBasis === 'period') return periodRate(day);
    // Pre-2020-08-20 part of an older contract with nothing agreed: 6 % [UNCONFIRMED, rules.md §5(a)].
    if (regime.split && ctx.settings.applyOldRulesBefore20200820 && day < SPLIT_DATE) return OLD_DEFAULT_OVERDUE;
    return minDec(lprOverdue!, cap);
  };
  const overdueRate = (day: IsoDate) => asPleaded(day, lawfulOverdueRate(day));
  // 违约金 and other fees (as rates) share the cap with overdue interest (民间借贷规定第29条).
  const agreedPenaltyOn = (day: IsoDate) => (isFloating(pvRate) ? rateOn(pvRate!, day, formation, ctx.lpr, dc) ?? ZERO : agreed.penalty!);
  const agreedFeesOn = (day: IsoDate) => (isFloating(fvRate) ? rateOn(fvRate!, day, formation, ctx.lpr, dc) ?? ZERO : agreed.fees!);
  const penaltyRate = (day: IsoDate) => (agreed.penalty
    ? minDec(agreedPenaltyOn(day), maxDec(regime.capOn(day).minus(overdueRate(day)), ZERO))
    : ZERO);
  const feesRate = (day: IsoDate) => agreed.fees
    ? minDec(agreedFeesOn(day), maxDec(regime.capOn(day).minus(overdueRate(day)).minus(penaltyRate(day)), ZERO)) : ZERO;

  // Events of this loan up to the last day of interest. On one day, payments with an agreed allocation (冲抵) come
  // first: the statutory order of 民法典第561条 yields to the parties' agreement (「当事人另有约定的除外」), so it
  // governs only what the agreed payments leave; otherwise file order.
  const repayments = c.events
    .filter((e): e is Repayment => e.kind === 'repaid' && e.loans.includes(loan.name) && e.date.value <= ctx.interestThrough)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.date.value < b.r.date.value ? -1 : a.r.date.value > b.r.date.value ? 1
      : (a.r.allocation ? 0 : 1) - (b.r.allocation ? 0 : 1) || a.i - b.i))
    .map((x) => x.r);
  const start = deliveries[0].date.value;
  const end = ctx.interestThrough;
  const breaks = new Set<IsoDate>();
  for (const d of deliveries) breaks.add(d.date.value);
  for (const r of repayments) breaks.add(r.date.value);
  if (loan.installments.length) for (const i of loan.installments) breaks.add(addDays(i.date.value, 1));
  else if (dueDate) breaks.add(addDays(dueDate, 1));
  if (regime.split) breaks.add(SPLIT_DATE);
  for (const d of floatingBreaks([ivRate, ovRate, pvRate, fvRate, pleadedRate(c)?.value], start, end, ctx.lpr)) breaks.add(d);
  const settlements = settlementsOf(c, loan);
  for (const s of settlements) breaks.add(s.date.value);
  const points = [...breaks].filter((d) => d > start && d <= end).sort();

  let outstanding = ZERO, repaidPrincipal = ZERO, overpaid = ZERO;
  /** Principal a 结算 added (or, below what was owed, took away): due when the whole loan is due (spec §8.3). */
  let rolled = ZERO;
  const overdueOf = (day: IsoDate) => {
    const due = dueBy(day);
    return minDec(maxDec(due.minus(repaidPrincipal), ZERO).plus(due.greaterThanOrEqualTo(principal) ? rolled : ZERO), outstanding);
  };
  /** Cap room left in the overdue phase after overdue interest and rate-based 违约金/fees (规定29). */
  let overdueRoom = ZERO;
  const accrued = { fees: ZERO, interest: ZERO, penalty: ZERO };
  const paid = { ...empty };
  /** 2015 rules: interest between the lawful rate and min(agreed, 36 %) accrued before 2020-08-20, and what was paid of it. */
  let naturalAccrued = ZERO, naturalPaid = ZERO;
  const agreedFor = (kind: RowKind) => (kind === 'period' ? periodAgreed
    : kind === 'overdue' ? agreed.overdue ?? (base.overdueBasis === 'period' ? periodAgreed : undefined) : undefined);
  const push = (from: IsoDate, to: IsoDate, b: Decimal, rate: Decimal, kind: RowKind) => {
    const days = inclusiveDays(from, to);
    const interest = round2(pctDay(b, rate, days, dc));
    base.schedule.push({ from, to, days, base: b, rate, kind, interest });
    if (underOldRules(regime, ctx.settings.applyOldRulesBefore20200820, from)) naturalAccrued = naturalAccrued.plus(naturalInterest(b, agreedFor(kind), rate, days, dc));
    if (kind === 'penalty') accrued.penalty = accrued.penalty.plus(interest);
    else if (kind === 'fees') accrued.fees = accrued.fees.plus(interest);
    else accrued.interest = accrued.interest.plus(interest);
  };
  const settle = (r: Repayment) => {
    let left = r.amount.value;
    const take = (bucket: keyof Buckets, owed: Decimal) => {
      const x = minDec(left, maxDec(owed, ZERO));
      paid[bucket] = paid[bucket].plus(x); left = left.minus(x);
      return x;
    };
    const owedFees = () => accrued.fees.minus(paid.fees);
    const owedInterest = () => accrued.interest.minus(paid.interest);
    const owedPenalty = () => accrued.penalty.minus(paid.penalty);
    const principalPart = () => {
      const x = take('principal', outstanding);
      outstanding = outstanding.minus(x);
      repaidPrincipal = repaidPrincipal.plus(x);
    };
    let natural = ZERO;
    const naturalPart = () => { natural = minDec(left, maxDec(naturalAccrued.minus(naturalPaid), ZERO)); naturalPaid = naturalPaid.plus(natural); left = left.minus(natural); };
    const order: (() => void)[] = r.allocation?.value === 'principal'
      ? [principalPart, () => take('fees', owedFees()), () => take('interest', owedInterest()), () => take('penalty', owedPenalty())]
      : r.allocation?.value === 'interest'
        ? [() => take('interest', owedInterest()), naturalPart, () => take('fees', owedFees()), principalPart, () => take('penalty', owedPenalty())]
        : [() => take('fees', owedFees()), () => take('interest', owedInterest()), principalPart, () => take('penalty', owedPenalty())];
    const before = { ...paid };
    for (const step of order) step();
    overpaid = overpaid.plus(left);
    const part = (k: keyof Buckets) => paid[k].minus(before[k]);
    // Agreed interest above the cap is not owed, so what a 冲抵利息 payment could not settle as interest went to
    // principal; the part attributable to the cap is at most the interest the cap has cut so far.
    const cut = base.unsupportedPeriod.plus(base.unsupportedOverdue).minus(creditedAboveCap).minus(naturalPaid);
    const aboveCap = r.allocation?.value === 'interest' && part('principal').greaterThan(0)
      ? minDec(part('principal'), maxDec(cut, ZERO))
      : ZERO;
    creditedAboveCap = creditedAboveCap.plus(aboveCap);
    base.allocations.push({
      repayment: r, fees: part('fees'), interest: part('interest'), principal: part('principal'), penalty: part('penalty'),
      overpaid: left, aboveCap, naturalObligation: natural,
    });
  };
  let creditedAboveCap = ZERO;

  let segStart = start;
  for (const next of [...points, addDays(end, 1)]) {
    // Events on segStart: deliveries add principal (less any interest deducted up front), repayments settle.
    deliveries.forEach((d, i) => {
      if (d.date.value === segStart) outstanding = outstanding.plus(d.amount.value).minus(i === 0 ? deducted : ZERO);
    });
    for (const r of repayments) if (r.date.value === segStart) settle(r);
    for (const s of settlements) {
      if (s.date.value !== segStart) continue;
      // 结算: the unpaid lawful interest, 违约金 and fees become principal (规定27 ¶1), so they are no longer owed as such.
      const owed = accrued.interest.minus(paid.interest).plus(accrued.fees.minus(paid.fees)).plus(accrued.penalty.minus(paid.penalty));
      const res = applySettlement(s, shareOf(c, s, loan), outstanding, owed, accrued.interest.minus(paid.interest).plus(accrued.fees.minus(paid.fees)));
      (base.settlements ??= []).push(res);
      accrued.interest = paid.interest; accrued.fees = paid.fees; accrued.penalty = paid.penalty;
      outstanding = res.principalAfter;
      rolled = rolled.plus(res.principalAfter.minus(res.principalBefore));
    }
    if (outstanding.lessThan(0)) outstanding = ZERO;
    const segEnd = addDays(next, -1);
    if (segEnd >= segStart && outstanding.greaterThan(0)) {
      const overduePart = maxDec(overdueOf(segStart), ZERO);
      const notDue = outstanding.minus(overduePart);
      if (notDue.greaterThan(0)) {
        const rate = periodRate(segStart);
        push(segStart, segEnd, notDue, rate, 'period');
        const agreedNow = agreedPeriodOn(segStart), capped = minDec(agreedNow, regime.capOn(segStart));
        if (agreedNow.greaterThan(capped)) {
          const above = pctDay(notDue, agreedNow.minus(capped), inclusiveDays(segStart, segEnd), dc);
          base.unsupportedPeriod = base.unsupportedPeriod.plus(round2(above));
        }
      }
      if (overduePart.greaterThan(0)) {
        const o = overdueRate(segStart), p = penaltyRate(segStart), f = feesRate(segStart);
        push(segStart, segEnd, overduePart, o, 'overdue');
        if (p.greaterThan(0)) push(segStart, segEnd, overduePart, p, 'penalty');
        if (f.greaterThan(0)) push(segStart, segEnd, overduePart, f, 'fees');
        const oLawful = lawfulOverdueRate(segStart);
        const wanted = (agreed.overdue ? agreedOverdueOn(segStart) : oLawful).plus(agreed.penalty ? agreedPenaltyOn(segStart) : ZERO)
          .plus(agreed.fees ? agreedFeesOn(segStart) : ZERO);
        const allowed = o.plus(p).plus(f);
        const roomRate = maxDec(regime.capOn(segStart).minus(allowed), ZERO);
        overdueRoom = overdueRoom.plus(round2(pctDay(overduePart, roomRate, inclusiveDays(segStart, segEnd), dc)));
        // (A pleaded rate below the lawful one is waived, not cut by the cap.)
        const lawfulTotal = oLawful.plus(p).plus(f);
        if (wanted.greaterThan(lawfulTotal)) {
          const above = pctDay(overduePart, wanted.minus(lawfulTotal), inclusiveDays(segStart, segEnd), dc);
          base.unsupportedOverdue = base.unsupportedOverdue.plus(round2(above));
        }
      }
    }
    segStart = next;
  }

  base.paid = paid;
  base.outstanding = {
    principal: outstanding,
    interest: accrued.interest.minus(paid.interest),
    penalty: accrued.penalty.minus(paid.penalty),
    fees: accrued.fees.minus(paid.fees),
  };
  base.overpaid = overpaid;
  base.naturalObligation = naturalPaid;
  // Fixed-amount 违约金 / 其他费用: owed once the loan is overdue, and with overdue interest limited to the cap
  // (民间借贷规定第29条) — so each is claimable only within the room the overdue rows leave under the cap,
  // penalty first, then fees [UNCONFIRMED: the annualised comparison over the overdue period is our reading].
  let room = overdueRoom;
  for (const [what, v] of [['penalty', pv], ['fees', fv]] as const) {
    if (!(v instanceof Decimal) || !dueDate || dueDate >= ctx.asOf) continue;
    const supported = minDec(v, room);
    base.fixedCharges.push({ what, agreed: v, room, supported });
    base.outstanding[what] = base.outstanding[what].plus(supported);
    room = room.minus(supported);
  }
  if (outstanding.greaterThan(0)) {
    const overduePart = maxDec(overdueOf(ctx.asOf), ZERO);
    const rate = overduePart.greaterThan(0) ? overdueRate(ctx.asOf) : periodRate(ctx.asOf);
    base.continuing = { from: ctx.asOf, base: outstanding, rate, daily: round2(pctDay(outstanding, rate, 1, dc)) };
  }
  return base;
}
