/** Completion inside a judgment's award items (spec §8.2): the kinds after 判项, the parts of running interest, 由 and 范围. */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { LineIndex } from '../../../src/core/text/range';
import { complete } from '../../../src/lsp/completion/complete';

const URI = 'file:///w/cases/main.debt';
const labels = (src: string) => {
  const offset = src.indexOf('|');
  const text = src.slice(0, offset) + src.slice(offset + 1);
  const analysis = analyze(URI, text, { read: () => undefined }, { structureOnly: true });
  return complete({ uri: URI, text, offset, position: new LineIndex(text).position(offset), analysis, locale: 'zh', today: '2026-01-05', uris: [URI] })
    .map((i) => i.label);
};
const J = (inner: string) => `案件 甲 { 原告 甲 被告 乙 被告 丙 判决 "（2026）京0105民初1号" { ${inner} } }`;

describe('completion: award items of a judgment', () => {
  // The first analysis in a process builds the parser: done while the suite is collected, not inside a timed test.
  labels(J('|'));
  it('after 判项 the five kinds', () => {
    assert.deepStrictEqual([...labels(J('判项 |'))].sort(), ['保全费', '利息', '受理费', '本金', '费用'].sort());
  });
  it('the parts of running interest in order, and 实际清偿之日 after 至', () => {
    assert.ok(labels(J('判项 利息 |')).includes('基数'));
    assert.ok(labels(J('判项 利息 基数 100000元 |')).includes('按'));
    assert.ok(labels(J('判项 利息 基数 100000元 按 14.6% |')).includes('自'));
    assert.ok(labels(J('判项 利息 基数 100000元 按 14.6% 自 2024-01-01 至 |')).includes('实际清偿之日'));
  });
  it('由 offers the parties; 连带 … 范围 offers 全部 and 本金', () => {
    assert.ok(labels(J('判项 本金 100000元 |')).includes('由'));
    const who = labels(J('判项 本金 100000元 由 |'));
    assert.ok(who.includes('乙') && who.includes('丙'));
    assert.ok(labels(J('连带 丙 |')).includes('范围'));
    assert.deepStrictEqual(labels(J('连带 丙 范围 |')).filter((l) => l === '全部' || l === '本金').sort(), ['全部', '本金'].sort());
  });
});
