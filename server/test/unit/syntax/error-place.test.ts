/**
 * Syntax errors stand on the token that is wrong, and their example is written in the file's keyword language
 * (issue 19). A value missing at the end of a line is shown, empty, right after the token it should follow — as
 * rust-analyzer and TypeScript do — not on the correct item of the next line; a wrong token on the same line is the
 * range itself. The message follows the UI language, its keywords and literals the file's (an English-keyword file
 * read in Chinese is told `male 或 female`, a Chinese file read in English `男 or 女`). Positions are 0-based, counted
 * by hand from the texts below.
 */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';

type Found = { code: string; range: string; message: string };
function syntaxErrors(text: string, locale: 'zh' | 'en'): Found[] {
  return analyze('file:///cases/s.debt', text, { read: () => undefined }, { locale, today: '2024-06-01' }).diagnostics
    .filter((d) => d.code.startsWith('DEBT1'))
    .map((d) => ({ code: d.code, range: `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`, message: d.message }));
}

describe('syntax errors: on the offending token, the example in the file\'s keyword language', () => {
  it('Chinese file, Chinese UI: 起诉日 with nothing after it — right after 起诉日, not on the next line\'s 原告', () => {
    // Line 1 is "  起诉日": 起诉日 spans characters 2–4, so it ends at 5.
    assert.deepStrictEqual(syntaxErrors('案件 x {\n  起诉日\n  原告 甲\n}\n', 'zh'), [
      { code: 'DEBT101', range: '1:5-1:5', message: '此处应为日期，例如 2023-01-10 或 2023年1月10日，但“起诉日”之后本行已结束。' },
    ]);
  });

  it('Chinese file, English UI: a wrong gender on the same line is the range; the example is in Chinese keywords', () => {
    // "  原告 甲 { 自然人 性别 未知 }": 未知 at characters 16–17.
    assert.deepStrictEqual(syntaxErrors('案件 x {\n  原告 甲 { 自然人 性别 未知 }\n}\n', 'en'), [
      { code: 'DEBT101', range: '1:16-1:18', message: 'Expected a gender: 男 or 女 here, but found "未知".' },
    ]);
  });

  it('English file, Chinese UI: the example is in English keywords', () => {
    // "  plaintiff A { person gender unknown }": unknown at characters 30–36.
    assert.deepStrictEqual(syntaxErrors('case x {\n  plaintiff A { person gender unknown }\n}\n', 'zh'), [
      { code: 'DEBT101', range: '1:30-1:37', message: '此处应为性别：male 或 female，但写的是“unknown”。' },
    ]);
  });

  it('English file, English UI: until with nothing after it — right after until (the next claim is right)', () => {
    // "  claim interest until": until spans characters 17–21.
    assert.deepStrictEqual(syntaxErrors('case x {\n  claim interest until\n  claim principal\n}\n', 'en'), [
      { code: 'DEBT101', range: '1:22-1:22', message: 'Expected a date (e.g. 2026-12-01) or paid here, but the line ends after "until".' },
    ]);
  });

  it('Chinese file, English UI: 利率 with no value — the example rate is 12%/年 and the words 无, 约定不明', () => {
    // "    利率": characters 4–5.
    assert.deepStrictEqual(syntaxErrors('案件 x {\n  借款 L {\n    利率\n  }\n}\n', 'en'), [
      { code: 'DEBT101', range: '2:6-2:6', message: 'Expected a rate (e.g. 12%/年), 无 or 约定不明 here, but the line ends after "利率".' },
    ]);
  });

  it('English file, Chinese UI: a bare number where a rate is expected — 12% per year, none, unclear', () => {
    // "  loan L { interest 12 }": 12 at characters 20–21.
    assert.deepStrictEqual(syntaxErrors('case x {\n  loan L { interest 12 }\n}\n', 'zh'), [
      { code: 'DEBT101', range: '1:20-1:22', message: '此处应为利率（例如 12% per year）、none 或 unclear，但写的是“12”。' },
    ]);
  });

  it('English file: an amount example without 元 or 万 (an English-keyword file never gets 5万元)', () => {
    // "  loan L { amount unknown }": unknown at characters 18–24.
    assert.deepStrictEqual(syntaxErrors('case x {\n  loan L { amount unknown }\n}\n', 'en'), [
      { code: 'DEBT101', range: '1:18-1:25', message: 'Expected an amount, e.g. 50,000 or ¥3000.50 here, but found "unknown".' },
    ]);
    // The same in a Chinese file: 50,000元, 5万元.
    assert.deepStrictEqual(syntaxErrors('案件 x {\n  借款 L { 金额 未知 }\n}\n', 'zh').map((f) => f.message), ['此处应为金额，例如 50,000元、5万元 或 ¥3000.50，但写的是“未知”。']);
  });

  it('a block that lost its }: shown right after its last token (person), not on the next line\'s defendant', () => {
    // "    person": characters 4–9, ends at 10.
    assert.deepStrictEqual(syntaxErrors('case x {\n  plaintiff A {\n    person\n  defendant B\n}\n', 'zh'), [
      { code: 'DEBT106', range: '2:10-2:10', message: '缺少右花括号 }，但“person”之后本行已结束。请在该部分内容结束处补上 }。' },
    ]);
  });

  it('the end of the file: right after the last token (filing), the file said to end', () => {
    // "  filing": characters 2–7.
    assert.deepStrictEqual(syntaxErrors('case x {\n  filing', 'en'), [
      { code: 'DEBT101', range: '1:8-1:8', message: 'Expected a date, e.g. 2023-01-10 here, but the file ends here.' },
    ]);
  });

  it('a name with 、 in an English-keyword file is told to quote it after case, and free text goes in note', () => {
    const found = syntaxErrors('case 甲诉乙、丙纠纷 {\n}\n', 'zh');
    // 、 at character 8; the rest of the line (丙纠纷 {) is skipped text from character 9 to 14.
    assert.deepStrictEqual(found.map((f) => [f.code, f.range]), [['DEBT101', '0:8-0:9'], ['DEBT107', '0:9-0:14']]);
    assert.match(found[0].message, /含标点的名称请加引号，例如 case "甲诉乙、丙借款合同纠纷" \{$/);
    assert.match(found[1].message, /说明性文字请写在 note "…" 中/);
  });

  it('a 限期 count without its unit, in a Chinese file under an English UI: 日 or 天', () => {
    // "  催收 2024-01-01 向 甲 电话 限期 10": 10 at characters 26–27.
    assert.deepStrictEqual(syntaxErrors('案件 x {\n  催收 2024-01-01 向 甲 电话 限期 10\n}\n', 'en'), [
      { code: 'DEBT101', range: '1:26-1:28', message: 'Expected the unit: 日 or 天 here, but found "10".' },
    ]);
  });

  it('a block comment between the token and the gap still counts as a line end', () => {
    // "  起诉日 /* 待补\n */": the date is missing right after 起诉日 (ends at character 5).
    assert.deepStrictEqual(syntaxErrors('案件 x {\n  起诉日 /* 待补\n */\n  原告 甲\n}\n', 'zh').map((f) => f.range), ['1:5-1:5']);
  });
});
