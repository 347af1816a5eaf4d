/** 「新建案件」: the skeleton reads back as the answers given, in both keyword languages, with no error. */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { newCaseText, NewCaseAnswers } from '../../../src/core/templates/new-case';
import { buildDocument } from '../../../src/core/documents';
import { lines } from '../documents/samples';

const noFiles = { read: () => undefined };
const answers: NewCaseAnswers = {
  lender: '王小明', borrower: '赵 大', amount: '80000', delivered: '2024-03-05', due: '2025-03-04', rate: '10', court: '上海市浦东新区人民法院', keywords: 'zh',
};

for (const keywords of ['zh', 'en'] as const) {
  describe(`new case skeleton (${keywords} keywords)`, () => {
    const text = newCaseText({ ...answers, keywords });
    const a = analyze('file:///new.debt', text, noFiles, { asOf: '2026-12-01' });

    it('has no error', () => {
      assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`), []);
    });

    it('records the answers: parties, amount, dates, rate, court', () => {
      const c = a.model.cases[0];
      assert.strictEqual(c.court?.value, '上海市浦东新区人民法院');
      assert.deepStrictEqual(c.parties.map((p) => [p.name, p.role]), [['王小明', 'plaintiff'], ['赵 大', 'defendant']]);
      const loan = c.loans[0];
      assert.strictEqual(loan.deliveries[0].amount.value.toFixed(2), '80000.00');
      assert.strictEqual(loan.deliveries[0].date.value, '2024-03-05');
      assert.strictEqual(loan.due?.value, '2025-03-04');
      const rate = loan.interest?.value;
      assert.ok(rate && typeof rate === 'object' && rate.value.toString() === '10' && rate.period === 'year');
      assert.deepStrictEqual(c.claims.map((x) => [x.kind, x.implicit]), [['principal', false], ['interest', false], ['costs', false]]);
    });

    it('computes the first period of interest as worked out by hand', () => {
      // 2024-03-05..2025-03-04 inclusive = 365 days; 80,000.00 × 10 % × 365 / 365 = 8,000.00.
      const row = a.cases[0].loans[0].schedule[0];
      assert.deepStrictEqual([row.from, row.to, row.days, row.interest], ['2024-03-05', '2025-03-04', 365, '8000.00']);
    });

    it('prints no English in the complaint or the 证据目录: names and 证明 texts are Chinese in an English-keyword file too', () => {
      for (const [kind, style] of [['complaint', 'element'], ['complaint', 'traditional'], ['evidence-list', 'element']] as const) {
        const text = lines(buildDocument(a, 0, { kind, style, locale: 'en' })).join('\n');
        assert.ok(text.includes('双方借贷合意与借款金额') && text.includes('原告已实际交付借款'), `${kind} ${style}: the 证明 texts`);
        // 「本表word电子版」 is the official form's own instruction; nothing else may be Latin letters.
        const latin = text.replace(/word/g, '').match(/[A-Za-z]{2,}[A-Za-z -]*/g) ?? [];
        assert.deepStrictEqual(latin, [], `${kind} ${style}`);
      }
    });
  });
}

describe('new case skeleton without a term or a rate', () => {
  it('writes 到期 未约定 and 利率 无', () => {
    const text = newCaseText({ ...answers, due: undefined, rate: undefined });
    assert.ok(text.includes('    到期 未约定\n') && text.includes('    利率 无\n'));
  });
});
