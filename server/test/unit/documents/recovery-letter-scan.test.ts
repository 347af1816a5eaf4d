/**
 * The lawful-content scan (rules.md §19; issue 11): the demand letter of every case of every sample contains nothing
 * of data/collection-forbidden.json (threats, harassment, disclosure to family/employer/contacts, public exposure,
 * 失信/征信 threats before judgment, charges above the cap), no ID number, and no annual rate above the loan's cap.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import Decimal from 'decimal.js';
import { analyze } from '../../../src/core/analyze';
import { buildDocument, scanForbidden } from '../../../src/core/documents';
import { lines, SAMPLES } from './samples';

const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.debt')).sort();

describe('demand letters: lawful-content scan', () => {
  it('the scanner finds what it is meant to find (so a clean result means something)', () => {
    const hits = scanForbidden('否则后果自负！我们将上门拜访，并通知你的家人和单位，在朋友圈曝光你这个老赖，上征信。');
    assert.deepStrictEqual(hits.map((h) => h.found), ['否则后果', '上门', '家人', '单位', '朋友圈', '曝光', '老赖', '征信']);
    assert.ok(hits.every((h) => h.law.length > 0 && h.why.length > 0));
    assert.deepStrictEqual(scanForbidden('请于收到本函之日起10日内还款，逾期将依法提起诉讼。'), []);
  });

  it(`samples found (${files.length})`, () => assert.ok(files.length >= 10));

  for (const f of files) {
    it(`${f}: every case's letter is clean`, () => {
      const file = path.join(SAMPLES, f);
      const a = analyze(pathToFileURL(file).href, fs.readFileSync(file, 'utf8'), { read: () => undefined }, { today: '2026-06-01' });
      a.model.cases.forEach((c, i) => {
        if (!a.cases[i]) return;
        // A case with no loan (a judgment to enforce) demands nothing: no letter (民诉法解释第247条).
        if (c.loans.length === 0) {
          assert.throws(() => buildDocument(a, i, { kind: 'demand-letter', style: 'element' }), /没有可主张的债权/);
          return;
        }
        const d = buildDocument(a, i, { kind: 'demand-letter', style: 'element' });
        const text = lines(d).join('\n');
        assert.ok(text.includes(d.title), `${c.name}: no title`);
        assert.deepStrictEqual(scanForbidden(text), [], `${c.name}`);
        for (const p of c.parties) if (p.id) assert.ok(!text.includes(p.id.value), `${c.name}: ID of ${p.name}`);
        // Private lending: no 年利率 above the highest cap among the case's loans (licensed lenders have none).
        const caps = a.cases[i].loans.map((l) => l.capRate);
        if (caps.length > 0 && caps.every((x) => x !== null)) {
          const cap = Decimal.max(...(caps as string[]));
          for (const m of text.matchAll(/年利率(\d+(?:\.\d+)?)%/g)) assert.ok(new Decimal(m[1]).lessThanOrEqualTo(cap), `${c.name}: ${m[0]} > ${cap}`);
        }
      });
    });
  }
});
