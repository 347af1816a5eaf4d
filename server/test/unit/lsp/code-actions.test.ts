/**
 * Quick fixes and the default-claims source action: for each fix, the exact edit (the text after applying it), then
 * a fresh analysis: the diagnostic is gone and no error appeared that was not there before.
 */
import * as assert from 'assert';
import { CodeAction, CodeActionKind, TextEdit } from 'vscode-languageserver/node';
import { analyze, Analysis } from '../../../src/core/analyze';
import { LineIndex } from '../../../src/core/text/range';
import { toLspDiagnostic } from '../../../src/lsp/convert';
import { ADD_DEFAULT_CLAIMS, codeActions } from '../../../src/lsp/code-actions/index';

const URI = 'file:///cases/fix.debt';
const TODAY = '2026-11-24';
const run = (text: string): Analysis => analyze(URI, text, { read: () => undefined }, { today: TODAY });

const BASE = [
  '案件 甲诉乙 {',
  '  法院 北京市朝阳区人民法院',
  '  起诉日 2024-06-01',
  '',
  '  原告 甲',
  '  被告 乙 {',
  '    自然人',
  '    身份证号 110105198503021233',
  '    住所 "北京市"',
  '  }',
  '',
  '  借款 L1 {',
  '    出借人 甲',
  '    借款人 乙',
  '    签订 2023-01-10 证据 借条',
  '    交付 2023-01-10 5万元 转账 证据 转账记录',
  '    到期 2024-01-10',
  '    利率 12%/年',
  '  }',
  '',
  '  证据 借条 { 类型 借条 原件 证明 "借贷合意" }',
  '  证据 转账记录 { 类型 转账记录 证明 "交付" }',
  '',
  '  请求 本金',
  '}',
  '',
].join('\n');

function apply(text: string, edits: TextEdit[]): string {
  const idx = new LineIndex(text);
  const offs = edits.map((e) => ({ s: idx.offset(e.range.start), e: idx.offset(e.range.end), t: e.newText })).sort((a, b) => b.s - a.s);
  let out = text;
  for (const e of offs) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}

/** The code actions offered for the (single) diagnostic `code` of `text`, with the editor's diagnostic attached. */
function actionsFor(text: string, code: string, locale: 'zh' | 'en' = 'zh'): CodeAction[] {
  const a = run(text);
  const ds = a.diagnostics.filter((d) => d.code === code && d.uri === URI);
  assert.strictEqual(ds.length, 1, `one ${code} in the input: ${a.diagnostics.map((d) => d.code)}`);
  const lsp = toLspDiagnostic(ds[0], locale);
  const actions = codeActions({ uri: URI, text, analysis: a, range: lsp.range, diagnostics: [lsp], locale, today: TODAY, only: [CodeActionKind.QuickFix] });
  for (const x of actions) assert.deepStrictEqual(x.diagnostics, [lsp]);
  return actions;
}

const errors = (text: string) => run(text).diagnostics.filter((d) => d.severity === 'error').map((d) => d.code).sort();

/** Applies the action titled `title`; checks the text it gives, that `code` is gone and that no new error came. */
function check(text: string, code: string, title: string, expected: string): CodeAction {
  const action = actionsFor(text, code).find((x) => x.title === title);
  assert.ok(action, `no action "${title}" among ${actionsFor(text, code).map((x) => x.title)}`);
  assert.strictEqual(action.kind, CodeActionKind.QuickFix);
  const out = apply(text, action.edit!.changes![URI]);
  assert.strictEqual(out, expected);
  const after = run(out);
  assert.deepStrictEqual(after.diagnostics.filter((d) => d.code === code).map((d) => d.message), [], `${code} is gone`);
  const before = errors(text).filter((c) => c !== code);
  for (const c of errors(out)) assert.ok(before.includes(c), `new error ${c}`);
  return action;
}

const edit = (from: string, to: string, text = BASE) => { assert.ok(text.includes(from), from); return text.replace(from, to); };

