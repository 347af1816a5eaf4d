/** DEBT110–DEBT112 (input refused rather than read): exact code, range and message on the diagnostic-code fixture. */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { edit, rangeOf, show } from './fixture';

const run = (text: string, host: Parameters<typeof analyze>[2] = { read: () => undefined }) =>
  analyze('file:///cases/c.debt', text, host, { today: '2024-06-01', locale: 'zh' }).diagnostics;

describe('robustness codes', function () {
  this.timeout(30000);
  it('DEBT110 引用 of an absolute path: refused on the path, never read', () => {
    let reads = 0;
    const text = '引用 "/etc/passwd"\n' + edit({});
    const ds = run(text, { read: () => { reads++; return 'root:x:0:0'; } }).filter((d) => d.code === 'DEBT110');
    assert.deepStrictEqual(ds.map(show), [rangeOf(text, '"/etc/passwd"')]);
    assert.strictEqual(ds[0].message, '未读取引用的“/etc/passwd”：这是绝对路径或网址，引用只能写相对于本文件所在目录的路径。请把当事人文件（.debt）放在本案所在的工作区文件夹内，并写相对路径，例如 引用 "shared/parties.debt"。');
    assert.strictEqual(reads, 0);
  });
  it('DEBT110 a refusal from the host (readUsed) is reported with its reason', () => {
    const text = '引用 "p.debt"\n' + edit({});
    const ds = run(text, { read: () => '当事人 甲', readUsed: () => ({ refused: 'fifo' }) }).filter((d) => d.code === 'DEBT110');
    assert.deepStrictEqual(ds.map(show), [rangeOf(text, '"p.debt"')]);
    assert.match(ds[0].message, /它是命名管道（FIFO），不是普通文件/);
  });
  it('DEBT111 a due date in 9997', () => {
    const text = edit({ 11: '    到期 9997-01-01' });
    const ds = run(text).filter((d) => d.code === 'DEBT111');
    assert.deepStrictEqual(ds.map(show), [rangeOf(text, '9997-01-01')]);
    assert.match(ds[0].message, /超出可计算的范围（1900年1月1日至2199年12月31日）/);
  });
  it('DEBT112 a 14-digit amount', () => {
    const text = edit({ 10: '    交付 2023-01-10 12345678901234元 转账 证据 回单' });
    const ds = run(text).filter((d) => d.code === 'DEBT112');
    assert.deepStrictEqual(ds.map(show), [rangeOf(text, '12345678901234元')]);
    assert.match(ds[0].message, /整数部分有 14 位，超过 13 位/);
  });
});
