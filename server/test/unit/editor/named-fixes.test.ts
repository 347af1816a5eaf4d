/**
 * Quick fixes for diagnostics whose message names the fix (issue 19): the ID / credit-code check character, and
 * 「声明证据 借据」 beside 「改为 借条」. Each applied fix removes its diagnostic and adds no error.
 */
import * as assert from 'assert';
import { CodeAction, CodeActionKind, TextEdit } from 'vscode-languageserver/node';
import { analyze } from '../../../src/core/analyze';
import { LineIndex } from '../../../src/core/text/range';
import { toLspDiagnostic } from '../../../src/lsp/convert';
import { codeActions } from '../../../src/lsp/code-actions/index';

const URI = 'file:///cases/fix.debt';
const TODAY = '2026-11-24';
const run = (text: string) => analyze(URI, text, { read: () => undefined }, { today: TODAY });

// 110105198503021233 is a valid resident ID (check digit 3; the code-actions fixtures use it as the valid one).
const BASE = [
  '案件 甲诉乙 {',
  '  法院 北京市朝阳区人民法院',
  '  起诉日 2024-06-01',
  '  原告 甲',
  '  被告 乙 {',
  '    自然人',
  '    身份证号 110105198503021233',
  '    住所 "北京市"',
  '  }',
  '  借款 L1 {',
  '    出借人 甲',
  '    借款人 乙',
  '    签订 2023-01-10 证据 借条',
  '    交付 2023-01-10 5万元 转账 证据 转账记录',
  '    到期 2024-01-10',
  '    利率 12%/年',
  '  }',
  '  证据 借条 { 类型 借条 原件 证明 "借贷合意" }',
  '  证据 转账记录 { 类型 转账记录 证明 "交付" }',
  '  请求 本金',
  '}',
  '',
].join('\n');

function apply(text: string, edits: TextEdit[]): string {
  const idx = new LineIndex(text);
  const offs = edits.map((e) => ({ s: idx.offset(e.range.start), e: idx.offset(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  for (const e of offs) text = text.slice(0, e.s) + e.t + text.slice(e.e);
  return text;
}

function actionsFor(text: string, code: string, locale: 'zh' | 'en' = 'zh'): CodeAction[] {
  const a = run(text);
  const ds = a.diagnostics.filter((d) => d.code === code && d.uri === URI);
  assert.strictEqual(ds.length, 1, `one ${code}: ${a.diagnostics.map((d) => d.code)}`);
  const lsp = toLspDiagnostic(ds[0], locale);
  return codeActions({ uri: URI, text, analysis: a, range: lsp.range, diagnostics: [lsp], locale, today: TODAY, only: [CodeActionKind.QuickFix] });
}
const errors = (text: string) => run(text).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code).sort();

describe('editor: quick fixes named by their message', () => {
  it('the base has no error', () => assert.deepStrictEqual(errors(BASE), []));

  it('DEBT213: the ID check digit the message names (not preferred: check the card first)', () => {
    const text = BASE.replace('110105198503021233', '110105198503021234');
    const fix = actionsFor(text, 'DEBT213').find((x) => /校验码改为 3/.test(x.title))!;
    assert.ok(fix, 'a fix to check digit 3');
    assert.strictEqual(fix.title, '将校验码改为 3（请先与身份证原件核对）');
    assert.notStrictEqual(fix.isPreferred, true);
    const out = apply(text, fix.edit!.changes![URI]);
    assert.strictEqual(out, BASE);
    assert.strictEqual(actionsFor(text, 'DEBT213', 'en').find((x) => /check digit to 3/.test(x.title))?.title, 'Change the check digit to 3 (check the ID card first)');
  });

  it('DEBT215: the credit code check character, only the last character changes and the finding goes', () => {
    const text = BASE.replace('    自然人\n    身份证号 110105198503021233', '    法人\n    统一社会信用代码 91110108MA01ABCD10');
    const d = run(text).diagnostics.find((x) => x.code === 'DEBT215');
    if (!d) { // 0 happened to be the right character: the fixture must then end in another one
      assert.fail('fixture 91110108MA01ABCD10 should have a wrong check character');
    }
    const fix = actionsFor(text, 'DEBT215').find((x) => /校验码改为/.test(x.title))!;
    const out = apply(text, fix.edit!.changes![URI]);
    assert.match(out, /统一社会信用代码 91110108MA01ABCD1[0-9A-Z]\n/);
    assert.ok(!out.includes('91110108MA01ABCD10'));
    assert.deepStrictEqual(run(out).diagnostics.filter((x) => x.code === 'DEBT215'), []);
  });

  it('DEBT202 on evidence: 「改为“借条”」 preferred, and 「声明证据“借据”」 beside it', () => {
    const text = BASE.replace('签订 2023-01-10 证据 借条', '签订 2023-01-10 证据 借据');
    const actions = actionsFor(text, 'DEBT202');
    const titles = actions.map((x) => x.title);
    assert.ok(titles.includes('改为“借条”'), titles.join(' | '));
    const declare = actions.find((x) => x.title.startsWith('声明证据“借据”'))!;
    assert.ok(declare, titles.join(' | '));
    assert.notStrictEqual(declare.isPreferred, true);
    assert.strictEqual(actions.find((x) => x.title === '改为“借条”')!.isPreferred, true);
    const out = apply(text, declare.edit!.changes![URI]);
    assert.match(out, /\n {2}证据 借据 \{ 类型 借条 /);
    assert.deepStrictEqual(run(out).diagnostics.filter((x) => x.code === 'DEBT202'), []);
    for (const c of errors(out)) assert.ok(errors(text).includes(c), `new error ${c}`);
  });
});
