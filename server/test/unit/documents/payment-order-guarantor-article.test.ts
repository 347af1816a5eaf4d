/**
 * 支付令申请书, the guarantor note: the order does not bind a guarantor, and the note says so in the words of
 * 民诉法解释（2022修正）第434条 and cites that article. The text below is typed from the interpretation (LawRefBook/Laws,
 * 司法解释/最高人民法院关于适用《民事诉讼法》的解释(2022-04-01).md, 第四百三十四条), not read from the data file.
 */
import * as assert from 'assert';
import { article } from '../../../src/core/keyword-docs';
import { build } from './recovery-fixtures';
import { sample } from './samples';

const ART_434 = '对设有担保的债务的主债务人发出的支付令，对担保人没有拘束力。债权人就担保关系单独提起诉讼的，支付令自人民法院受理案件之日起失效。';

describe('payment order: the guarantor note cites 民诉法解释第434条', () => {
  it('the article is data (citations-extra.json) with its two paragraphs verbatim', () => {
    const a = article('民诉法解释第434条');
    assert.ok(a, 'no 民诉法解释第434条 in the citation data');
    assert.strictEqual(a!.title, '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释 第四百三十四条');
    assert.strictEqual(a!.text, '第四百三十四条 对设有担保的债务的主债务人发出的支付令，对担保人没有拘束力。\n债权人就担保关系单独提起诉讼的，支付令自人民法院受理案件之日起失效。');
  });

  it('samples/loan-basic.debt (joint guarantor 北京某某科技有限公司): the exact note', () => {
    const d = build(sample('loan-basic.debt').a, 'payment-order');
    const note = d.notes.find((n) => n.startsWith('保证人'));
    assert.strictEqual(note, `保证人北京某某科技有限公司未列为被申请人：${ART_434.replace(/。$/, '')}（民诉法解释第434条）。向保证人主张权利须另行起诉，并注意保证期间。`);
  });
});
