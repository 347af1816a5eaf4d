/**
 * The editor on a judgment's 分期 / 中止 and on 共同 / 连带 / 按份 after 由: hover (figures from the report, with the article),
 * completion, and keyword conversion both ways. Figures worked by hand in ../law/staged-fixture.ts.
 */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { buildModel } from '../../../src/core/model/build';
import { hoverAt } from '../../../src/lsp/hover';
import { LineIndex } from '../../../src/core/text/range';
import { complete } from '../../../src/lsp/completion/complete';
import { toKeywordLanguage } from '../../../src/core/format/keywords';
import { formatText } from '../../../src/core/format/format';
import { INSTALMENT_CASE, PAYERS_CASE } from '../law/staged-fixture';

const HOST = { read: () => undefined };
const hoverIn = (text: string, needle: string, locale: 'zh' | 'en' = 'zh') => {
  const a = analyze('file:///j.debt', text, HOST);
  const at = text.indexOf(needle);
  const before = text.slice(0, at);
  return hoverAt(a, text, { line: before.split('\n').length - 1, character: at - before.lastIndexOf('\n') }, { locale, settings: {} as never })?.markdown ?? '';
};

describe('hover on a judgment\'s 分期, 中止 and several payers', () => {
  it('分期: the instalment, what was paid, its doubled part (194.25 for 第1期) and 迟延利息解释第2条', () => {
    const md = hoverIn(INSTALMENT_CASE, '分期 2024-03-31');
    assert.match(md, /\*\*分期：2024年3月31日前履行30,000\.00元\*\* {2}\n已履行20,000\.00元；加倍部分债务利息自2024年4月1日起，暂计至2024年6月30日为194\.25元/);
    assert.match(md, /自每次履行期间届满之日起计算（迟延利息解释第2条）/);
  });
  it('中止: the stayed days (10) and 迟延利息解释第3条第3款, in English too', () => {
    assert.match(hoverIn(INSTALMENT_CASE, '中止 2024'), /\*\*中止执行：2024年6月1日至2024年6月10日\*\* {2}\n其中迟延履行期间内的10日不计算加倍部分债务利息。 {2}\n.*（迟延利息解释第3条第3款）/);
    assert.match(hoverIn(INSTALMENT_CASE, '中止 2024', 'en'), /10 days inside the delay period are not counted/);
  });
  it('判项 with several payers says 共同 / 按份 with the shares / the word missing', () => {
    assert.match(hoverIn(PAYERS_CASE, '判项 本金'), /共同：判决未确定各自份额，申请执行时请求各被执行人对该项全部款项负清偿责任。/);
    assert.match(hoverIn(PAYERS_CASE, '判项 受理费'), /按份：乙 333\.67元，丙 333\.67元，丁 333\.66元（民法典第517条；份额未确定的视为相同）。/);
    assert.match(hoverIn(PAYERS_CASE, '判项 利息'), /数人给付而未写明共同、连带或按份：按共同处理/);
    assert.match(hoverIn(PAYERS_CASE, '判项 费用'), /连带：各被执行人对该项全部款项负清偿责任（民法典第518条）。/);
  });
  it('the keywords 中止 and 按份 explain themselves with their article', () => {
    assert.match(hoverIn(INSTALMENT_CASE, '至 2024-06-10') + hoverIn(INSTALMENT_CASE, '中止'), /非因被执行人的申请/);
    assert.match(hoverIn(PAYERS_CASE, '按份'), /视为份额相同/);
  });
});

describe('completion and keyword conversion', () => {
  const URI = 'file:///w/cases/main.debt';
  const labels = (src: string) => {
    const offset = src.indexOf('|');
    const text = src.slice(0, offset) + src.slice(offset + 1);
    const analysis = analyze(URI, text, HOST, { structureOnly: true });
    return complete({ uri: URI, text, offset, position: new LineIndex(text).position(offset), analysis, locale: 'zh', today: '2026-01-05', uris: [URI] })
      .map((i) => i.label);
  };
  const J = (inner: string) => `案件 甲 { 原告 甲 被告 乙 被告 丙 判决 "（2026）京0105民初1号" { ${inner} } }`;
  labels(J('|'));
  it('a judgment offers 分期 and 中止; 中止 DATE offers 至; after 由 REFS the three words', () => {
    const items = labels(J('|'));
    assert.ok(items.includes('分期') && items.includes('中止'), items.join(' '));
    assert.ok(labels(J('中止 2024-06-01 |')).includes('至'));
    const words = labels(J('判项 本金 100000元 由 乙、丙 |'));
    for (const w of ['共同', '连带', '按份']) assert.ok(words.includes(w), `${w} in ${words.join(' ')}`);
  });
  it('to English and back: installment, suspended … until, jointly / severally / joint; the model is unchanged', () => {
    const en = toKeywordLanguage(PAYERS_CASE + '\n' + INSTALMENT_CASE, 'en');
    assert.ok(en.includes('ordered principal 100000元 by 乙、丙 jointly'), en);
    assert.ok(en.includes('ordered court-fee 1001元 by 乙、丙、丁 severally'));
    assert.ok(en.includes('by 乙、丁 joint\n    joint 戊 scope principal'));
    assert.ok(en.includes('installment 2024-03-31 30000元') && en.includes('suspended 2024-06-01 until 2024-06-10'));
    const back = toKeywordLanguage(en, 'zh');
    assert.strictEqual(back, PAYERS_CASE + '\n' + INSTALMENT_CASE);
    const j = buildModel('file:///j.debt', en, HOST, 'zh').file.cases[1].judgments[0];
    assert.deepStrictEqual(j.suspensions.map((x) => [x.from.value, x.to.value]), [['2024-06-01', '2024-06-10']]);
  });
  it('formatting puts 分期 and 中止 on lines of their own and keeps 连带 on its 判项 line (the word, not the next item)', () => {
    const one = '案件 甲 { 原告 甲 被告 乙 被告 丙 判决 "（2024）京1号" { 履行期限 2024-03-31 判项 本金 100元 由 乙、丙 连带 分期 2024-03-01 50元 中止 2024-04-01 至 2024-04-02 } }';
    assert.ok(formatText(one).includes('    判项 本金 100元 由 乙、丙 连带\n    分期 2024-03-01 50元\n    中止 2024-04-01 至 2024-04-02\n  }'), formatText(one));
  });
});
