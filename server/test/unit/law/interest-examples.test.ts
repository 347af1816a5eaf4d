/** rules.md §11 worked examples, every figure hand-computed there (actual/365, inclusive days, per-row rounding). */
import * as assert from 'assert';
import { law, loan0, case0, personCase } from './law-helpers';

const rows = (l: { schedule: { from: string; to: string; days: number; base: string; rate: string; kind: string; interest: string }[] }) =>
  l.schedule.filter((r) => r.interest !== '0.00').map((r) => `${r.kind} ${r.from}..${r.to} ${r.days}d ${r.base}@${r.rate} = ${r.interest}`);

describe('rules.md Example 1 — post-2020 loan, period rate above the cap, no overdue rate', () => {
  const a = law(personCase('2023-09-01', '金额 100000元\n交付 2021-06-01 100000元 转账\n到期 2022-05-31\n利率 2%/月'));
  const l = loan0(a);

  it('caps at 4 × LPR at formation (3.85 % published 2021-05-20 → 15.40 %)', () => {
    assert.strictEqual(l.formation, '2021-06-01');
    assert.strictEqual(l.capRate, '15.40');
  });
  it('period interest 15,400.00 and overdue (case b, period rate) 19,281.64 for 457 days', () => {
    assert.deepStrictEqual(rows(l), [
      'period 2021-06-01..2022-05-31 365d 100000.00@15.40 = 15400.00',
      'overdue 2022-06-01..2023-08-31 457d 100000.00@15.40 = 19281.64',
    ]);
  });
  it('claims 134,681.64; acceptance fee 2,993.63, halved 1,496.82', () => {
    assert.strictEqual(case0(a).claimAmount, '134681.64');
    assert.strictEqual(case0(a).courtFee.ordinary, '2993.63');
    assert.strictEqual(case0(a).courtFee.simplified, '1496.82');
  });
  it('continues at 42.19 a day from the filing date', () => {
    assert.deepStrictEqual(l.continuing, { from: '2023-09-01', base: '100000.00', rate: '15.40', daily: '42.19' });
  });
  it('warns that the agreed 24 % exceeds the cap and 8,600.00 is not supported (规定25)', () => {
    const d = a.diagnostics.find((x) => x.code === 'DEBT401');
    assert.ok(d, 'DEBT401 expected');
    assert.match(d!.message, /24\.00%.*15\.40%.*8,600\.00元/);
    assert.deepStrictEqual(d!.citations, ['民间借贷规定第25条']);
  });
});

describe('rules.md Example 1 variant (a) — no interest agreed', () => {
  const a = law(personCase('2023-09-01', '交付 2021-06-01 100000元 转账\n到期 2022-05-31\n利率 无'));
  it('no period interest; overdue at the LPR of the first overdue day (3.70 %): 4,632.60', () => {
    const l = loan0(a);
    assert.deepStrictEqual(rows(l), ['overdue 2022-06-01..2023-08-31 457d 100000.00@3.70 = 4632.60']);
    assert.strictEqual(l.overdueBasis, 'lpr');
    assert.ok(a.diagnostics.some((d) => d.code === 'DEBT404'));
  });
});

describe('rules.md Example 2 — contract before 2020-08-20, split under 规定31', () => {
  const a = law(personCase('2021-01-11', '交付 2019-03-05 200000元 转账\n到期 2019-09-04\n利率 2%/月'));
  const l = loan0(a);
  it('reports the 24.00 cap of the old rules', () => assert.strictEqual(l.capRate, '24.00'));
  it('three rows: 24,197.26 + 46,027.40 + 12,151.23 (15.40 % from 2020-08-20)', () => {
    assert.deepStrictEqual(rows(l), [
      'period 2019-03-05..2019-09-04 184d 200000.00@24.00 = 24197.26',
      'overdue 2019-09-05..2020-08-19 350d 200000.00@24.00 = 46027.40',
      'overdue 2020-08-20..2021-01-10 144d 200000.00@15.40 = 12151.23',
    ]);
    assert.strictEqual(l.outstanding.interest, '82375.89');
  });
  it('claims 282,375.89 with a fee of 5,535.64, continuing at 84.38 a day', () => {
    assert.strictEqual(case0(a).claimAmount, '282375.89');
    assert.strictEqual(case0(a).courtFee.ordinary, '5535.64');
    assert.strictEqual(l.continuing.daily, '84.38');
  });
  it('explains the split (DEBT409) and finds the limitation in time: last day 2022-09-05 (Sunday moved)', () => {
    assert.ok(a.diagnostics.some((d) => d.code === 'DEBT409'));
    assert.strictEqual(l.limitation.end, '2022-09-05');
    assert.strictEqual(l.limitation.status, 'running');
  });
});

