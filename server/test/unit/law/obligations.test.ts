/** Who owes what (spec §8.1; law/obligations.ts): debtors, liabilities and figures worked out by hand. */
import * as assert from 'assert';
import { law, case0 } from './law-helpers';
import { CaseReport } from '../../../src/core/law/analyze-law';
import { TWO_LOANS } from './obligations-fixture';
import { debtorsOfLoan, liabilityWords, obligationsOf, lapsedGuarantees } from '../../../src/core/law/obligations';


// A: 2024-01-01..2024-12-31 = 366 days (leap year): 100,000 × 10 % × 366 / 365 = 10,027.397… → 10,027.40; total 110,027.40.
const A = { principal: '100000.00', interest: '10027.40', total: '110027.40' };
// B: 2024-07-01..2024-12-31 = 184 days: 50,000 × 12 % × 184 / 365 = 3,024.657… → 3,024.66; total 53,024.66.
const B = { principal: '50000.00', interest: '3024.66', total: '53024.66' };
// 6 months after the due date 2024-12-31, no period agreed (民法典第692条第2款).
const UNTIL = '2025-06-30';

const brief = (r: CaseReport) => r.debtors.map((d) => ({ name: d.name, loans: d.loans.map((o) => ({
  loan: o.loan, liability: o.liability, principal: o.principal, interest: o.interest, total: o.total,
  ...(o.scope ? { scope: o.scope } : {}), ...(o.spouseBasis ? { spouseBasis: o.spouseBasis } : {}),
  ...(o.guaranteeUntil ? { guaranteeUntil: o.guaranteeUntil } : {}),
})) }));

