/** 「新建案件」 suggests the court from the domiciles typed in (issue 19), named as the payment order names its court. */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { suggestCourt } from '../../../src/core/templates/new-case-court';
import { newCaseText } from '../../../src/core/templates/new-case';

describe('new case: the court suggested from the domiciles', () => {
  it('the defendant\'s domicile first (民诉法第22条): 北京市朝阳区… → 北京市朝阳区人民法院', () => {
    assert.deepStrictEqual(suggestCourt({ lenderAddress: '上海市浦东新区世纪大道100号', borrowerAddress: '北京市朝阳区建国路88号' }),
      { court: '北京市朝阳区人民法院', basis: 'defendant-domicile' });
  });

  it('a province drops out of the name: 浙江省杭州市西湖区… → 杭州市西湖区人民法院', () => {
    assert.deepStrictEqual(suggestCourt({ borrowerAddress: '浙江省杭州市西湖区文三路1号' }), { court: '杭州市西湖区人民法院', basis: 'defendant-domicile' });
  });

  it('without a usable defendant domicile, the lender\'s as the place of performance (民间借贷规定第3条)', () => {
    assert.deepStrictEqual(suggestCourt({ lenderAddress: '上海市浦东新区世纪大道100号', borrowerAddress: '不详' }),
      { court: '上海市浦东新区人民法院', basis: 'performance-place' });
    assert.deepStrictEqual(suggestCourt({ lenderAddress: '广东省深圳市南山区科技园' }), { court: '深圳市南山区人民法院', basis: 'performance-place' });
  });

  it('nothing when no domicile names a district', () => {
    assert.strictEqual(suggestCourt({}), undefined);
    assert.strictEqual(suggestCourt({ lenderAddress: '', borrowerAddress: '建国路88号' }), undefined);
  });

  it('the skeleton writes the domiciles as 住所 and the suggested court matches them (no DEBT613 mismatch, no error)', () => {
    const text = newCaseText({
      lender: '王小明', borrower: '赵大海', lenderAddress: '上海市浦东新区世纪大道100号', borrowerAddress: '北京市朝阳区建国路88号',
      amount: '8万元', delivered: '2024年3月5日', court: '北京市朝阳区人民法院', keywords: 'zh',
    });
    assert.match(text, /原告 王小明 \{\n {4}自然人\n {4}住所 上海市浦东新区世纪大道100号\n/);
    assert.match(text, /被告 赵大海 \{\n {4}自然人\n {4}住所 北京市朝阳区建国路88号\n/);
    const a = analyze('file:///new.debt', text, { read: () => undefined }, { asOf: '2026-12-01' });
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`), []);
    const juris = a.cases[0]?.jurisdiction;
    assert.strictEqual(juris?.matches, true, JSON.stringify(juris));
  });
});
