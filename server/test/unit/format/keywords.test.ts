import * as assert from 'assert';
import { keywordLanguageOf, toKeywordLanguage } from '../../../src/core/format/keywords';
import { meaning, samples } from './helpers';
import { specExample } from '../syntax/spec-example.test';

const wrap = (body: string) => `案件 X {\n  原告 甲\n  被告 乙\n${body}\n}\n`;

describe('keyword conversion between Chinese and English', () => {
  it('converts every keyword of the spec example and keeps the model', () => {
    const en = toKeywordLanguage(specExample(), 'en');
    assert.match(en, /^case 张三诉李四民间借贷纠纷 \{\n {2}court 北京市朝阳区人民法院\n {2}filing 2026-12-01\n/m);
    assert.match(en, /\n {4}interest 12% per year\n {4}overdue-interest 18% per year\n/);
    assert.match(en, /\n {2}claim interest until paid\n/);
    assert.match(en, /\n {2}evidence 借条 \{ kind iou original proves "双方借贷合意、借款金额、期限与利率" \}\n/);
    assert.strictEqual(meaning(en), meaning(specExample()));
    assert.strictEqual(keywordLanguageOf(en), 'en');
  });

  it('round-trips every sample zh → en → zh (and en → zh → en) to the same text and model', () => {
    for (const { name, text } of [{ name: 'spec', text: specExample() }, ...samples()]) {
      const own = keywordLanguageOf(text), other = own === 'zh' ? 'en' : 'zh';
      const there = toKeywordLanguage(text, other);
      assert.notStrictEqual(there, text, `${name}: converted`);
      assert.strictEqual(meaning(there), meaning(text), `${name}: same model in ${other}`);
      assert.strictEqual(toKeywordLanguage(there, own), text, `${name}: back to the same text`);
    }
  });

  it('chooses the Chinese spelling that reads right in each position', () => {
    const en = wrap([
      '  procedure payment-order',
      '  agent 丙 { authority general for 甲 }',
      '  loan L { lender 甲 borrower 乙 guarantor 乙 general until 2025-01-01 delivered 2024-01-01 1000 transfer',
      '    interest 10% per year fees 100 }',
      '  repaid 2024-06-01 100 to interest transfer',
      '  repaid 2024-07-01 100 to fees',
      '  demanded 2024-08-01 of 乙 payment-order',
      '  evidence E1 { kind transfer } evidence E2 { kind letter }',
      '  claim interest until 2024-12-31',
      '  claim fees 500元 "律师费"',
    ].join('\n'));
    const zh = toKeywordLanguage(en, 'zh');
    assert.strictEqual(zh, wrap([
      '  程序 督促程序',
      '  代理人 丙 { 代理权限 一般授权 委托人 甲 }',
      '  借款 L { 出借人 甲 借款人 乙 保证人 乙 一般 保证期间至 2025-01-01 交付 2024-01-01 1000 转账',
      '    利率 10%/年 其他费用 100 }',
      '  还款 2024-06-01 100 冲抵 利息 转账',
      '  还款 2024-07-01 100 冲抵 费用',
      '  催收 2024-08-01 向 乙 支付令',
      '  证据 E1 { 类型 转账记录 } 证据 E2 { 类型 函件 }',
      '  请求 利息 至 2024-12-31',
      '  请求 实现债权费用 500元 "律师费"',
    ].join('\n')));
    assert.strictEqual(meaning(zh), meaning(en));
  });

  it('leaves names that spell keywords as they are (soft keywords)', () => {
    // A case named 利息, a court named 法院, a party named 原告, evidence named 借条 of kind 借条, a loan named interest.
    const zh = '案件 利息 {\n  法院 法院\n  原告 原告\n  被告 乙\n  借款 interest { 出借人 原告 借款人 乙 交付 2024-01-01 100 证据 借条 }\n  证据 借条 { 类型 借条 证明 利息 }\n}\n';
    const en = toKeywordLanguage(zh, 'en');
    assert.strictEqual(en, 'case 利息 {\n  court 法院\n  plaintiff 原告\n  defendant 乙\n  loan interest { lender 原告 borrower 乙 delivered 2024-01-01 100 evidence 借条 }\n  evidence 借条 { kind iou proves 利息 }\n}\n');
    assert.strictEqual(meaning(en), meaning(zh));
    assert.strictEqual(toKeywordLanguage(en, 'zh'), zh);
  });

  it('keeps a keyword that follows digits a separate word', () => {
    const zh = wrap('  借款 L { 出借人 甲 借款人 乙 交付 2024-01-01 5000转账 }');
    const en = toKeywordLanguage(zh, 'en');
    assert.match(en, /delivered 2024-01-01 5000 transfer/);
    assert.strictEqual(meaning(en), meaning(zh));
  });

  it('leaves an item with a syntax error as written', () => {
    const text = '案件 X {\n  起诉日 明天\n}\n当事人 甲 { 自然人 }\n';
    assert.strictEqual(toKeywordLanguage(text, 'en'), '案件 X {\n  起诉日 明天\n}\nparty 甲 { person }\n');
  });
});
