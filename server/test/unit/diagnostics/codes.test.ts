/**
 * One test per diagnostic code: a small case that triggers it, the exact range (the offending text, located
 * in the source by searching for it — independent of the parser) and the message's key facts.
 */
import * as assert from 'assert';
import { analyze, usedFileErrors } from '../../../src/core/analyze';
import { catalogue } from '../../../src/core/diagnostics/catalogue';
import { BASE, edit, rangeOf, show } from './fixture';

const URI = 'file:///cases/c.debt';
function run(text: string, files: Record<string, string> = {}, locale: 'zh' | 'en' = 'zh') {
  return analyze(URI, text, { read: (u) => files[u] }, { locale, today: '2024-06-01' }).diagnostics;
}

/** Asserts that `code` is reported at `needle` (n-th occurrence) with a message matching `msg`. */
function expectAt(text: string, code: string, needle: string | null, msg: RegExp, opts: { nth?: number; files?: Record<string, string>; range?: string } = {}) {
  const ds = run(text, opts.files).filter((d) => d.code === code);
  assert.ok(ds.length > 0, `${code} not reported; got ${run(text, opts.files).map((d) => d.code).join(', ')}`);
  const want = opts.range ?? rangeOf(text, needle!, opts.nth);
  const hit = ds.find((d) => show(d) === want);
  assert.ok(hit, `${code} expected at ${want}, got ${ds.map(show).join(', ')}`);
  assert.match(hit!.message, msg);
  assert.strictEqual(hit!.severity, catalogue[code as keyof typeof catalogue].severity);
}

