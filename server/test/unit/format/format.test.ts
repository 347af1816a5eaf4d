import * as assert from 'assert';
import { formatEdits, formatText, applyEdits } from '../../../src/core/format/format';
import { withoutWhitespace } from '../../../src/core/format/scan';
import { meaning, samples } from './helpers';
import { specExample } from '../syntax/spec-example.test';

describe('formatter: the canonical layout', () => {
  it('lays out a case written on few lines: one item per line, two spaces per level, groups apart', () => {
    const messy = '案件   甲诉乙{法院 某某法院  起诉日 2024-01-01 原告 甲 被告 乙 {自然人 身份证号 110105198503021233\n住所 "某地"}\n'
      + '借款 L1 { 出借人 甲 借款人 乙 交付 2023-01-10   5万元\t转账 到期 2024-01-10 利率 12%/年 }\n\n\n\n'
      + '证据 借条 { 类型 借条 原件 }  请求 本金 }';
    assert.strictEqual(formatText(messy), [
      '案件 甲诉乙 {',
      '  法院 某某法院',
      '  起诉日 2024-01-01',
      '',
      '  原告 甲',
      '  被告 乙 {',
      '    自然人',
      '    身份证号 110105198503021233',
      '    住所 "某地"',
      '  }',
      '',
      '  借款 L1 {',
      '    出借人 甲',
      '    借款人 乙',
      '    交付 2023-01-10 5万元 转账',
      '    到期 2024-01-10',
      '    利率 12%/年',
      '  }',
      '',
      '  证据 借条 { 类型 借条 原件 }',
      '',
      '  请求 本金',
      '}',
      '',
    ].join('\n'));
  });

  it('keeps comments where they stand: after code on its line, on their own line, the blank line above a leading comment', () => {
    const text = '// 案件说明\n案件 X {\n法院 A // 管辖法院\n起诉日 2024-01-01\n// 当事人\n原告 甲\n/* 被告 */ 被告 乙\n}\n当事人 丙';
    assert.strictEqual(formatText(text), [
      '// 案件说明',
      '案件 X {',
      '  法院 A // 管辖法院',
      '  起诉日 2024-01-01',
      '',
      '  // 当事人',
      '  原告 甲',
      '  /* 被告 */',
      '  被告 乙',
      '}',
      '',
      '当事人 丙',
      '',
    ].join('\n'));
  });

  it('collapses blank lines to one, none just inside braces; no trailing whitespace; one final newline', () => {
    const text = '\n\n案件 X {   \n\n\n  原告 甲   \n\n\n\n  原告 乙\n\n}   \n\n\n';
    assert.strictEqual(formatText(text), '案件 X {\n  原告 甲\n\n  原告 乙\n}\n');
  });

  it('keeps CRLF line ends and a leading BOM', () => {
    assert.strictEqual(formatText('\uFEFF案件 X {\r\n原告 甲   被告 乙}'), '\uFEFF案件 X {\r\n  原告 甲\r\n  被告 乙\r\n}\r\n');
  });

  it('writes lists as 借款人 a、b and a, b; a separator stays after its word', () => {
    assert.strictEqual(formatText('案件 X { 借款 L { 借款人 甲 、 乙 ,丙 } }'), '案件 X {\n  借款 L {\n    借款人 甲、乙, 丙\n  }\n}\n');
    assert.strictEqual(formatText('案件 X { 法院 A ; 起诉日 2024-01-01 }'), '案件 X {\n  法院 A;\n  起诉日 2024-01-01\n}\n');
  });

  it('indents a continuation after a comment inside an item one level deeper', () => {
    assert.strictEqual(formatText('案件 X {\n借款 L {\n交付 2023-01-10 // 第一笔\n5万元\n}}'), '案件 X {\n  借款 L {\n    交付 2023-01-10 // 第一笔\n      5万元\n  }\n}\n');
  });

  it('leaves an item with a syntax error as written and formats the others', () => {
    const broken = '案件 X {\n 起诉日   明天\n   原告 甲\n}';
    const text = `${broken}\n案件   Y {原告 乙}`;
    // The first case has a bad date (DEBT101): its text is kept character for character.
    assert.strictEqual(formatText(text), `${broken}\n\n案件 Y {\n  原告 乙\n}\n`);
  });

  it('never loses a character of a block that lost its }', () => {
    const text = '案件 X {\n   原告 甲 {\n 自然人\n  被告 乙\n';
    const out = formatText(text);
    assert.strictEqual(withoutWhitespace(out), withoutWhitespace(text));
    assert.strictEqual(out, '案件 X {\n   原告 甲 {\n 自然人\n  被告 乙\n');
  });

  it('the spec example and every sample are lossless, idempotent and keep their model', () => {
    for (const { name, text } of [{ name: 'spec', text: specExample() }, ...samples()]) {
      const out = formatText(text);
      assert.strictEqual(withoutWhitespace(out), withoutWhitespace(text), name);
      assert.strictEqual(formatText(out), out, `${name}: idempotent`);
      assert.strictEqual(meaning(out), meaning(text), `${name}: same model`);
    }
  });

  it('the spec example is already in the canonical layout', () => {
    assert.strictEqual(formatText(specExample()), specExample());
  });

  it('edits are minimal: only the whitespace that changes', () => {
    const text = '案件 X {\n原告 甲\n}\n';
    // '案件 X {\n' is 7 UTF-16 units: the two spaces go in at offset 7, nothing else is touched.
    assert.deepStrictEqual(formatEdits(text), [{ start: 7, end: 7, newText: '  ' }]);
  });

  it('range formatting touches only the items the range overlaps', () => {
    const text = '案件 X {\n原告   甲\n借款 L {\n出借人    甲\n借款人 乙\n}\n被告   乙\n}\n';
    const at = text.indexOf('出借人');
    const out = applyEdits(text, formatEdits(text, { start: at, end: at + 3 }));
    // Only 出借人's line inside the loan changes: its indentation (two levels) and the space in it.
    assert.strictEqual(out, '案件 X {\n原告   甲\n借款 L {\n    出借人 甲\n借款人 乙\n}\n被告   乙\n}\n');
    const whole = applyEdits(text, formatEdits(text, { start: text.indexOf('借款 L'), end: text.indexOf('被告') - 2 }));
    // The loan follows a party: a blank line between the groups comes with its line.
    assert.strictEqual(whole, '案件 X {\n原告   甲\n\n  借款 L {\n    出借人 甲\n    借款人 乙\n  }\n被告   乙\n}\n');
  });

  it('an empty or blank file formats to nothing', () => {
    assert.strictEqual(formatText(''), '');
    assert.strictEqual(formatText(' \n\n '), '');
  });
});
