/** The LPR table: lookup rule of lpr.md, newer publications from the settings, never a silent carry-forward. */
import * as assert from 'assert';
import { LprTable } from '../../../src/core/law/lpr';
import { settingsFromConfig } from '../../../src/lsp/settings';
import { law, loan0, personCase } from './law-helpers';

describe('LPR', () => {
  const t = new LprTable();
  it('the latest publication on or before the date (3.85 % on 2021-06-01, from 2021-05-20)', () => {
    const r = t.on('2021-06-01');
    assert.deepStrictEqual([r.rate?.toFixed(2), r.published, r.beyondTable], ['3.85', '2021-05-20', false]);
  });
  it('a publication day uses the new value (2022-08-22 → 3.65 %)', () => assert.strictEqual(t.on('2022-08-22').rate?.toFixed(2), '3.65'));
  it('no LPR before 2019-08-20', () => assert.strictEqual(t.on('2019-08-19').rate, undefined));
  it('after 2026-09-19 the value is carried forward but marked beyond the table', () => {
    assert.strictEqual(t.on('2026-09-19').beyondTable, false);
    const r = t.on('2026-10-10');
    assert.deepStrictEqual([r.rate?.toFixed(2), r.beyondTable, r.lastPublished], ['3.00', true, '2026-08-20']);
  });
  it('newer publications from debt.lpr.extra are used and end the warning', () => {
    const text = personCase('2026-12-01', '交付 2026-10-10 10000元 转账\n到期 2026-11-10\n利率 20%');
    const before = law(text);
    assert.ok(before.diagnostics.some((d) => d.code === 'DEBT408'));
    assert.strictEqual(loan0(before).capRate, '12.00');
    const settings = settingsFromConfig({ lpr: { extra: [{ date: '2026-09-22', oneYear: '2.90' }, { date: 'bad', oneYear: 'x' }] } });
    assert.deepStrictEqual(settings.extraLpr, [{ date: '2026-09-22', oneYear: '2.90' }]);
    const after = law(text, { settings });
    assert.ok(!after.diagnostics.some((d) => d.code === 'DEBT408'));
    assert.strictEqual(loan0(after).capRate, '11.60');
  });
  it('the workspace file .debt-lpr.json adds to the setting', () => {
    const s = settingsFromConfig({}, [{ date: '2026-10-20', oneYear: '2.85' }]);
    assert.deepStrictEqual(s.extraLpr, [{ date: '2026-10-20', oneYear: '2.85' }]);
  });
});
