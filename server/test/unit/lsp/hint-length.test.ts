/**
 * VS Code cuts an inlay hint after `editor.inlayHints.maximumLength` (43) characters (issue 19: the English loan hint
 * lost its interest there). Over every sample, in both UI languages: a loan hint carries its total and its interest in
 * the first 43 characters; a rate hint its rate and every cap; a limitation or recovery hint its date, whether that
 * date is superseded or restarted, and the loan it belongs to when the case has several.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import Decimal from 'decimal.js';
import { defaultSettings } from '../../../src/core/settings';
import { hintsIn } from '../../../src/lsp/inlay-hints';
import { lineIndexOf } from '../../../src/lsp/locate';
import { SAMPLES, sample } from './hover-fixtures';

const VISIBLE = 43;

/** 1234567.5 → '1,234,567.50', written out here rather than taken from the hint's own formatter. */
function grouped(d: Decimal): string {
  const [int, frac] = d.toFixed(2).split('.');
  return `${int.replace(/\B(?=(\d{3})+$)/g, ',')}.${frac}`;
}

describe('inlay hints within 43 characters', () => {
  const names = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.debt')).sort();

  for (const locale of ['zh', 'en'] as const) {
    it(`every hint of every sample carries its key figures in the first ${VISIBLE} characters (${locale} UI)`, () => {
      let loans = 0, rates = 0, dates = 0;
      for (const name of names) {
        const doc = sample(name);
        const index = lineIndexOf(doc.analysis, doc.text);
        const hints = hintsIn(doc.analysis, index, 0, doc.text.length, { locale, settings: defaultSettings, loanTotals: true, rates: true, limitation: true });
        // The loan hints, in text order, belong to the loans of the cases in order (one each).
        const loanReports = doc.analysis.cases.flatMap((c) => (c ? c.loans : []));
        const loanHints = hints.filter((h) => h.kind === 'loan');
        assert.strictEqual(loanHints.length, loanReports.length, name);
        loanHints.forEach((h, i) => {
          const o = loanReports[i].outstanding;
          const total = new Decimal(o.principal).plus(o.interest).plus(o.penalty).plus(o.fees);
          const head = h.label.slice(0, VISIBLE);
          assert.ok(head.includes(grouped(total)), `${name}: total ${grouped(total)} in «${head}»`);
          assert.ok(head.includes(grouped(new Decimal(o.interest))), `${name}: interest ${grouped(new Decimal(o.interest))} in «${head}»`);
          loans++;
        });
        for (const h of hints.filter((x) => x.kind === 'rate')) {
          const head = h.label.slice(0, VISIBLE);
          for (const p of h.label.match(/\d+\.\d+%/g) ?? []) assert.ok(head.includes(p), `${name}: ${p} in «${head}»`);
          assert.match(head, /\d+\.\d+%/);
          rates++;
        }
        const multi = new Set(doc.analysis.model.cases.filter((c) => c.loans.length > 1).flatMap((c) => c.loans.map((l) => l.name)));
        for (const h of hints.filter((x) => x.kind === 'limitation')) {
          const head = h.label.slice(0, VISIBLE);
          const date = /\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日/.exec(h.label);
          assert.ok(date && head.includes(date[0]), `${name}: the date in «${head}»`);
          for (const q of ['(superseded)', '(restarted)', '(lapsed)', '（后已中断）', '（经中断）', '（已届满）']) {
            if (h.label.includes(q)) assert.ok(head.includes(q), `${name}: ${q} in «${head}»`);
          }
          for (const loan of multi) if (h.label.includes(`(${loan})`) || h.label.includes(`（${loan}）`)) assert.ok(head.includes(loan), `${name}: ${loan} in «${head}»`);
          dates++;
        }
      }
      // The samples hold hints of every kind (so the checks above ran).
      assert.ok(loans >= 20 && rates >= 20 && dates >= 20, `${loans} loans, ${rates} rates, ${dates} dates`);
    });
  }

  it('the English loan hint of rules.md example 2: total, then interest (82,375.89), the principal last', () => {
    // Interest 24,197.26 + 46,027.40 + 12,151.23 = 82,375.89 to 2021-01-10; + principal 200,000 = 282,375.89.
    const doc = sample('pre-2020-contract.debt');
    const index = lineIndexOf(doc.analysis, doc.text);
    const labels = hintsIn(doc.analysis, index, 0, doc.text.length, { locale: 'en', settings: defaultSettings, loanTotals: true, rates: false, limitation: false }).map((h) => h.label);
    assert.deepStrictEqual(labels, ['total 282,375.89 = interest 82,375.89 + principal 200,000.00']);
    assert.strictEqual(labels[0].slice(0, VISIBLE), 'total 282,375.89 = interest 82,375.89 + pri');
  });
});
