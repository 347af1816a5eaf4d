/**
 * The keywords' pinyin table (server/data/keyword-pinyin.json, made by scripts/build-keyword-pinyin.mjs so pinyin-pro
 * need not load at start-up) holds every Chinese keyword spelling, each with the keys pinyin-pro gives, and nothing
 * else; names a user declares still get their keys from pinyin-pro.
 */
import * as assert from 'assert';
import table from '../../../data/keyword-pinyin.json';
import { K, spellingsOf } from '../../../src/core/syntax/tokens';
import { computePinyinKeys, pinyinKeys } from '../../../src/lsp/pinyin-keys';

const STALE = 'stale: run `npx tsc -p . && node scripts/build-keyword-pinyin.mjs`';

describe('keyword pinyin table', () => {
  const chinese = [...new Set(Object.keys(K).flatMap((c) => spellingsOf(c)).filter((s) => /[^\x00-\x7f]/.test(s)))].sort();

  it('has exactly the Chinese keyword spellings', () => {
    assert.deepStrictEqual(Object.keys(table).sort(), chinese, STALE);
  });

  it('each entry is what pinyin-pro gives (with the 还款 correction)', () => {
    const t = table as Record<string, string>;
    for (const s of chinese) assert.strictEqual(t[s], computePinyinKeys(s), `${s}: ${STALE}`);
  });

  it('known readings, written out by hand', () => {
    // 逾期利率 yú qī lì lǜ: initials y q l l, full yuqililv (ü as v); 还款 huán kuǎn (not hái).
    assert.strictEqual(pinyinKeys('逾期利率'), 'yqll yuqililv');
    assert.strictEqual(pinyinKeys('还款'), 'hk huankuan');
    assert.strictEqual(pinyinKeys('被告'), 'bg beigao');
  });

  it('a declared name, not in the table, gets its keys from pinyin-pro', () => {
    // 张三 zhāng sān; 杭州某某商贸有限公司 háng zhōu mǒu mǒu shāng mào yǒu xiàn gōng sī.
    assert.strictEqual(pinyinKeys('张三'), 'zs zhangsan');
    assert.strictEqual(pinyinKeys('杭州某某商贸有限公司'), 'hzmmsmyxgs hangzhoumoumoushangmaoyouxiangongsi');
  });
});