describe('quick fixes', () => {
  it('the base case has no error (the fixtures below each add one problem)', () => {
    assert.deepStrictEqual(errors(BASE), []);
  });

  it('DEBT202 did you mean: replaces the name with the declared one (preferred)', () => {
    const text = edit('签订 2023-01-10 证据 借条', '签订 2023-01-10 证据 借条1');
    const a = check(text, 'DEBT202', '改为“借条”', BASE);
    assert.strictEqual(a.isPreferred, true);
  });

  it('DEBT202 undeclared evidence: declares it after the last evidence, kind guessed from the name, what it proves from the fact', () => {
    const text = edit('5万元 转账 证据 转账记录', '5万元 转账 证据 微信转账');
    // 5万元 = 50,000.00元; delivered 2023-01-10.
    const expected = edit('  证据 转账记录 { 类型 转账记录 证明 "交付" }\n',
      '  证据 转账记录 { 类型 转账记录 证明 "交付" }\n  证据 微信转账 { 类型 转账记录 证明 "出借人已于2023年1月10日交付借款50,000.00元" }\n', text);
    const a = check(text, 'DEBT202', '声明证据“微信转账”（类型 转账记录）', expected);
    assert.strictEqual(a.isPreferred, true);
  });

  it('DEBT202 undeclared evidence with a name that suggests no kind: 其他', () => {
    const text = edit('  请求 本金', '  还款 2023-06-01 1000元 转账 证据 张三的说明\n\n  请求 本金');
    const expected = edit('  证据 转账记录 { 类型 转账记录 证明 "交付" }\n',
      '  证据 转账记录 { 类型 转账记录 证明 "交付" }\n  证据 张三的说明 { 类型 其他 证明 "借款人于2023年6月1日还款1,000.00元" }\n', text);
    check(text, 'DEBT202', '声明证据“张三的说明”（类型 其他）', expected);
  });

  it('DEBT106 missing }: inserted on its own line where the block ends (preferred)', () => {
    const text = edit('    住所 "北京市"\n  }\n', '    住所 "北京市"\n');
    const a = check(text, 'DEBT106', '补上右花括号 }', edit('    住所 "北京市"\n  }\n\n', '    住所 "北京市"\n\n  }\n'));
    assert.strictEqual(a.isPreferred, true);
  });

  it('DEBT106 at the end of the file: } on a new last line', () => {
    const text = BASE.slice(0, BASE.lastIndexOf('}'));
    check(text, 'DEBT106', '补上右花括号 }', BASE);
  });

  it('DEBT102 unterminated string: the closing quote at the end of its text', () => {
    check(edit('住所 "北京市"', '住所 "北京市  '), 'DEBT102', '补上右引号 "', edit('住所 "北京市"', '住所 "北京市"  '));
    check(edit('住所 "北京市"', '住所 “北京市'), 'DEBT102', '补上右引号 ”', edit('住所 "北京市"', '住所 “北京市”'));
  });

  it('DEBT310 unused evidence: removes the block and its line', () => {
    const text = edit('  证据 转账记录 {', '  证据 录音一 { 类型 录音 证明 "x" }\n  证据 转账记录 {');
    check(text, 'DEBT310', '删除未使用的证据“录音一”', BASE);
  });

  it('DEBT209 delivery before signing: swaps the two dates', () => {
    const text = edit('签订 2023-01-10', '签订 2023-01-15', edit('交付 2023-01-10', '交付 2023-01-05'));
    check(text, 'DEBT209', '交换两个日期（2023-01-05 ↔ 2023-01-15）', edit('签订 2023-01-10', '签订 2023-01-05', edit('交付 2023-01-10', '交付 2023-01-15')));
  });

  it('DEBT211 due before delivery: swaps the due date and the first delivery', () => {
    const text = edit('交付 2023-01-10', '交付 2023-02-10', edit('到期 2024-01-10', '到期 2023-01-31'));
    check(text, 'DEBT211', '交换两个日期（2023-01-31 ↔ 2023-02-10）', edit('交付 2023-01-10', '交付 2023-01-31', edit('到期 2024-01-10', '到期 2023-02-10')));
  });

  it('DEBT210 repayment before the first delivery: swaps the two dates', () => {
    const text = edit('  证据 借条 {', '  还款 2023-01-08 1000元 转账 证据 转账记录\n\n  证据 借条 {', edit('签订 2023-01-10', '签订 2023-01-05'));
    const expected = edit('交付 2023-01-10', '交付 2023-01-08', edit('还款 2023-01-08', '还款 2023-01-10', text));
    check(text, 'DEBT210', '交换两个日期（2023-01-08 ↔ 2023-01-10）', expected);
  });

  it('DEBT601 no court: a court line with a placeholder, first in the case', () => {
    const text = edit('  法院 北京市朝阳区人民法院\n', '');
    check(text, 'DEBT601', '添加 法院 一行', edit('  法院 北京市朝阳区人民法院\n', '  法院 "（请填写受诉法院）"\n'));
  });

  it('DEBT608 no filing date: today, after the court line', () => {
    const text = edit('  起诉日 2024-06-01\n', '');
    check(text, 'DEBT608', '添加 起诉日 2026-11-24（今天）', edit('  起诉日 2024-06-01\n', '  起诉日 2026-11-24\n'));
  });

  it('DEBT606 guarantor not claimed: adds the guarantee claim after the last claim', () => {
    const text = edit('    借款人 乙\n', '    借款人 乙\n    保证人 丙 连带\n', edit('  被告 乙 {', '  被告 丙 { 法人 统一社会信用代码 91110108MA01ABCD1E 住所 "北京" }\n  被告 乙 {'));
    check(text, 'DEBT606', '添加诉讼请求：请求 保证责任 丙', edit('  请求 本金\n', '  请求 本金\n  请求 保证责任 丙\n', text));
  });

  it('DEBT604 / DEBT605 claims with nothing to rest on: removed with their line', () => {
    check(edit('  请求 本金\n', '  请求 本金\n  请求 违约金\n'), 'DEBT604', '删除该诉讼请求', BASE);
    check(edit('  请求 本金\n', '  请求 本金\n  请求 保证责任 乙\n'), 'DEBT605', '删除该诉讼请求', BASE);
  });

  it('DEBT218 repayment in a case of two loans: one fix per loan', () => {
    const two = edit('  证据 借条 {', '  借款 L2 { 出借人 甲 借款人 乙 交付 2023-02-01 1000元 转账 证据 转账记录 证据 借条 }\n  还款 2023-06-01 100元 转账 证据 转账记录\n\n  证据 借条 {');
    assert.deepStrictEqual(actionsFor(two, 'DEBT218').map((x) => x.title), ['写明对应的借款“L1”', '写明对应的借款“L2”']);
    check(two, 'DEBT218', '写明对应的借款“L2”', edit('还款 2023-06-01 100元 转账', '还款 2023-06-01 100元 借款 L2 转账', two));
  });

  it('DEBT206 loan without lender: the case\'s plaintiff as lender, first in the loan (preferred when only one)', () => {
    const text = edit('    出借人 甲\n', '');
    const a = check(text, 'DEBT206', '写明出借人“甲”', BASE);
    assert.strictEqual(a.isPreferred, true);
  });

  it('titles in English when the editor runs in English; keywords in the file\'s language', () => {
    const en = 'case X {\n  court C\n  plaintiff A\n  defendant B { person id 110105198503021233 address "x" }\n'
      + '  loan L { lender A borrower B delivered 2023-01-10 1000 transfer evidence T }\n  claim principal\n}\n';
    const actions = actionsFor(en, 'DEBT202', 'en');
    assert.deepStrictEqual(actions.map((x) => x.title), ['Declare evidence "T" (kind other)']);
    assert.match(apply(en, actions[0].edit!.changes![URI]), /\n {2}evidence T \{ kind other proves "出借人已于2023年1月10日交付借款1,000.00元" \}\n {2}claim principal\n/);
  });

  it('a wrong ID check digit: only the fix the message names, never preferred (issue 19); no throw on a broken file', () => {
    const text = edit('110105198503021233', '110105198503021234');
    assert.deepStrictEqual(actionsFor(text, 'DEBT213').map((x) => [x.title, x.isPreferred ?? false]), [['将校验码改为 3（请先与身份证原件核对）', false]]);
    const broken = '案件 {{{ 借款 } 证据 "';
    const a = run(broken);
    const ds = a.diagnostics.map((d) => toLspDiagnostic(d, 'zh'));
    assert.doesNotThrow(() => codeActions({ uri: URI, text: broken, analysis: a, range: ds[0].range, diagnostics: ds, locale: 'zh', today: TODAY }));
  });
});

