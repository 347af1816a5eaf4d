/**
 * The complaint's interest prayer for the spec §8.3 claim forms. A two-person loan: 100,000 delivered 2023-01-10 at 12 %,
 * due 2024-01-09, filed 2024-01-10; 365 d × 12 % = 12,000.00 through 2024-01-09; from 2024-01-10 overdue at 12 %.
 */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { buildDocument } from '../../../src/core/documents';
import { lines } from './samples';

const base = (claims: string) => `案件 测试 {
  法院 北京市朝阳区人民法院
  起诉日 2024-01-10
  原告 甲 { 自然人 身份证号 110105198503021233 住所 "北京市朝阳区" }
  被告 乙 { 自然人 身份证号 110108199001011231 住所 "北京市海淀区" }
  借款 L { 出借人 甲 借款人 乙 签订 2023-01-10 证据 借条 交付 2023-01-10 100000元 转账 证据 回单 到期 2024-01-09 利率 12% }
  证据 借条 { 类型 借条 原件 }
  证据 回单 { 类型 转账记录 }
  请求 本金
  ${claims}
}
`;
const prayer = (claims: string) => {
  const a = analyze('file:///p.debt', base(claims), { read: () => undefined });
  return ['traditional', 'element'].map((style) => lines(buildDocument(a, 0, { kind: 'complaint', style: style as 'traditional' | 'element' })).join('\n'));
};

describe('complaint: interest as pleaded (spec §8.3)', function () {
  this.timeout(20000);
  it('自 起诉日: only the running interest, at the pleaded LPR, with no amount before filing', () => {
    for (const doc of prayer('请求 利息 按 LPR 自 起诉日 至 实际清偿之日')) {
      // Base: the principal 100,000.00; from the filing date 2024-01-10.
      assert.match(doc, /支付以100,000\.00元为基数，按一年期贷款市场报价利率，自2024年1月10日起计算至实际清偿之日止的利息/);
      assert.doesNotMatch(doc, /支付利息12,000\.00元/);
    }
  });
  it('a fixed sum: claimed as written, with its description', () => {
    for (const doc of prayer('请求 利息 3000元 "2023年度利息"')) assert.match(doc, /支付利息3,000\.00元（2023年度利息）/);
  });
  it('自 a date: the amount from that day (2023-07-01…2024-01-09, 193 d × 12 % = 6,345.21) and the running interest', () => {
    for (const doc of prayer('请求 利息 自 2023-07-01 至 实际清偿之日')) {
      assert.match(doc, /支付自2023年7月1日起计算至2024年1月9日止的利息6,345\.21元（暂计至2024年1月9日/);
      assert.match(doc, /并自2024年1月10日起，以100,000\.00元为基数，按年利率12\.00%计算至实际清偿之日止/);
    }
  });
});

describe('complaint: facts of spec §8.3', function () {
  this.timeout(20000);
  it('an LPR rate, a 分期 plan, a 宣布到期 and a 结算 are pleaded in the facts', () => {
    const text = base('请求 利息').replace('到期 2024-01-09 利率 12% }', '利率 LPR ×1.5 分期 等额本金 6期 首期 2023-02-10 }')
      .replace('  请求 本金', '  宣布到期 2023-04-15 证据 借条\n  结算 2023-05-01 100000元 证据 借条\n  请求 本金');
    const a = analyze('file:///p.debt', text, { read: () => undefined });
    for (const style of ['traditional', 'element'] as const) {
      const doc = lines(buildDocument(a, 0, { kind: 'complaint', style })).join('\n');
      assert.match(doc, /双方约定分期还款：自2023年2月10日起按月等额本金分6期归还，借期内利息按一年期贷款市场报价利率的1\.5倍计算/, style);
      assert.match(doc, /原告依合同约定于2023年4月15日宣布借款提前到期/, style);
      assert.match(doc, /2023年5月1日，双方对账结算，确认欠款100,000\.00元，自该日起以该款为借款本金/, style);
    }
  });
});

describe('利息计算表 of spec §8.3', function () {
  this.timeout(20000);
  it('rows at an exact LPR multiple show the rate computed with; a plan is listed', () => {
    // 100,000 lent 2023-01-10 at LPR ×1.5 (3.65 × 1.5 = 5.475 %), filed 2024-01-10: one row of 365 d = 5,475.00.
    // 等额本金 2期: 50,000 each; interest 100,000 × 5.475 % / 12 = 456.25, then 228.13 (228.125 half-up).
    const text = base('请求 利息').replace('到期 2024-01-09 利率 12% }', '利率 LPR ×1.5 分期 等额本金 2期 首期 2023-02-10 }');
    const a = analyze('file:///p.debt', text, { read: () => undefined });
    const doc = lines(buildDocument(a, 0, { kind: 'schedule', style: 'element' })).join('\n');
    assert.match(doc, /5\.475%/);
    assert.match(doc, /分期还款计划（等额本金/);
    assert.match(doc, /2023年3月10日.*50,228\.13元.*50,000\.00元.*228\.13元/);
  });
});

describe('complaint: running interest at a floating LPR rate', function () {
  this.timeout(20000);
  it('says the LPR multiple, not the rate of the filing date', () => {
    // 利率 LPR ×1.5, overdue from 2024-01-10 at the period rate (规定28 ¶2(二)): 3.45 × 1.5 = 5.175 % < cap 14.60 %, so it
    // floats with the LPR; the prayer says so.
    const text = base('请求 利息 至 实际清偿之日').replace('利率 12% }', '利率 LPR ×1.5 }');
    const a = analyze('file:///p.debt', text, { read: () => undefined });
    for (const style of ['traditional', 'element'] as const) {
      const doc = lines(buildDocument(a, 0, { kind: 'complaint', style })).join('\n');
      assert.match(doc, /并自2024年1月10日起，以100,000\.00元为基数，按一年期贷款市场报价利率的1\.5倍计算至实际清偿之日止/, style);
    }
  });
});
