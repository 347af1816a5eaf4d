/** Completion of the spec §8.1 loan fields: 共同借款人, 债务加入, 配偶 … 依据 …, a guarantee's 范围. */
import * as assert from 'assert';
import { CompletionItem } from 'vscode-languageserver/node';
import { analyze } from '../../../src/core/analyze';
import { LineIndex } from '../../../src/core/text/range';
import { complete } from '../../../src/lsp/completion/complete';

const URI = 'file:///w/cases/main.debt';
function labels(src: string, locale: 'zh' | 'en' = 'zh'): string[] {
  const offset = src.indexOf('|');
  const text = src.slice(0, offset) + src.slice(offset + 1);
  const analysis = analyze(URI, text, { read: () => undefined }, { structureOnly: true });
  return complete({ uri: URI, text, offset, position: new LineIndex(text).position(offset), analysis, locale, today: '2026-01-05', uris: [URI] })
    .map((i: CompletionItem) => String(i.label));
}

describe('completion: who owes what (spec §8.1)', function () {
  this.timeout(20000); // the first analysis builds the parser; the machine may be loaded
  it('the new fields are offered in a loan block, in the keyword language', () => {
    const zh = labels('案件 甲 { 借款 一 { 借款人 乙\n | } }');
    for (const k of ['共同借款人', '债务加入', '配偶']) assert.ok(zh.includes(k), `${k}: ${zh.join(' ')}`);
    const en = labels('case A { loan L { borrower B\n | } }', 'en');
    for (const k of ['co-borrower', 'joined', 'spouse']) assert.ok(en.includes(k), `${k}: ${en.join(' ')}`);
  });

  it('after 依据: the five bases of 民法典第1064条, and nothing else', () => {
    assert.deepStrictEqual(labels('案件 甲 { 被告 丙 借款 一 { 配偶 丙 依据 | } }'), ['共同签字', '事后追认', '家庭日常生活需要', '共同生活', '共同生产经营']);
  });

  it('after 范围: 全部 and 本金', () => {
    const l = labels('案件 甲 { 被告 丙 借款 一 { 保证人 丙 连带 范围 | } }');
    assert.deepStrictEqual(l.slice(0, 2), ['全部', '本金']);
  });

  it('after the guarantor\'s name: the type, the period and 范围', () => {
    const l = labels('案件 甲 { 被告 丙 借款 一 { 保证人 丙 | } }');
    for (const k of ['连带', '一般', '保证期间至', '范围']) assert.ok(l.includes(k), `${k}: ${l.join(' ')}`);
  });
});