describe('diagnostic codes', () => {
  it('the base case gives only the payment-order hint', () => {
    assert.deepStrictEqual(run(edit({})).map((d) => d.code), ['DEBT603']);
  });

  describe('DEBT1xx syntax', () => {
    it('DEBT101 a word where a date is expected, with an example date', () =>
      expectAt(edit({ 3: '  起诉日 明天' }), 'DEBT101', '明天', /此处应为日期，例如 2023-01-10 或 2023年1月10日，但写的是“明天”/));
    it('DEBT101 a page count that is not a whole number', () =>
      expectAt(edit({ 14: '  证据 借条 { 类型 借条 原件 页数 2.5 }' }), 'DEBT101', '2.5', /此处应为页数（整数），例如 3，但写的是“2.5”/));
    it('DEBT101 a name with 、 suggests quoting it', () =>
      expectAt(edit({ 1: '案件 甲诉乙、丙纠纷 {' }), 'DEBT101', '、', /此处应为左花括号.*含标点的名称请加引号/));
    it('DEBT102 unterminated string', () =>
      expectAt(edit({ 2: '  法院 "某某法院' }), 'DEBT102', '"某某法院', /引号未闭合/));
    it('DEBT103 unterminated comment', () =>
      expectAt(edit({}) + '/* 未完的注释', 'DEBT103', '/*', /注释未闭合/));
    it('DEBT104 characters the language does not know', () =>
      expectAt(edit({ 2: '  法院 某某人民法院 @@' }), 'DEBT104', '@@', /无法识别的字符“@@”/));
    it('DEBT105 an amount with more than two decimals', () =>
      expectAt(edit({ 10: '    交付 2023-01-10 1.234元 转账 证据 回单' }), 'DEBT105', '1.234元', /最多精确到分/));
    it('DEBT106 missing closing brace at the end of the file', () => {
      const text = BASE.slice(0, -1).join('\n') + '\n';
      // Shown, empty, right after the file's last token (line 15 is 19 characters long), not past the last line break.
      expectAt(text, 'DEBT106', null, /缺少右花括号 }，但文件已结束/, { range: `15:${BASE[14].length + 1}-15:${BASE[14].length + 1}` });
    });
    it('DEBT107 text that cannot start an item, reported once for the run', () =>
      expectAt(edit({ 2: '  胡说 八道' }), 'DEBT107', '胡说 八道', /无法理解的内容“胡说 八道”/));
    it('DEBT108 a day count other than 365 or 360', () =>
      expectAt(edit({ 12: '    计息天数 300' }), 'DEBT108', '300', /只能是 365 或 360/));
    it('DEBT109 stops listing after 200 syntax errors', () => {
      const text = '案件 { }\n'.repeat(250);
      const ds = run(text);
      assert.strictEqual(ds.filter((d) => d.code === 'DEBT109').length, 1);
      assert.ok(ds.filter((d) => d.code.startsWith('DEBT10')).length <= 202);
    });
  });

  describe('DEBT2xx structure', () => {
    it('DEBT201 a date that does not exist', () =>
      expectAt(edit({ 3: '  起诉日 2023-02-30' }), 'DEBT201', '2023-02-30', /2023-02-30.*不存在/));
    it('DEBT202 an undeclared name, with "did you mean"', () =>
      expectAt(edit({ 8: '    借款人 乙乙' }), 'DEBT202', '乙乙', /未声明的当事人“乙乙”，是否指“乙”/));
    it('DEBT202 undeclared evidence without a close name says how to declare it', () =>
      expectAt(edit({ 10: '    交付 2023-01-10 10000元 转账 证据 银行流水单' }), 'DEBT202', '银行流水单', /请用 证据 名称/));
    it('DEBT203 a duplicate name, pointing at the first declaration', () =>
      expectAt(edit({}, ['  证据 回单 { 类型 收条 }']), 'DEBT203', '回单', /证据“回单”重复声明/, { nth: 3 }));
    it('DEBT204 a lender who is not a plaintiff', () =>
      expectAt(edit({ 7: '    出借人 乙', 8: '    借款人 乙' }), 'DEBT204', '乙', /出借人“乙”不是本案原告.*民诉法第122条/, { nth: 2 }));
    it('DEBT205 a borrower who is not a defendant', () =>
      expectAt(edit({ 8: '    借款人 甲' }), 'DEBT205', '甲', /借款人“甲”不是本案被告/, { nth: 3 }));
    it('DEBT206 no lender', () => expectAt(edit({ 7: '' }), 'DEBT206', 'L', /未写明出借人/));
    it('DEBT207 no borrower', () => expectAt(edit({ 8: '' }), 'DEBT207', 'L', /未写明借款人/));
    it('DEBT208 no delivery', () => expectAt(edit({ 10: '' }), 'DEBT208', 'L', /没有交付记录.*民法典第679条/));
    it('DEBT209 delivery before signing', () =>
      expectAt(edit({ 9: '    签订 2023-01-12 证据 借条' }), 'DEBT209', '2023-01-10', /交付日2023年1月10日早于签订日2023年1月12日/));
    it('DEBT210 repayment before the first delivery', () =>
      expectAt(edit({}, ['  还款 2022-12-01 100元 转账 证据 回单']), 'DEBT210', '2022-12-01', /还款日2022年12月1日早于首次交付日2023年1月10日/));
    it('DEBT211 due date before delivery', () =>
      expectAt(edit({ 11: '    到期 2022-01-10' }), 'DEBT211', '2022-01-10', /到期日2022年1月10日早于首次交付日/));
    it('DEBT211 an instalment due before the money was lent', () =>
      expectAt(edit({ 11: '    分期 2022-12-31 5000元 分期 2023-06-30 5000元' }), 'DEBT211', '2022-12-31', /分期还款日2022年12月31日早于首次交付日2023年1月10日：请核对借款期限和分期安排/));
    it('DEBT212 filing before a fact the complaint relies on', () =>
      expectAt(edit({ 3: '  起诉日 2023-01-05' }), 'DEBT212', '2023-01-05', /起诉日2023年1月5日早于借款“L”的交付日/));
    it('DEBT213 resident ID check digit (GB 11643)', () =>
      expectAt(edit({ 4: '  原告 甲 { 自然人 身份证号 110105198503021234 住所 "北京市朝阳区" }' }), 'DEBT213', '110105198503021234', /校验码应为 3/));
    it('DEBT214 resident ID birth date differs from 出生', () =>
      expectAt(edit({ 4: '  原告 甲 { 自然人 出生 1985-03-03 身份证号 110105198503021233 住所 "北京市朝阳区" }' }), 'DEBT214', '110105198503021233', /出生日期 1985-03-02 与 出生 1985年3月3日 不一致/));
    it('DEBT215 credit code check character (GB 32100)', () =>
      expectAt(edit({ 5: '  被告 乙 { 法人 统一社会信用代码 91110108MA01ABCD1F 住所 "北京市海淀区" }' }), 'DEBT215', '91110108MA01ABCD1F', /校验码应为 E/));
    it('DEBT216 a used file that does not exist', () =>
      expectAt('引用 "lenders.debt"\n' + edit({}), 'DEBT216', '"lenders.debt"', /找不到引用的文件“lenders.debt”/));
    it('DEBT217 circular use, reported at the `use` that closes the cycle', () => {
      const used = '引用 "c.debt"\n';
      const ds = run('引用 "a.debt"\n' + edit({}), { 'file:///cases/a.debt': used }).filter((d) => d.code === 'DEBT217');
      assert.deepStrictEqual(ds.map((d) => [d.uri, show(d)]), [['file:///cases/a.debt', rangeOf(used, '"c.debt"')]]);
      assert.match(ds[0].message, /循环引用“c.debt”/);
    });
    it('DEBT218 a repayment without its loan when the case has several', () =>
      expectAt(edit({}, ['  借款 M { 出借人 甲 借款人 乙 交付 2023-02-01 100元 转账 证据 回单 到期 2024-02-01 利率 无 }', '  还款 2023-03-01 50元 转账 证据 回单']),
        'DEBT218', '2023-03-01', /多笔借款（L、M）/));
    it('DEBT221 errors inside a used file are summarised at the use line', () => {
      const text = '引用 "lenders.debt"\n' + edit({});
      const a = analyze(URI, text, { read: (u) => (u === 'file:///cases/lenders.debt' ? '当事人 甲 { 出生 2023-02-30 }' : undefined) }, { today: '2024-06-01' });
      const ds = usedFileErrors(a);
      assert.deepStrictEqual(ds.map((d) => [d.code, d.uri, show(d)]), [['DEBT221', URI, rangeOf(text, '"lenders.debt"')]]);
      assert.match(ds[0].message, /引用的文件“lenders.debt”中有 1 处错误/);
    });
    it('DEBT219 a malformed resident ID', () =>
      expectAt(edit({ 4: '  原告 甲 { 自然人 身份证号 12345 住所 "北京市朝阳区" }' }), 'DEBT219', '12345', /应为 18 位/));
    it('DEBT220 a malformed credit code', () =>
      expectAt(edit({ 5: '  被告 乙 { 法人 统一社会信用代码 ABC 住所 "北京市海淀区" }' }), 'DEBT220', 'ABC', /18 位/));
  });
});
