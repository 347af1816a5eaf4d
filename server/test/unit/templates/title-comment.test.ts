/** Which comment follows a renamed case title (core/templates/title-comment.ts): an exact repeat of the old title only. */
import * as assert from 'assert';
import { Span, titleCommentChanges, titleCommentRegion } from '../../../src/core/templates/title-comment';

const OLD = '王小明诉赵大海民间借贷纠纷', NEW = '王小明诉赵大江民间借贷纠纷';

/** The one comment of `text` that starts at its first `//` or `/*` and ends at the line end or after `*\/`. */
function only(text: string): Span[] {
  const start = text.search(/\/[/*]/);
  if (text[start + 1] === '/') { const nl = text.indexOf('\n', start); return [{ start, end: nl < 0 ? text.length : nl }]; }
  const close = text.indexOf('*/', start + 2);
  return [{ start, end: close < 0 ? text.length : close + 2 }];
}
/** `text` with the changes applied (back to front). */
function applied(text: string, changes: { start: number; end: number; newText: string }[]): string {
  return [...changes].sort((a, b) => b.start - a.start).reduce((t, c) => t.slice(0, c.start) + c.newText + t.slice(c.end), text);
}

describe('the comment that repeats the case title', () => {
  it('`// 王小明诉赵大海民间借贷纠纷` (the New Case line): only the title\'s span, 3..16, becomes the new title', () => {
    const text = `// ${OLD}\n案件 ${OLD} {\n}`;
    // `// ` is 3 characters; the title is 13 characters (王小明 诉 赵大海 民间借贷纠纷 = 3 + 1 + 3 + 6).
    assert.deepStrictEqual(titleCommentChanges(text, only(text), OLD, NEW), [{ start: 3, end: 16, newText: NEW }]);
  });

  it('keeps the spaces around the title (ideographic space, tab, none) and the comment marks', () => {
    for (const comment of [`//${OLD}`, `//　${OLD}　`, `//\t${OLD}  `, `/* ${OLD} */`, `/*${OLD}*/`, `/*\n   ${OLD}\n*/`]) {
      const text = `${comment}\r\n案件 ${OLD} {}`;
      assert.strictEqual(applied(text, titleCommentChanges(text, only(text), OLD, NEW)), text.replace(comment, comment.replace(OLD, NEW)), comment);
    }
  });

  it('leaves every comment that is not the title alone: a mention, the title with more words, brackets, `///`', () => {
    for (const comment of [`// 王小明的借条原件在律所`, `// 赵大海`, `// ${OLD}（一审）`, `// 案件：${OLD}`, `// 「${OLD}」`, `/// ${OLD}`, `/** ${OLD} */`]) {
      const text = `${comment}\n案件 ${OLD} {}`;
      assert.deepStrictEqual(titleCommentChanges(text, only(text), OLD, NEW), [], comment);
    }
  });

  it('an unclosed `/*` (it runs to the end of the file) is not a title comment', () => {
    const text = `/* ${OLD}`;
    assert.deepStrictEqual(titleCommentChanges(text, only(text), OLD, NEW), []);
  });

  it('a title that needs quotes: the comment that writes it as the case line does gets the new title quoted', () => {
    const old = '甲 诉 乙', text = `// "甲 诉 乙"\n案件 "甲 诉 乙" {}`;
    // `// ` is 3, `"甲 诉 乙"` is 7 characters (5 + two quotes).
    assert.deepStrictEqual(titleCommentChanges(text, only(text), old, '甲 诉 丙'), [{ start: 3, end: 10, newText: '"甲 诉 丙"' }]);
    // The bare spelling (as New Case writes it) stays bare.
    const bare = `// 甲 诉 乙\n案件 "甲 诉 乙" {}`;
    assert.deepStrictEqual(titleCommentChanges(bare, only(bare), old, '甲 诉 丙'), [{ start: 3, end: 8, newText: '甲 诉 丙' }]);
    // Chinese quotes in the case line: a comment that copies them.
    const cn = '// “甲 诉 乙”\n案件 “甲 诉 乙” {}';
    assert.deepStrictEqual(titleCommentChanges(cn, only(cn), old, '甲 诉 丙', '“甲 诉 乙”'), [{ start: 3, end: 10, newText: '"甲 诉 丙"' }]);
  });

  it('nothing when the title does not change', () => {
    const text = `// ${OLD}\n案件 ${OLD} {}`;
    assert.deepStrictEqual(titleCommentChanges(text, only(text), OLD, OLD), []);
  });

  it('the region: from the previous case\'s end (or the top of the file) to the end of the case name\'s line', () => {
    const text = `// a\n案件 甲 { // b\n}\n// c\n案件 乙 {\n}`;
    // First case: 0 .. the newline after `案件 甲 { // b` (`// a\n` is 5, the line 11 characters: 5 + 11 = 16).
    assert.deepStrictEqual(titleCommentRegion(text, undefined, text.indexOf('甲') + 1), { start: 0, end: 16 });
    // Second case: from the end of the first case's `}` (at 17, so 18) to the newline after `案件 乙 {`: `}\n// c\n` runs
    // 17..23, the line starts at 24 and has 6 characters, so 30.
    assert.deepStrictEqual(titleCommentRegion(text, 18, text.indexOf('乙') + 1), { start: 18, end: 30 });
    // A case name on the last line: the region runs to the end of the text.
    assert.deepStrictEqual(titleCommentRegion('案件 甲 {}', undefined, 4), { start: 0, end: 7 });
  });
});
