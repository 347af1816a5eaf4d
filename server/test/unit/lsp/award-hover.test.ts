/** Hover on `判项`: the item's figure, what was paid and what is owed, who pays — the report's figures (see ../law/awards-fixture.ts). */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { hoverAt } from '../../../src/lsp/hover';
import { AWARDS_CASE } from '../law/awards-fixture';

describe('hover on an award item', () => {
  const a = analyze('file:///j.debt', AWARDS_CASE, { read: () => undefined });
  const hover = (needle: string, locale: 'zh' | 'en' = 'zh') => {
    const at = AWARDS_CASE.indexOf(needle);
    const before = AWARDS_CASE.slice(0, at);
    return hoverAt(a, AWARDS_CASE, { line: before.split('\n').length - 1, character: at - before.lastIndexOf('\n') }, { locale, settings: {} as never })?.markdown ?? '';
  };
  it('running interest: to the as-of date, paid 5,240.00, owed 1,887.82, by 乙', () => {
    const md = hover('判项 利息');
    assert.match(md, /\*\*判项第2项\*\* {2}\n暂计至2024年6月30日：7,127\.82元 {2}\n已履行5,240\.00元，尚欠1,887\.82元 {2}\n给付义务人：乙/);
  });
  it('the court fee, in English', () => {
    assert.match(hover('判项 受理费', 'en'), /\*\*Award item 4\*\* {2}\nOrdered: 2,300\.00元 {2}\nPaid 2,300\.00元, still owed 0\.00元 {2}\nOrdered to pay: 乙/);
  });
});
