/**
 * `debt/exportSchedule { uri }` → the JSON report (spec §6), the 利息计算表 as .xlsx (base64) and as CSV, for
 * 「导出报告」. Built from the cached analysis: the same figures as `debt report`.
 */
import { RequestType } from 'vscode-languageserver/node';
import { buildReport } from '../core/report';
// Loaded on the first export, not at start-up (exceljs is large; lsp/documents.ts says why).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const workbook = (): typeof import('../core/export/schedule-workbook') => require('../core/export/schedule-workbook');
import { Feature } from './context';

export interface ExportResult { json: string; xlsx: string; csv: string }
export const ExportScheduleRequest = new RequestType<{ uri: string }, ExportResult | null, void>('debt/exportSchedule');

export const exportFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(ExportScheduleRequest, async (p) => {
      const a = ctx.analysis(p.uri);
      if (!a) return null;
      const locale = ctx.locale();
      const { scheduleCsv, scheduleWorkbook } = workbook();
      return {
        json: JSON.stringify(buildReport(p.uri, a), null, 2) + '\n',
        xlsx: (await scheduleWorkbook(a.cases, locale)).toString('base64'),
        csv: scheduleCsv(a.cases, locale),
      };
    });
  },
};
