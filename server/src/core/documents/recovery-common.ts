/**
 * What the recovery documents (催款函/律师函, 支付令申请书, 财产保全申请书, 强制执行申请书) share: who owes, who is
 * owed, the debt as the report states it, the parties as an application lists them. Figures come from the report.
 */
import Decimal from 'decimal.js';
import { Agent, Case, Party } from '../model/types';
import { CaseData, names, party, sum } from './case-data';
import { paperOf } from './facts';
import { borrowerNames } from './debts';
import { blank, date, money, moneyUpper, rate, t } from './format';
import { traditionalAgentLine, traditionalPartyLine } from './parties';
import { Block, Run } from './types';

export const para = (runs: Run[], indent = true): Block => ({ type: 'paragraph', runs, indent });
export const label = (text: string): Block => ({ type: 'paragraph', runs: [{ text, bold: true }] });

/** The borrowers of the case's loans, as parties of the case, in the order they first appear. */
export function debtors(d: CaseData): Party[] {
  const seen = [...new Set(d.c.loans.flatMap((l) => l.borrowers.map((b) => b.name)))];
  return seen.flatMap((n) => { const p = party(d, n); return p ? [p] : []; });
}

/** The lenders of the case's loans (else the plaintiffs), as parties of the case. */
export function creditors(d: CaseData): Party[] {
  return creditorNames(d.c).flatMap((n) => { const p = party(d, n); return p ? [p] : []; });
}

/** An agent with a law firm acting for one of these parties (by name): the 律师函's sender. */
export function lawyerOf(c: Case, principals: string[]): (Agent & { firm: NonNullable<Agent['firm']> }) | undefined {
  const ns = new Set(principals);
  const a = c.agents.find((x) => x.firm && x.firm.value.trim() !== '' && (x.principals.length === 0 || x.principals.some((r) => ns.has(r.name))));
  return a as (Agent & { firm: NonNullable<Agent['firm']> }) | undefined;
}

/** The names a letter is sent for: the loans' lenders, else the plaintiffs. */
export function creditorNames(c: Case): string[] {
  const lenders = [...new Set(c.loans.flatMap((l) => (l.lender ? [l.lender.name] : [])))];
  return lenders.length ? lenders : c.parties.filter((p) => p.role === 'plaintiff').map((p) => p.name);
}

/** 申请人 / 被申请人 (一、二… when several), with the agents of the applicants between them. */
export function applicationParties(d: CaseData, applicants: Party[], respondents: Party[], roles = ['申请人', '被申请人']): Block[] {
  const numbered = (base: string, list: Party[], i: number) => (list.length > 1 ? `${base}${'一二三四五六七八九十'[i] ?? i + 1}` : base);
  const blocks: Block[] = applicants.map((p, i) => para(traditionalPartyLine(d.c, p, d.uri, numbered(roles[0], applicants, i)), false));
  const ns = new Set(applicants.map((p) => p.name));
  for (const a of d.c.agents) if (a.principals.length === 0 || a.principals.some((r) => ns.has(r.name))) blocks.push(para(traditionalAgentLine(a), false));
  respondents.forEach((p, i) => blocks.push(para(traditionalPartyLine(d.c, p, d.uri, numbered(roles[1], respondents, i)), false)));
  return blocks;
}

/**
 * The debt as claimed, through the report's interestThrough: principal, interest (with rate-based fees), 违约金,
 * 实现债权费用, and the total — the report's claimAmount (or paymentOrderApplication.amount). Interest is the total
 * less the other parts, so it is the amount the report counted even when `请求 利息 至 DATE` stops it early
 * (claim-amount.ts) or a payment order leaves out interest the documents do not agree (payment-order.ts).
 */
export interface Owed { principal: Decimal; interest: Decimal; penalty: Decimal; fees: { what: string; amount: Decimal }[]; total: Decimal }

export function owed(d: CaseData, totalAmount: string = d.report.claimAmount): Owed {
  const kinds = new Set(d.c.claims.map((c) => c.kind));
  const rs = d.loans.flatMap(({ r }) => (r ? [r] : []));
  const principal = kinds.has('principal') ? sum(rs.map((r) => r.outstanding.principal)) : new Decimal(0);
  const penalty = kinds.has('penalty') ? sum(rs.map((r) => r.outstanding.penalty)) : new Decimal(0);
  const fees = d.c.claims.flatMap((c) => (c.kind === 'fees' ? [{ what: c.description?.value ?? '实现债权的费用', amount: c.amount.value }] : []));
  const total = new Decimal(totalAmount);
  const interest = total.minus(principal).minus(penalty).minus(fees.reduce((s, f) => s.plus(f.amount), new Decimal(0)));
  return { principal, interest, penalty, fees, total };
}

