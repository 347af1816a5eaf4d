/**
 * The layout of the spec §7.3–7.4 case items (docs/conventions.md, "Formatting"): an asset block written on one line
 * stays on one line, a judgment block is always expanded, and 财产 / 保全 / 判决 each form a blank-line group while
 * 约定管辖 stands with 法院 in the header. Plus a fast-check property over random files made of these items.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { formatText } from '../../../src/core/format/format';
import { withoutWhitespace } from '../../../src/core/format/scan';
import { meaning } from './helpers';

const lines = (...ls: string[]) => ls.join('\n') + '\n';

describe('formatter: assets, preservation, judgment, jurisdiction (spec §7.3–7.4)', () => {
  it('an asset block written on one line stays on one line, its spacing normalised', () => {
    assert.strictEqual(formatText('案件 X {\n财产   车辆一 {类型 车辆    所有人 乙 价值 10万元}\n}'), lines(
      '案件 X {',
      '  财产 车辆一 { 类型 车辆 所有人 乙 价值 10万元 }',
      '}',
    ));
  });

  it('an asset block written on several lines gets one item per line', () => {
    assert.strictEqual(formatText('案件 X {\n财产 住房 { 类型 不动产\n所有人 乙 描述 "某小区5号楼602室" }\n}'), lines(
      '案件 X {',
      '  财产 住房 {',
      '    类型 不动产',
      '    所有人 乙',
      '    描述 "某小区5号楼602室"',
      '  }',
      '}',
    ));
  });

  it('a judgment block is expanded even when written on one line', () => {
    assert.strictEqual(formatText('案件 X {\n判决 "（2025）京0105民初1234号" { 法院 某某人民法院 生效 2025-04-20 履行期限 2025-04-30 判决金额 120000元 还款 2025-06-15 50000元 }\n}'), lines(
      '案件 X {',
      '  判决 "（2025）京0105民初1234号" {',
      '    法院 某某人民法院',
      '    生效 2025-04-20',
      '    履行期限 2025-04-30',
      '    判决金额 120000元',
      '    还款 2025-06-15 50000元',
      '  }',
      '}',
    ));
  });

  it('groups: 约定管辖 stays with 法院; assets, preservation and judgment each apart from their neighbours', () => {
    const messy = '案件 X { 法院 某某人民法院 约定管辖 原告住所地人民法院 原告 甲 被告 乙 财产 车 { 类型 车辆 } 财产 房 { 类型 不动产 } '
      + '保全 诉前 对象 车、房 担保 财产 判决 "（2025）京0105民初1号" { 生效 2025-04-20 } 证据 借条 { 类型 借条 } 请求 本金 }';
    assert.strictEqual(formatText(messy), lines(
      '案件 X {',
      '  法院 某某人民法院',
      '  约定管辖 原告住所地人民法院',
      '',
      '  原告 甲',
      '  被告 乙',
      '',
      '  财产 车 { 类型 车辆 }',
      '  财产 房 { 类型 不动产 }',
      '',
      // `担保 财产` (security by property) is a value of the 保全 item, not a new asset item.
      '  保全 诉前 对象 车、房 担保 财产',
      '',
      '  判决 "（2025）京0105民初1号" {',
      '    生效 2025-04-20',
      '  }',
      '',
      '  证据 借条 { 类型 借条 }',
      '',
      '  请求 本金',
      '}',
    ));
  });

  it('a 约定管辖 after other groups gets its blank line; two 保全 lines stay together', () => {
    assert.strictEqual(formatText('案件 X {\n原告 甲\n约定管辖 某某人民法院\n保全 诉前\n保全 诉中 金额 1000元\n}'), lines(
      '案件 X {',
      '  原告 甲',
      '',
      '  约定管辖 某某人民法院',
      '',
      '  保全 诉前',
      '  保全 诉中 金额 1000元',
      '}',
    ));
  });

  it('English keywords lay out the same way', () => {
    assert.strictEqual(formatText('case X { court A jurisdiction B asset car { kind vehicle owner Y } preservation pre-suit targets car judgment "N1" { effective 2025-04-20 } }'), lines(
      'case X {',
      '  court A',
      '  jurisdiction B',
      '',
      '  asset car { kind vehicle owner Y }',
      '',
      '  preservation pre-suit targets car',
      '',
      '  judgment "N1" {',
      '    effective 2025-04-20',
      '  }',
      '}',
    ));
  });

  it('a one-line asset block with a trailing comment inside stays as written (the comment ends the line)', () => {
    const text = lines('案件 X {', '  财产 车 { 类型 车辆 // 京A', '  }', '}');
    // The `}` is on the next line, so the block was not written on one line: one item per line.
    assert.strictEqual(formatText(text), lines('案件 X {', '  财产 车 {', '    类型 车辆 // 京A', '  }', '}'));
  });

  describe('properties (fast-check)', function () {
    this.timeout(120000);
    const space = fc.constantFrom(' ', '  ', '\n', '\n\n\n', '\t', ' /* 注 */ ', ' // 注释\n', '\r\n');
    const kw = (zh: string, en: string) => fc.constantFrom(zh, en);
    const name = fc.constantFrom('车辆一', '住房', '乙', 'asset', '"某 账户"');
    const item: fc.Arbitrary<string[]> = fc.oneof(
      fc.tuple(kw('法院', 'court'), name),
      fc.tuple(kw('约定管辖', 'jurisdiction'), name),
      fc.tuple(kw('被告', 'defendant'), name),
      fc.tuple(kw('财产', 'asset'), name, fc.constant('{'), kw('类型', 'kind'), kw('车辆', 'vehicle'), kw('所有人', 'owner'), name,
        kw('价值', 'value'), fc.constant('10万元'), fc.constant('}')),
      fc.tuple(kw('保全', 'preservation'), kw('诉前', 'pre-suit'), kw('对象', 'targets'), name, fc.constant('、'), name,
        kw('担保', 'security'), kw('财产', 'property'), kw('申请', 'applied'), fc.constant('2025-03-24')),
      fc.tuple(kw('判决', 'judgment'), fc.constant('"（2025）京0105民初1号"'), fc.constant('{'), kw('生效', 'effective'), fc.constant('2025-04-20'),
        kw('判决金额', 'awarded'), fc.constant('120000元'), kw('还款', 'repaid'), fc.constant('2025-06-15'), fc.constant('5万元'), fc.constant('}')),
      fc.tuple(kw('请求', 'claim'), kw('本金', 'principal')),
    );
    const words = fc.array(item, { maxLength: 8 }).map((items) => ['案件', 'X', '{', ...items.flat(), '}']);
    const file = words.chain((ws) => fc.array(space, { minLength: ws.length, maxLength: ws.length })
      .map((gaps) => ws.map((w, i) => w + gaps[i]).join('')));

    it('random files of these items: lossless, idempotent, same model', () => {
      fc.assert(fc.property(file, (text) => {
        const out = formatText(text);
        assert.strictEqual(withoutWhitespace(out), withoutWhitespace(text));
        assert.strictEqual(formatText(out), out);
        assert.strictEqual(meaning(out), meaning(text));
      }), { numRuns: 300 });
    });
  });
});
