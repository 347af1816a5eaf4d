/**
 * DEBT260–262: the application day of a `保全` against the loan and the filing date (民诉法第103条 诉中, 第104条 诉前),
 * on the fixture case (delivered 2023-01-10, filed 2024-06-01). The range is the application date.
 */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { edit, expectDiagnostic } from './fixture';

const run = (text: string) => analyze('file:///cases/p.debt', text, { read: () => undefined }, { today: '2024-06-01' }).diagnostics;
const codes = (text: string) => run(text).map((d) => d.code).filter((c) => /^DEBT26[0-4]$/.test(c));

describe('preservation application dates (DEBT260–262)', () => {
  it('DEBT260 an application before the loan was lent', () => {
    const text = edit({}, ['  保全 诉前 担保 保函 申请 2022-12-01']);
    expectDiagnostic(run(text), text, 'DEBT260', '2022-12-01', /^保全申请日2022年12月1日早于借款“L”的首次交付日2023年1月10日：申请时该笔借款尚未出借，不能据以申请保全。/);
  });
  it('DEBT261 an in-suit application before filing', () => {
    const text = edit({}, ['  保全 诉中 申请 2024-05-01']);
    expectDiagnostic(run(text), text, 'DEBT261', '2024-05-01', /^诉讼保全（诉中）的申请日2024年5月1日早于起诉日2024年6月1日：.*请改为 保全 诉前/, { cites: ['民诉法第103条', '民诉法第104条'] });
  });
  it('DEBT262 a pre-suit application after filing', () => {
    const text = edit({}, ['  保全 诉前 担保 保函 申请 2024-06-05']);
    expectDiagnostic(run(text), text, 'DEBT262', '2024-06-05', /^诉前保全的申请日2024年6月5日晚于起诉日2024年6月1日：.*请改为 保全 诉中/, { cites: ['民诉法第103条', '民诉法第104条'] });
  });
  it('none on the filing date itself, for either stage, nor without a filing date or an application day', () => {
    assert.deepStrictEqual(codes(edit({}, ['  保全 诉中 申请 2024-06-01'])), []);
    assert.deepStrictEqual(codes(edit({}, ['  保全 诉前 担保 保函 申请 2024-06-01'])), []);
    assert.deepStrictEqual(codes(edit({ 3: '' }, ['  保全 诉前 担保 保函 申请 2024-06-05'])), []);
    assert.deepStrictEqual(codes(edit({}, ['  保全 诉中'])), []);
  });
  it('English message', () => {
    const d = analyze('file:///cases/p.debt', edit({}, ['  保全 诉前 申请 2024-06-05']), { read: () => undefined }, { today: '2024-06-01', locale: 'en' })
      .diagnostics.find((x) => x.code === 'DEBT262')!;
    assert.match(d.message, /^A pre-suit preservation applied for on 2024-06-05, after the filing date 2024-06-01/);
  });
});
