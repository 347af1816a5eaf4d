/**
 * A judgment's instalments and stays (法释〔2014〕8号 第2条、第3条; 民诉法第250条第2款) and several names in one 由
 * (共同 / 连带 / 按份, 民法典第517条、第518条). Figures worked by hand in staged-fixture.ts.
 */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { buildModel } from '../../../src/core/model/build';
import { INSTALMENT_CASE, PAYERS_CASE, SHORTCUT_CASE } from './staged-fixture';

const HOST = { read: () => undefined };
const run = (text: string, today: string) => analyze('file:///j.debt', text, HOST, { today });

describe('judgment instalments and stays (迟延利息解释第2条、第3条)', () => {
  const a = run(INSTALMENT_CASE, '2024-06-30');
  const j = a.cases[0].judgment!;

  it('the model reads 分期 DATE MONEY and 中止 DATE 至 DATE', () => {
    const jm = buildModel('file:///j.debt', INSTALMENT_CASE, HOST, 'zh').file.cases[0].judgments[0];
    assert.deepStrictEqual(jm.installments.map((x) => [x.date.value, x.amount.value.toFixed(2)]),
      [['2024-03-31', '30000.00'], ['2024-04-30', '30000.00'], ['2024-05-31', '30000.00']]);
    assert.deepStrictEqual(jm.suspensions.map((x) => [x.from.value, x.to.value]), [['2024-06-01', '2024-06-10']]);
  });

  it('no diagnostics: the instalments add up and lie within the performance period', () =>
    assert.deepStrictEqual(a.diagnostics.map((d) => d.code), []));

  it('the doubled part per instalment from the day after its deadline, on its unpaid part, stayed days left out', () => {
    assert.deepStrictEqual(j.delayInterest.rows, [
      { from: '2024-04-01', to: '2024-04-15', days: 15, base: '30000.00', interest: '78.75', installment: 1 },
      { from: '2024-04-16', to: '2024-05-31', days: 46, base: '10000.00', interest: '80.50', installment: 1 },
      { from: '2024-06-11', to: '2024-06-30', days: 20, base: '10000.00', interest: '35.00', installment: 1 },
      { from: '2024-05-01', to: '2024-05-31', days: 31, base: '30000.00', interest: '162.75', installment: 2 },
      { from: '2024-06-11', to: '2024-06-30', days: 20, base: '30000.00', interest: '105.00', installment: 2 },
      { from: '2024-06-11', to: '2024-06-30', days: 20, base: '30000.00', interest: '105.00', installment: 3 },
    ]);
    assert.strictEqual(j.delayInterest.total, '567.00');
    assert.strictEqual(j.delayInterest.from, '2024-04-01');
    assert.deepStrictEqual(j.delayInterest.installments, [
      { installment: 1, due: '2024-03-31', amount: '30000.00', paid: '20000.00', from: '2024-04-01', total: '194.25' },
      { installment: 2, due: '2024-04-30', amount: '30000.00', paid: '0.00', from: '2024-05-01', total: '267.75' },
      { installment: 3, due: '2024-05-31', amount: '30000.00', paid: '0.00', from: '2024-06-01', total: '105.00' },
    ]);
    assert.deepStrictEqual(j.delayInterest.stays, [{ from: '2024-06-01', to: '2024-06-10', days: 10 }]);
  });

  it('unpaid, enforcement amount and fee; the window runs from the last instalment (民诉法第250条第2款)', () => {
    assert.deepStrictEqual([j.unpaid, j.enforcementAmount, j.enforcementFee], ['70000.00', '70567.00', '958.51']);
    assert.deepStrictEqual([j.enforcementDeadline, j.enforcementDeadlineUnextended], ['2026-06-01', '2026-05-31']);
  });

  it('without 分期 and 中止 the same judgment has one base from the day after 履行期限 (the rows of before)', () => {
    const plain = INSTALMENT_CASE.replace(/ {4}分期 .*\n/g, '').replace(/ {4}中止 .*\n/, '');
    const p = run(plain, '2024-06-30').cases[0].judgment!;
    // 90,000 − 20,000 = 70,000 from 2024-06-01: 30 days × 70,000 × 0.000175 (= 12.25 a day) = 367.50.
    assert.deepStrictEqual(p.delayInterest.rows, [{ from: '2024-06-01', to: '2024-06-30', days: 30, base: '70000.00', interest: '367.50' }]);
    assert.strictEqual(p.delayInterest.installments, undefined);
    assert.strictEqual(p.delayInterest.stays, undefined);
  });

  it('the 判决金额 shortcut: instalments, the rest from the effective date, the window from the last instalment', () => {
    const s = run(SHORTCUT_CASE, '2024-04-30').cases[0].judgment!;
    assert.deepStrictEqual(s.delayInterest.rows, [
      { from: '2024-01-10', to: '2024-04-30', days: 112, base: '10000.00', interest: '196.00' },
      { from: '2024-03-01', to: '2024-04-30', days: 61, base: '20000.00', interest: '213.50', installment: 1 },
      { from: '2024-04-01', to: '2024-04-30', days: 30, base: '20000.00', interest: '105.00', installment: 2 },
    ]);
    assert.strictEqual(s.delayInterest.total, '514.50');
    assert.strictEqual(s.enforcementDeadline, '2026-03-31');
    assert.deepStrictEqual(s.delayInterest.stays, [{ from: '2024-01-01', to: '2024-01-05', days: 0 }]);
  });
});

