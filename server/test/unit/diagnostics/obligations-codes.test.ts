/**
 * Who owes what (spec §8.1): DEBT224, DEBT226, DEBT227 and DEBT616–DEBT619 on variations of the base case (fixture.ts): the
 * loan L of 10,000 lent by 甲 to 乙 on 2023-01-10, due 2023-06-30, filed 2024-06-01.
 */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { BASE, edit, expectDiagnostic } from './fixture';

const run = (text: string, locale: 'zh' | 'en' = 'zh') =>
  analyze('file:///cases/law.debt', text, { read: () => undefined }, { today: '2024-06-01', locale }).diagnostics;

function expectAt(text: string, code: string, needle: string, msg: RegExp, opts: { nth?: number; cites?: string[]; locale?: 'zh' | 'en' } = {}) {
  expectDiagnostic(run(text, opts.locale), text, code, needle, msg, opts);
}

const DEFENDANT_BING = '  被告 丙 { 自然人 身份证号 110108199001011231 住所 "北京市海淀区" }';
/** BASE with 丙 as a second defendant and `fields` added to the loan L (after 借款人 乙). */
const withBing = (fields: string[], extra: string[] = []) =>
  edit({ 5: BASE[4] + '\n' + DEFENDANT_BING, 8: ['    借款人 乙', ...fields].join('\n') }, extra);
/** A second loan M of 甲 to 乙, with no guarantor. */
const LOAN_M = ['  借款 M {', '    出借人 甲', '    借款人 乙', '    签订 2023-02-01 证据 借条', '    交付 2023-02-01 5000元 转账 证据 回单', '    到期 2023-08-01', '    利率 10%', '  }'];