describe('source action 添加默认诉讼请求', () => {
  const noClaims = edit('\n  请求 本金\n', '');

  it('adds 请求 本金 / 请求 利息 至 实际清偿之日 / 请求 诉讼费用 to a case without claims; the model\'s claims are the same set, now written', () => {
    const a = run(noClaims);
    const actions = codeActions({ uri: URI, text: noClaims, analysis: a, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, diagnostics: [], locale: 'zh', today: TODAY, only: [CodeActionKind.Source] });
    assert.deepStrictEqual(actions.map((x) => [x.title, x.kind]), [['添加默认诉讼请求', ADD_DEFAULT_CLAIMS]]);
    const out = apply(noClaims, actions[0].edit!.changes![URI]);
    assert.strictEqual(out, edit('  请求 本金\n', '  请求 本金\n  请求 利息 至 实际清偿之日\n  请求 诉讼费用\n'));
    const claims = run(out).model.cases[0].claims;
    assert.deepStrictEqual(claims.map((c) => [c.kind, c.implicit, c.kind === 'interest' ? c.until?.value : undefined]),
      [['principal', false, undefined], ['interest', false, 'paid'], ['costs', false, undefined]]);
    assert.deepStrictEqual(run(out).cases[0].claimAmount, a.cases[0].claimAmount);
  });

  it('is not offered to a case that has written claims, nor to quick-fix requests', () => {
    const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } };
    assert.deepStrictEqual(codeActions({ uri: URI, text: BASE, analysis: run(BASE), range, diagnostics: [], locale: 'zh', today: TODAY }).filter((x) => x.kind === ADD_DEFAULT_CLAIMS), []);
    assert.deepStrictEqual(codeActions({ uri: URI, text: noClaims, analysis: run(noClaims), range, diagnostics: [], locale: 'zh', today: TODAY, only: [CodeActionKind.QuickFix] }).filter((x) => x.kind === ADD_DEFAULT_CLAIMS), []);
  });
});
