/**
 * 利息计算表 export: the rows of samples/loan-basic.debt read back from the .xlsx and the CSV equal the figures worked
 * out by hand from rules.md (inclusive days, base × rate × days / 365, half-up per row, 561 allocation):
 *   2023-01-10..2023-07-09  181 d  50,000.00 × 12 %            = 2,975.34
 *   repayment 3,000 on 2023-07-10 → interest 2,975.34, principal 24.66 → base 49,975.34
 *   2023-07-10..2024-01-10  185 d  49,975.34 × 12 %            = 3,039.60
 *   2024-01-11..2026-11-30 1055 d  49,975.34 × 14.60 % (18 % agreed, capped at 4 × 3.65 % LPR of 2022-12-20) = 21,089.59
 *   total 27,104.53
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { analyze } from '../../../src/core/analyze';
import { scheduleCsv, scheduleWorkbook } from '../../../src/core/export/schedule-workbook';

const SAMPLE = path.resolve(__dirname, '../../../../../samples/loan-basic.debt');
const noFiles = { read: () => undefined };

describe('利息计算表 export (xlsx, csv)', () => {
  const a = analyze('file:///loan-basic.debt', fs.readFileSync(SAMPLE, 'utf8'), noFiles, { locale: 'zh' });

  it('the workbook holds every schedule row and the total, as worked out by hand', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await scheduleWorkbook(a.cases, 'zh')) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    assert.strictEqual(ws.name, '张三诉李四民间借贷纠纷');
    assert.strictEqual(ws.getRow(1).getCell(1).value, '利息计算表（暂计至2026-11-30）');
    const rows = [3, 4, 5, 6].map((i) => (ws.getRow(i).values as unknown[]).slice(1));
    assert.deepStrictEqual(rows, [
      ['借款一', '借期内利息', '2023-01-10', '2023-07-09', 181, 50000, 12, 2975.34],
      ['借款一', '借期内利息', '2023-07-10', '2024-01-10', 185, 49975.34, 12, 3039.6],
      ['借款一', '逾期利息', '2024-01-11', '2026-11-30', 1055, 49975.34, 14.6, 21089.59],
      ['借款一', '合计', '', '', '', '', '', 27104.53],
    ]);
  });

  it('the CSV has the same rows as exact strings, with a BOM for Excel', () => {
    const csv = scheduleCsv(a.cases, 'zh');
    assert.ok(csv.startsWith('\uFEFF张三诉李四民间借贷纠纷\r\n借款,类别,起始日'));
    assert.ok(csv.includes('\r\n借款一,借期内利息,2023-01-10,2023-07-09,181,50000.00,12.00,2975.34\r\n'));
    assert.ok(csv.includes('\r\n借款一,逾期利息,2024-01-11,2026-11-30,1055,49975.34,14.60,21089.59\r\n'));
    assert.ok(csv.includes('\r\n借款一,合计,,,,,,27104.53\r\n'));
  });

  it('quotes a case name with a comma or a quote in the CSV', () => {
    const csv = scheduleCsv([{ ...a.cases[0], name: '甲,"乙"' }], 'en');
    assert.ok(csv.startsWith('\uFEFF"甲,""乙"""\r\nLoan,Kind,From'));
  });
});
