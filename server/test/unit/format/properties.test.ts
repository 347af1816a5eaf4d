/**
 * fast-check: on random valid files built from small pieces of the grammar (random spacing, line breaks, comments,
 * both keyword languages, names that spell keywords) formatting is lossless, idempotent and keeps the model, and
 * keyword conversion keeps the model both ways; on random garbage formatting is lossless and never throws.
 */
import * as assert from 'assert';
import fc from 'fast-check';
import { formatText } from '../../../src/core/format/format';
import { withoutWhitespace } from '../../../src/core/format/scan';
import { toKeywordLanguage } from '../../../src/core/format/keywords';
import { meaning } from './helpers';

const space = fc.constantFrom(' ', '  ', '\n', '\n\n\n', '\t', ' \n  ', '\u3000', ' /* 注 */ ', ' // 注释\n', '\r\n');
const name = fc.constantFrom('张三', '李四', '借条', '利息', 'L1', 'interest', '"某某 公司"', '（北京）某某');
const kw = (zh: string, en: string) => fc.constantFrom(zh, en);
const date = fc.constantFrom('2023-01-10', '2024/2/29', '2025年6月1日');
const money = fc.constantFrom('5万元', '50,000.00元', '¥3000', '100');

/** An item: a list of words (a block's words include its braces). */
const word = (...parts: fc.Arbitrary<string>[]) => fc.tuple(...parts);
const partyBlock = fc.tuple(kw('自然人', 'person'), kw('身份证号', 'id'), fc.constant('110105198503021233'), kw('住所', 'address'), fc.constant('"北京市"'));
const caseItem: fc.Arbitrary<string[]> = fc.oneof(
  word(kw('法院', 'court'), name),
  word(kw('起诉日', 'filing'), date),
  word(kw('原告', 'plaintiff'), name),
  fc.tuple(kw('被告', 'defendant'), name).chain(([k, n]) => partyBlock.map((b) => [k, n, '{', ...b, '}'])),
  word(kw('代理人', 'agent'), name, fc.constant('{'), kw('律所', 'firm'), fc.constant('"某所"'), kw('委托人', 'for'), name, fc.constant('}')),
  fc.tuple(kw('借款', 'loan'), name, kw('出借人', 'lender'), name, kw('借款人', 'borrower'), name, fc.constantFrom('、', ', '), name,
    kw('交付', 'delivered'), date, money, kw('转账', 'transfer'), kw('证据', 'evidence'), name, kw('利率', 'interest'), fc.constantFrom('12%/年', '1% per month'))
    .map(([k, n, l, ln, b, b1, sep, b2, d, dd, m, how, ev, en, r, rv]) => [k, n, '{', l, ln, b, b1 + sep.trim(), b2, d, dd, m, how, ev, en, r, rv, '}']),
  // Who owes what (spec §8.1): co-borrowers, a joined debtor, a spouse with a basis, a guarantee's scope.
  word(kw('借款', 'loan'), name, fc.constant('{'), kw('共同借款人', 'co-borrower'), name, kw('债务加入', 'joined'), name,
    kw('配偶', 'spouse'), name, kw('依据', 'basis'),
    fc.constantFrom('共同签字', 'ratified', '家庭日常生活需要', 'common-use', '共同生产经营'), kw('证据', 'evidence'), name,
    kw('保证人', 'guarantor'), name, kw('连带', 'joint'), kw('范围', 'scope'), fc.oneof(kw('全部', 'all'), kw('本金', 'principal'), money), fc.constant('}')),
  word(kw('还款', 'repaid'), date, money, kw('冲抵', 'to'), kw('利息', 'interest')),
  word(kw('催收', 'demanded'), date, kw('向', 'of'), name, kw('微信', 'wechat')),
  word(kw('证据', 'evidence'), name, fc.constant('{'), kw('类型', 'kind'), kw('借条', 'iou'), kw('原件', 'original'), fc.constant('}')),
  word(kw('请求', 'claim'), kw('利息', 'interest'), kw('至', 'until'), kw('实际清偿之日', 'paid')),
  word(kw('请求', 'claim'), kw('本金', 'principal')),
  word(kw('备注', 'note'), fc.constant('"说明"')),
);
const caseWords = fc.tuple(kw('案件', 'case'), name, fc.array(caseItem, { maxLength: 8 }))
  .map(([k, n, items]) => [k, n, '{', ...items.flat(), '}']);
const fileWords = fc.array(fc.oneof(caseWords, word(kw('当事人', 'party'), name)), { minLength: 1, maxLength: 3 }).map((xs) => xs.flat());

/** Words joined by random whitespace and comments (a line comment always ends its line). */
const validFile = fileWords.chain((words) => fc.array(space, { minLength: words.length, maxLength: words.length })
  .map((gaps) => words.map((w, i) => w + gaps[i]).join('')));

describe('formatter properties (fast-check)', function () {
  this.timeout(120000);

  it('random valid files: lossless, idempotent, same model', () => {
    fc.assert(fc.property(validFile, (text) => {
      const out = formatText(text);
      assert.strictEqual(withoutWhitespace(out), withoutWhitespace(text));
      assert.strictEqual(formatText(out), out);
      assert.strictEqual(meaning(out), meaning(text));
    }), { numRuns: 300 });
  });

  it('random valid files: keyword conversion keeps the model both ways', () => {
    fc.assert(fc.property(validFile, (text) => {
      const en = toKeywordLanguage(text, 'en'), zh = toKeywordLanguage(text, 'zh');
      assert.strictEqual(meaning(en), meaning(text));
      assert.strictEqual(meaning(zh), meaning(text));
      assert.strictEqual(toKeywordLanguage(en, 'zh'), toKeywordLanguage(zh, 'zh'));
    }), { numRuns: 200 });
  });

  it('random garbage and pieces of the language: lossless, idempotent, never throws', () => {
    const piece = fc.constantFrom('案件', '借款', '{', '}', '"', '“', '”', '/*', '*/', '//', '\n', ' ', '交付', '2023-01-10', '5万元',
      '12%/年', '还款', '证据', '原告', '张三', '、', ',', '；', '\u3000', '\r\n', '\uFEFF', '请求', '利息', '至', '\t', '#');
    const garbage = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(piece, { maxLength: 120 }).map((p) => p.join('')));
    fc.assert(fc.property(garbage, (text) => {
      const out = formatText(text);
      assert.strictEqual(withoutWhitespace(out), withoutWhitespace(text));
      assert.strictEqual(formatText(out), out);
      toKeywordLanguage(text, 'en');
    }), { numRuns: 500 });
  });
});