/** The parts that are not zero: 「借款本金49,975.34元、利息24,129.19元」. */
export function owedParts(o: Owed): string {
  const parts: string[] = [];
  if (!o.principal.isZero()) parts.push(`借款本金${money(o.principal)}`);
  if (!o.interest.isZero()) parts.push(`利息${money(o.interest)}`);
  if (!o.penalty.isZero()) parts.push(`违约金${money(o.penalty)}`);
  for (const f of o.fees) parts.push(`${f.what}${money(f.amount)}`);
  return parts.join('、');
}

/** 「借款本金…、利息…，合计…（大写：…）」, or one part with its 大写 when there is only one. */
export function owedSentence(o: Owed): string {
  const parts = owedParts(o);
  const upper = `（大写：${moneyUpper(o.total)}）`;
  return parts.includes('、') ? `${parts}，合计${money(o.total)}${upper}` : `${parts || money(o.total)}${upper}`;
}

/** Whether interest runs on after interestThrough: an interest claim without an end date (or 至实际清偿之日). */
export function interestContinues(d: CaseData): boolean {
  const cl = d.c.claims.find((c) => c.kind === 'interest');
  return !!cl && cl.kind === 'interest' && (!cl.until || cl.until.value === 'paid');
}

/** 「并自2026年12月1日起，以49,975.34元为基数，按年利率14.60%计算至实际清偿之日止」 per loan with a continuing rate. */
export function continuingText(d: CaseData): string[] {
  if (!interestContinues(d)) return [];
  return d.loans.flatMap(({ loan, r }) => (r?.continuing && !new Decimal(r.continuing.rate).isZero()
    ? [`${d.loans.length > 1 ? `${loan.name}：` : ''}自${date(r.continuing.from)}起，以${money(r.continuing.base)}为基数，按年利率${rate(r.continuing.rate)}计算至实际清偿之日止`]
    : []));
}

/** 「李四」 or a blank when the case names nobody. */
export function namesOr(ps: { name: string }[]): Run {
  return ps.length ? t(names(ps)) : blank();
}

/** How a document names the lender and the borrowers: 「张三」 in a letter, 「申请人张三」 in an application. */
export interface Words { lender: (name: string) => string; borrower: (names: string) => string }
export const LETTER_WORDS: Words = { lender: (n) => n, borrower: (n) => n };
export const APPLICATION_WORDS: Words = { lender: (n) => `申请人${n}`, borrower: (n) => `被申请人${n}` };

/** The loan in a sentence: when and how much, the term, what was delivered and repaid — no rate (the cap decides it). */
export function loanSentence(d: CaseData, i: number, w: Words): Run[] {
  const { loan, r } = d.loans[i];
  const borrowers = w.borrower(borrowerNames(loan).join('、') || '＿＿＿＿');
  const lender = w.lender(loan.lender?.name ?? '＿＿＿＿');
  const kind = paperOf(d, loan);
  const paper = kind === 'iou' ? '，并出具借条' : kind === 'owe-note' ? '，并出具欠条' : kind === 'contract' ? '，并签订借款合同' : '';
  const runs: Run[] = [];
  // A sentence never opens with a blank: without a date the loan is told without one.
  if (loan.signed) runs.push(t(date(loan.signed.value), loan.signed.range), t('，'));
  runs.push(t(`${borrowers}向${lender}借款${loan.amount ? money(loan.amount.value) : money(r.principal)}${paper}`));
  if (loan.due?.value === 'on-demand') runs.push(t('，未约定还款期限'));
  else if (loan.due) runs.push(t('，约定还款期限至'), t(date(loan.due.value), loan.due.range));
  else if (loan.installments.length) runs.push(t(`，约定分${loan.installments.length}期归还，最后一期还款日为${date(loan.installments.map((x) => x.date.value).sort().pop()!)}`));
  runs.push(t('。'));
  for (const dl of loan.deliveries) runs.push(t(`${lender}已于${date(dl.date.value)}交付借款`), t(money(dl.amount.value), dl.amount.range), t('。'));
  const repaid = d.c.events.filter((e) => e.kind === 'repaid' && e.loans.includes(loan.name));
  if (repaid.length) {
    const total = repaid.reduce((s, e) => (e.kind === 'repaid' ? s.plus(e.amount.value) : s), new Decimal(0));
    // How the payments were applied is the report's (民法典第561条, or as agreed with 冲抵).
    // Interest kept under the 2015 rules (24 %–36 %, spec §8.6) was paid as interest too, though not owed.
    const applied = [['费用', r.paid.fees], ['利息', new Decimal(r.paid.interest).plus(r.naturalObligation ?? 0)], ['本金', r.paid.principal], ['违约金', r.paid.penalty]]
      .filter(([, v]) => !new Decimal(v).isZero()).map(([k, v]) => `${k}${money(v)}`);
    runs.push(t(`此后${borrowers}共偿还${money(total)}${applied.length > 1 ? `，已分别抵充${applied.join('、')}` : applied.length ? `，已全部抵充${applied[0]}` : ''}。`));
  }
  return runs;
}

