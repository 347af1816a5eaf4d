/** The spec §8.3 codes (DEBT255–258, DEBT420–424, DEBT630) on variations of the shared two-person case; figures by hand. */
import { analyze } from '../../../src/core/analyze';
import { edit, expectDiagnostic } from './fixture';

const run = (text: string) => analyze('file:///cases/law.debt', text, { read: () => undefined }, { today: '2024-06-01' }).diagnostics;
const expectAt = (text: string, code: string, needle: string, msg: RegExp, opts: { nth?: number; cites?: string[] } = {}) =>
  expectDiagnostic(run(text), text, code, needle, msg, opts);

// BASE: 10,000 delivered 2023-01-10 (LPR 3.65, cap 14.60), 10 %, due 2023-06-30, filed 2024-06-01.
describe('spec §8.3 diagnostic codes', function () {
  this.timeout(20000);
  it('DEBT255 a 结算 before the loan was lent', () =>
    expectAt(edit({}, ['  结算 2022-12-01 12000元 借款 L']), 'DEBT255', '2022-12-01', /结算日期2022年12月1日早于借款“L”的首次交付（2023年1月10日）/));
  it('DEBT256 a fixed interest sum with a rate', () =>
    expectAt(edit({}, ['  请求 利息 按 6% 3000元']), 'DEBT256', '请求 利息 按 6% 3000元', /固定金额.*又写了 按、自 或 至/));
  it('DEBT257 a plan and a due date', () =>
    expectAt(edit({}, []).replace('    利率 10%', '    利率 10%\n    分期 等额本金 6期 首期 2023-02-10'), 'DEBT257', '分期 等额本金 6期 首期 2023-02-10', /既写了 分期 等额本息\/等额本金，又写了 到期/));
  it('DEBT258 固定 after a percentage rate', () =>
    expectAt(edit({ 12: '    利率 10% 固定' }), 'DEBT258', '固定', /只用于以LPR表示的利率/));
  it('DEBT420 a pleaded rate above the cap', () =>
    // 24 % > 4 × 3.65 = 14.60 %.
    expectAt(edit({}, ['  请求 利息 按 24%']), 'DEBT420', '24%', /请求按24\.00%计算借款“L”的利息，该利率在2023年1月10日为年利率24\.00%，超过合同成立时一年期LPR的四倍14\.60%/,
      { cites: ['民间借贷规定第25条'] }));
  it('DEBT421 a fixed interest sum above the lawful interest', () =>
    // Lawful: 2023-01-10…2023-06-30 172 d × 10,000 × 10 % = 471.23; overdue at 10 % 2023-07-01…2024-05-31 336 d = 920.55;
    // 1,391.78 unpaid. Claimed 2,000.00 → 608.22 above.
    expectAt(edit({}, ['  请求 本金', '  请求 利息 2000元']), 'DEBT421', '2000元', /2,000\.00元超过.*1,391\.78元.*超出的608\.22元/));
  it('DEBT422 a 结算 rolling interest above the cap into principal', () =>
    // On 2023-07-01: principal 10,000, lawful interest 471.23 (as above); 12,000 settled → 1,528.77 is not principal.
    expectAt(edit({}, ['  结算 2023-07-01 12000元 借款 L']), 'DEBT422', '12000元', /超出的1,528\.77元是超过法定上限的利息/, { cites: ['民间借贷规定第27条'] }));
  it('DEBT423 more owed at the end of the term than 规定27 ¶2 allows', () =>
    // 14.6 % due 2023-12-31; settled 2023-07-01 at the lawful 10,000 + 172 d × 14.60 % = 688.00 → 10,688.00. Then
    // 2023-07-01…2023-12-31 184 d × 10,688 × 14.60 % = 786.64; owed at the end 11,474.64. Ceiling 10,000 + 10,000 × 14.60 %
    // × 356 d (2023-01-10…2023-12-31) = 11,424.00; excess 50.64.
    expectAt(edit({ 11: '    到期 2023-12-31', 12: '    利率 14.6%' }, ['  结算 2023-07-01 10688元']), 'DEBT423', '10688元', /11,474\.64元.*11,424\.00元；超出的50\.64元不受支持/));
  it('DEBT424 宣布到期 without proof', () =>
    expectAt(edit({}, ['  宣布到期 2023-03-01']), 'DEBT424', '2023-03-01', /宣布借款提前到期缺少证据/));
  it('DEBT630 a claim that starts after it ends', () =>
    expectAt(edit({}, ['  请求 利息 自 2024-01-01 至 2023-12-01']), 'DEBT630', '2024-01-01', /起算日2024年1月1日晚于截止日2023年12月1日/));
});
