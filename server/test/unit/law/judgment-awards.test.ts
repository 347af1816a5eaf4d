/**
 * What the judgment awarded (spec §8.2): award items, running interest, the doubled part on the money other than general
 * interest (迟延利息解释第1条), partial performance in the order of 民法典第561条 and 迟延利息解释第4条, who pays.
 * Figures worked by hand below; read from the case report (`debt report`'s `cases[].judgment`).
 */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { buildModel } from '../../../src/core/model/build';
import { buildReport } from '../../../src/core/report';

const HOST = { read: () => undefined };

import { AWARDS_CASE } from './awards-fixture';

const judgmentOf = (text: string) => analyze('file:///j.debt', text, HOST, { today: '2024-06-30' }).cases[0].judgment!;

describe('judgment awards (spec §8.2)', () => {
  const j = judgmentOf(AWARDS_CASE);

  it('the model reads every item: kind, figures, dates, who pays; 连带 with its scope', () => {
    const jm = buildModel('file:///j.debt', AWARDS_CASE, HOST, 'zh').file.cases[0].judgments[0];
    assert.deepStrictEqual(jm.awards.map((a) => [a.kind, a.by.map((r) => r.name)]),
      [['principal', ['乙']], ['running-interest', ['乙']], ['fees', ['乙']], ['court-fee', []]]);
    const ri = jm.awards[1];
    assert.ok(ri.kind === 'running-interest');
    assert.deepStrictEqual([ri.base.value.toFixed(2), ri.rate.value.value.toString(), ri.rate.value.period, ri.from.value, ri.until.value],
      ['100000.00', '14.6', 'year', '2024-01-01', 'paid']);
    const fee = jm.awards[2];
    assert.ok(fee.kind === 'fees' && fee.description?.value === '律师费');
    assert.deepStrictEqual(jm.joint.map((x) => [x.parties.map((r) => r.name), x.scope?.value]), [[['丙'], 'principal']]);
  });

  it('no diagnostics on the fixture', () => {
    const a = analyze('file:///j.debt', AWARDS_CASE, HOST, { today: '2024-06-30' });
    assert.deepStrictEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('each award with its figure to the as-of date and who pays (the court fee defaults to 乙, not the guarantor 丙)', () => {
    assert.deepStrictEqual(j.awards.map((a) => [a.item, a.kind, a.amount, a.generalInterest, a.by]), [
      [1, 'principal', '100000.00', false, ['乙']],
      [2, 'running-interest', '7127.82', true, ['乙']],
      [3, 'fees', '5000.00', false, ['乙']],
      [4, 'court-fee', '2300.00', false, ['乙']],
    ]);
    assert.deepStrictEqual(j.awards[1].rows, [
      { from: '2024-01-01', to: '2024-03-29', days: 89, base: '100000.00', rate: '14.60', interest: '3560.00' },
      { from: '2024-03-30', to: '2024-05-10', days: 42, base: '100000.00', rate: '14.60', interest: '1680.00' },
      { from: '2024-05-11', to: '2024-06-30', days: 51, base: '92540.00', rate: '14.60', interest: '1887.82' },
    ]);
    assert.strictEqual(j.awards[1].accruedThrough, '2024-06-30');
    assert.strictEqual(j.awards[2].description, '律师费');
  });

  it('general interest and the doubled part on the money other than general interest (迟延利息解释第1条)', () => {
    assert.strictEqual(j.generalInterest, '7127.82');
    assert.deepStrictEqual(j.delayInterest.rows, [
      { from: '2024-03-30', to: '2024-05-10', days: 42, base: '107300.00', interest: '788.66' },
      { from: '2024-05-11', to: '2024-06-30', days: 51, base: '92540.00', interest: '825.92' },
    ]);
    assert.deepStrictEqual([j.delayInterest.total, j.delayInterest.general, j.delayInterest.paid], ['1614.58', '3567.82', '0.00']);
  });

  it('the payment goes to fees, interest, principal, then the doubled part (民法典第561条; 迟延利息解释第4条)', () => {
    assert.deepStrictEqual(j.outstanding, [
      { item: 1, kind: 'principal', ordered: '100000.00', paid: '7460.00', outstanding: '92540.00' },
      { item: 2, kind: 'running-interest', ordered: '7127.82', paid: '5240.00', outstanding: '1887.82' },
      { item: 3, kind: 'fees', ordered: '5000.00', paid: '5000.00', outstanding: '0.00' },
      { item: 4, kind: 'court-fee', ordered: '2300.00', paid: '2300.00', outstanding: '0.00' },
      { item: null, kind: 'delay-interest', ordered: '1614.58', paid: '0.00', outstanding: '1614.58' },
    ]);
  });

  it('money ordered, paid, unpaid, enforcement amount and fee; the window restarted by the payment', () => {
    assert.deepStrictEqual([j.awarded, j.paid, j.unpaid, j.enforcementAmount, j.enforcementFee],
      ['114427.82', '20000.00', '94427.82', '96042.40', '1340.64']);
    assert.strictEqual(j.enforcementDeadline, '2026-05-11');
  });

  it('debtors: 乙 for every item and the doubled part, 丙 as joint guarantor of the principal only', () => {
    assert.deepStrictEqual(j.debtors, [
      { name: '乙', liability: 'principal', items: [1, 2, 3, 4], owes: '96042.40' },
      { name: '丙', liability: 'joint-guarantor', items: [1], scope: 'principal', owes: '92540.00' },
    ]);
  });

  it('a guarantor capped by a sum owes at most that sum; 范围 全部 owes everything with the doubled part', () => {
    const capped = judgmentOf(AWARDS_CASE.replace('连带 丙 范围 本金', '连带 丙 范围 50000元'));
    assert.deepStrictEqual(capped.debtors[1], { name: '丙', liability: 'joint-guarantor', items: [1, 2, 3, 4], scope: '50000.00', owes: '50000.00' });
    const all = judgmentOf(AWARDS_CASE.replace('连带 丙 范围 本金', '连带 丙'));
    assert.deepStrictEqual(all.debtors[1], { name: '丙', liability: 'joint-guarantor', items: [1, 2, 3, 4], scope: 'all', owes: '96042.40' });
  });

  it('a payment covering the money ordered reaches the doubled part last, and only with what is left (迟延利息解释第4条)', () => {
    // 95,000 more on 2024-06-30, after the rows through that day (the paid part runs through the day it is paid, 第3条):
    // interest 1,887.82 + principal 92,540 = 94,427.82 first; 95,000 − 94,427.82 = 572.18 to the doubled part,
    // 1,614.58 − 572.18 = 1,042.40 of it still owed.
    const k = judgmentOf(AWARDS_CASE.replace('    还款 2024-05-10 20000元', '    还款 2024-05-10 20000元\n    还款 2024-06-30 95000元'));
    assert.deepStrictEqual(k.outstanding.map((o) => o.outstanding), ['0.00', '0.00', '0.00', '0.00', '1042.40']);
    assert.deepStrictEqual([k.delayInterest.total, k.delayInterest.paid, k.unpaid, k.enforcementAmount], ['1614.58', '572.18', '0.00', '1042.40']);
  });

  it('a fixed interest item is general interest: not in the doubled base; 利息 至 DATE kept', () => {
    // 本金 10,000 + 利息 2,000 至 2024-03-01; delay 2024-04-01 … 2024-04-10 = 10 days × 10,000 × 0.000175 = 17.50.
    const k = judgmentOf(['案件 甲 {', '  起诉日 2024-04-10', '  原告 甲', '  被告 乙', '  判决 "（2024）京0105民初1号" {',
      '    履行期限 2024-03-31', '    判项 本金 10000元', '    判项 利息 2000元 至 2024-03-01', '  }', '}'].join('\n'));
    assert.deepStrictEqual(k.awards.map((a) => [a.kind, a.amount, a.until, a.by]), [['principal', '10000.00', undefined, ['乙']], ['interest', '2000.00', '2024-03-01', ['乙']]]);
    assert.deepStrictEqual([k.delayInterest.total, k.generalInterest, k.unpaid, k.enforcementAmount], ['17.50', '0.00', '12000.00', '12017.50']);
  });

  it('the JSON report carries awards, debtors, generalInterest and outstanding', () => {
    const a = analyze('file:///j.debt', AWARDS_CASE, HOST, { today: '2024-06-30' });
    const r = JSON.parse(JSON.stringify(buildReport('j.debt', a))) as { cases: { judgment: Record<string, unknown> }[] };
    const jr = r.cases[0].judgment;
    assert.strictEqual((jr.awards as unknown[]).length, 4);
    assert.strictEqual((jr.debtors as { liability: string }[])[1].liability, 'joint-guarantor');
    assert.strictEqual(jr.generalInterest, '7127.82');
    assert.strictEqual((jr.outstanding as unknown[]).length, 5);
  });

  it('without 判项 (v2): the defendants are the debtors, awards and outstanding empty', () => {
    const k = judgmentOf(['案件 甲 {', '  起诉日 2024-04-10', '  原告 甲', '  被告 乙', '  判决 "（2024）京0105民初1号" { 履行期限 2024-03-31 判决金额 10000 }', '}'].join('\n'));
    // 2024-04-01 … 2024-04-10 = 10 days × 10,000 × 0.000175 = 17.50 → owes 10,017.50.
    assert.deepStrictEqual([k.awards, k.outstanding, k.generalInterest], [[], [], '0.00']);
    assert.deepStrictEqual(k.debtors, [{ name: '乙', liability: 'principal', items: [], owes: '10017.50' }]);
  });
});
