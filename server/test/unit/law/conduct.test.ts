/** Collection conduct (rules.md §19): the word list of server/data/collection-conduct.json. */
import * as assert from 'assert';
import { conductWords } from '../../../src/core/law/collection-conduct';
import { analyze } from '../../../src/core/analyze';
import { edit } from '../diagnostics/fixture';

describe('collection conduct', () => {
  it('finds threats and disclosures, and nothing in ordinary text', () => {
    assert.deepStrictEqual(conductWords('再不还就后果自负，通知你家人和单位'), ['后果自负', '家人', '单位']);
    assert.deepStrictEqual(conductWords('借款用于装修，约定一年后归还'), []);
  });
  it('English messages when the locale is English', () => {
    const d = analyze('file:///c.debt', edit({}, ['  催收 2024-01-05 向 乙 上门']), { read: () => undefined }, { today: '2024-06-01', locale: 'en' })
      .diagnostics.find((x) => x.code === 'DEBT614')!;
    assert.match(d.message, /^A collection visit: collection must stay lawful/);
  });
});
