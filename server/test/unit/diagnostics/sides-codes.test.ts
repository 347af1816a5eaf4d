/**
 * Both sides (spec §8.4): the side read from the agent's 委托人, unlawful collection spoken to each side (DEBT640 to the
 * creditor's lawyer, DEBT641 to the debtor's) and the defences a debtor's lawyer is told of (DEBT642), at the fact each
 * rests on. The base case (fixture.ts) is 甲 lending 乙 10,000 at 10 % (cap 4 × 3.65 % = 14.60 %), due 2023-06-30, as of 2024-06-01.
 */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { edit, expectDiagnostic } from './fixture';

const run = (text: string) => analyze('file:///cases/law.debt', text, { read: () => undefined }, { today: '2024-06-01' });
const FOR_DEBTOR = '  代理人 丁 { 律所 "某某律师事务所" 委托人 乙 }';
const FOR_CREDITOR = '  代理人 丁 { 律所 "某某律师事务所" 委托人 甲 }';

describe('both sides: DEBT640–642', function () {
  this.timeout(20000);
  it('the side: an agent for a defendant acts for the debtor, for a plaintiff the creditor; no agent: the creditor, not explicit', () => {
    const side = (extra: string[]) => { const c = run(edit({}, extra)).cases[0]; return [c.side, c.sideExplicit]; };
    assert.deepStrictEqual(side([FOR_DEBTOR]), ['debtor', true]);
    assert.deepStrictEqual(side([FOR_CREDITOR]), ['creditor', true]);
    assert.deepStrictEqual(side([]), ['creditor', false]);
  });

  it('DEBT640 a creditor\'s lawyer is warned at the channel (联系第三人 does not interrupt the period)', () => {
    const text = edit({}, [FOR_CREDITOR, '  催收 2023-09-01 向 乙 联系第三人 由 甲']);
    expectDiagnostic(run(text).diagnostics, text, 'DEBT640', '联系第三人', /以“联系第三人”方式催收.*不中断诉讼时效.*请停止此类催收/,
      { cites: ['民法典第1032条', '民法典第1033条', '个人信息保护法第10条'] });
    assert.deepStrictEqual(run(text).cases[0].loans[0].limitation.interruptions, []);
  });

  it('DEBT640 with no agent too; 威胁 adds 刑法第293条; a call count above 3 a day is named with the alert level', () => {
    const text = edit({}, ['  催收 2023-09-01 向 乙 威胁', '  催收 2023-09-02 向 乙 电话 次数 47']);
    expectDiagnostic(run(text).diagnostics, text, 'DEBT640', '威胁', /以“威胁”方式催收.*寻衅滋事罪（刑法第293条）/, { cites: ['刑法第293条'] });
    expectDiagnostic(run(text).diagnostics, text, 'DEBT640', '47', /同日催收47次（超过本工具按每日3次设定的提示标准，该标准非法定）/);
    // A threatening call reaches the debtor: it still interrupts (2023-09-01 and 2023-09-02).
    assert.deepStrictEqual(run(text).cases[0].loans[0].limitation.interruptions, ['2023-09-01', '2023-09-02']);
  });

  it('3 calls a day is not above the alert level: nothing', () => {
    const ds = run(edit({}, ['  催收 2023-09-02 向 乙 电话 次数 3'])).diagnostics;
    assert.ok(!ds.some((d) => d.code === 'DEBT640' || d.code === 'DEBT641'));
  });

  it('DEBT641 a debtor\'s lawyer is told it is a ground of complaint; 293之一 when the debt is unlawful (rate above the cap)', () => {
    const text = edit({ 12: '    利率 24%' }, [FOR_DEBTOR, '  催收 2023-09-01 向 乙 暴力 证据 录像', '  证据 录像 { 类型 视频 }']);
    expectDiagnostic(run(text).diagnostics, text, 'DEBT641', '暴力', /以“暴力”方式催收.*催收非法债务罪（刑法第293条之一）.*collection-complaint/,
      { cites: ['刑法第293条', '刑法第293条之一'] });
    assert.ok(!run(text).diagnostics.some((d) => d.code === 'DEBT640'));
  });

  it('DEBT642 at each fact for a debtor\'s lawyer; the creditor\'s advice (DEBT401) is not repeated to him', () => {
    // 10,000 at 24 % from 2023-01-10: above 4 × 3.65 % = 14.60 %. Period 2023-01-10…06-30 = 172 days:
    // at the cap 1,460 × 172 / 365 = 251,120 / 365 = 688.00; overdue 2023-07-01…2024-05-31 = 336 days at 14.60 % (规定28
    // ¶2(二)): 1,460 × 336 / 365 = 1,344.00; interest 2,032.00. Above the cap: 940 × 172 / 365 = 442.9589 → 442.96.
    const text = edit({ 12: '    利率 24%' }, [FOR_DEBTOR]);
    const ds = run(text).diagnostics;
    expectDiagnostic(ds, text, 'DEBT642', '24%', /借期内年利率24.00%超过上限14.60%.*多出442.96元.*截至2024年5月31日尚欠利息2,032.00元/,
      { cites: ['民间借贷规定第25条'] });
    assert.ok(!ds.some((d) => d.code === 'DEBT401'));
    const creditor = run(edit({ 12: '    利率 24%' }, [FOR_CREDITOR])).diagnostics;
    assert.ok(creditor.some((d) => d.code === 'DEBT401') && !creditor.some((d) => d.code === 'DEBT642'));
  });

  it('DEBT642 limitation: due 2020-06-30, nothing since: ended 2023-06-30 (民法典第188条、第192条)', () => {
    const text = edit({ 9: '    签订 2020-01-10 证据 借条', 10: '    交付 2020-01-10 10000元 转账 证据 回单', 11: '    到期 2020-06-30' }, [FOR_DEBTOR]);
    expectDiagnostic(run(text).diagnostics, text, 'DEBT642', '2020-06-30', /诉讼时效期间已于2023年6月30日届满/, { cites: ['民法典第188条', '民法典第192条'] });
    assert.ok(!run(text).diagnostics.some((d) => d.code === 'DEBT502'), 'the lapse is the debtor\'s defence, not a bar');
  });
});