describe('obligations: who owes what (spec §8.1)', function () {
  this.timeout(20000); // the first analysis builds the parser; the machine may be loaded
  const report = case0(law(TWO_LOANS)) as CaseReport;

  it('lists every debtor in party order, each loan with liability and figures', () => {
    assert.deepStrictEqual(brief(report), [
      { name: '乙', loans: [{ loan: 'A', liability: 'borrower', ...A }, { loan: 'B', liability: 'borrower', ...B }] },
      { name: '丙', loans: [{ loan: 'A', liability: 'co-borrower', ...A }] },
      // 范围 本金: the principal only (民法典第691条 但书).
      { name: '丁', loans: [{ loan: 'A', liability: 'joint-guarantor', principal: '100000.00', interest: '0.00', total: '100000.00', scope: 'principal', guaranteeUntil: UNTIL }] },
      { name: '戊', loans: [{ loan: 'B', liability: 'spouse', ...B, spouseBasis: 'common-use' }] },
      { name: '己', loans: [{ loan: 'B', liability: 'joined', ...B }] },
      // 范围 20000元: principal first up to the cap, 20,000.00; nothing left for interest; total 20,000.00.
      { name: '庚', loans: [{ loan: 'B', liability: 'general-guarantor', principal: '20000.00', interest: '0.00', total: '20000.00', scope: '20000.00', guaranteeUntil: UNTIL }] },
    ]);
  });

  it('cites the article each liability rests on', () => {
    assert.ok(obligationsOf(report, '己')[0].citations.includes('民法典第552条'));
    assert.ok(obligationsOf(report, '戊')[0].citations.includes('民法典第1064条'));
    assert.ok(obligationsOf(report, '丁')[0].citations.includes('民法典第688条'));
    assert.ok(obligationsOf(report, '庚')[0].citations.includes('民法典第687条'));
    assert.ok(obligationsOf(report, '丙')[0].citations.includes('民法典第518条'));
  });

  it('obligationsOf: [] for a party who owes nothing (the plaintiff, a defendant tied to no loan, an unknown name)', () => {
    assert.deepStrictEqual(obligationsOf(report, '甲'), []);
    assert.deepStrictEqual(obligationsOf(report, '辛'), []);
    assert.deepStrictEqual(obligationsOf(report, '无此人'), []);
  });

  it('debtorsOfLoan: principal debtors first, then guarantors; nobody tied only to the other loan', () => {
    assert.deepStrictEqual(debtorsOfLoan(report, 'A').map((d) => `${d.name}:${d.obligation.liability}`), ['乙:borrower', '丙:co-borrower', '丁:joint-guarantor']);
    assert.deepStrictEqual(debtorsOfLoan(report, 'B').map((d) => `${d.name}:${d.obligation.liability}`), ['乙:borrower', '戊:spouse', '己:joined', '庚:general-guarantor']);
    assert.deepStrictEqual(debtorsOfLoan(report, 'C'), []);
  });

  it('a guarantee cap above the debt leaves the whole debt; 全部 is the default (民法典第691条)', () => {
    const text = TWO_LOANS.replace('保证人 庚 一般 范围 20000元', '保证人 庚 一般 范围 60000元').replace('保证人 丁 连带 范围 本金', '保证人 丁 连带');
    const r = case0(law(text)) as CaseReport;
    const g = obligationsOf(r, '庚')[0];
    // cap 60,000 ≥ 53,024.66: principal 50,000.00, interest min(3,024.66, 60,000 − 50,000) = 3,024.66, total 53,024.66
    assert.deepStrictEqual([g.principal, g.interest, g.total, g.scope], ['50000.00', '3024.66', '53024.66', '60000.00']);
    const d = obligationsOf(r, '丁')[0];
    assert.deepStrictEqual([d.principal, d.interest, d.total, d.scope], [A.principal, A.interest, A.total, 'all']);
  });

  it('a cap between principal and total: principal whole, interest up to the rest', () => {
    const r = case0(law(TWO_LOANS.replace('范围 20000元', '范围 52000元'))) as CaseReport;
    const g = obligationsOf(r, '庚')[0];
    // 52,000 − 50,000 = 2,000 of the 3,024.66 interest; total 52,000.00
    assert.deepStrictEqual([g.principal, g.interest, g.total], ['50000.00', '2000.00', '52000.00']);
  });

  it('a guarantee whose period lapsed owes nothing (民法典第693条) and is reported as lapsed', () => {
    // Filed 2025-08-01: 丁's joint guarantee ended 2025-06-30 with no demand of 丁.
    const r = case0(law(TWO_LOANS.replace('起诉日 2025-01-01', '起诉日 2025-08-01'))) as CaseReport;
    assert.deepStrictEqual(obligationsOf(r, '丁'), []);
    assert.deepStrictEqual(lapsedGuarantees(r, '丁'), [{ loan: 'A', until: UNTIL }]);
    // 庚's general guarantee: no suit against the debtor within the period either.
    assert.deepStrictEqual(obligationsOf(r, '庚'), []);
  });

  it('a demand of the joint guarantor within the period keeps the guarantee', () => {
    const r = case0(law(TWO_LOANS.replace('起诉日 2025-01-01', '起诉日 2025-08-01').replace('  请求 本金', '  催收 2025-03-01 向 丁 律师函\n  请求 本金'))) as CaseReport;
    assert.strictEqual(obligationsOf(r, '丁')[0].liability, 'joint-guarantor');
  });

  it('a spouse without a basis owes nothing (民法典第1064条)', () => {
    const r = case0(law(TWO_LOANS.replace('配偶 戊 依据 共同生活', '配偶 戊'))) as CaseReport;
    assert.deepStrictEqual(obligationsOf(r, '戊'), []);
  });

  it('共同借款人 is a co-borrower like a second name after 借款人; a party tied twice keeps the stronger tie', () => {
    const r = case0(law(TWO_LOANS.replace('借款人 乙、丙', '借款人 乙\n    共同借款人 丙\n    保证人 乙 连带'))) as CaseReport;
    assert.deepStrictEqual(brief(r).slice(0, 2), [
      { name: '乙', loans: [{ loan: 'A', liability: 'borrower', ...A }, { loan: 'B', liability: 'borrower', ...B }] },
      { name: '丙', loans: [{ loan: 'A', liability: 'co-borrower', ...A }] },
    ]);
  });

  it('the JSON report carries debtors in the shape of spec §8.1', () => {
    const a = law(TWO_LOANS);
    const json = JSON.parse(JSON.stringify(a.cases[0])) as { debtors: { name: string; loans: Record<string, string>[] }[] };
    assert.deepStrictEqual(Object.keys(json.debtors[0]), ['name', 'loans']);
    for (const k of ['loan', 'liability', 'principal', 'interest', 'total']) assert.ok(k in json.debtors[0].loans[0], k);
  });

  it('liabilityWords phrases each liability for the documents', () => {
    assert.strictEqual(liabilityWords('co-borrower'), '共同偿还');
    assert.strictEqual(liabilityWords('borrower', false), '偿还');
    assert.strictEqual(liabilityWords('joint-guarantor'), '连带清偿责任');
    assert.strictEqual(liabilityWords('general-guarantor'), '一般保证责任');
    assert.strictEqual(liabilityWords('spouse'), '共同清偿责任（夫妻共同债务）');
  });
});
