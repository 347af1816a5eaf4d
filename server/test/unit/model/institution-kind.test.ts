/** A party with 机构类型 and no kind written is a legal person (every institution of spec §7.1 is one); a written kind stays. */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';

const kindOf = (fields: string) =>
  analyze('file:///x.debt', `当事人 某小贷公司 { ${fields} }\n`, { read: () => undefined }, { structureOnly: true }).model.parties[0];

describe('institution kind', () => {
  it('机构类型 without a kind: 法人 (kind not written)', () => {
    const p = kindOf('机构类型 小额贷款公司');
    assert.deepStrictEqual([p.kind, p.kindExplicit, p.institution?.value], ['company', false, 'microloan']);
  });
  it('a written kind is kept', () => {
    assert.strictEqual(kindOf('非法人组织 机构类型 其他金融机构').kind, 'organization');
  });
  it('no 机构类型: a person, as before', () => {
    assert.strictEqual(kindOf('住所 "北京"').kind, 'person');
  });
});
