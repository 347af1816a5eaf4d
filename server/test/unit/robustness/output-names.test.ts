/**
 * Output file names (documents/safe-name.ts, output-target.ts): a long case name can be written, an astral name is cut
 * between whole characters, names that differ give different files, and one case's document never replaces another's
 * in a run, --force or not.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { safeFileStem, cutToBytes, MAX_STEM_BYTES } from '../../../src/core/documents/safe-name';
import { documentFileName } from '../../../src/core/documents/file-name';
import { run } from '../../../src/cli';

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');
const CASE = (name: string) => [
  `案件 "${name}" {`, '  法院 某某人民法院', '  起诉日 2024-06-01',
  '  原告 甲 { 自然人 身份证号 110105198503021233 住所 "北京市朝阳区" }',
  '  被告 乙 { 自然人 身份证号 110108199001011231 住所 "北京市海淀区" }',
  '  借款 L {', '    出借人 甲', '    借款人 乙', '    签订 2023-01-10 证据 借条', '    交付 2023-01-10 10000元 转账 证据 回单',
  '    到期 2023-06-30', '    利率 10%', '  }', '  证据 借条 { 类型 借条 原件 }', '  证据 回单 { 类型 转账记录 }', '}', '',
].join('\n');

describe('output names', function () {
  this.timeout(60000);

  it('a plain name is kept as written', () => {
    assert.strictEqual(safeFileStem('张三诉李四民间借贷纠纷'), '张三诉李四民间借贷纠纷');
  });
  it('a name over 255 bytes: at most 150 bytes of whole characters, with a fingerprint', () => {
    const name = '甲'.repeat(90); // 90 × 3 = 270 bytes
    const stem = safeFileStem(name);
    assert.ok(utf8(stem) <= MAX_STEM_BYTES);
    // 150 bytes − 7 for '-xxxxxx' = 143 → 47 whole characters of 3 bytes (141 bytes).
    assert.match(stem, /^甲{47}-[0-9a-z]{6}$/);
    assert.ok(utf8(documentFileName(name, 'preservation', 'docx')) <= 255);
  });
  it('an astral name is cut between whole characters, never into U+FFFD', () => {
    const stem = safeFileStem('𠮷'.repeat(60)); // 4 bytes each
    assert.ok(!stem.includes('\ufffd'));
    assert.match(stem, /^(?:𠮷){35}-[0-9a-z]{6}$/); // 143 bytes → 35 × 4 = 140
    assert.strictEqual(cutToBytes('a𠮷', 4), 'a');
  });
  it('甲/乙, 甲:乙 and 甲_乙 give three different names', () => {
    const names = ['甲/乙', '甲:乙', '甲_乙'].map(safeFileStem);
    assert.strictEqual(new Set(names).size, 3);
    assert.strictEqual(names[2], '甲_乙');
    assert.match(names[0], /^甲_乙-[0-9a-z]{6}$/);
  });
  it('a lone surrogate and a trailing dot are replaced or dropped', () => {
    assert.match(safeFileStem('甲\ud800乙.'), /^甲_乙-[0-9a-z]{6}$/);
  });

  describe('debt generate', () => {
    let dir: string;
    beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-names-')); });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
    const gen = async (files: string[], extra: string[] = []) => {
      const out: string[] = [], err: string[] = [];
      const code = await run(['generate', '--format', 'md', '--out', path.join(dir, 'out'), ...extra, ...files], (s) => out.push(s), (s) => err.push(s));
      return { code, out: out.join(''), err: err.join('') };
    };

    it('a 90-character case name is written', async () => {
      fs.writeFileSync(path.join(dir, 'long.debt'), CASE('甲'.repeat(90)));
      const r = await gen([path.join(dir, 'long.debt')]);
      assert.strictEqual(r.code, 0, r.err);
      assert.strictEqual(fs.readdirSync(path.join(dir, 'out')).length, 1);
    });
    it('甲/乙 and 甲:乙 with --force: two documents, neither replaces the other', async () => {
      fs.writeFileSync(path.join(dir, 'a.debt'), CASE('甲/乙'));
      fs.writeFileSync(path.join(dir, 'b.debt'), CASE('甲:乙'));
      const r = await gen([path.join(dir, 'a.debt'), path.join(dir, 'b.debt')], ['--force']);
      assert.strictEqual(r.code, 0, r.err);
      assert.strictEqual(fs.readdirSync(path.join(dir, 'out')).length, 2);
    });
    it('the same case name in two files, one --out folder, --force: the second gets " (2)"', async () => {
      fs.writeFileSync(path.join(dir, 'a.debt'), CASE('同名案件'));
      fs.writeFileSync(path.join(dir, 'b.debt'), CASE('同名案件').replace('10000元', '20000元'));
      const r = await gen([path.join(dir, 'a.debt'), path.join(dir, 'b.debt')], ['--force']);
      assert.strictEqual(r.code, 0, r.err);
      assert.deepStrictEqual(fs.readdirSync(path.join(dir, 'out')).sort(), ['同名案件 (2).起诉状.md', '同名案件.起诉状.md']);
      // Each file keeps its own case: 10,000 in the first, 20,000 in the second.
      assert.match(fs.readFileSync(path.join(dir, 'out', '同名案件.起诉状.md'), 'utf8'), /10,000\.00元/);
      assert.match(fs.readFileSync(path.join(dir, 'out', '同名案件 (2).起诉状.md'), 'utf8'), /20,000\.00元/);
      // A second run with --force replaces the documents of the earlier run, and makes no third file.
      const again = await gen([path.join(dir, 'a.debt'), path.join(dir, 'b.debt')], ['--force']);
      assert.strictEqual(again.code, 0, again.err);
      assert.strictEqual(fs.readdirSync(path.join(dir, 'out')).length, 2);
    });
  });
});
