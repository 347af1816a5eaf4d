/** Every statute a diagnostic cites exists in server/data/citations.json (generated from statutes.md). */
import * as assert from 'assert';
import { catalogue } from '../../../src/core/diagnostics/catalogue';
import citations from '../../../data/citations.json';
import citationsExtra from '../../../data/citations-extra.json';

/** Cited but not quoted in shared/domain/statutes.md — the release rule of 一般/连带保证 (reported in the closing note). */
const NOT_IN_STATUTES_MD = new Set(['民法典第693条']);

describe('citations', () => {
  it('every citation id of the message catalogue is an article of statutes.md (or a national standard)', () => {
    const ids = new Set(Object.values(catalogue).flatMap((d) => d.citations));
    // citations-extra.json: articles statutes.md does not quote, each with its text and source (spec §8.1's 民法典 articles).
    const missing = [...ids].filter((id) => !(id in citations) && !(id in citationsExtra) && !id.startsWith('GB ') && !NOT_IN_STATUTES_MD.has(id));
    assert.deepStrictEqual(missing, []);
  });
  it('keeps the article text verbatim: 民间借贷规定第25条 is the 4 × LPR cap', () => {
    const c = (citations as Record<string, { title: string; text: string }>)['民间借贷规定第25条'];
    assert.strictEqual(c.title, '最高人民法院关于审理民间借贷案件适用法律若干问题的规定 第二十五条');
    assert.ok(c.text.startsWith('第二十五条 出借人请求借款人按照合同约定利率支付利息的'));
    assert.ok(c.text.includes('一年期贷款市场报价利率四倍'));
  });
});
