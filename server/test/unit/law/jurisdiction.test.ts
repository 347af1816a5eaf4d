/** Jurisdiction by text (rules.md §16; docs/conventions.md): localities of addresses and the permitted places. */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { addressUnits, locality } from '../../../src/core/law/jurisdiction';
import { edit } from '../diagnostics/fixture';

const jurisdiction = (changes: Record<number, string>, extra: string[] = []) =>
  analyze('file:///j.debt', edit(changes, extra), { read: () => undefined }, { today: '2024-06-01' }).cases[0].jurisdiction;

describe('jurisdiction', () => {
  it('the most specific administrative unit an address opens with', () => {
    assert.deepStrictEqual(addressUnits('北京市朝阳区建国路88号SOHO小区'), ['北京市', '朝阳区']);
    assert.strictEqual(locality('江苏省苏州市昆山市玉山镇1号'), '昆山市');
    assert.strictEqual(locality('上海市浦东新区世纪大道1号'), '浦东新区');
    assert.strictEqual(locality('山东省济南市市中区经四路'), '市中区');
    assert.strictEqual(locality('内蒙古自治区呼和浩特市新城区'), '新城区');
    assert.strictEqual(locality('北京市'), '北京市');
    assert.strictEqual(locality('建国路88号'), null);
  });
  it('a suit: the defendant\'s domicile and the receiving lender\'s (民诉法解释第18条第2款); matched by district', () => {
    const j = jurisdiction({ 2: '  法院 北京市海淀区人民法院' });
    assert.strictEqual(j.route, 'suit');
    assert.deepStrictEqual(j.permitted.map((p) => [p.basis, p.party, p.locality]), [['defendant-domicile', '乙', '海淀区'], ['performance-place', '甲', '朝阳区']]);
    assert.strictEqual(j.matches, true);
    assert.strictEqual(jurisdiction({ 2: '  法院 北京市东城区人民法院' }).matches, false);
  });
  it('经常居住地 takes the place of 住所 (民诉法第22条)', () => {
    const j = jurisdiction({ 5: '  被告 乙 { 自然人 身份证号 110108199001011231 住所 "北京市海淀区" 经常居住地 "北京市丰台区" }' });
    assert.strictEqual(j.permitted[0].locality, '丰台区');
  });
  it('an agreed court is the only one (民诉法第35条); a clause naming the plaintiff\'s domicile points there', () => {
    const agreed = jurisdiction({ 2: '  法院 北京市海淀区人民法院' }, ['  约定管辖 北京市西城区人民法院']);
    assert.deepStrictEqual(agreed.permitted, [{ basis: 'agreed', place: '北京市西城区人民法院', locality: '西城区' }]);
    assert.strictEqual(agreed.matches, false);
    const plaintiffs = jurisdiction({ 2: '  法院 北京市朝阳区人民法院' }, ['  约定管辖 原告住所地人民法院']);
    assert.deepStrictEqual(plaintiffs.permitted.map((p) => [p.basis, p.party, p.locality]), [['agreed', '甲', '朝阳区']]);
    assert.strictEqual(plaintiffs.matches, true);
  });
  it('a payment order: the debtor\'s domicile only (民诉法解释第23条)', () => {
    const j = jurisdiction({ 2: '  法院 北京市朝阳区人民法院' }, ['  催收 2024-05-06 向 乙 支付令 送达 2024-05-10 证据 借条']);
    assert.strictEqual(j.route, 'payment-order');
    assert.deepStrictEqual(j.permitted.map((p) => [p.basis, p.locality]), [['debtor-domicile', '海淀区']]);
    assert.strictEqual(j.matches, false);
  });
  it('no court, or one named without a place: not judged', () => {
    assert.strictEqual(jurisdiction({ 2: '  法院 某某人民法院' }).matches, null);
    assert.strictEqual(jurisdiction({ 2: '' }).chosen, null);
  });
});
