/**
 * Spec §8.4 syntax: `Channel += harassment|骚扰 | third-party|联系第三人 | threat|威胁 | disclosure|公开信息 | violence|暴力` and
 * `催收 … (由 REF)? (次数 INT)?`, in both keyword languages; `第三人 NAME` after a demand still declares a party.
 */
import * as assert from 'assert';
import { toKeywordLanguage } from '../../../src/core/format/keywords';
import { Demand } from '../../../src/core/model/types';
import { codes, run } from '../helpers';

const CASE = (events: string) => `案件 甲诉乙 {\n  原告 甲\n  被告 乙\n  借款 L { 出借人 甲 借款人 乙 交付 2023-01-10 1000元 到期 2023-06-30 }\n${events}\n}\n`;
const demands = (text: string) => run(text).model.cases[0].events.filter((e): e is Demand => e.kind === 'demanded');

describe('collection channels, 由 and 次数 (spec §8.4)', function () {
  this.timeout(20000);
  it('every new channel, Chinese and English, with who and how many', () => {
    const text = CASE([
      '  催收 2024-01-01 向 乙 骚扰 由 甲 次数 30',
      '  催收 2024-01-02 联系第三人 由 某催收公司',
      '  demanded 2024-01-03 of 乙 third-party by 甲 count 5',
      '  催收 2024-01-04 威胁',
      '  催收 2024-01-05 公开信息',
      '  demanded 2024-01-06 violence',
      '  demanded 2024-01-07 harassment',
      '  demanded 2024-01-08 disclosure',
      '  demanded 2024-01-09 threat',
    ].join('\n'));
    const ds = demands(text);
    assert.deepStrictEqual(codes(run(text)).filter((c) => c.startsWith('DEBT1')), []);
    assert.deepStrictEqual(ds.map((d) => d.channel?.value), ['harassment', 'third-party', 'third-party', 'threat', 'disclosure', 'violence', 'harassment', 'disclosure', 'threat']);
    assert.deepStrictEqual(ds.map((d) => d.by?.name ?? null), ['甲', '某催收公司', '甲', null, null, null, null, null, null]);
    assert.deepStrictEqual(ds.map((d) => d.count?.value ?? null), [30, null, 5, null, null, null, null, null, null]);
  });

  it('次数 with a lawful channel; a count that is not a whole number is DEBT101', () => {
    assert.strictEqual(demands(CASE('  催收 2024-01-01 向 乙 电话 次数 12'))[0].count?.value, 12);
    const bad = run(CASE('  催收 2024-01-01 电话 次数 1.5'));
    assert.ok(codes(bad).includes('DEBT101'), codes(bad).join());
    assert.match(bad.diagnostics.find((d) => d.code === 'DEBT101')!.message, /次数（整数）/);
  });

  it('`第三人 王五 {…}` after a demand without a channel declares a third party, not the channel', () => {
    const a = run(CASE('  催收 2024-01-01 向 乙\n  第三人 王五 { 住所 "某地" }'));
    assert.deepStrictEqual(codes(a).filter((c) => c.startsWith('DEBT1')), []);
    assert.strictEqual(a.model.cases[0].parties.find((p) => p.name === '王五')?.role, 'third-party');
    assert.strictEqual(demands(CASE('  催收 2024-01-01 向 乙\n  第三人 王五 { 住所 "某地" }'))[0].channel, undefined);
  });

  it('keyword conversion: 联系第三人 ↔ third-party, 次数 ↔ count, 由 ↔ by, and back', () => {
    const zh = CASE('  催收 2024-01-01 向 乙 联系第三人 由 甲 次数 3\n  催收 2024-01-02 公开信息');
    const en = toKeywordLanguage(zh, 'en');
    assert.match(en, /demanded 2024-01-01 of 乙 third-party by 甲 count 3/);
    assert.match(en, /demanded 2024-01-02 disclosure/);
    assert.strictEqual(toKeywordLanguage(en, 'zh'), zh);
  });
});
