/**
 * The schedule engine on the shapes rules.md §11 does not cover: tranches, instalments, a loan with no term,
 * older contracts with nothing agreed, 违约金 beside overdue interest, allocation as agreed, overpayment.
 * Every figure is computed by hand in the comment beside it (actual/365 unless stated, both ends counted,
 * each row rounded half-up to 0.01).
 */
import * as assert from 'assert';
import { law, loan0, case0, personCase } from './law-helpers';

const rows = (l: { schedule: { from: string; to: string; days: number; base: string; rate: string; kind: string; interest: string }[] }) =>
  l.schedule.filter((r) => r.interest !== '0.00').map((r) => `${r.kind} ${r.from}..${r.to} ${r.days}d ${r.base}@${r.rate} = ${r.interest}`);

describe('interest: shapes beyond the worked examples', () => {
  it('each tranche accrues from its own delivery (民法典第679条 fixes one formation date for the cap)', () => {
    const l = loan0(law(personCase('2024-01-15', '交付 2023-01-10 10000元 转账\n交付 2023-03-10 5000元 转账\n到期 2023-12-31\n利率 12%')));
    assert.strictEqual(l.principal, '15000.00');
    assert.strictEqual(l.formation, '2023-01-10');
    assert.deepStrictEqual(rows(l), [
      'period 2023-01-10..2023-03-09 59d 10000.00@12.00 = 193.97',   // 1200 × 59/365 = 193.972
      'period 2023-03-10..2023-12-31 297d 15000.00@12.00 = 1464.66', // 1800 × 297/365 = 1464.657
      'overdue 2024-01-01..2024-01-14 14d 15000.00@12.00 = 69.04',   // 1800 × 14/365 = 69.041
    ]);
  });

  it('instalments: each instalment is overdue from the day after its date, the rest still in the loan period', () => {
    const l = loan0(law(personCase('2024-01-15', '交付 2023-01-10 12000元 转账\n分期 2023-04-10 4000元\n分期 2023-07-10 4000元\n分期 2023-10-10 4000元\n利率 12%')));
    assert.deepStrictEqual(rows(l), [
      'period 2023-01-10..2023-04-10 91d 12000.00@12.00 = 359.01',  // 1440 × 91/365 = 359.013
      'period 2023-04-11..2023-07-10 91d 8000.00@12.00 = 239.34',   // 960 × 91/365 = 239.342
      'overdue 2023-04-11..2023-07-10 91d 4000.00@12.00 = 119.67',  // 480 × 91/365 = 119.671
      'period 2023-07-11..2023-10-10 92d 4000.00@12.00 = 120.99',   // 480 × 92/365 = 120.986
      'overdue 2023-07-11..2023-10-10 92d 8000.00@12.00 = 241.97',  // 960 × 92/365 = 241.973
      'overdue 2023-10-11..2024-01-14 96d 12000.00@12.00 = 378.74', // 1440 × 96/365 = 378.739
    ]);
    assert.strictEqual(l.outstanding.interest, '1459.72');
  });

  it('no term: due a grace period (30 days by default) after the demand (民法典第675条)', () => {
    const l = loan0(law(personCase('2024-01-15', '交付 2023-01-10 10000元 转账\n到期 未约定\n利率 12%', '催收 2023-05-01 向 乙 电话')));
    assert.deepStrictEqual(rows(l), [
      'period 2023-01-10..2023-05-31 142d 10000.00@12.00 = 466.85',  // 1200 × 142/365 = 466.849
      'overdue 2023-06-01..2024-01-14 228d 10000.00@12.00 = 749.59', // 1200 × 228/365 = 749.589
    ]);
  });

  it('no term and no demand: period interest only, no overdue phase', () => {
    const l = loan0(law(personCase('2024-01-15', '交付 2023-01-10 10000元 转账\n到期 未约定\n利率 12%')));
    assert.deepStrictEqual(rows(l), ['period 2023-01-10..2024-01-14 370d 10000.00@12.00 = 1216.44']); // 1200 × 370/365 = 1216.438
  });

  it('older contract, nothing agreed: 6 % before 2020-08-20 (2015 rules), then the LPR (3.85 % of 2020-08-20)', () => {
    const l = loan0(law(personCase('2021-01-11', '交付 2018-01-10 10000元 转账\n到期 2018-12-31\n利率 无')));
    assert.strictEqual(l.capRate, '24.00');
    assert.deepStrictEqual(rows(l), [
      'overdue 2019-01-01..2020-08-19 597d 10000.00@6.00 = 981.37', // 600 × 597/365 = 981.370
      'overdue 2020-08-20..2021-01-10 144d 10000.00@3.85 = 151.89', // 385 × 144/365 = 151.890
    ]);
  });

  it('older contract with a 20 % rate: 20 % up to 2020-08-19, then 4 × LPR at filing (3.85 % of 2021-02-20 → 15.40 %)', () => {
    const l = loan0(law(personCase('2021-03-01', '交付 2020-01-10 10000元 转账\n到期 2021-01-09\n利率 20%')));
    assert.deepStrictEqual(rows(l), [
      'period 2020-01-10..2020-08-19 223d 10000.00@20.00 = 1221.92', // 2000 × 223/365 = 1221.918
      'period 2020-08-20..2021-01-09 143d 10000.00@15.40 = 603.34',  // 1540 × 143/365 = 603.342
      'overdue 2021-01-10..2021-02-28 50d 10000.00@15.40 = 210.96',  // 1540 × 50/365 = 210.959
    ]);
  });

  it('older contract at 3 %/month: the cap at formation is the 24 % of the 2015 rules, and DEBT401 says so (not 4 × LPR)', () => {
    const a = law(personCase('2021-01-11', '交付 2019-03-05 200000元 转账\n到期 2019-09-04\n利率 3%/月'));
    const d = a.diagnostics.find((x) => x.code === 'DEBT401')!;
    // 200,000 × (36 − 24) % × 184/365 = 12,098.630
    assert.match(d.message, /36\.00%超过合同成立时（2019年3月5日）司法解释保护的年利率24\.00%.*12,098\.63元/);
    assert.doesNotMatch(d.message, /LPR/);
    assert.ok(d.citations.includes('2015年民间借贷规定第26条') && d.citations.includes('民间借贷规定第31条'));
    assert.strictEqual(case0(a).claimAmount, '282375.89'); // the figures of rules.md Example 2
  });

  it('older contract without the old rules (setting off): 4 × LPR at filing throughout, and DEBT409 says so', () => {
    const a = law(personCase('2021-01-11', '交付 2019-03-05 200000元 转账\n到期 2019-09-04\n利率 2%/月'), { settings: { applyOldRulesBefore20200820: false } });
    assert.deepStrictEqual(rows(loan0(a)), [
      'period 2019-03-05..2019-09-04 184d 200000.00@15.40 = 15526.58',  // 30,800 × 184/365 = 15,526.575
      'overdue 2019-09-05..2020-08-19 350d 200000.00@15.40 = 29534.25', // 30,800 × 350/365 = 29,534.247
      'overdue 2020-08-20..2021-01-10 144d 200000.00@15.40 = 12151.23', // 30,800 × 144/365 = 12,151.233
    ]);
    assert.match(a.diagnostics.find((x) => x.code === 'DEBT409')!.message, /未适用当时的司法解释，全部利息按起诉时一年期LPR四倍15\.40%计算/);
  });

  it('a daily rate on a 360-day basis: 0.05 %/day × 360 = 18 % → capped at 14.60 %, divided by 360', () => {
    const l = loan0(law(personCase('2024-01-15', '交付 2023-01-10 10000元 转账\n到期 2023-06-30\n利率 0.05%/日\n计息天数 360')));
    assert.deepStrictEqual(rows(l), [
      'period 2023-01-10..2023-06-30 172d 10000.00@14.60 = 697.56',  // 1460 × 172/360 = 697.556
      'overdue 2023-07-01..2024-01-14 198d 10000.00@14.60 = 803.00', // 1460 × 198/360 = 803.000
    ]);
  });

  it('a rate-based 违约金 takes only the room the overdue rate leaves under the cap (12 % + 2.60 % = 14.60 %), and is paid after principal', () => {
    const a = law(personCase('2024-01-15', '交付 2023-01-10 10000元 转账\n到期 2023-06-30\n利率 12%\n违约金 5%', '还款 2023-09-01 1000元 转账'));
    const l = loan0(a);
    assert.deepStrictEqual(rows(l), [
      'period 2023-01-10..2023-06-30 172d 10000.00@12.00 = 565.48',  // 1200 × 172/365 = 565.479
      'overdue 2023-07-01..2023-08-31 62d 10000.00@12.00 = 203.84',  // 1200 × 62/365 = 203.836
      'penalty 2023-07-01..2023-08-31 62d 10000.00@2.60 = 44.16',    // 260 × 62/365 = 44.164
      'overdue 2023-09-01..2024-01-14 136d 9769.32@12.00 = 436.81',  // 1172.3184 × 136/365 = 436.809
      'penalty 2023-09-01..2024-01-14 136d 9769.32@2.60 = 94.64',    // 254.00232 × 136/365 = 94.642
    ]);
    // 1,000 pays interest 565.48 + 203.84 = 769.32, then principal 230.68 (民法典第561条)
    assert.deepStrictEqual(l.paid, { fees: '0.00', interest: '769.32', principal: '230.68', penalty: '0.00' });
    assert.strictEqual(l.outstanding.penalty, '138.80');
    assert.ok(a.diagnostics.some((d) => d.code === 'DEBT403'));
  });

  it('a fixed 违约金 is counted only within the room beside overdue interest (规定29): 3,000 → 249.53', () => {
    const a = law(personCase('2024-01-15', '交付 2023-01-10 10000元 转账\n到期 2023-06-30\n利率 10%\n违约金 3000元', '请求 本金\n  请求 利息\n  请求 违约金'));
    const l = loan0(a);
    // room: 10,000 × (14.60 − 10.00) % × 198/365 = 460 × 198/365 = 249.534
    assert.strictEqual(l.outstanding.penalty, '249.53');
    // claim: 10,000 + 471.23 (1000 × 172/365) + 542.47 (1000 × 198/365) + 249.53
    assert.strictEqual(case0(a).claimAmount, '11263.23');
    const d = a.diagnostics.find((x) => x.code === 'DEBT412')!;
    assert.match(d.message, /违约金为固定金额3,000\.00元.*尚可主张249\.53元，超出的2,750\.47元不受支持/);
    assert.strictEqual(d.severity, 'warning');
  });

  it('a fixed 违约金 within the room is counted as agreed, without a warning', () => {
    const a = law(personCase('2024-01-15', '交付 2023-01-10 10000元 转账\n到期 2023-06-30\n利率 10%\n违约金 200元'));
    assert.strictEqual(loan0(a).outstanding.penalty, '200.00');
    assert.ok(!a.diagnostics.some((d) => d.code === 'DEBT412'));
  });

  it('冲抵 本金: a repayment the parties applied to principal goes to principal first', () => {
    const l = loan0(law(personCase('2024-01-15', '交付 2023-01-10 10000元 转账\n到期 2023-06-30\n利率 12%', '还款 2023-03-01 1000元 冲抵 本金 转账')));
    assert.deepStrictEqual(rows(l), [
      'period 2023-01-10..2023-02-28 50d 10000.00@12.00 = 164.38', // 1200 × 50/365 = 164.384
      'period 2023-03-01..2023-06-30 122d 9000.00@12.00 = 360.99', // 1080 × 122/365 = 360.986
      'overdue 2023-07-01..2024-01-14 198d 9000.00@12.00 = 585.86', // 1080 × 198/365 = 585.863
    ]);
    assert.deepStrictEqual([l.paid.principal, l.paid.interest, l.outstanding.interest], ['1000.00', '0.00', '1111.23']);
  });

  it('a repayment on the due date settles what accrued through the day before; the new principal accrues from that day', () => {
    const l = loan0(law(personCase('2024-01-15', '交付 2023-01-10 10000元 转账\n到期 2023-06-30\n利率 12%', '还款 2023-06-30 1000元 转账')));
    assert.deepStrictEqual(rows(l), [
      'period 2023-01-10..2023-06-29 171d 10000.00@12.00 = 562.19', // 1200 × 171/365 = 562.192
      'period 2023-06-30..2023-06-30 1d 9562.19@12.00 = 3.14',     // 1000 − 562.19 = 437.81 to principal
      'overdue 2023-07-01..2024-01-14 198d 9562.19@12.00 = 622.46', // 1147.4628 × 198/365 = 622.459
    ]);
  });

  it('an overpayment is reported, not lost: 20,000 against 10,667.40 owed leaves 9,332.60', () => {
    const l = loan0(law(personCase('2024-01-15', '交付 2023-01-10 10000元 转账\n到期 2023-06-30\n利率 12%', '还款 2023-08-01 20000元 转账')));
    // owed through 2023-07-31: 10,000 + 565.48 + 101.92 (1200 × 31/365 = 101.918)
    assert.deepStrictEqual([l.paid.interest, l.paid.principal, l.overpaid, l.outstanding.principal], ['667.40', '10000.00', '9332.60', '0.00']);
    assert.strictEqual(l.continuing, null);
  });
});
