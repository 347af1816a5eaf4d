/**
 * Completion in the first ten minutes (issue 19): the word pattern VS Code uses to open the list while typing, the
 * server's snippets in the file's keyword language only, keywords that re-open the list, and values after a keyword
 * and a space (rate forms, the evidence a case cites, 「声明新证据…」).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CompletionItem } from 'vscode-languageserver/node';
import { analyze } from '../../../src/core/analyze';
import { LineIndex } from '../../../src/core/text/range';
import { complete } from '../../../src/lsp/completion/complete';

const ROOT = path.resolve(__dirname, '../../../../..');
const URI = 'file:///w/main.debt';

function at(src: string, locale: 'zh' | 'en' = 'zh'): { items: CompletionItem[]; text: string } {
  const offset = src.indexOf('|');
  const text = src.slice(0, offset) + src.slice(offset + 1);
  const analysis = analyze(URI, text, { read: () => undefined }, { structureOnly: true });
  return { text, items: complete({ uri: URI, text, offset, position: new LineIndex(text).position(offset), analysis, locale, today: '2026-01-05', uris: [URI] }) };
}
const labels = (src: string, locale: 'zh' | 'en' = 'zh') => at(src, locale).items.map((i) => i.label);

/** Applies an item's main and additional edits to `text` (edits given by line/character on single-range text). */
function apply(text: string, item: CompletionItem): string {
  const idx = new LineIndex(text);
  const edits = [item.textEdit as { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }, ...(item.additionalTextEdits ?? [])]
    .map((e) => ({ from: idx.offset(e.range.start), to: idx.offset(e.range.end), text: e.newText }))
    .sort((a, b) => b.from - a.from);
  for (const e of edits) text = text.slice(0, e.from) + e.text + text.slice(e.to);
  return text;
}

describe('editor: the word pattern opens completion while typing', () => {
  const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8'));
  it('is compiled with the u flag, so \\p{L} matches Latin, Chinese and pinyin words', () => {
    const wp = config.wordPattern;
    assert.strictEqual(typeof wp, 'object');
    assert.strictEqual(wp.flags, 'u');
    // VS Code adds g to the flags it is given (ensureValidWordDefinition keeps u).
    const re = new RegExp(wp.pattern, 'gu');
    for (const w of ['d', 'defendant', '被告', 'yqll', '逾期利率', '8万元', '2024年3月5日', 'third-party']) {
      assert.deepStrictEqual(w.match(re), [w], w);
    }
    // Without the flag the same pattern finds none of them (the bug: \p{L} read as the letters p{L}).
    assert.strictEqual('被告'.match(new RegExp(wp.pattern, 'g'))?.[0] ?? '', '');
  });

  it('the extension contributes no static snippets: the server offers them where they belong', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.strictEqual(pkg.contributes.snippets, undefined);
  });
});

describe('editor: completion ranks the context first, snippets of the file\'s language after', () => {
  it('yqll and 被 find 逾期利率 and 被告 as keywords ranked before any snippet', () => {
    const loan = at('案件 甲 { 借款 一 { yqll| } }').items;
    const overdue = loan.find((i) => i.label === '逾期利率')!;
    assert.ok(overdue.filterText!.split(' ').includes('yqll'));
    const caseItems = at('案件 甲 {\n  被|\n}').items;
    const defendant = caseItems.find((i) => i.label === '被告')!;
    const snippets = caseItems.filter((i) => i.label.includes('{ … }'));
    assert.ok(snippets.length > 0 && snippets.every((s) => s.sortText! > defendant.sortText!));
  });

  it('a Chinese file gets only Chinese snippets; an English file only English ones', () => {
    const zh = labels('案件 甲 {\n  |\n}').filter((l) => l.includes('…'));
    assert.ok(zh.length >= 10);
    assert.deepStrictEqual(zh.filter((l) => /^[a-z]/.test(l)), []);
    const en = at('case A {\n  |\n}').items.filter((i) => i.label.includes('…'));
    assert.ok(en.length >= 10);
    assert.deepStrictEqual(en.filter((i) => /[^\x00-\x7f]/.test(i.label.replace(/ ?(\{ )?…( \})?$/, ''))).map((i) => i.label), []);
    // An English-keyword file never gets `12%/年`.
    for (const s of en) assert.doesNotMatch(s.textEdit!.newText, /%\/年|%\/月/, String(s.label));
  });

  it('case and agent appear once as keyword and once as snippet at the top, nothing else twice', () => {
    const top = labels('|');
    assert.deepStrictEqual(top.filter((l) => l.startsWith('案件')), ['案件', '案件 { … }']);
    assert.deepStrictEqual(top.filter((l) => l.startsWith('代理人')), ['代理人', '代理人 { … }']);
  });

  it('no block snippets inside a field block (证据 in an asset is a reference)', () => {
    assert.deepStrictEqual(labels('案件 甲 { 财产 X { | } }').filter((l) => l.includes('…')), []);
  });

  it('the loan snippet links the signed date into the delivery and the amount into the delivered amount', () => {
    const loan = at('案件 甲 {\n  |\n}').items.find((i) => i.label === '借款 { … }')!.textEdit!.newText;
    assert.match(loan, /金额 \$\{4:50,000元\}/);
    assert.match(loan, /签订 \$\{5:2023-01-10\}/);
    assert.match(loan, /交付 \$5 \$4 /);
  });
});

