/** DEBT610–612: party fields the complaint needs (民诉法第124条), on variations of the shared two-person case. */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { catalogue } from '../../../src/core/diagnostics/catalogue';
import { edit, rangeOf, show } from './fixture';

const run = (text: string, locale: 'zh' | 'en' = 'zh') =>
  analyze('file:///cases/parties.debt', text, { read: () => undefined }, { today: '2024-06-01', locale }).diagnostics;

function expectAt(text: string, code: string, needle: string, msg: RegExp, nth = 1) {
  const ds = run(text).filter((d) => d.code === code);
  assert.ok(ds.length > 0, `${code} not reported; got ${run(text).map((d) => d.code).join(', ')}`);
  const hit = ds.find((d) => show(d) === rangeOf(text, needle, nth));
  assert.ok(hit, `${code} expected at ${rangeOf(text, needle, nth)}, got ${ds.map(show).join(', ')}`);
  assert.match(hit!.message, msg);
  assert.strictEqual(hit!.severity, catalogue[code as keyof typeof catalogue].severity);
  assert.notStrictEqual(hit!.severity, 'error');
}

describe('party fields for the complaint (DEBT610–612)', () => {
  it('the base case (plaintiff with ID and address) reports none of them', () =>
    assert.deepStrictEqual(run(edit({})).filter((d) => /^DEBT61\d$/.test(d.code)), []));

  it('DEBT610 a plaintiff without ID or address', () =>
    expectAt(edit({ 4: '  原告 甲 { 自然人 }' }), 'DEBT610', '甲', /原告“甲”缺少住所、身份证号.*民诉法第124条/));

  it('DEBT610 a company plaintiff without credit code and legal representative', () =>
    expectAt(edit({ 4: '  原告 甲 { 法人 住所 "北京市朝阳区" }' }), 'DEBT610', '甲', /缺少统一社会信用代码、法定代表人/));

  it('DEBT611 a company defendant without legal representative', () =>
    expectAt(edit({}, ['  被告 丙公司 { 法人 统一社会信用代码 91110108MA01ABCD1E 住所 "北京" }']), 'DEBT611', '丙公司', /未写明法定代表人/));

  it('DEBT612 an agent without firm or telephone', () =>
    expectAt(edit({}, ['  代理人 丁 { 代理权限 特别授权 委托人 甲 }']), 'DEBT612', '丁', /委托诉讼代理人“丁”缺少律所（单位）、电话/));

  it('English message', () => {
    const d = run(edit({ 4: '  原告 甲 { 自然人 }' }), 'en').find((x) => x.code === 'DEBT610')!;
    assert.match(d.message, /^The plaintiff "甲" lacks an address and a resident ID/);
  });
});
