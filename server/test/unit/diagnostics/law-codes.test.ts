/** One test per DEBT3xx–DEBT6xx code, on variations of one two-person case; ranges located by searching the source. */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { catalogue } from '../../../src/core/diagnostics/catalogue';
import { edit, expectDiagnostic } from './fixture';

const run = (text: string, settings = {}) =>
  analyze('file:///cases/law.debt', text, { read: () => undefined }, { today: '2024-06-01', settings }).diagnostics;

function expectAt(text: string, code: string, needle: string, msg: RegExp, opts: { nth?: number; settings?: object; cites?: string[] } = {}) {
  expectDiagnostic(run(text, opts.settings), text, code, needle, msg, opts);
}

describe('law diagnostic codes', () => {
  it('the base case only suggests a payment order', () => assert.deepStrictEqual(run(edit({})).map((d) => d.code), ['DEBT603']));

  describe('DEBT3xx evidence', () => {
    it('DEBT301 no proof of the agreement', () =>
      expectAt(edit({ 9: '    签订 2023-01-10' }, ['  备注 "x"']), 'DEBT301', 'L', /缺少债权凭证/, { cites: ['民间借贷规定第2条'] }));
    it('DEBT302 a delivery without proof', () =>
      expectAt(edit({ 10: '    交付 2023-01-10 10000元 转账' }), 'DEBT302', '2023-01-10', /2023年1月10日的交付缺少证据.*转账记录/, { nth: 2 }));
    it('DEBT303 a large cash delivery (above debt.evidence.cashWarnAmount)', () =>
      expectAt(edit({ 10: '    交付 2023-01-10 200000元 现金 证据 回单' }), 'DEBT303', '200000元', /现金交付200,000.00元超过100,000.00元/, { cites: ['民间借贷规定第15条'] }));
    it('DEBT304 the agreement rests on transfer records only', () =>
      expectAt(edit({ 9: '    签订 2023-01-10 证据 回单' }), 'DEBT304', '回单', /仅有转账凭证/, { cites: ['民间借贷规定第16条'] }));
    it('a repayment without proof that interrupts nothing: no message (the plaintiff\'s own admission, 民诉法解释第92条)', () =>
      assert.deepStrictEqual(run(edit({}, ['  还款 2023-03-01 100元 转账'])).map((d) => d.code), ['DEBT603']));
    it('DEBT307 a demand letter without proof that it reached the debtor', () =>
      expectAt(edit({}, ['  催收 2024-01-05 向 乙 律师函 证据 函', '  证据 函 { 类型 函件 }']), 'DEBT307', '函', /缺少送达证明/, { nth: 2, cites: ['时效规定第8条'] }));
    it('DEBT308 a chat record without proof of the account holder', () =>
      expectAt(edit({ 9: '    签订 2023-01-10 证据 借条、微信' }, ['  证据 微信 { 类型 聊天记录 }']), 'DEBT308', '微信', /未证明账号使用人的身份/, { nth: 2 }));
    it('DEBT309 a copy without an original', () =>
      expectAt(edit({ 14: '  证据 借条 { 类型 借条 复印件 }' }), 'DEBT309', '复印件', /仅有复印件/));
    it('DEBT310 evidence declared and never used', () =>
      expectAt(edit({}, ['  证据 照片 { 类型 其他 }']), 'DEBT310', '照片', /已声明但未用于证明任何事实/));
    it('DEBT311 a delivery proved only by the IOU', () =>
      expectAt(edit({ 10: '    交付 2023-01-10 10000元 转账 证据 借条' }), 'DEBT311', '借条', /仅以借条\/合同证明/, { nth: 2 }));
  });

  describe('DEBT4xx interest', () => {
    it('DEBT401 a period rate above 4 × LPR at formation (3.65 % → 14.60 %)', () =>
      expectAt(edit({ 12: '    利率 2%/月' }), 'DEBT401', '2%/月', /24\.00%超过.*2023年1月10日.*14\.60%/, { cites: ['民间借贷规定第25条'] }));
    it('DEBT402 an overdue rate above the cap', () =>
      expectAt(edit({}, []).replace('    利率 10%', '    利率 10%\n    逾期利率 20%'), 'DEBT402', '20%', /逾期年利率20\.00%超过.*14\.60%/));
    it('DEBT403 overdue rate + 违约金 above the combined cap (规定29)', () =>
      expectAt(edit({}).replace('    利率 10%', '    利率 10%\n    逾期利率 12%\n    违约金 5%'), 'DEBT403', '5%', /合计年化17\.00%.*14\.60%/, { cites: ['民间借贷规定第29条'] }));
    it('DEBT404 no interest agreed', () =>
      expectAt(edit({ 12: '    利率 无' }), 'DEBT404', '无', /未约定利息/, { cites: ['民法典第680条'] }));
    it('DEBT405 interest unclear between natural persons', () =>
      expectAt(edit({ 12: '    利率 约定不明' }), 'DEBT405', '约定不明', /自然人之间借贷：视为没有利息/));
    it('DEBT406 interest deducted up front', () =>
      expectAt(edit({}).replace('    利率 10%', '    利率 10%\n    预扣利息 500元'), 'DEBT406', '500元', /3?500\.00元不计入本金.*9,500\.00元/));
    it('DEBT407 IOU amount differs from what was delivered', () =>
      expectAt(edit({}).replace('    利率 10%', '    利率 10%\n    金额 12000元'), 'DEBT407', '12000元', /12,000\.00元与实际交付的本金10,000\.00元不一致/));
    it('DEBT408 an LPR after the last known publication, named', () =>
      expectAt(edit({ 3: '  起诉日 2026-11-20', 9: '    签订 2026-10-10 证据 借条', 10: '    交付 2026-10-10 10000元 转账 证据 回单', 11: '    到期 2026-11-10' }), 'DEBT408', '10%', /2026年10月10日的一年期LPR尚未收录（已知最近一次发布为2026年8月20日，3\.00%）/));
    it('DEBT409 a contract formed before 2020-08-20 (规定31 split)', () =>
      expectAt(edit({ 9: '    签订 2019-03-05 证据 借条', 10: '    交付 2019-03-05 10000元 转账 证据 回单', 11: '    到期 2019-09-04' }), 'DEBT409', '10%', /2019年3月5日，早于2020年8月20日.*24%/));
    it('DEBT410 a contract formed before 2015-09-01 needs manual review', () =>
      expectAt(edit({ 9: '    签订 2015-03-05 证据 借条', 10: '    交付 2015-03-05 10000元 转账 证据 回单', 11: '    到期 2015-09-04' }), 'DEBT410', '10%', /早于2015年9月1日/));
    it('DEBT411 formation on an LPR publication day', () =>
      expectAt(edit({ 9: '    签订 2023-01-20 证据 借条', 10: '    交付 2023-01-20 10000元 转账 证据 回单' }), 'DEBT411', '10%', /恰为LPR发布日/));
    it('DEBT412 a fixed-amount 违约金', () =>
      expectAt(edit({}).replace('    利率 10%', '    利率 10%\n    违约金 800元'), 'DEBT412', '800元', /违约金为固定金额800\.00元/));
  });

  describe('DEBT5xx limitation', () => {
    it('DEBT501 no term and no demand: no start', () =>
      expectAt(edit({ 11: '    到期 未约定' }), 'DEBT501', '未约定', /诉讼时效起算日无法确定/));
    it('DEBT502 lapsed: a warning at the due date', () =>
      expectAt(edit({ 3: '  起诉日 2026-07-02' }), 'DEBT502', '2023-06-30', /2026年6月30日届满/));
    it('DEBT503 ends within 90 days', () =>
      expectAt(edit({ 3: '  起诉日 2026-05-01' }), 'DEBT503', '2023-06-30', /2026年6月30日届满，距起诉日仅剩60天/));
    it('DEBT504 past the 20-year bound', () =>
      expectAt(edit({ 3: '  起诉日 2043-07-01' }), 'DEBT504', '2023-06-30', /二十年/));
    it('DEBT505 an interruption without evidence', () =>
      expectAt(edit({}, ['  催收 2024-01-05 向 乙 电话']), 'DEBT505', '2024-01-05', /2024年1月5日的催收被用作借款“L”诉讼时效的中断事由，但没有证据/));
    it('DEBT506 waiver by a payment after expiry', () =>
      expectAt(edit({ 3: '  起诉日 2026-09-01' }, ['  还款 2026-08-01 100元 转账 证据 回单']), 'DEBT506', '2023-06-30', /债务人于2026年8月1日还款：.*部分还款是否及于尚未清偿的部分，各地法院认识不一.*书面确认/, { cites: ['民法典第192条'] }));
    it('DEBT507 holiday calendar of a future year unknown', () =>
      expectAt(edit({ 11: '    到期 2024-03-01' }), 'DEBT507', '2024-03-01', /2027年的节假日安排尚未公布/));
    it('DEBT508 joint guarantor released: no demand within six months', () =>
      expectAt(edit({ 3: '  起诉日 2024-03-01' }).replace('    借款人 乙', '    借款人 乙\n    保证人 丙 连带').replace('  被告 乙', '  被告 丙 { 自然人 身份证号 110108199001011231 住所 "北京" }\n  被告 乙'),
        'DEBT508', '丙', /保证期间已于2023年12月30日届满/, { nth: 2 }));
    it('DEBT509 limitation against a guarantor lapsed', () =>
      expectAt(edit({ 3: '  起诉日 2026-09-01' }, ['  催收 2023-08-01 向 丙 律师函 证据 函', '  证据 函 { 类型 函件 来源 "EMS 签收" }']).replace('    借款人 乙', '    借款人 乙\n    保证人 丙 连带').replace('  被告 乙', '  被告 丙 { 自然人 身份证号 110108199001011231 住所 "北京" }\n  被告 乙'),
        'DEBT509', '丙', /保证债务诉讼时效可能已于2026年8月3日届满/, { nth: 2 }));
  });

  describe('DEBT6xx procedure', () => {
    it('DEBT601 no court, naming the defendant\'s and the lender\'s domiciles', () =>
      expectAt(edit({ 2: '' }), 'DEBT601', '测试', /未写明受诉法院.*被告乙住所地（北京市海淀区）、出借人甲住所地即合同履行地（北京市朝阳区）的基层人民法院/, { cites: ['民诉法第24条'] }));
    it('DEBT602 within the small-claims threshold (only when the setting is given)', () => {
      expectAt(edit({}), 'DEBT602', '测试', /不超过小额诉讼标准50,000.00元/, { settings: { smallClaimsThreshold: '50000' } });
      assert.ok(!run(edit({})).some((d) => d.code === 'DEBT602'));
    });
    it('DEBT603 payment order available', () => expectAt(edit({}), 'DEBT603', '测试', /支付令/));
    it('DEBT604 claiming 违约金 that no loan agrees', () => expectAt(edit({}, ['  请求 违约金']), 'DEBT604', '请求 违约金', /未约定违约金/));
    it('DEBT605 claiming a guarantee from a non-guarantor', () => expectAt(edit({}, ['  请求 保证责任 乙']), 'DEBT605', '乙', /不是本案任何借款的保证人/, { nth: 3 }));
    it('DEBT606 a guarantor not in the claims', () =>
      expectAt(edit({}).replace('    借款人 乙', '    借款人 乙\n    保证人 甲'), 'DEBT606', '甲', /保证人“甲”未列入诉讼请求/, { nth: 3 }));
    it('DEBT607 claiming interest when none accrues', () =>
      expectAt(edit({ 12: '    利率 无', 11: '    到期 2025-06-30' }, ['  请求 本金', '  请求 利息']), 'DEBT607', '请求 利息', /均无应计利息/));
    it('DEBT608 no filing date: as of today', () => expectAt(edit({ 3: '' }), 'DEBT608', '测试', /暂按今天（2024年6月1日）计算/));
    it('DEBT609 a defendant without ID or address', () =>
      expectAt(edit({ 5: '  被告 乙 { 自然人 }' }), 'DEBT609', '乙', /缺少住所、身份证号/, { cites: ['民诉法第124条'] }));
  });

  it('every catalogue code is covered by a test in this folder', () => {
    const fs = require('fs') as typeof import('fs');
    const src = fs.readdirSync(__dirname).filter((f: string) => f.endsWith('.test.js')).map((f: string) => fs.readFileSync(`${__dirname}/${f}`, 'utf8')).join('\n');
    const missing = Object.keys(catalogue).filter((c) => !src.includes(`'${c}'`));
    assert.deepStrictEqual(missing, []);
  });

  it('English messages when the locale is English', () => {
    const d = analyze('file:///x.debt', edit({ 12: '    利率 2%/月' }), { read: () => undefined }, { locale: 'en', today: '2024-06-01' })
      .diagnostics.find((x) => x.code === 'DEBT401')!;
    assert.match(d.message, /^The agreed annual rate 24\.00% exceeds 4 × the one-year LPR/);
  });
});