describe('editor: keywords re-open the list; values after a keyword and a space', () => {
  it('a keyword that takes a value is inserted with its space and triggers suggest again; one that takes none is not', () => {
    const loan = at('案件 甲 { 借款 一 {\n    |\n  } }').items;
    const overdue = loan.find((i) => i.label === '逾期利率')!;
    assert.strictEqual(overdue.textEdit!.newText, '逾期利率 ');
    assert.strictEqual(overdue.command?.command, 'editor.action.triggerSuggest');
    const evidence = at('案件 甲 { 证据 X { | } }').items;
    const original = evidence.find((i) => i.label === '原件')!;
    assert.strictEqual(original.textEdit!.newText, '原件');
    assert.strictEqual(original.command, undefined);
    // 请求 利息 goes on with 至: the value re-opens the list.
    assert.strictEqual(at('案件 甲 { 请求 | }').items.find((i) => i.label === '利息')!.command?.command, 'editor.action.triggerSuggest');
    // A space already after the cursor: no second space.
    assert.strictEqual(at('案件 甲 { 借款 一 { 逾期| 18% } }').items.find((i) => i.label === '逾期利率')!.textEdit!.newText, '逾期利率');
  });

  it('逾期利率 / 利率 then a space: the three rate forms, in the file\'s keyword language', () => {
    assert.deepStrictEqual(labels('案件 甲 { 借款 一 { 逾期利率 | } }'), ['12%/年', '1%/月', '0.05%/日']);
    const en = at('case A { loan L { overdue-interest | } }').items;
    assert.deepStrictEqual(en.map((i) => i.label), ['12% per year', '1% per month', '0.05% per day']);
    assert.strictEqual(en[0].textEdit!.newText, '${1:12}% per year');
  });

  it('a case\'s 证据 then a space: the evidence its facts cite and it does not declare', () => {
    const src = '案件 甲 {\n  借款 一 { 签订 2023-01-01 证据 借条\n    交付 2023-01-02 1元 证据 转账凭证 }\n  证据 转账凭证 { 类型 转账记录 }\n  证据 |\n}';
    assert.deepStrictEqual(labels(src), ['借条']);
  });

  it('「声明新证据…」 after a fact\'s 证据: writes a name and declares it before the case closes; the result has no DEBT2xx', () => {
    const src = '案件 甲 {\n  原告 张三 {}\n  被告 李四 {}\n  证据 借条 { 类型 借条 }\n  借款 一 {\n    出借人 张三\n    借款人 李四\n    签订 2023-01-01 证据 借条\n    交付 2023-01-01 1000元 转账 证据 |\n  }\n}\n';
    const { items, text } = at(src);
    const declare = items.find((i) => i.label === '声明新证据…')!;
    const out = apply(text, declare);
    assert.strictEqual(out, '案件 甲 {\n  原告 张三 {}\n  被告 李四 {}\n  证据 借条 { 类型 借条 }\n  借款 一 {\n    出借人 张三\n    借款人 李四\n    签订 2023-01-01 证据 借条\n    交付 2023-01-01 1000元 转账 证据 转账记录\n  }\n  证据 转账记录 { 类型 转账记录 原件 }\n}\n');
    const a = analyze(URI, out, { read: () => undefined }, { structureOnly: true });
    assert.deepStrictEqual(a.diagnostics.filter((d) => /^DEBT[12]/.test(d.code) && /转账记录/.test(d.message)).map((d) => d.code), []);
    // A name already taken gets a number.
    const taken = at(src.replace('证据 借条 { 类型 借条 }', '证据 借条 { 类型 借条 }\n  证据 转账记录 { 类型 转账记录 }')).items.find((i) => i.label === '声明新证据…')!;
    assert.strictEqual(taken.textEdit!.newText, '转账记录2');
  });
});
