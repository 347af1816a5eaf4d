/**
 * Custom requests for the extension's preview and commands. The server builds every document, so the preview,
 * 「生成起诉状」 and `debt generate` produce the same text from the same analysis.
 *   debt/cases    { uri }                                   → the cases of a file, with what blocks filing
 *   debt/document { uri, caseName?, kind, style, format }   → the rendered document (docx as base64)
 *   debt/report   { uri }                                   → the JSON report of spec §6
 */
import { RequestType } from 'vscode-languageserver/node';
import { Analysis } from '../core/analyze';
import { buildReport } from '../core/report';
import type { DocumentKind, DocumentStyle, DocumentFormat, LegalDocument } from '../core/documents';

/**
 * The document stage (and `docx`) is loaded when a document is first asked for, not at start-up: the editor needs
 * the first diagnostics long before any document. esbuild keeps a module reached only by require()
 * uninitialised until then.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stage = (): typeof import('../core/documents') => require('../core/documents');
import { containsPosition, Range } from '../core/text/range';
import { diffDays } from '../core/text/dates';
import { Feature, ServerContext } from './context';

export interface CaseSummary {
  name: string;
  range: Range;
  nameRange: Range;
  errors: number;
  lapsed: boolean;
  claimAmount?: string;
  /** The earliest last day of the limitation periods of the case's loans (a lapsed one counts), if known. */
  limitationEnd?: string;
  /** Days from the as-of date to `limitationEnd` (negative once lapsed). */
  limitationDaysLeft?: number;
  asOf?: string;
  /** Whom the lawyer acts for (spec §8.4): the editor offers that side's documents first. */
  side?: 'creditor' | 'debtor';
}
export interface CasesParams { uri: string }
export interface DocumentParams {
  uri: string;
  /** The case to render; default: the case containing `position`, else the first. */
  caseName?: string;
  position?: { line: number; character: number };
  kind?: DocumentKind;
  style?: DocumentStyle;
  format: DocumentFormat;
  /** html only: the body fragment for the preview (default) or a standalone page for a file. */
  standalone?: boolean;
}
export interface DocumentResult {
  caseName: string;
  caseNames: string[];
  fileName: string;
  title: string;
  problems: LegalDocument['problems'];
  notes: string[];
  /** html (a body fragment) or markdown text; docx as base64. */
  content: string;
  /** Error diagnostics of the case (DEBT1xx/2xx and others): the command warns before writing. */
  errors: number;
  lapsed: boolean;
  /** Set when the document cannot lawfully be made for this case (the documents stage throws `DocumentRefused`). */
  refused?: string;
}

export const CasesRequest = new RequestType<CasesParams, CaseSummary[], void>('debt/cases');
export const DocumentRequest = new RequestType<DocumentParams, DocumentResult | null, void>('debt/document');
export const ReportRequest = new RequestType<{ uri: string }, Record<string, unknown> | null, void>('debt/report');

function lapsedCase(a: Analysis, i: number): boolean {
  return (a.cases[i]?.loans ?? []).some((l) => l.limitation.status === 'lapsed' && !l.limitation.waived);
}

/** Whether an error counts for the case at `r`: errors in used files count for every case. */
function errorFor(a: Analysis, d: Analysis['diagnostics'][number], r: Range): boolean {
  return d.uri !== a.uri || (d.range.start.line >= r.start.line && d.range.end.line <= r.end.line);
}

function errorsIn(a: Analysis, r: Range): number {
  return a.diagnostics.filter((d) => d.severity === 'error' && errorFor(a, d, r)).length;
}

export function caseSummaries(a: Analysis): CaseSummary[] {
  // The status bar and the preview ask after every change: go through the errors once, not once per case.
  const errors = a.diagnostics.filter((d) => d.severity === 'error');
  return a.model.cases.map((c, i) => {
    const report = a.cases[i];
    const ends = (report?.loans ?? []).map((l) => l.limitation.end).filter((e): e is string => !!e).sort();
    const end = ends[0];
    return {
      name: c.name, range: c.range, nameRange: c.nameRange, errors: errors.filter((d) => errorFor(a, d, c.range)).length, lapsed: lapsedCase(a, i),
      claimAmount: report?.claimAmount, asOf: report?.asOf, side: report?.side,
      limitationEnd: end, limitationDaysLeft: end && report ? diffDays(report.asOf, end) : undefined,
    };
  });
}

export async function renderDocument(a: Analysis, p: DocumentParams, locale: 'zh' | 'en'): Promise<DocumentResult | null> {
  const cases = a.model.cases;
  if (cases.length === 0) return null;
  let index = p.caseName !== undefined ? cases.findIndex((c) => c.name === p.caseName) : -1;
  if (index < 0 && p.position) index = cases.findIndex((c) => containsPosition(c.range, p.position!));
  if (index < 0) index = 0;
  const kind = p.kind ?? 'complaint';
  const { buildDocument, renderDocx, renderHtml, renderMarkdown, documentFileName } = stage();
  let doc: LegalDocument;
  try { doc = buildDocument(a, index, { kind, style: p.style ?? 'element', locale }); } catch (e) {
    if ((e as Error).name !== 'DocumentRefused') throw e;
    return {
      caseName: cases[index].name, caseNames: cases.map((c) => c.name), fileName: documentFileName(cases[index].name, kind, p.format, cases[index]),
      title: '', problems: [], notes: [], content: '', errors: errorsIn(a, cases[index].range), lapsed: lapsedCase(a, index),
      refused: (e as Error).message,
    };
  }
  let content: string;
  // Between building and rendering, let the messages that came meanwhile in: a `$/cancelRequest` for this request is
  // then seen (lsp/lifecycle.ts answers RequestCancelled instead of the document).
  await new Promise<void>((resolve) => setImmediate(resolve));
  if (p.format === 'docx') content = (await renderDocx(doc)).toString('base64');
  else if (p.format === 'md') content = renderMarkdown(doc);
  else content = renderHtml(doc, { fragment: !p.standalone });
  return {
    caseName: cases[index].name,
    caseNames: cases.map((c) => c.name),
    fileName: documentFileName(cases[index].name, kind, p.format, cases[index]),
    title: doc.title,
    problems: doc.problems,
    notes: doc.notes,
    content,
    errors: errorsIn(a, cases[index].range),
    lapsed: lapsedCase(a, index),
  };
}

export const documentsFeature: Feature = {
  capabilities: {},
  register(ctx: ServerContext) {
    const { connection } = ctx;
    connection.onRequest(CasesRequest, (p) => {
      const a = ctx.analysis(p.uri);
      return a ? caseSummaries(a) : [];
    });
    connection.onRequest(DocumentRequest, async (p) => {
      const a = ctx.analysis(p.uri);
      if (!a) return null;
      try { return await renderDocument(a, p, ctx.locale()); } catch (e) {
        connection.console.error(`debt: document failed for ${p.uri}: ${(e as Error).stack ?? e}`);
        return null;
      }
    });
    connection.onRequest(ReportRequest, (p) => {
      const a = ctx.analysis(p.uri);
      return a ? buildReport(p.uri, a) : null;
    });
  },
};
