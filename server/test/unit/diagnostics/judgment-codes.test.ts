/** DEBT240–DEBT244 (spec §8.2, what the judgment awarded), and DEBT202 for a 由/连带 name that is not a party. */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { expectDiagnostic } from './fixture';
import { AWARDS_CASE } from '../law/awards-fixture';

const run = (text: string) => analyze('file:///cases/j.debt', text, { read: () => undefined }, { today: '2024-06-30' }).diagnostics;
const expectAt = (text: string, code: string, needle: string, msg: RegExp, opts: { nth?: number; cites?: string[] } = {}) =>
  expectDiagnostic(run(text), text, code, needle, msg, opts);

describe('judgment award codes', () => {
  // Analysed while the suite is collected: the first analysis in a process loads the parser and the tables.
  const clean = run(AWARDS_CASE);
  it('the fixture is clean', () => assert.deepStrictEqual(clean.map((d) => d.code), []));
  it('DEBT202 a 由 name that is not a party of the case', () =>
    expectAt(AWARDS_CASE.replace('判项 本金 100000元 由 乙', '判项 本金 100000元 由 乙乙'), 'DEBT202', '乙乙', /未声明的当事人“乙乙”，是否指“乙”/));
  it('DEBT202 a 连带 name that is not a party of the case', () =>
    expectAt(AWARDS_CASE.replace('连带 丙 范围 本金', '连带 戊 范围 本金'), 'DEBT202', '戊', /未声明的当事人“戊”/));
  it('DEBT240 the plaintiff ordered to pay', () =>
    expectAt(AWARDS_CASE.replace('判项 受理费 2300元', '判项 受理费 2300元 由 甲'), 'DEBT240', '甲', /写明由“甲”给付，但“甲”是本案原告/, { nth: 3 }));
  it('DEBT241 判决金额 disagrees with the items other than general interest (100,000 + 5,000 + 2,300 = 107,300)', () =>
    expectAt(AWARDS_CASE.replace('    履行期限 2024-03-29', '    履行期限 2024-03-29\n    判决金额 100000元'), 'DEBT241', '100000元',
      /判决金额100,000\.00元与判项中除一般债务利息以外的金额合计107,300\.00元不一致/, { nth: 1, cites: ['民诉法第264条'] }));
  it('no DEBT241 when 判决金额 equals those items', () =>
    assert.ok(!run(AWARDS_CASE.replace('    履行期限 2024-03-29', '    履行期限 2024-03-29\n    判决金额 107300元')).some((d) => d.code === 'DEBT241')));
  it('DEBT242 running interest that ends before it starts', () =>
    expectAt(AWARDS_CASE.replace('自 2024-01-01 至 实际清偿之日', '自 2024-01-01 至 2023-12-31'), 'DEBT242', '2023-12-31', /起算日2024年1月1日晚于截止日2023年12月31日/));
  it('DEBT243 payments above everything owed (96,042.40 owed after the first payment; 100,000 paid: 3,957.60 over)', () =>
    expectAt(AWARDS_CASE.replace('    还款 2024-05-10 20000元', '    还款 2024-05-10 20000元\n    还款 2024-06-30 100000元'), 'DEBT243', '100000元',
      /已履行120,000\.00元，超出判决确定的全部款项及加倍部分债务利息3,957\.60元/, { nth: 3, cites: ['民法典第561条'] }));
  it('DEBT244 nobody to pay: no 由 and no defendant', () => {
    const text = ['案件 甲 {', '  起诉日 2024-04-10', '  原告 甲', '  判决 "（2024）京0105民初1号" {', '    履行期限 2024-03-31', '    判项 本金 10000元', '  }', '}'].join('\n');
    expectAt(text, 'DEBT244', '判项 本金 10000元', /判项未写明由谁给付/);
  });
  it('DEBT101 `由` with no name before the next item: the name is missing, the next item is not taken for one', () => {
    const text = AWARDS_CASE.replace('判项 费用 5000元 "律师费" 由 乙', '判项 费用 5000元 "律师费" 由');
    // `由` ends its line: the problem stands, empty, right after it (not on the next line's 判项, which is right).
    const lines = text.split('\n'), line = lines.findIndex((l) => l.endsWith('"律师费" 由')), at = { line, character: lines[line].length };
    const d = run(text).filter((x) => x.code === 'DEBT101');
    assert.deepStrictEqual(d.map((x) => x.range), [{ start: at, end: at }]);
    assert.match(d[0].message, /此处应为名称.*，但“由”之后本行已结束/);
    assert.ok(!run(text).some((d) => d.code === 'DEBT202'));
  });
  it('DEBT101 a scope that is not 全部, 本金 or a sum; a missing keyword named as written (自)', () => {
    expectAt(AWARDS_CASE.replace('连带 丙 范围 本金', '连带 丙 范围 部分'), 'DEBT101', '部分', /此处应为连带责任的范围：全部、本金 或 金额/);
    expectAt(AWARDS_CASE.replace('按 14.6% 自 2024-01-01', '按 14.6% 于 2024-01-01'), 'DEBT101', '于', /此处应为关键词 自，但写的是“于”/);
  });
  it('DEBT516 with items: only the missing 履行期限 is reported, not a missing 判决金额', () => {
    const text = AWARDS_CASE.replace('    生效 2024-03-19\n', '').replace('    履行期限 2024-03-29\n', '');
    const d = run(text).find((x) => x.code === 'DEBT516')!;
    assert.match(d.message, /履行期限（或生效日期）/);
    assert.doesNotMatch(d.message, /判决金额/);
  });
});
