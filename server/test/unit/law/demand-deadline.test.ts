/** Spec §7.2: a demand's deadline (限期) fixes when a loan with no term falls due; its served date (送达) is when it interrupts. */
import * as assert from 'assert';
import { law, loan0, personCase } from './law-helpers';
import { rangeOf, show } from '../diagnostics/fixture';

const LOAN = '交付 2023-01-10 10000元 转账 证据 回单\n到期 未约定\n利率 12%';
const EV = '证据 回单 { 类型 转账记录 }\n  证据 函 { 类型 函件 证明 "律师函及邮寄签收记录" }';
const noTerm = (filing: string, demand: string) => personCase(filing, LOAN, `${demand}\n  ${EV}`);
const rows = (l: { schedule: { kind: string; from: string; to: string; days: number; interest: string }[] }) =>
  l.schedule.map((r) => `${r.kind} ${r.from}..${r.to} ${r.days}d = ${r.interest}`);

describe('demands with a deadline and a delivery date (spec §7.2)', () => {
  it('限期 10日 counted from 送达 2023-03-05: due 2023-03-15, overdue from 2023-03-16', () => {
    const l = loan0(law(noTerm('2023-06-01', '催收 2023-03-01 向 乙 律师函 限期 10日 送达 2023-03-05 证据 函')));
    assert.strictEqual(l.dueDate, '2023-03-15');
    assert.deepStrictEqual(rows(l), [
      'period 2023-01-10..2023-03-15 65d = 213.70',   // 10,000 × 12 % × 65/365 = 213.699
      'overdue 2023-03-16..2023-05-31 77d = 253.15',  // 10,000 × 12 % × 77/365 = 253.151
    ]);
  });

  it('the limitation period runs from the end of the deadline: 2023-03-15 → 2026-03-15 (Sunday) → 2026-03-16', () => {
    const l = loan0(law(noTerm('2026-03-01', '催收 2023-03-01 向 乙 律师函 限期 10日 送达 2023-03-05 证据 函'))).limitation;
    assert.deepStrictEqual([l.start, l.end, l.basis, l.holidayExtended, l.unextendedEnd], ['2023-03-15', '2026-03-16', 'demand', true, '2026-03-15']);
    assert.strictEqual(l.defaultGraceDays, undefined);
  });

  it('限期 10天 and `deadline 10 days` mean the same; without 送达 the days count from the demand: 2023-03-11', () => {
    for (const d of ['限期 10天', 'deadline 10 days']) {
      assert.strictEqual(loan0(law(noTerm('2023-06-01', `催收 2023-03-01 向 乙 律师函 ${d} 证据 函`))).dueDate, '2023-03-11');
    }
  });

  it('限期 DATE: due on that date', () => {
    assert.strictEqual(loan0(law(noTerm('2023-06-01', '催收 2023-03-01 向 乙 律师函 限期 2023-03-20 证据 函'))).dueDate, '2023-03-20');
  });

  it('no deadline: the default 30 days, said by DEBT510 at the demand (and the 30 is the setting: 10 gives 2023-03-11)', () => {
    const text = noTerm('2023-06-01', '催收 2023-03-01 向 乙 律师函 证据 函');
    const a = law(text);
    assert.strictEqual(loan0(a).dueDate, '2023-03-31'); // 2023-03-01 + 30 days
    assert.strictEqual(loan0(a).limitation.defaultGraceDays, 30);
    const d = a.diagnostics.find((x) => x.code === 'DEBT510')!;
    assert.strictEqual(show(d), rangeOf(text, '2023-03-01'));
    assert.match(d.message, /2023年3月1日的催收未写明给借款人的期限：本工具按默认宽限期30日.*借款于2023年3月31日到期/);
    assert.strictEqual(loan0(law(text, { settings: { onDemandGraceDays: 10 } })).dueDate, '2023-03-11');
    assert.ok(!law(noTerm('2023-06-01', '催收 2023-03-01 向 乙 律师函 限期 10日 证据 函')).diagnostics.some((x) => x.code === 'DEBT510'));
  });

  it('only the first demand on a borrower fixes the due date; a later deadline changes nothing', () => {
    const l = loan0(law(noTerm('2023-06-01', '催收 2023-03-01 向 乙 律师函 限期 10日 证据 函\n  催收 2023-04-01 向 乙 律师函 限期 5日 证据 函')));
    assert.strictEqual(l.dueDate, '2023-03-11');
  });

  it('送达 is the interruption date (时效规定第8条): due 2022-05-31, served 2024-06-03 → last day 2027-06-03', () => {
    const text = personCase('2026-11-24', '交付 2021-01-05 10000元 转账\n到期 2022-05-31\n利率 10%',
      '催收 2024-05-20 向 乙 律师函 送达 2024-06-03 证据 函\n  证据 函 { 类型 函件 证明 "邮寄签收" }');
    const l = loan0(law(text)).limitation;
    assert.deepStrictEqual([l.interruptions, l.end], [['2024-06-03'], '2027-06-03']);
  });

  it('the first demand on a no-term loan starts the period: unproven, DEBT505 says so (not an "interruption")', () => {
    const text = noTerm('2023-06-01', '催收 2023-03-01 向 乙 电话 限期 10日');
    const d = law(text).diagnostics.filter((x) => x.code === 'DEBT505');
    assert.strictEqual(d.length, 1);
    assert.strictEqual(show(d[0]), rangeOf(text, '2023-03-01'));
    assert.match(d[0].message, /^2023年3月1日的催收是借款“L”（未约定还款期限）确定履行期限、起算诉讼时效和逾期利息的依据/);
    assert.doesNotMatch(d[0].message, /中断/);
  });
});
