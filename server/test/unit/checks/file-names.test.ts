/**
 * Names declared outside cases (parties with 当事人, agents, cases) and agents shared by the cases of a file.
 * The expected results follow spec §3.1–§3.2 and docs/conventions.md, worked out from the texts below.
 */
import * as assert from 'assert';
import { run, where, MAIN } from '../helpers';

const SHARED = 'file:///cases/shared.debt';

describe('names declared outside cases', () => {
  it('a party declared twice with 当事人 is reported at the second declaration, pointing at the first', () => {
    const a = run('当事人 甲 { 自然人 }\n当事人 甲 { 法人 }\n');
    const d = a.diagnostics.filter((x) => x.code === 'DEBT203');
    assert.deepStrictEqual(d.map(where), ['DEBT203@2:5-2:6']);
    assert.match(d[0].message, /当事人“甲”重复声明/);
    assert.deepStrictEqual(d[0].related?.map((r) => [r.uri, r.range.start.line]), [[MAIN, 0]]);
  });

  it('two cases of one name, two agents of one name: each reported once', () => {
    const a = run('代理人 孙律师 { 律所 "甲所" }\n代理人 孙律师 { 律所 "乙所" }\n案件 A { 法院 某法院 }\n案件 A { 法院 某法院 }\n');
    assert.deepStrictEqual(a.diagnostics.filter((x) => x.code === 'DEBT203').map((x) => [where(x), x.message.slice(0, 10)]),
      [['DEBT203@2:5-2:8', '代理人“孙律师”重复'], ['DEBT203@4:4-4:5', '案件“A”重复声明：']]);
  });

  it('a party declared here and in a used file is reported here; a file used twice is no clash', () => {
    const files = { [SHARED]: '当事人 甲 { 法人 }\n' };
    const clash = run('引用 "shared.debt"\n当事人 甲 { 自然人 }\n', files);
    assert.deepStrictEqual(clash.diagnostics.filter((x) => x.code === 'DEBT203').map(where), ['DEBT203@2:5-2:6']);
    assert.deepStrictEqual(clash.diagnostics.find((x) => x.code === 'DEBT203')?.related?.map((r) => r.uri), [SHARED]);
    const twice = run('引用 "shared.debt"\n引用 "shared.debt"\n案件 x { 原告 甲 }\n', files);
    assert.deepStrictEqual(twice.diagnostics.filter((x) => x.code === 'DEBT203'), []);
  });
});

describe('agents declared outside cases', () => {
  const SHARED_TEXT = '当事人 某公司 { 法人 }\n代理人 孙律师 { 律所 "某律师事务所" 代理权限 特别授权 委托人 某公司 }\n';

  it('act in every case where their principal is a party, for that principal', () => {
    const a = run('引用 "shared.debt"\n案件 一 { 原告 某公司 被告 乙 }\n案件 二 { 原告 丙 被告 丁 }\n', { [SHARED]: SHARED_TEXT });
    const [one, two] = a.model.cases;
    assert.deepStrictEqual(one.agents.map((g) => [g.name, g.firm?.value, g.authority?.value, g.principals.map((p) => p.name)]),
      [['孙律师', '某律师事务所', 'special', ['某公司']]]);
    assert.deepStrictEqual(two.agents, []);
    assert.deepStrictEqual(a.diagnostics.filter((x) => x.code.startsWith('DEBT2')), []);
  });

  it('an agent the case declares itself under the same name takes precedence', () => {
    const a = run('引用 "shared.debt"\n案件 一 { 原告 某公司 被告 乙 代理人 孙律师 { 律所 "另一所" 委托人 某公司 } }\n', { [SHARED]: SHARED_TEXT });
    assert.deepStrictEqual(a.model.cases[0].agents.map((g) => [g.name, g.firm?.value]), [['孙律师', '另一所']]);
  });

  it('a principal of a file-level agent who is no party anywhere is reported, with a suggestion', () => {
    const a = run('代理人 孙律师 { 委托人 某公 }\n案件 一 { 原告 某公司 被告 乙 }\n');
    const d = a.diagnostics.filter((x) => x.code === 'DEBT202');
    assert.deepStrictEqual(d.map(where), ['DEBT202@1:15-1:17']);
    assert.match(d[0].message, /未声明的当事人“某公”，是否指“某公司”/);
  });
});
