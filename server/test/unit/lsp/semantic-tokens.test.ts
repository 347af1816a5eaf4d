/** Semantic tokens: each token's type and modifiers, decoded from the LSP encoding. */
import * as assert from 'assert';
import fc from 'fast-check';
import { legend, semanticTokens, tokenEdits } from '../../../src/lsp/semantic-tokens';
import { inline, sample } from './hover-fixtures';

/** Decodes the relative five-integer encoding to `line:char text type[+modifiers]`. */
function decode(text: string, data: number[]): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  let line = 0, char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    const mods = legend.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
    out.push(`${line}:${char} ${lines[line].slice(char, char + data[i + 2])} ${legend.tokenTypes[data[i + 3]]}${mods.length ? '+' + mods.join('+') : ''}`);
  }
  return out;
}

describe('semantic tokens', () => {
  it('keywords, names by kind (declarations marked), dates, amounts, rates, strings and comments', () => {
    const text = `// 案件说明
案件 甲诉乙 {
  原告 甲 { 住所 "北京市" 身份证号 110105198503021233 }
  被告 乙
  借款 L1 { 出借人 甲 借款人 乙 交付 2023-01-10 5万元 证据 借条 利率 1%/月 }
  /* 两行
     注释 */
  证据 借条 { 类型 借条 页数 2 }
}`;
    const doc = inline(text);
    assert.deepStrictEqual(decode(text, semanticTokens(doc.analysis, text).data), [
      '0:0 // 案件说明 comment',
      '1:0 案件 keyword', '1:3 甲诉乙 namespace+declaration',
      '2:2 原告 keyword', '2:5 甲 class+declaration', '2:9 住所 keyword', '2:12 "北京市" string', '2:18 身份证号 keyword', '2:23 110105198503021233 string',
      '3:2 被告 keyword', '3:5 乙 class+declaration',
      '4:2 借款 keyword', '4:5 L1 variable+declaration', '4:10 出借人 keyword', '4:14 甲 class', '4:16 借款人 keyword', '4:20 乙 class',
      '4:22 交付 keyword', '4:25 2023-01-10 number+date', '4:36 5万元 number', '4:40 证据 keyword', '4:43 借条 enumMember', '4:46 利率 keyword', '4:49 1%/月 number+rate',
      '5:2 /* 两行 comment', '6:0      注释 */ comment',
      '7:2 证据 keyword', '7:5 借条 enumMember+declaration', '7:10 类型 keyword', '7:13 借条 keyword', '7:16 页数 keyword', '7:19 2 number',
    ]);
  });

  it('the legend is published with standard types; a whole sample encodes with positive lengths in order', () => {
    assert.deepStrictEqual(legend.tokenTypes, ['keyword', 'namespace', 'class', 'parameter', 'variable', 'enumMember', 'number', 'string', 'comment']);
    const doc = sample('loan-basic.debt');
    const data = semanticTokens(doc.analysis, doc.text).data;
    assert.strictEqual(data.length % 5, 0);
    for (let i = 0; i < data.length; i += 5) assert.ok(data[i + 2] > 0 && (data[i] > 0 || i === 0 || data[i + 1] > 0));
    const decoded = decode(doc.text, data);
    assert.ok(decoded.includes('34:8 北京某某科技有限公司 class'));
    // A phone number is written as plain digits but is no amount.
    assert.ok(decoded.includes('29:29 13900000000 string'));
  });

  it('broken files: an open comment and an open string are tokens to the end of their line or file; no throw', () => {
    const text = '案件 x { 备注 "未闭合\n  /* 未闭合的注释\n 到文件末尾';
    const decoded = decode(text, semanticTokens(inline(text).analysis, text).data);
    assert.deepStrictEqual(decoded.slice(-3), ['0:10 "未闭合 string', '1:2 /* 未闭合的注释 comment', '2:0  到文件末尾 comment']);
  });
});

describe('semantic tokens delta (tokenEdits)', () => {
  it('one edit that turns the old list into the new, on random lists', () => {
    fc.assert(fc.property(fc.array(fc.nat(5), { maxLength: 40 }), fc.array(fc.nat(5), { maxLength: 40 }), (before, after) => {
      const edits = tokenEdits(before, after);
      const applied = [...before];
      for (const e of edits) applied.splice(e.start, e.deleteCount, ...(e.data ?? []));
      assert.deepStrictEqual(applied, after);
      assert.ok(edits.length <= 1);
      return true;
    }), { numRuns: 300, seed: 5 });
    assert.deepStrictEqual(tokenEdits([1, 2, 3], [1, 2, 3]), []);
    assert.deepStrictEqual(tokenEdits([0, 1, 2, 3, 4], [0, 1, 9, 3, 4]), [{ start: 2, deleteCount: 1, data: [9] }]);
  });
});
