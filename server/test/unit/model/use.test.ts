/** `use` (引用): parties and agents declared in other files, resolved relative to the including file. */
import * as assert from 'assert';
import { run, MAIN } from '../helpers';
import { plainRange } from '../../../src/core/text/range';

const LENDER = '当事人 某某公司 {\n  法人\n  统一社会信用代码 91110108MA01ABCD1E\n  住所 "北京"\n}\n代理人 孙律师 { 律所 "某所" }\n';

describe('use files', () => {
  it('a party declared with 当事人 in a used file takes the role given in the case', () => {
    const a = run('引用 "shared/lender.debt"\n案件 x { 原告 某某公司 }', { 'file:///cases/shared/lender.debt': LENDER });
    const p = a.model.cases[0].parties[0];
    assert.deepStrictEqual([p.name, p.role, p.kind, p.creditCode?.value, p.address?.value], ['某某公司', 'plaintiff', 'company', '91110108MA01ABCD1E', '北京']);
    assert.strictEqual(p.uri, MAIN);
    assert.deepStrictEqual({ uri: p.declaredAt?.uri, range: plainRange(p.declaredAt!.range) }, { uri: 'file:///cases/shared/lender.debt', range: { start: { line: 0, character: 0 }, end: { line: 4, character: 1 } } });
    assert.deepStrictEqual(a.model.agents.map((g) => g.name), ['孙律师']);
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.code.startsWith('DEBT2')), []);
  });

  it('uses are transitive and relative to each file; a file used twice is read once', () => {
    let reads = 0;
    const files: Record<string, string> = {
      'file:///cases/a/one.debt': '引用 "../b/two.debt"\n当事人 甲\n',
      'file:///cases/b/two.debt': '当事人 乙\n',
    };
    const host = { read: (u: string) => { reads++; return files[u]; } };
    const { analyze } = require('../../../src/core/analyze');
    const a = analyze(MAIN, '引用 "a/one.debt"\n引用 "b/two.debt"\n', host, { structureOnly: true });
    assert.deepStrictEqual(a.model.parties.map((p: { name: string }) => p.name).sort(), ['乙', '乙', '甲'].sort());
    assert.strictEqual(reads, 2);
  });

  it('an error inside a used file is reported with that file\'s uri and range', () => {
    const a = run('引用 "bad.debt"\n', { 'file:///cases/bad.debt': '当事人 甲 { 出生 2023-02-30 }' });
    assert.deepStrictEqual(a.diagnostics.map((d) => [d.code, d.uri, d.range.start.character]), [['DEBT201', 'file:///cases/bad.debt', 11]]);
  });
});
