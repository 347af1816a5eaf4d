/**
 * Hover on the recovery deadlines (spec §7.3–7.4, issue 11): the figure equals the report's and, worked by hand:
 * - judgment-enforcement.debt: 履行期限 2025-04-30 → two years (民诉法第250条); the debtor paid 50,000 on 2025-06-15,
 *   which interrupts the period (第250条 applies the limitation rules on interruption) → 2027-06-15, a Tuesday.
 * - preservation-pre-suit.debt: ruled 2025-03-26 → +30 days = 2025-04-25 (a Friday, a working day) → 起诉至2025年4月25日.
 * - payment-order.debt: served 2025-06-20 → +15 days = 2025-07-05, a Saturday → moved to Monday 2025-07-07.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { hoverAt } from '../../../src/lsp/hover';

const SAMPLES = path.resolve(__dirname, '../../../../../samples');

function hoverOn(file: string, needle: string, offsetInNeedle: number): { text: string; markdown: string; a: ReturnType<typeof analyze> } {
  const text = fs.readFileSync(path.join(SAMPLES, file), 'utf8');
  const a = analyze(`file:///samples/${file}`, text, { read: () => undefined });
  const at = text.indexOf(needle) + offsetInNeedle;
  const before = text.slice(0, at);
  const position = { line: before.split('\n').length - 1, character: at - before.lastIndexOf('\n') - 1 };
  const h = hoverAt(a, text, position, { locale: 'zh', settings: {} as never });
  return { text, markdown: h?.markdown ?? '', a };
}

describe('hover on the recovery deadlines', () => {
  it('履行期限: the last day to apply for enforcement (民诉法第250条), as in the report', () => {
    const { markdown, a } = hoverOn('judgment-enforcement.debt', '履行期限 2025-04-30', 7);
    assert.strictEqual(a.cases[0].judgment!.enforcementDeadline, '2027-06-15');
    assert.match(markdown, /申请执行至2027年6月15日/);
    assert.match(markdown, /民诉法第250条/);
  });

  it('保全 诉前: the last day to sue, 2025-04-25 (ruled 2025-03-26 + 30 days)', () => {
    const { markdown, a } = hoverOn('preservation-pre-suit.debt', '保全 诉前', 4);
    assert.strictEqual(a.cases[0].preservation[0].suitDeadline, '2025-04-25');
    assert.match(markdown, /起诉至2025年4月25日/);
    assert.match(markdown, /民诉法第104条/);
  });

  it('支付令 送达: the last day to object, Saturday 2025-07-05 moved to Monday 2025-07-07', () => {
    const { markdown, a } = hoverOn('payment-order.debt', '送达 2025-06-20', 5);
    assert.strictEqual(a.cases[0].paymentOrder!.objectionDeadline, '2025-07-07');
    assert.match(markdown, /异议期至2025年7月7日/);
  });
});
