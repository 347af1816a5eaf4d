/** Bad input: a clear diagnostic, bounded time (the mocha timeout), no crash, no stack overflow. */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { specExample } from '../syntax/spec-example.test';
import { plainRange } from '../../../src/core/text/range';

const run = (text: string) => analyze('file:///bad.debt', text, { read: () => undefined }, { today: '2026-11-24' });

describe('bad input', function () {
  this.timeout(60000);

  it('a 10 MB file of cases is analysed completely', () => {
    const one = specExample();
    const copies = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(one));
    const a = run(one.repeat(copies));
    assert.strictEqual(a.model.cases.length, copies);
    assert.ok(a.diagnostics.every((d) => !d.code.startsWith('DEBT1')), 'no syntax errors in valid input');
  });

  it('one 2 MB line: a note that long is read whole; 2 MB of unknown characters is one diagnostic', () => {
    const long = run('案件 长行 { 备注 "' + '长'.repeat(2 * 1024 * 1024) + '" }');
    assert.strictEqual(long.model.cases[0].notes[0].value.length, 2 * 1024 * 1024);
    const junk = run('案件 长行 { ' + '@'.repeat(2 * 1024 * 1024) + ' }');
    assert.deepStrictEqual(junk.diagnostics.filter((d) => d.code.startsWith('DEBT1')).map((d) => [d.code, d.range.end.character - d.range.start.character]),
      [['DEBT104', 2 * 1024 * 1024]]);
  });

  it('random binary gives diagnostics, at most 200 syntax errors and a closing note', () => {
    let seed = 42;
    const bytes = Buffer.alloc(200_000);
    for (let i = 0; i < bytes.length; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; bytes[i] = seed & 0xff; }
    const a = run(bytes.toString('latin1'));
    assert.ok(a.diagnostics.length > 0);
    // At most 200 syntax problems of any kind (DEBT101–DEBT108, lexical ones included), then one DEBT109.
    assert.strictEqual(a.diagnostics.filter((d) => /^DEBT10[1-8]$/.test(d.code)).length, 200);
    assert.strictEqual(a.diagnostics.filter((d) => d.code === 'DEBT109').length, 1);
  });

  it('characters the language does not know count toward the 200 too', () => {
    const a = run('a@ '.repeat(1000));
    assert.strictEqual(a.diagnostics.filter((d) => /^DEBT10[1-8]$/.test(d.code)).length, 200);
    assert.strictEqual(a.diagnostics.filter((d) => d.code === 'DEBT109').length, 1);
  });

  it('an unterminated Chinese quote stops at its line too; the lines after it are still read', () => {
    const a = run('案件 甲 {\n  备注 “没有结束\n  法院 某某法院\n  起诉日 2024-01-01\n  备注 “另一条”\n}');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.code.startsWith('DEBT1')).map((d) => [d.code, d.range.start.line]), [['DEBT102', 1]]);
    assert.strictEqual(a.model.cases[0].court?.value, '某某法院');
    assert.deepStrictEqual(a.model.cases[0].notes.map((n) => n.value), ['没有结束', '另一条']);
  });

  it('an unterminated string stops at its line and the rest of the file is still read', () => {
    const a = run('案件 甲 {\n  备注 "没有结束\n  法院 某某法院\n  起诉日 2024-01-01\n}');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.code.startsWith('DEBT1')).map((d) => [d.code, d.range.start.line]), [['DEBT102', 1]]);
    assert.strictEqual(a.model.cases[0].court?.value, '某某法院');
  });

  it('an unterminated comment is reported where it starts', () => {
    const a = run('案件 甲 { 法院 某某法院 }\n/* 注释没有结束\n案件 乙 {');
    const d = a.diagnostics.find((x) => x.code === 'DEBT103')!;
    assert.deepStrictEqual(d.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } });
    assert.strictEqual(a.model.cases.length, 1);
  });

  it('20,000 nested braces: no stack overflow, one run of skipped text', () => {
    const a = run('案件 深 {' + '{'.repeat(20000) + '}'.repeat(20000) + '}');
    assert.ok(a.diagnostics.some((d) => d.code === 'DEBT107'));
    assert.strictEqual(a.model.cases[0].name, '深');
  });

  it('a BOM, CRLF line ends and ideographic spaces are read like plain text', () => {
    const a = run('\uFEFF案件\u3000甲\u3000{\r\n  法院 某某法院\r\n  起诉日 2024-01-01；\r\n}\r\n');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.code.startsWith('DEBT1')), []);
    assert.deepStrictEqual(plainRange(a.model.cases[0].filing!.range), { start: { line: 2, character: 6 }, end: { line: 2, character: 16 } });
  });
});
