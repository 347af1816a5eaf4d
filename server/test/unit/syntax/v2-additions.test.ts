/** Spec §7.1–7.2 syntax: 机构类型 in every spelling, a demand's 限期 and 送达, and what is reported when they are wrong. */
import * as assert from 'assert';
import { run, where } from '../helpers';

const party = (field: string) => run(`案件 X { 原告 甲 { 法人 ${field} } }`).model.cases[0].parties[0];
const demand = (tail: string) => {
  const a = run(`案件 X { 原告 甲 被告 乙 借款 L { 出借人 甲 借款人 乙 } 催收 2025-12-01 向 乙 律师函 ${tail} }`);
  const e = a.model.cases[0].events[0];
  return { a, e: e.kind === 'demanded' ? e : undefined };
};

describe('v2 additions (spec §7.1, §7.2)', () => {
  it('every Institution spelling, English and Chinese', () => {
    const pairs: [string, string, string][] = [
      ['bank', '银行', 'bank'], ['microloan', '小额贷款公司', 'microloan'], ['financing-guarantee', '融资担保公司', 'financing-guarantee'],
      ['equity-market', '区域性股权市场', 'equity-market'], ['pawnshop', '典当行', 'pawnshop'], ['leasing', '融资租赁公司', 'leasing'],
      ['factoring', '商业保理公司', 'factoring'], ['amc', '地方资产管理公司', 'amc'], ['licensed', '其他金融机构', 'licensed'],
    ];
    for (const [en, zh, value] of pairs) {
      assert.strictEqual(party(`institution ${en}`).institution?.value, value, en);
      assert.strictEqual(party(`机构类型 ${zh}`).institution?.value, value, zh);
    }
  });

  it('an unknown institution kind is DEBT101 at the word, naming the kinds', () => {
    const a = run('案件 X { 原告 甲 { 法人 机构类型 信托公司 } }');
    const d = a.diagnostics.find((x) => x.code === 'DEBT101')!;
    assert.strictEqual(where(d), 'DEBT101@1:23-1:27');
    assert.match(d.message, /机构类型：银行、小额贷款公司/);
  });

  it('限期 N日 / N天 / N days, 限期 DATE, 送达 DATE, in any combination with the proof after them', () => {
    assert.deepStrictEqual(demand('限期 10日 送达 2025-12-03 证据 函').e?.deadline?.value, { days: 10 });
    assert.deepStrictEqual(demand('限期 15天').e?.deadline?.value, { days: 15 });
    assert.deepStrictEqual(demand('deadline 7 days served 2025-12-02').e?.deadline?.value, { days: 7 });
    assert.deepStrictEqual(demand('限期 2025年12月13日').e?.deadline?.value, { date: '2025-12-13' });
    const { e } = demand('送达 2025/12/3 证据 函');
    assert.deepStrictEqual([e?.served?.value, e?.deadline, e?.proofs.map((p) => p.name)], ['2025-12-03', undefined, ['函']]);
  });

  it('the deadline range covers the number and its unit', () => {
    const { e } = demand('限期 10日');
    const r = e!.deadline!.range;
    const at = '案件 X { 原告 甲 被告 乙 借款 L { 出借人 甲 借款人 乙 } 催收 2025-12-01 向 乙 律师函 限期 10日 }'.indexOf('10日');
    assert.deepStrictEqual([r.start.character, r.end.character], [at, at + 3]);
  });

  it('限期 without a unit, or with money, is DEBT101; the demand itself is kept', () => {
    const a = demand('限期 10 证据 函');
    assert.ok(a.e && a.e.deadline === undefined && a.e.proofs.length === 1);
    assert.match(a.a.diagnostics.find((d) => d.code === 'DEBT101')!.message, /期限单位：日 或 天/);
    const b = demand('限期 10元');
    assert.match(b.a.diagnostics.find((d) => d.code === 'DEBT101')!.message, /催收给出的期限/);
  });

  it('日 and 天 stay names where a name is expected (soft keywords)', () => {
    const a = run('案件 X { 原告 日 被告 天 }');
    assert.deepStrictEqual(a.model.cases[0].parties.map((p) => p.name), ['日', '天']);
    assert.deepStrictEqual(a.diagnostics, []);
  });
});