describe('several names in one 由 (共同 / 连带 / 按份)', () => {
  const a = run(PAYERS_CASE, '2024-03-20');
  const j = a.cases[0].judgment!;

  it('the model keeps the word; 连带 followed by a name is the next item (the guarantor), not the word', () => {
    const jm = buildModel('file:///j.debt', PAYERS_CASE, HOST, 'zh').file.cases[0].judgments[0];
    assert.deepStrictEqual(jm.awards.map((x) => [x.by.map((r) => r.name), x.byLiability?.value]), [
      [['乙', '丙'], 'jointly'], [['乙', '丙'], undefined], [['乙', '丙', '丁'], 'several'], [['乙', '丁'], 'joint'], [['乙'], undefined],
    ]);
    assert.deepStrictEqual(jm.joint.map((x) => [x.parties.map((r) => r.name), x.scope?.value]), [[['戊'], 'principal']]);
  });

  it('the report says how several owe each item, with 按份 shares to the fen', () => {
    assert.deepStrictEqual(j.awards.map((x) => [x.item, x.by, x.liability, x.liabilityWritten, x.shares]), [
      [1, ['乙', '丙'], 'jointly', true, undefined],
      [2, ['乙', '丙'], 'jointly', false, undefined],
      [3, ['乙', '丙', '丁'], 'several', true, [{ name: '乙', amount: '333.67' }, { name: '丙', amount: '333.67' }, { name: '丁', amount: '333.66' }]],
      [4, ['乙', '丁'], 'joint', true, undefined],
      [5, ['乙'], undefined, undefined, undefined],
    ]);
  });

  it('each debtor owes its items (its 按份 share) and the doubled part on the money it answers for', () => {
    assert.strictEqual(j.delayInterest.total, '186.38');
    assert.deepStrictEqual(j.debtors.map((d) => [d.name, d.liability, d.items, d.owes]), [
      ['乙', 'principal', [1, 2, 3, 4, 5], '109018.88'],
      ['丙', 'principal', [1, 2, 3], '103509.26'],
      ['丁', 'principal', [3, 4], '5342.99'],
      ['戊', 'joint-guarantor', [1], '100000.00'],
    ]);
  });

  it('only the item with several names and no word is flagged (DEBT248)', () =>
    assert.deepStrictEqual(a.diagnostics.map((d) => d.code), ['DEBT248']));

  it('English keywords: by A, B jointly | severally | joint', () => {
    const en = PAYERS_CASE.replace('由 乙、丙 共同', 'by 乙, 丙 jointly').replace('由 乙、丙、丁 按份', 'by 乙, 丙, 丁 severally').replace('由 乙、丁 连带', 'by 乙, 丁 joint');
    const jm = buildModel('file:///j.debt', en, HOST, 'zh').file.cases[0].judgments[0];
    assert.deepStrictEqual(jm.awards.map((x) => x.byLiability?.value), ['jointly', undefined, 'several', 'joint', undefined]);
  });
});