describe('obligation diagnostic codes (spec §8.1)', function () {
  this.timeout(20000); // the first analysis builds the parser; the machine may be loaded
  it('DEBT224 a guarantee claimed in a case with a loan the guarantor did not guarantee (合同相对性)', () => {
    const text = withBing(['    保证人 丙 连带 保证期间至 2025-06-30'], [...LOAN_M, '  请求 保证责任 丙']);
    // 丙 occurs: 1 被告 丙, 2 保证人 丙, 3 请求 保证责任 丙
    expectAt(text, 'DEBT224', '丙', /“丙”只为借款“L”提供保证，其保证责任仅及于该借款，不及于借款“M”（民法典第681条、第691条；合同仅约束当事人，第465条第2款）/,
      { nth: 3, cites: ['民法典第681条', '民法典第691条', '民法典第465条'] });
  });

  it('DEBT605 (a guarantee claimed from a party who guaranteed no loan) cites the guarantee and contract relativity', () => {
    const text = withBing([], ['  请求 保证责任 丙']);
    expectAt(text, 'DEBT605', '丙', /请求“丙”承担保证责任，但其不是本案任何借款的保证人/, { nth: 2, cites: ['民法典第688条', '民法典第681条', '民法典第465条'] });
    assert.ok(!run(text).some((d) => d.code === 'DEBT224' || d.code === 'DEBT619'));
  });

  it('DEBT224 not reported when the guarantor guaranteed every loan of the case', () => {
    const text = withBing(['    保证人 丙 连带 保证期间至 2025-06-30'], ['  请求 保证责任 丙']);
    assert.ok(!run(text).some((d) => d.code === 'DEBT224'));
  });

  it('DEBT226 a spouse without a basis of 民法典第1064条 (owes nothing as written)', () => {
    const text = withBing(['    配偶 丙']);
    expectAt(text, 'DEBT226', '丙', /配偶“丙”未写明借款“L”属于夫妻共同债务的依据.*目前按其不负还款责任计算。请写 依据 共同签字、事后追认、家庭日常生活需要、共同生活 或 共同生产经营/,
      { nth: 2, cites: ['民法典第1064条'] });
    // Not reported a second time as a defendant who owes nothing.
    assert.ok(!run(text).some((d) => d.code === 'DEBT618'));
  });

  it('DEBT227 the lender named as a debtor or guarantor of its own loan (error); it owes nothing', () => {
    const text = withBing(['    共同借款人 甲']);
    // 甲 occurs: 1 原告 甲, 2 出借人 甲, 3 共同借款人 甲
    expectAt(text, 'DEBT227', '甲', /“甲”是借款“L”的出借人，不能同时是该借款的借款人、共同借款人、债务加入人、配偶或保证人.*（民法典第667条）/,
      { nth: 3, cites: ['民法典第667条'] });
    const report = analyze('file:///cases/law.debt', text, { read: () => undefined }, { today: '2024-06-01' }).cases[0];
    assert.ok(!report.debtors.some((d) => d.name === '甲'));
  });

  it('DEBT616 a spouse on 共同生产经营 without proof (民法典第1064条第2款); with proof, none', () => {
    expectAt(withBing(['    配偶 丙 依据 共同生产经营']), 'DEBT616', '共同生产经营',
      /以“共同生产经营”为依据主张借款“L”为配偶“丙”的夫妻共同债务，但未写证据：.*须由债权人证明用于夫妻共同生活或共同生产经营（民法典第1064条第2款）/, { cites: ['民法典第1064条'] });
    expectAt(withBing(['    配偶 丙 依据 共同生活']), 'DEBT616', '共同生活', /以“共同生活”为依据/);
    const proved = withBing(['    配偶 丙 依据 共同生产经营 证据 回单']);
    assert.deepStrictEqual(run(proved).filter((d) => d.code.startsWith('DEBT61') || d.code === 'DEBT226').map((d) => d.code), []);
    // 共同签字 is enough by itself.
    assert.ok(!run(withBing(['    配偶 丙 依据 共同签字'])).some((d) => d.code === 'DEBT616' || d.code === 'DEBT618'));
  });

  it('DEBT617 a general guarantor sued while the borrower is not (先诉抗辩权, 民法典第687条)', () => {
    const text = edit({ 5: '  第三人 乙 { 自然人 }\n' + DEFENDANT_BING, 8: '    借款人 乙\n    保证人 丙 一般 保证期间至 2025-06-30' }, ['  请求 保证责任 丙']);
    expectAt(text, 'DEBT617', '丙', /“丙”是借款“L”的一般保证人，但该借款的债务人乙均未列为被告：一般保证人享有先诉抗辩权（民法典第687条第2款），仅起诉一般保证人的，法院应当驳回起诉（担保制度解释第26条第1款）/,
      { nth: 2, cites: ['民法典第687条', '担保制度解释第26条'] });
    // With the borrower sued too, nothing.
    assert.ok(!run(withBing(['    保证人 丙 一般 保证期间至 2025-06-30'], ['  请求 保证责任 丙'])).some((d) => d.code === 'DEBT617'));
  });

  it('DEBT618 a defendant tied to no loan', () => {
    expectAt(withBing([]), 'DEBT618', '丙', /被告“丙”对本案任何借款均不负清偿责任：本案借款均未将其列为借款人、共同借款人、债务加入人、配偶或保证人。合同仅约束当事人（民法典第465条第2款）/,
      { cites: ['民法典第465条'] });
  });

  it('DEBT618 a defendant whose only guarantee lapsed (民法典第693条)', () => {
    // No period agreed: six months after 2023-06-30 → 2023-12-30; no demand of 丙; filed 2024-06-01.
    expectAt(withBing(['    保证人 丙 连带']), 'DEBT618', '丙', /被告“丙”对本案任何借款均不负清偿责任：其对借款“L”的保证期间已届满，保证人不再承担保证责任（民法典第693条）/,
      { cites: ['民法典第465条', '民法典第693条'] });
  });

  it('DEBT618 a defendant whose loan was repaid in full: nobody is a debtor', () => {
    // 10,000 at 10 % from 2023-01-10; 20,000 repaid on 2023-06-30 covers interest and principal (the rest is overpaid).
    const text = edit({}, ['  还款 2023-06-30 20000元 转账 证据 回单']);
    expectAt(text, 'DEBT618', '乙', /被告“乙”对本案任何借款均不负清偿责任：其所涉借款“L”截至2024年6月1日已无未清偿的本金、利息或费用/);
    assert.deepStrictEqual(analyze('file:///cases/law.debt', text, { read: () => undefined }, { today: '2024-06-01' }).cases[0].debtors, []);
  });

  it('DEBT619 a guarantee claimed after its period lapsed', () => {
    const text = withBing(['    保证人 丙 连带'], ['  请求 保证责任 丙']);
    expectAt(text, 'DEBT619', '丙', /请求“丙”承担保证责任，但其对借款“L”的保证期间已于2023年12月30日届满，债权人未在保证期间内请求保证人承担保证责任，保证人不再承担保证责任（民法典第693条）/,
      { nth: 3, cites: ['民法典第693条'] });
    expectAt(text, 'DEBT619', '丙', /^The claim asks "丙" to answer as guarantor, but the guarantee period of "L" ended on 2023-12-30 without the creditor demanding performance of the guarantor/,
      { nth: 3, locale: 'en' });
  });

  it('the new loan fields name parties and evidence that must be declared (DEBT202 at each name)', () => {
    const text = edit({ 8: '    借款人 乙\n    共同借款人 丁 证据 无此证据\n    债务加入 戊' });
    const all = run(text);
    expectDiagnostic(all, text, 'DEBT202', '丁', /未声明的当事人“丁”/);
    expectDiagnostic(all, text, 'DEBT202', '无此证据', /未声明的证据“无此证据”/);
    expectDiagnostic(all, text, 'DEBT202', '戊', /未声明的当事人“戊”/);
  });
});
