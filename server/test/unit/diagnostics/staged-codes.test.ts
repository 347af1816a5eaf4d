/** DEBT245–DEBT248: a judgment's instalments (分期), stays (中止) and several names in one 由 (fixtures in law/staged-fixture.ts). */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { expectDiagnostic } from './fixture';
import { INSTALMENT_CASE, PAYERS_CASE, SHORTCUT_CASE } from '../law/staged-fixture';

const run = (text: string, today: string) => analyze('file:///cases/j.debt', text, { read: () => undefined }, { today }).diagnostics;
const expectAt = (text: string, today: string, code: string, needle: string, msg: RegExp, opts: { nth?: number; cites?: string[] } = {}) =>
  expectDiagnostic(run(text, today), text, code, needle, msg, opts);

describe('judgment instalment, stay and payer codes', () => {
  it('DEBT245 instalments that do not add up to the money ordered (20,000 + 20,000 = 40,000 ≠ 50,000)', () =>
    expectAt(SHORTCUT_CASE, '2024-04-30', 'DEBT245', '20000元', /2期分期履行的金额合计40,000\.00元，与判决确定的除一般债务利息以外的金钱债务50,000\.00元不一致/,
      { nth: 1, cites: ['迟延利息解释第2条'] }));
  it('DEBT245 with 判项: the instalments are measured against the items other than general interest (90,000)', () =>
    expectAt(INSTALMENT_CASE.replace('分期 2024-05-31 30000元', '分期 2024-05-31 20000元'), '2024-06-30', 'DEBT245', '30000元',
      /3期分期履行的金额合计80,000\.00元，与判决确定的除一般债务利息以外的金钱债务90,000\.00元不一致/, { nth: 1 }));
  it('no DEBT245 when they add up', () => assert.ok(!run(INSTALMENT_CASE, '2024-06-30').some((d) => d.code === 'DEBT245')));
  it('DEBT246 an instalment after 履行期限', () =>
    expectAt(INSTALMENT_CASE.replace('履行期限 2024-05-31', '履行期限 2024-04-30'), '2024-06-30', 'DEBT246', '2024-05-31',
      /分期履行期限2024年5月31日晚于判决的履行期限2024年4月30日/, { cites: ['迟延利息解释第2条', '民诉法第250条'] }));
  it('DEBT247 a stay before the doubled part begins (2024-01-01 < 2024-01-10)', () =>
    expectAt(SHORTCUT_CASE, '2024-04-30', 'DEBT247', '2024-01-01', /中止期间自2024年1月1日起，早于加倍部分债务利息的起算日2024年1月10日/,
      { cites: ['迟延利息解释第3条'] }));
  it('DEBT247 a stay that ends before it begins', () =>
    expectAt(INSTALMENT_CASE.replace('中止 2024-06-01 至 2024-06-10', '中止 2024-06-10 至 2024-06-01'), '2024-06-30', 'DEBT247', '2024-06-01',
      /中止期间的截止日2024年6月1日早于起始日2024年6月10日/));
  it('no DEBT247 for a stay inside the delay period', () => assert.ok(!run(INSTALMENT_CASE, '2024-06-30').some((d) => d.code === 'DEBT247')));
  it('DEBT248 several names in one 由 without 共同/连带/按份, on the item', () =>
    expectAt(PAYERS_CASE, '2024-03-20', 'DEBT248', '判项 利息 3000元 由 乙、丙', /判项由乙、丙数人给付，未写明共同、连带还是按份：本工具按“共同”处理/,
      { cites: ['民法典第518条', '民法典第517条'] }));
  it('English: 中止 as suspended … until', () => {
    const en = INSTALMENT_CASE.replace('中止 2024-06-10 至 2024-06-01', '').replace('中止 2024-06-01 至 2024-06-10', 'suspended 2024-06-10 until 2024-06-01');
    expectAt(en, '2024-06-30', 'DEBT247', '2024-06-01', /stay ends on 2024-06-01|截止日2024年6月1日/);
  });
});
