/**
 * Check characters of resident IDs (GB 11643-1999) and unified social credit codes (GB 32100-2015).
 * Expected characters were computed by hand (weights × digits, mod 11 / mod 31), not by the code under test.
 */
import * as assert from 'assert';
import { creditCodeCheckChar, isCreditCodeShape, isResidentIdShape, residentIdBirthDate, residentIdCheckDigit } from '../../../src/core/checks/ids';
import { run, where } from '../helpers';

describe('resident ID (GB 11643-1999)', () => {
  it('check digits: the spec example IDs are valid, and a sum ≡ 2 (mod 11) gives X', () => {
    // 110105198503021233: Σ = 174, 174 mod 11 = 9 → "10X98765432"[9] = 3.
    assert.strictEqual(residentIdCheckDigit('110105198503021233'), '3');
    // 110108199001011231: Σ = 154, 154 mod 11 = 0 → 1.
    assert.strictEqual(residentIdCheckDigit('110108199001011231'), '1');
    // The standard's own example 11010519491231002X ends in X.
    assert.strictEqual(residentIdCheckDigit('11010519491231002X'), 'X');
  });

  it('shape: 17 digits and a digit or X', () => {
    assert.ok(isResidentIdShape('11010519491231002X'));
    assert.ok(!isResidentIdShape('11010519850302123'));
    assert.ok(!isResidentIdShape('1101051985030212A3'));
  });

  it('birth date: read from positions 7–14, undefined when the calendar has no such day', () => {
    assert.deepStrictEqual(residentIdBirthDate('110105198503021233'), { text: '1985-03-02', date: '1985-03-02' });
    assert.deepStrictEqual(residentIdBirthDate('110105198502301233'), { text: '1985-02-30', date: undefined });
  });
});

describe('unified social credit code (GB 32100-2015)', () => {
  it('check characters: the spec example, a published code, and 31 written as 0', () => {
    // 91110108MA01ABCD1E: Σ = 1815, 1815 mod 31 = 17, 31 − 17 = 14 → E.
    assert.strictEqual(creditCodeCheckChar('91110108MA01ABCD1E'), 'E');
    // 91350100M000100Y43: Σ mod 31 = 28, 31 − 28 = 3.
    assert.strictEqual(creditCodeCheckChar('91350100M000100Y43'), '3');
    // 91110108MA01ABCDH?: Σ mod 31 = 0, so 31 − 0 = 31, which is written 0.
    assert.strictEqual(creditCodeCheckChar('91110108MA01ABCDH0'), '0');
  });

  it('shape: 18 characters from the code set (no I, O, Z, S, V)', () => {
    assert.ok(isCreditCodeShape('91350100M000100Y43'));
    assert.ok(!isCreditCodeShape('91350100M000100Y4'));
    assert.ok(!isCreditCodeShape('91350100M0001O0Y43'));
  });
});

describe('ID diagnostics at the value', () => {
  const caseWith = (party: string) => `案件 K {\n${party}\n}\n`;

  it('DEBT219 a resident ID of the wrong shape', () => {
    const a = run(caseWith('  原告 甲 { 身份证号 11010519850302123 }'));
    const d = a.diagnostics.filter((x) => x.code === 'DEBT219');
    assert.deepStrictEqual(d.map(where), ['DEBT219@2:15-2:32']);
    assert.match(d[0].message, /身份证号“11010519850302123”格式不正确：应为 18 位/);
  });

  it('DEBT214 a resident ID whose birth date does not exist', () => {
    const a = run(caseWith('  原告 甲 { 身份证号 110105198502301233 }'));
    const d = a.diagnostics.filter((x) => x.code === 'DEBT214');
    assert.deepStrictEqual(d.map(where), ['DEBT214@2:15-2:33']);
    assert.match(d[0].message, /出生日期 1985-02-30 不存在/);
  });

  it('DEBT220 a credit code with a letter outside the code set', () => {
    const a = run(caseWith('  被告 乙 { 法人 统一社会信用代码 91350100M0001O0Y43 }'));
    const d = a.diagnostics.filter((x) => x.code === 'DEBT220');
    assert.deepStrictEqual(d.map(where), ['DEBT220@2:22-2:40']);
    assert.match(d[0].message, /统一社会信用代码“91350100M0001O0Y43”格式不正确/);
  });

  it('English messages name the standard and the expected character', () => {
    const a = run(caseWith('  defendant B { company credit-code 91350100M000100Y44 }'), {}, { locale: 'en' });
    const d = a.diagnostics.filter((x) => x.code === 'DEBT215');
    assert.deepStrictEqual(d.map(where), ['DEBT215@2:37-2:55']);
    assert.match(d[0].message, /check character should be 3 \(GB 32100-2015\)/);
  });
});