describe('rules.md Example 3 — interest deducted up front, combined cap, partial repayment', () => {
  const text = personCase('2024-01-15',
    '金额 50000元\n签订 2022-09-10\n交付 2022-09-10 50000元 转账\n预扣利息 3000元\n到期 2023-03-09\n利率 1.5%/月\n逾期利率 18%\n违约金 0.1%/日',
    '还款 2023-06-10 10000元 转账');
  const a = law(text);
  const l = loan0(a);
  it('principal is the 47,000 actually lent; cap 14.60 % (LPR 3.65 % of 2022-08-22)', () => {
    assert.strictEqual(l.principal, '47000.00');
    assert.strictEqual(l.capRate, '14.60');
  });
  it('rows 3,402.80, 1,729.60, then 3,690.80 on 42,132.40; no room left for 违约金', () => {
    assert.deepStrictEqual(rows(l), [
      'period 2022-09-10..2023-03-09 181d 47000.00@14.60 = 3402.80',
      'overdue 2023-03-10..2023-06-09 92d 47000.00@14.60 = 1729.60',
      'overdue 2023-06-10..2024-01-14 219d 42132.40@14.60 = 3690.80',
    ]);
  });
  it('the 10,000 repayment pays interest 5,132.40 first, then principal 4,867.60 (民法典561)', () => {
    assert.deepStrictEqual(l.paid, { fees: '0.00', interest: '5132.40', principal: '4867.60', penalty: '0.00' });
    assert.strictEqual(l.outstanding.principal, '42132.40');
    assert.strictEqual(l.outstanding.interest, '3690.80');
  });
  it('claims 45,823.20: fee 945.58, halved 472.79; continuing 16.85 a day', () => {
    assert.strictEqual(case0(a).claimAmount, '45823.20');
    assert.strictEqual(case0(a).courtFee.ordinary, '945.58');
    assert.strictEqual(case0(a).courtFee.simplified, '472.79');
    assert.strictEqual(l.continuing.daily, '16.85');
  });
  it('flags the deduction (DEBT406) and the combined cap 18 % + 36.5 % > 14.60 % (DEBT403)', () => {
    const codes = a.diagnostics.map((d) => d.code);
    assert.ok(codes.includes('DEBT406'));
    const d = a.diagnostics.find((x) => x.code === 'DEBT403')!;
    assert.match(d.message, /54\.50%.*14\.60%/);
  });
  it('the same case written with the net delivery flags a possible 砍头息 (DEBT407) with the same figures', () => {
    const b = law(text.replace('交付 2022-09-10 50000元 转账\n预扣利息 3000元', '交付 2022-09-10 47000元 转账'));
    assert.ok(b.diagnostics.some((d) => d.code === 'DEBT407'));
    assert.strictEqual(case0(b).claimAmount, '45823.20');
  });
});

describe('spec §6 report example', () => {
  it('first row 2,975.34; the 3,000 repayment splits 2,975.34 interest / 24.66 principal', () => {
    const a = law(personCase('2026-12-01', '金额 5万元\n签订 2023-01-10\n交付 2023-01-10 50,000元 转账\n到期 2024-01-10\n利率 12%/年\n逾期利率 18%/年', '还款 2023-07-10 3000元 转账'));
    const l = loan0(a);
    assert.deepStrictEqual(l.schedule[0], { from: '2023-01-10', to: '2023-07-09', days: 181, base: '50000.00', rate: '12.00', kind: 'period', interest: '2975.34' });
    assert.deepStrictEqual([l.paid.interest, l.paid.principal, l.outstanding.principal], ['2975.34', '24.66', '49975.34']);
    assert.strictEqual(a.asOf, '2026-12-01');
    assert.strictEqual(a.interestThrough, '2026-11-30');
  });
});
