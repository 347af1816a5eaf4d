/** samples/co-debtors-spouse-guarantor.debt (spec §8.1): who owes what, figures worked out by hand. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { CaseReport } from '../../../src/core/law/analyze-law';

const SAMPLES = path.resolve(__dirname, '../../../../../samples');
const check = (name: string) => analyze(`file:///samples/${name}`, fs.readFileSync(path.join(SAMPLES, name), 'utf8'), { read: () => undefined }, { today: '2026-06-01' });

describe('sample co-debtors-spouse-guarantor.debt', function () {
  this.timeout(20000); // the first analysis builds the parser; the machine may be loaded
  const a = check('co-debtors-spouse-guarantor.debt');
  const r = a.cases[0] as CaseReport;

  it('checks clean: no error, no warning', () => {
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.code), []);
  });

  it('each debtor owes only the loan they are tied to, with the liability the file writes', () => {
    // 经营借款 200,000 at 12 %, filed 2025-07-01 (interest through 2025-06-30):
    //   2024-03-01..2025-02-28 = 365 days: 200,000 × 12 % × 365/365 = 24,000.00
    //   2025-03-01..2025-06-30 = 122 days (31+30+31+30), overdue at the agreed rate (规定28(2)): 24,000 × 122/365 = 8,021.917… → 8,021.92
    //   interest 32,021.92; total 232,021.92. 孙伟 范围 本金: 200,000.00.
    // 周转借款 50,000 at 10 %:
    //   2024-06-01..2024-12-31 = 214 days: 5,000 × 214/365 = 2,931.506… → 2,931.51
    //   2025-01-01..2025-06-30 = 181 days: 5,000 × 181/365 = 2,479.452… → 2,479.45
    //   interest 5,410.96; total 55,410.96.
    const rows = r.debtors.flatMap((d) => d.loans.map((o) => [d.name, o.loan, o.liability, o.principal, o.interest, o.total].join(' ')));
    assert.deepStrictEqual(rows, [
      '吴强 经营借款 borrower 200000.00 32021.92 232021.92',
      '吴强 周转借款 borrower 50000.00 5410.96 55410.96',
      '郑丽 经营借款 co-borrower 200000.00 32021.92 232021.92',
      '陈芳 周转借款 spouse 50000.00 5410.96 55410.96',
      '孙伟 经营借款 joint-guarantor 200000.00 0.00 200000.00',
      '北京某某投资有限公司 周转借款 joined 50000.00 5410.96 55410.96',
    ]);
  });

  it('the guarantee claim is limited to the loan 孙伟 guaranteed (DEBT224, information)', () => {
    assert.match(a.diagnostics.find((d) => d.code === 'DEBT224')!.message, /“孙伟”只为借款“经营借款”提供保证.*不及于借款“周转借款”/);
  });
});
