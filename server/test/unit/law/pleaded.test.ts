/**
 * Spec §8.3, rates and claims as pleaded. Every figure is worked by hand (python Decimal, half-up to the fen per row) in
 * the comments: base × annual rate × days / 365, days counted with both ends; LPR dates from lpr.json.
 */
import * as assert from 'assert';
import { case0, law, loan0, personCase } from './law-helpers';

const codes = (text: string) => law(text).diagnostics.map((d) => d.code);

describe('spec §8.3 rates and claims as pleaded', function () {
  this.timeout(20000); // (the first analysis loads the parser and the LPR table)
  describe('LPR rates', () => {
    // Delivered 2022-06-01 (LPR 3.70 of 2022-05-20; cap 14.80), 利率 LPR ×1.5 floating, due 2024-09-30, filed 2024-10-01.
    // One-year LPR changes in between (lpr.json): 2022-08-22 3.65, 2023-06-20 3.55, 2023-08-21 3.45, 2024-07-22 3.35.
    //   2022-06-01…2022-08-21  82 d × 5.550 % → 100000 × 5.55 × 82 / 36500 = 1,246.85
    //   2022-08-22…2023-06-19 302 d × 5.475 % (3.65 × 1.5 exactly, not 5.48)  = 4,530.00
    //   2023-06-20…2023-08-20  62 d × 5.325 %                                   =   904.52
    //   2023-08-21…2024-07-21 336 d × 5.175 %                                   = 4,763.84
    //   2024-07-22…2024-09-30  71 d × 5.025 %                                   =   977.47   total 12,422.68
    const floating = (rate: string) => personCase('2024-10-01', `交付 2022-06-01 100000元 转账\n    到期 2024-09-30\n    利率 ${rate}`);
    it('a floating LPR rate splits the rows at each of four LPR changes, at the exact multiple', () => {
      const l = loan0(law(floating('LPR ×1.5')));
      assert.deepStrictEqual(l.schedule.map((r: any) => [r.from, r.to, r.days, r.interest]), [
        ['2022-06-01', '2022-08-21', 82, '1246.85'],
        ['2022-08-22', '2023-06-19', 302, '4530.00'],
        ['2023-06-20', '2023-08-20', 62, '904.52'],
        ['2023-08-21', '2024-07-21', 336, '4763.84'],
        ['2024-07-22', '2024-09-30', 71, '977.47'],
      ]);
      assert.strictEqual(l.outstanding.interest, '12422.68');
      assert.strictEqual(l.capRate, '14.80');
      // The report keeps two decimals in `rate` (spec §6) and gives the rate computed with where it has more.
      assert.deepStrictEqual(l.schedule.map((r: any) => [r.rate, r.exactRate]), [['5.55', undefined], ['5.48', '5.475'], ['5.33', '5.325'], ['5.18', '5.175'], ['5.03', '5.025']]);
    });
    it('LPR 加 50%, LPR x1.5 and LPR*1.5 are the same rate as LPR ×1.5', () => {
      for (const spelling of ['LPR 加 50%', 'LPR x1.5', 'LPR*1.5', 'LPR + 50%']) {
        assert.strictEqual(loan0(law(floating(spelling))).outstanding.interest, '12422.68', spelling);
      }
    });
    it('固定 keeps the LPR at formation: one row, 3.70 × 1.5 = 5.55 % over 853 days', () => {
      // 2022-06-01…2024-09-30 = 214 + 365 + 274 = 853 days; 100000 × 5.55 × 853 / 36500 = 12,970.27.
      const l = loan0(law(floating('LPR ×1.5 固定')));
      assert.deepStrictEqual(l.schedule.map((r: any) => [r.days, r.interest]), [[853, '12970.27']]);
    });
    it('the cap check uses the formation-date cap: LPR ×4.5 is 16.65 % at formation, above 14.80 %', () => {
      // 3.70 × 4.5 = 16.65 > 4 × 3.70 = 14.80 (民间借贷规定第25条): every row at 14.80 %; the rows still split at the four
      // LPR changes: 100000 × 14.8 × (82, 302, 62, 336, 71) / 36500 = 3,324.93 + 12,245.48 + 2,513.97 + 13,624.11 + 2,878.90
      // = 34,587.39.
      const a = law(floating('LPR ×4.5'));
      assert.ok(a.diagnostics.some((d) => d.code === 'DEBT401' && /16\.65%.*14\.80%/.test(d.message)), a.diagnostics.map((d) => d.message).join('\n'));
      assert.strictEqual(loan0(a).outstanding.interest, '34587.39');
    });
  });

  describe('instalment plans', () => {
    // 120,000 at 12 % a year (1 % a month), 12 instalments from 2023-02-10. Filed 2023-01-20: nothing due yet.
    const plan = (method: string, extra = '') => personCase('2023-01-20',
      `交付 2023-01-10 120000元 转账\n    利率 12%\n    分期 ${method} 12期 首期 2023-02-10`, extra);
    it('等额本息: the annuity payment to the fen and the last instalment taking the balance', () => {
      // A = 120000 × 0.01 × 1.01^12 / (1.01^12 − 1) = 10,661.8463… → 10,661.85.
      // Month 1: interest 120000 × 1 % = 1,200.00, principal 9,461.85, balance 110,538.15;
      // month 2: interest 1,105.38, principal 9,556.47; … month 12: balance 10,556.35 + interest 105.56 = 10,661.91.
      const rows = loan0(law(plan('等额本息'))).installmentPlan;
      assert.strictEqual(rows.length, 12);
      assert.deepStrictEqual(rows[0], { no: 1, date: '2023-02-10', payment: '10661.85', principal: '9461.85', interest: '1200.00', balance: '110538.15' });
      assert.deepStrictEqual([rows[1].interest, rows[1].principal], ['1105.38', '9556.47']);
      assert.deepStrictEqual(rows[11], { no: 12, date: '2024-01-10', payment: '10661.91', principal: '10556.35', interest: '105.56', balance: '0.00' });
    });
    it('等额本金: 10,000 principal a month, interest on the balance falling by 100 a month', () => {
      // Interest 120000 × 1 % = 1,200, then 110000 × 1 % = 1,100, …, 10000 × 1 % = 100.
      const rows = loan0(law(plan('等额本金'))).installmentPlan;
      assert.deepStrictEqual(rows.map((r: any) => [r.date, r.principal, r.interest, r.payment]).slice(0, 2),
        [['2023-02-10', '10000.00', '1200.00', '11200.00'], ['2023-03-10', '10000.00', '1100.00', '11100.00']]);
      assert.deepStrictEqual([rows[11].date, rows[11].principal, rows[11].interest, rows[11].payment, rows[11].balance],
        ['2024-01-10', '10000.00', '100.00', '10100.00', '0.00']);
    });
    it('the plan sets the due dates: the last instalment is the due date and starts the limitation period (民法典第189条)', () => {
      const l = loan0(law(plan('等额本金')));
      assert.strictEqual(l.dueDate, '2024-01-10');
      assert.strictEqual(l.limitation.start, '2024-01-10');
    });
    it('宣布到期 makes every later instalment due that day; without proof it is a warning', () => {
      const a = law(plan('等额本金', '宣布到期 2023-05-20'));
      assert.strictEqual(loan0(a).dueDate, '2023-05-20');
      assert.strictEqual(loan0(a).limitation.start, '2023-05-20');
      assert.ok(a.diagnostics.some((d) => d.code === 'DEBT424'));
      const proved = law(plan('等额本金', '宣布到期 2023-05-20 证据 合同\n  证据 合同 { 类型 借款合同 原件 证明 "第8条 加速到期" }'));
      assert.ok(!proved.diagnostics.some((d) => d.code === 'DEBT424'));
    });
  });

  describe('结算 (民间借贷规定第27条)', () => {
    // 100,000 delivered 2023-01-01 (LPR 3.65 of 2022-12-20, cap 14.60), agreed 30 %, due 2023-12-31; settled on 2024-01-01
    // at 130,000 — the 30 % interest rolled into principal. Lawful interest 365 d × 14.60 % = 14,600.00, so the new
    // principal is 114,600.00 and 15,400.00 is not principal (¶1). Filed 2024-07-01: overdue at the period rate (规定28
    // ¶2(二)), 2024-01-01…2024-06-30 = 182 d on 114,600 × 14.60 % = 8,342.88. ¶2: ceiling = 100,000 + 100,000 × 14.60 % ×
    // 366 d (2023-01-01…2024-01-01) = 114,640.00 ≥ 114,600.00, so no DEBT423.
    const settled = personCase('2024-07-01', '交付 2023-01-01 100000元 转账\n    到期 2023-12-31\n    利率 30%', '结算 2024-01-01 130000元 证据 对账单\n  证据 对账单 { 类型 其他 原件 }');
    it('rolls only lawful interest into principal and names the unsupported figure', () => {
      const a = law(settled);
      const l = loan0(a);
      assert.deepStrictEqual(l.settlements, [{ date: '2024-01-01', amount: '130000.00', principalBefore: '100000.00', interestBefore: '14600.00', rolledInterest: '14600.00', principalAfter: '114600.00', unsupported: '15400.00' }]);
      assert.strictEqual(l.outstanding.principal, '114600.00');
      assert.strictEqual(l.outstanding.interest, '8342.88');
      // The claim amount (default claims): 114,600.00 + 8,342.88 = 122,942.88 — the rolled 14,600.00 is principal now.
      assert.strictEqual(case0(a).claimAmount, '122942.88');
      const d = a.diagnostics.find((x) => x.code === 'DEBT422')!;
      assert.match(d.message, /超出的15,400\.00元是超过法定上限的利息，不能认定为后期借款本金/);
      assert.ok(!a.diagnostics.some((x) => x.code === 'DEBT423'));
    });
    it('规定27 ¶2: what is owed at the end of the term above the original principal plus 4 × LPR interest for the whole term', () => {
      // Same loan at 14.60 % due 2024-12-31, settled 2024-01-01 at 114,600 (lawful). Interest of the rest of the term on the
      // new principal: 2024-01-01…2024-12-31 = 366 d × 114,600 × 14.60 % = 16,777.44; owed at the end 131,377.44.
      // Ceiling: 100,000 + 100,000 × 14.60 % × 731 d (2023-01-01…2024-12-31) = 129,240.00; excess 2,137.44.
      const a = law(personCase('2025-01-01', '交付 2023-01-01 100000元 转账\n    到期 2024-12-31\n    利率 14.6%', '结算 2024-01-01 114600元 证据 对账单\n  证据 对账单 { 类型 其他 原件 }'));
      const d = a.diagnostics.find((x) => x.code === 'DEBT423')!;
      assert.ok(d, a.diagnostics.map((x) => x.code).join(','));
      assert.match(d.message, /131,377\.44元.*129,240\.00元；超出的2,137\.44元不受支持/);
      assert.ok(!a.diagnostics.some((x) => x.code === 'DEBT422'));
    });
  });

  describe('interest claims as pleaded', () => {
    // 100,000 delivered 2023-01-10 (LPR 3.65, cap 14.60), 12 %, due 2024-01-09, filed 2024-01-10: 365 d × 12 % = 12,000.00.
    const claims = (...lines: string[]) => personCase('2024-01-10', '交付 2023-01-10 100000元 转账\n    到期 2024-01-09\n    利率 12%', ['请求 本金', ...lines].join('\n  '));
    it('按 a rate below the cap: the claim is computed at that rate', () => {
      // 365 d × 100,000 × 6 % = 6,000.00; claim 106,000.00.
      const a = law(claims('请求 利息 按 6% 至 实际清偿之日'));
      assert.strictEqual(loan0(a).outstanding.interest, '6000.00');
      assert.strictEqual(case0(a).claimAmount, '106000.00');
      assert.strictEqual(loan0(a).continuing.rate, '6.00');
      assert.ok(!a.diagnostics.some((d) => d.code === 'DEBT420'));
    });
    it('按 a rate above the cap is an error naming the cap; the lawful rate is used', () => {
      // LPR ×4.5 at formation: 3.65 × 4.5 = 16.425 % > 14.60 %. Computed at 12 % (the agreed rate, below the cap): 12,000.00.
      const a = law(claims('请求 利息 按 LPR ×4.5'));
      const d = a.diagnostics.find((x) => x.code === 'DEBT420')!;
      assert.strictEqual(d.severity, 'error');
      assert.match(d.message, /LPR×4\.5.*16\.43%.*四倍14\.60%/);
      assert.strictEqual(loan0(a).outstanding.interest, '12000.00');
    });
    it('自 起诉日: no interest before filing in the claim amount; running interest from the filing date', () => {
      // Claim 100,000.00 (principal only); from 2024-01-10 overdue at 12 %: 100,000 × 12 % / 365 = 32.876… → 32.88 a day.
      const a = law(claims('请求 利息 自 起诉日 至 实际清偿之日'));
      assert.strictEqual(case0(a).claimAmount, '100000.00');
      assert.deepStrictEqual(loan0(a).interestClaims, [{ from: '2024-01-10', until: 'paid', fixed: false, amount: '0.00' }]);
      assert.strictEqual(loan0(a).continuing.daily, '32.88');
    });
    it('自 a date: interest from that day only', () => {
      // 2023-07-01…2024-01-09 = 184 + 9 = 193 d × 100,000 × 12 % / 365 = 6,345.205… → 6,345.21; claim 106,345.21.
      const a = law(claims('请求 利息 自 2023-07-01 至 实际清偿之日'));
      assert.strictEqual(loan0(a).interestClaims[0].amount, '6345.21');
      assert.strictEqual(case0(a).claimAmount, '106345.21');
    });
    it('a fixed interest sum above the lawful interest is claimed as written, with a warning', () => {
      // Lawful unpaid interest 12,000.00; claimed 15,000.00 → excess 3,000.00; claim 115,000.00.
      const a = law(claims('请求 利息 15000元 "借期内利息"'));
      assert.strictEqual(case0(a).claimAmount, '115000.00');
      const d = a.diagnostics.find((x) => x.code === 'DEBT421')!;
      assert.match(d.message, /15,000\.00元超过.*12,000\.00元.*超出的3,000\.00元/);
      assert.ok(!codes(claims('请求 利息 9000元')).includes('DEBT421'));
    });
  });
});
