/**
 * One test per code of the recovery additions (spec §7.3–7.4; rules.md §15, §16, §18, §19): DEBT222/223, DEBT511–516,
 * DEBT613–615, on variations of the fixture case (filing 2024-06-01; 甲 in 北京市朝阳区 lends to 乙 in 北京市海淀区).
 * Dates are worked out by hand with the official 2024 calendar (noted per test).
 */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { edit, expectDiagnostic } from './fixture';

const run = (text: string) => analyze('file:///cases/recovery.debt', text, { read: () => undefined }, { today: '2024-06-01' }).diagnostics;

function expectAt(text: string, code: string, needle: string, msg: RegExp, opts: { nth?: number; cites?: string[] } = {}) {
  expectDiagnostic(run(text), text, code, needle, msg, opts);
}
const codes = (text: string) => run(text).map((d) => d.code);

describe('recovery diagnostic codes (spec §7.3–7.4)', () => {
  describe('DEBT2xx assets and preservation targets', () => {
    it('DEBT222 a preservation target that is not an asset of the case', () =>
      expectAt(edit({}, ['  保全 诉中 对象 房子']), 'DEBT222', '房子', /保全对象“房子”不是本案声明的财产/, { cites: ['民诉法第105条'] }));
    it('DEBT222 suggests a close asset name', () =>
      expectAt(edit({}, ['  财产 房产一 { 类型 不动产 所有人 乙 }', '  保全 诉中 对象 房产二']), 'DEBT222', '房产二', /是否指“房产一”/));
    it('DEBT223 an asset owned by the plaintiff (甲 is the third 甲 of the text)', () =>
      expectAt(edit({}, ['  财产 户 { 类型 银行账户 所有人 甲 }']), 'DEBT223', '甲', /财产“户”的所有人“甲”不是本案被告/, { nth: 3 }));
    it('an undeclared owner is DEBT202; an asset of the defendant with declared targets gives nothing', () => {
      expectAt(edit({}, ['  财产 户 { 类型 银行账户 所有人 丙 }']), 'DEBT202', '丙', /未声明的当事人“丙”/);
      assert.deepStrictEqual(codes(edit({}, ['  财产 户 { 类型 银行账户 所有人 乙 }', '  保全 诉中 对象 户 担保 保险'])), ['DEBT603']);
    });
  });

  describe('DEBT5xx deadlines', () => {
    it('DEBT511 pre-suit preservation ruled 2024-05-07: suit by 2024-06-06 (+30 days, a Thursday)', () =>
      expectAt(edit({}, ['  保全 诉前 担保 保函 申请 2024-05-06 裁定 2024-05-07']), 'DEBT511', '诉前',
        /保全裁定于2024年5月7日作出，起诉最后一日为2024年6月6日。诉前保全申请（2024年5月6日）与起诉具有同等的诉讼时效中断效力/,
        { cites: ['民诉法第104条', '时效规定第11条'] }));
    it('DEBT511 without a ruling date asks for 裁定', () =>
      expectAt(edit({}, ['  保全 诉前 担保 保函']), 'DEBT511', '诉前', /请写 裁定 日期/));
    it('DEBT512 ruled 2024-04-01: +30 = 2024-05-01, 劳动节 → 2024-05-06, passed on 2024-06-01', () =>
      expectAt(edit({}, ['  保全 诉前 担保 保函 裁定 2024-04-01']), 'DEBT512', '诉前', /起诉期限已于2024年5月6日届满，而本案起诉日（或计算日）为2024年6月1日/));
    it('DEBT513 performance by 2022-06-30: +2 years = 2024-06-30 (Sunday) → 2024-07-01, 30 days left', () =>
      expectAt(edit({}, ['  判决 "（2022）京0105民初1号" { 履行期限 2022-06-30 判决金额 10000 }']), 'DEBT513', '2022-06-30',
        /判决（2022）京0105民初1号的申请执行期间将于2024年7月1日届满（还剩30日）/, { cites: ['民诉法第250条'] }));
    it('DEBT514 performance by 2022-03-31: +2 years = 2024-03-31 (Sunday) → 2024-04-01, passed', () =>
      expectAt(edit({}, ['  判决 "（2022）京0105民初2号" { 履行期限 2022-03-31 判决金额 10000 }']), 'DEBT514', '2022-03-31',
        /判决（2022）京0105民初2号的申请执行期间已于2024年4月1日届满（计算日2024年6月1日）/));
    it('no DEBT514 when the judgment is paid in full', () =>
      assert.ok(!codes(edit({}, ['  判决 "（2022）京0105民初2号" { 履行期限 2022-03-31 判决金额 10000 还款 2022-03-01 10000 }'])).includes('DEBT514')));
    it('DEBT515 payment order served 2024-05-10: +15 = 2024-05-25 (Saturday) → 2024-05-27; enforcement by 2026-05-27', () =>
      expectAt(edit({}, ['  催收 2024-05-06 向 乙 支付令 送达 2024-05-10 证据 借条']), 'DEBT515', '支付令',
        /支付令于2024年5月10日送达债务人：.*末日为2024年5月27日（2024年5月25日为法定休假日，顺延，民诉法第85条）。.*至2026年5月27日/,
        { cites: ['民诉法第227条', '民诉法解释第440条'] }));
    it('DEBT515 without a served date asks for 送达', () =>
      expectAt(edit({}, ['  催收 2024-05-06 向 乙 支付令 证据 借条']), 'DEBT515', '支付令', /请在该催收后写 送达 日期/));
    it('DEBT516 a judgment without 履行期限/生效 and 判决金额', () =>
      expectAt(edit({}, ['  判决 "（2024）京0105民初3号" { 法院 北京市朝阳区人民法院 }']), 'DEBT516', '"（2024）京0105民初3号"',
        /判决（2024）京0105民初3号缺少履行期限（或生效日期）、判决金额/));
  });

  describe('DEBT6xx procedure', () => {
    it('DEBT613 a court in neither the defendant\'s district (海淀区) nor the receiving lender\'s (朝阳区)', () =>
      expectAt(edit({ 2: '  法院 北京市东城区人民法院' }), 'DEBT613', '北京市东城区人民法院',
        /本案可向：被告乙住所地（海淀区）；合同履行地即接收货币一方甲所在地（朝阳区）/, { cites: ['民诉法第24条', '民诉法解释第18条'] }));
    it('DEBT613 for a payment order: only the debtor\'s domicile (the lender\'s 朝阳区 no longer counts)', () =>
      expectAt(edit({ 2: '  法院 北京市朝阳区人民法院' }, ['  催收 2024-05-06 向 乙 支付令 送达 2024-05-10 证据 借条']), 'DEBT613', '北京市朝阳区人民法院',
        /支付令由债务人住所地基层人民法院管辖（民诉法解释第23条）。本案可向：债务人乙住所地（海淀区）/));
    it('no DEBT613 at the defendant\'s or the lender\'s district, nor for a court named without a place', () => {
      for (const court of ['北京市海淀区人民法院', '北京市朝阳区人民法院', '某某人民法院']) assert.ok(!codes(edit({ 2: `  法院 ${court}` })).includes('DEBT613'), court);
    });
    it('DEBT614 a 上门 demand', () =>
      expectAt(edit({}, ['  催收 2024-01-05 向 乙 上门']), 'DEBT614', '上门', /^上门催收：催收须依法进行/, { cites: ['刑法第293条', '民法典第1032条', '个人信息保护法第10条'] }));
    it('DEBT614 a note that threatens disclosure', () =>
      expectAt(edit({}, ['  备注 "再不还钱就曝光到朋友圈"']), 'DEBT614', '"再不还钱就曝光到朋友圈"', /此处文字（“曝光、朋友圈”）涉及威胁或披露债务人信息/));
    it('DEBT614 an evidence 证明 text that discloses to the family; a plain note gives nothing', () => {
      expectAt(edit({ 14: '  证据 借条 { 类型 借条 原件 证明 "已告知其家人" }' }), 'DEBT614', '"已告知其家人"', /“家人”/);
      assert.deepStrictEqual(codes(edit({}, ['  备注 "借款用于经营"'])), ['DEBT603']);
    });
    it('DEBT615 a payment order after a pre-suit preservation; DEBT603 is then not suggested', () => {
      const text = edit({}, ['  保全 诉前 担保 保函 申请 2024-05-06 裁定 2024-05-07', '  催收 2024-05-20 向 乙 支付令 送达 2024-05-22 证据 借条']);
      expectAt(text, 'DEBT615', '支付令', /已申请诉前保全，又申请支付令/, { cites: ['民诉法解释第427条'] });
      assert.ok(!codes(text).includes('DEBT603'));
      assert.ok(!codes(edit({}, ['  保全 诉前 担保 保函'])).includes('DEBT603'));
    });
  });
});
