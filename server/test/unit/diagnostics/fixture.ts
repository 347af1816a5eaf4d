/** The case every diagnostic-code test varies, and how a test finds the offending text in it. */
import * as assert from 'assert';
import { catalogue } from '../../../src/core/diagnostics/catalogue';
import { DebtDiagnostic } from '../../../src/core/diagnostics/types';

export const BASE = [
  '案件 测试 {',
  '  法院 北京市朝阳区人民法院',
  '  起诉日 2024-06-01',
  '  原告 甲 { 自然人 身份证号 110105198503021233 住所 "北京市朝阳区" }',
  '  被告 乙 { 自然人 身份证号 110108199001011231 住所 "北京市海淀区" }',
  '  借款 L {',
  '    出借人 甲',
  '    借款人 乙',
  '    签订 2023-01-10 证据 借条',
  '    交付 2023-01-10 10000元 转账 证据 回单',
  '    到期 2023-06-30',
  '    利率 10%',
  '  }',
  '  证据 借条 { 类型 借条 原件 }',
  '  证据 回单 { 类型 转账记录 }',
  '}',
];

/** BASE with line n (1-based) replaced; '' removes nothing but blanks the line. */
export function edit(changes: Record<number, string>, extra: string[] = []): string {
  const lines = BASE.map((l, i) => changes[i + 1] ?? l);
  lines.splice(lines.length - 1, 0, ...extra);
  return lines.join('\n') + '\n';
}

/** 1-based `line:col-line:col` of the n-th occurrence of `needle` in `text` (single-line needles). */
export function rangeOf(text: string, needle: string, nth = 1): string {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs fewer than ${nth} times in the test text`);
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const col = at - before.lastIndexOf('\n');
  return `${line}:${col}-${line}:${col + needle.length}`;
}

export const show = (d: DebtDiagnostic) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`;

/**
 * Asserts that `diagnostics` (of `text`) hold `code` exactly at the n-th `needle`, with a message matching `msg`, the
 * catalogue's severity and the given citations.
 */
export function expectDiagnostic(all: DebtDiagnostic[], text: string, code: string, needle: string, msg: RegExp, opts: { nth?: number; cites?: string[] } = {}): void {
  const ds = all.filter((d) => d.code === code);
  assert.ok(ds.length > 0, `${code} not reported; got ${all.map((d) => d.code).join(', ')}`);
  const want = rangeOf(text, needle, opts.nth);
  const hit = ds.find((d) => show(d) === want);
  assert.ok(hit, `${code} expected at ${want}, got ${ds.map(show).join(', ')}`);
  assert.match(hit!.message, msg);
  assert.strictEqual(hit!.severity, catalogue[code as keyof typeof catalogue].severity);
  for (const c of opts.cites ?? []) assert.ok(hit!.citations.includes(c), `${code} should cite ${c}: ${hit!.citations}`);
}
