/**
 * Issue 10: every message states only facts of the case at hand. Each family is built for a case with the fact and
 * one without, and the text must follow (figures worked out by hand from rules.md in the comments).
 */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { DebtDiagnostic } from '../../../src/core/diagnostics/types';
import { edit, rangeOf, show } from './fixture';

const run = (text: string, settings = {}) =>
  analyze('file:///cases/law.debt', text, { read: () => undefined }, { today: '2024-06-01', settings });
const one = (text: string, code: string, settings = {}): DebtDiagnostic => {
  const ds = run(text, settings).diagnostics.filter((d) => d.code === code);
  assert.strictEqual(ds.length, 1, `${code}: ${ds.length} found`);
  return ds[0];
};
const none = (text: string, code: string) => assert.ok(!run(text).diagnostics.some((d) => d.code === code), `${code} not expected`);

describe('advice true for the case (issue 10)', () => {
  describe('DEBT401 cap wording', () => {
    it('「若按约定利率计算将多出X元，该部分不受支持」, never 「多主张」', () => {
      // 2 %/月 = 24 %, cap 14.60 %: 10,000 × 9.40 % × 172/365 = 442.959 → 442.96 over the period 2023-01-10..06-30
      const d = one(edit({ 12: '    利率 2%/月' }), 'DEBT401');
      assert.match(d.message, /若按约定利率计算将多出442\.96元，该部分不受支持/);
      assert.doesNotMatch(d.message, /多主张/);
    });
  });

  describe('DEBT404 follows the overdue basis used (规定28)', () => {
    it('an agreed overdue rate: ¶1, that rate, no LPR', () => {
      const d = one(edit({ 12: '    利率 无\n    逾期利率 18%' }), 'DEBT404');
      assert.match(d.message, /逾期利息按约定的逾期年利率18\.00%计算（民间借贷规定第28条第1款）/);
      assert.doesNotMatch(d.message, /LPR/);
    });
    it('nothing agreed: ¶2(一), the LPR of the first overdue day (2023-07-01 → the 3.55 % published 2023-06-20)', () => {
      const d = one(edit({ 12: '    利率 无' }), 'DEBT404');
      assert.match(d.message, /未约定逾期利率，逾期后可按一年期LPR主张逾期利息（民间借贷规定第28条第2款第1项），本工具采用2023年6月20日的3\.55%/);
    });
  });

  describe('DEBT409 says only what applies to the loan', () => {
    const old = (rate: string, due: string) => edit({ 3: '  起诉日 2021-03-01', 9: '    签订 2019-03-05 证据 借条', 10: '    交付 2019-03-05 10000元 转账 证据 回单', 11: `    到期 ${due}`, 12: `    利率 ${rate}` });
    it('interest before 2020-08-20 at 20 %: the 24 % limit and the request; after, 4 × LPR at filing (3.85 % → 15.40 %) binds', () => {
      const d = one(old('20%', '2021-01-09'), 'DEBT409');
      assert.match(d.message, /2020年8月19日以前的利息按当时的司法解释以年利率24%为限，请在诉讼请求中明确请求适用当时的司法解释。自2020年8月20日起的利息按起诉时一年期LPR四倍15\.40%计算。/);
    });
    it('no interest before 2020-08-20 and the LPR after: no 24 %, no request, the 3.85 % used and not 4 × LPR as the rate', () => {
      // nothing agreed; due 2020-12-31; overdue from 2021-01-01 at the LPR of that day (3.85 %, 2020-12-21)
      const d = one(old('无', '2020-12-31'), 'DEBT409');
      assert.match(d.message, /本借款在2020年8月20日以前未产生利息，不涉及当时司法解释的适用。自2020年8月20日起的利息按3\.85%计算，未超过起诉时一年期LPR四倍15\.40%的上限。/);
      assert.doesNotMatch(d.message, /24%|请求适用/);
    });
  });

  describe('DEBT303 lists only the missing proofs of a large cash delivery', () => {
    const cash = (proofs: string, extra: string[]) => edit({ 10: `    交付 2023-01-10 200000元 现金 证据 ${proofs}` }, extra);
    it('with receipt, bank statement and witness cited: only the lender\'s means', () => {
      const d = one(cash('回单、收据、取款、证人', ['  证据 收据 { 类型 收条 }', '  证据 取款 { 类型 银行流水 }', '  证据 证人 { 类型 证人证言 }']), 'DEBT303');
      assert.match(d.message, /请补充出借人经济能力（资金来源）的证明。$/);
      assert.doesNotMatch(d.message, /取款记录|收条|证人证言/);
    });
    it('with only a transfer slip: all four', () => {
      const d = one(cash('回单', []), 'DEBT303');
      assert.match(d.message, /请补充取款记录（银行流水）、借款人出具的收条、证人证言、出借人经济能力（资金来源）的证明。/);
    });
  });

  describe('an unproven repayment: one message, only where it interrupts the limitation period', () => {
    it('interrupting (after the due date): DEBT505 with the reason of 民诉法解释第92条, no second message', () => {
      const text = edit({}, ['  还款 2023-09-01 100元 转账']);
      const ds = run(text).diagnostics.filter((d) => show(d) === rangeOf(text, '2023-09-01'));
      assert.deepStrictEqual(ds.map((d) => d.code), ['DEBT505']);
      assert.match(ds[0].message, /借款“L”诉讼时效的中断事由.*原告陈述的还款对己不利，作为自认无需另行举证（民诉法解释第92条）/);
      assert.ok(ds[0].citations.includes('民诉法解释第92条') && ds[0].citations.includes('时效规定第14条'));
    });
    it('before the due date (no interruption): nothing', () => {
      const text = edit({}, ['  还款 2023-03-01 100元 转账']);
      assert.deepStrictEqual(run(text).diagnostics.map((d) => d.code), ['DEBT603']);
    });
  });

  describe('DEBT506: payment or acknowledgement after expiry', () => {
    it('a payment: courts differ beyond the part paid; advise a written acknowledgement of the whole debt', () => {
      const d = one(edit({ 3: '  起诉日 2026-09-01' }, ['  还款 2026-08-01 100元 转账 证据 回单']), 'DEBT506');
      assert.match(d.message, /部分还款是否及于尚未清偿的部分，各地法院认识不一；稳妥起见，请取得债务人对全部债务的书面确认/);
    });
    it('an acknowledgement: no talk of part payment', () => {
      const d = one(edit({ 3: '  起诉日 2026-09-01' }, ['  确认 2026-08-01 由 乙 证据 回单']), 'DEBT506');
      assert.match(d.message, /债务人于2026年8月1日确认债务/);
      assert.doesNotMatch(d.message, /部分还款/);
    });
  });

  describe('DEBT503 and the holiday rule (民法典第203条)', () => {
    it('moved by a holiday: 2022-05-31 + 3 years = 2025-05-31 (端午) → 2025-06-03, act before the original day', () => {
      const d = one(edit({ 3: '  起诉日 2025-04-01', 11: '    到期 2022-05-31' }), 'DEBT503');
      assert.match(d.message, /期间本应于2025年5月31日届满，因该日为法定休假日顺延至2025年6月3日（民法典第203条）；稳妥起见，请在2025年5月31日之前起诉/);
    });
    it('not moved (2026-06-30 is a Tuesday): no holiday sentence', () => {
      const d = one(edit({ 3: '  起诉日 2026-05-01' }), 'DEBT503');
      assert.doesNotMatch(d.message, /顺延|本应/);
    });
  });

  describe('DEBT507 says "weekends only" only when the day moved', () => {
    it('2024-03-06 + 3 years = 2027-03-06, a Saturday → 2027-03-08: extended for weekends only', () => {
      const d = one(edit({ 11: '    到期 2024-03-06' }), 'DEBT507');
      assert.match(d.message, /时效末日2027年3月8日仅按周末顺延/);
    });
    it('2027-03-01 is a Monday: not moved, and the message says so', () => {
      const d = one(edit({ 11: '    到期 2024-03-01' }), 'DEBT507');
      assert.match(d.message, /时效末日2027年3月1日不是周末，未顺延/);
      assert.doesNotMatch(d.message, /仅按周末顺延/);
    });
  });

  describe('DEBT603 payment order', () => {
    it('interest agreed: the fee on the claim amount, 228 for conversion, 申请费 of the 案件受理费, the conditions', () => {
      // X = 10,000 + 471.23 (1,000 × 172/365) + 920.55 (1,000 × 336/365, 2023-07-01..2024-05-31) = 11,391.78
      // fee 50 + 1,391.78 × 2.5 % = 84.7945; a third 28.2648 → 28.26
      const a = run(edit({}));
      const d = a.diagnostics.find((x) => x.code === 'DEBT603')!;
      assert.match(d.message, /没有其他债务纠纷，支付令能够送达债务人（民诉法第225条），且未申请诉前保全/);
      assert.match(d.message, /按申请金额11,391\.78元计，申请费为案件受理费的三分之一，约28\.26元/);
      assert.match(d.message, /转入诉讼程序（民诉法第228条）/);
      assert.doesNotMatch(d.message, /诉讼费的三分之一|宜仅请求本金/);
      assert.ok(d.citations.includes('民诉法第228条'));
      assert.deepStrictEqual((a.cases[0] as any).paymentOrderApplication, { amount: '11391.78', fee: '28.26' });
    });
    it('no interest agreed in the 借条: principal only, the fee on 10,000 (50 / 3 = 16.67)', () => {
      const a = run(edit({ 12: '    利率 无' }));
      const d = a.diagnostics.find((x) => x.code === 'DEBT603')!;
      assert.match(d.message, /借款“L”的借条未约定利息、逾期利息或违约金.*宜仅请求本金；按申请金额10,000\.00元计.*约16\.67元/);
      assert.deepStrictEqual((a.cases[0] as any).paymentOrderApplication, { amount: '10000.00', fee: '16.67' });
    });
    it('借款合同 when the file has a contract', () => {
      const d = one(edit({ 12: '    利率 无', 14: '  证据 借条 { 类型 借款合同 原件 }' }), 'DEBT603');
      assert.match(d.message, /借款“L”的借款合同未约定利息/);
    });
    it('not when another procedure is chosen, nor when the limitation period has lapsed', () => {
      none(edit({ 2: '  法院 某某人民法院\n  程序 简易程序' }), 'DEBT603');
      none(edit({ 3: '  起诉日 2026-09-01' }), 'DEBT603');
    });
  });

  describe('DEBT415 实现债权费用', () => {
    it('warns at the claim: a contract clause, the engagement contract and invoice, and the unsettled 规定29 question', () => {
      const text = edit({}, ['  请求 本金', '  请求 实现债权费用 5000元 "律师费"']);
      const d = one(text, 'DEBT415');
      assert.strictEqual(show(d), rangeOf(text, '请求 实现债权费用 5000元 "律师费"'));
      assert.match(d.message, /^请求实现债权费用5,000\.00元（律师费）：须借款合同约定由借款人承担实现债权的费用，并提供委托代理合同和发票/);
      assert.match(d.message, /民间借贷规定第29条.*各地法院做法不一/);
      assert.ok(d.citations.includes('民间借贷规定第29条'));
    });
    it('for a licensed lender only, no 规定29 sentence', () => {
      const text = edit({ 4: '  原告 甲 { 法人 机构类型 银行 统一社会信用代码 91110108MA01ABCD1E 住所 "北京市朝阳区" }' }, ['  请求 本金', '  请求 实现债权费用 5000元']);
      const d = one(text, 'DEBT415');
      assert.doesNotMatch(d.message, /第29条/);
      assert.deepStrictEqual(d.citations, []);
    });
  });

  describe('DEBT413, DEBT414, DEBT510 (new facts)', () => {
    it("'DEBT413' a licensed lender, at the loan's lender", () => {
      const text = edit({ 4: '  原告 甲 { 法人 机构类型 融资租赁公司 统一社会信用代码 91110108MA01ABCD1E 住所 "北京市朝阳区" }' });
      const d = one(text, 'DEBT413');
      assert.strictEqual(show(d), rangeOf(text, '甲', 2)); // the 甲 of 出借人 甲
      assert.match(d.message, /为融资租赁公司：地方金融组织/);
    });
    it("'DEBT414' and 'DEBT510' are covered in law/allocation.test.ts and law/demand-deadline.test.ts; here the English texts", () => {
      const en = (text: string) => analyze('file:///x.debt', text, { read: () => undefined }, { locale: 'en', today: '2024-06-01' }).diagnostics;
      const noTerm = edit({ 11: '    到期 未约定' }, ['  催收 2023-03-01 向 乙 电话 证据 回单']);
      assert.match(en(noTerm).find((d) => d.code === 'DEBT510')!.message, /default grace period of 30 days/);
      const capped = edit({ 12: '    利率 24%' }, ['  还款 2023-04-01 1000元 冲抵 利息 转账 证据 回单']);
      assert.match(en(capped).find((d) => d.code === 'DEBT414')!.message, /was put to interest, but only .* of lawful interest was owed then/);
    });
  });
});
