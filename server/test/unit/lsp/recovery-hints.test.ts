/** Inlay hints of the recovery deadlines (samples of spec §7.3–7.4), equal to the report's fields and worked by hand. */
import * as assert from 'assert';
import { defaultSettings } from '../../../src/core/settings';
import { HintOptions, hintsIn } from '../../../src/lsp/inlay-hints';
import { lineIndexOf } from '../../../src/lsp/locate';
import { Doc, sample } from './hover-fixtures';

const all: HintOptions = { locale: 'zh', settings: defaultSettings, loanTotals: true, rates: true, limitation: true };
const deadlines = (doc: Doc, o = all) => {
  const index = lineIndexOf(doc.analysis, doc.text);
  return hintsIn(doc.analysis, index, 0, doc.text.length, o)
    .map((h) => ({ ...h, ...index.position(h.offset) }))
    .filter((h) => /申请执行至|起诉至|异议期至|enforce by/.test(h.label))
    .map((h) => `${h.line + 1}:${h.character} ${h.label}`);
};

describe('inlay hints: recovery deadlines', () => {
  it('after 履行期限: the enforcement deadline (2025-04-30; the payment of 2025-06-15 restarts two years → 2027-06-15)', () => {
    const doc = sample('judgment-enforcement.debt');
    assert.strictEqual(doc.analysis.cases[0].judgment!.enforcementDeadline, '2027-06-15');
    assert.deepStrictEqual(deadlines(doc), ['40:19 申请执行至2027年6月15日']);
  });
  it('after 保全 诉前: the suit deadline (ruled 2025-03-26 + 30 days = 2025-04-25, a Friday)', () => {
    const doc = sample('preservation-pre-suit.debt');
    assert.strictEqual(doc.analysis.cases[0].preservation[0].suitDeadline, '2025-04-25');
    assert.deepStrictEqual(deadlines(doc), ['45:7 起诉至2025年4月25日']);
  });
  it('after a served 支付令: the objection deadline (2025-06-20 + 15 = 2025-07-05, a Saturday → 2025-07-07)', () => {
    const doc = sample('payment-order.debt');
    assert.strictEqual(doc.analysis.cases[0].paymentOrder!.objectionDeadline, '2025-07-07');
    assert.deepStrictEqual(deadlines(doc), ['29:38 异议期至2025年7月7日']);
  });
  it('off with the limitation switch; English labels', () => {
    assert.deepStrictEqual(deadlines(sample('payment-order.debt'), { ...all, limitation: false }), []);
    assert.deepStrictEqual(deadlines(sample('judgment-enforcement.debt'), { ...all, locale: 'en' }), ['40:19 enforce by 2027-06-15']);
  });
});
