/**
 * What `debt generate` writes for one analysed file, without touching the file system: per case, the file name and
 * the rendered bytes, or the errors that keep it from being generated (a case with errors gets no document).
 */
import { Analysis } from '../analyze';
import { DebtDiagnostic, Locale } from '../diagnostics/types';
import { containsPosition } from '../text/range';
import { buildDocument } from './build';
import { documentFileName } from './file-name';
import { caseDiagnostics } from './problems';
import { isDocumentRefused } from './refused';
import { renderDocx } from './render-docx';
import { blackOnly } from './black';
import { renderHtml } from './render-html';
import { renderMarkdown } from './render-markdown';
import { DocumentFormat, DocumentKind, DocumentStyle } from './types';

export interface GenerateOptions {
  kind: DocumentKind; style: DocumentStyle; format: DocumentFormat; locale?: Locale;
  /** Only these cases (indices in the file), for a shard of a book (`debt generate --shard`); default every case. */
  only?: ReadonlySet<number>;
  /** Every run black (a DOCX on its way to a PDF for online filing: blanks are not printed red). */
  black?: boolean;
}
export interface CaseOutput {
  caseName: string;
  fileName: string;
  /** Undefined when the case has errors or the document is refused. */
  data?: Buffer | string;
  /** Why the law does not allow this document for the case (DocumentRefused's message). */
  refused?: string;
  errors: DebtDiagnostic[];
  notes: string[];
}

/** Errors of this file outside every case (a broken line between cases) stop every case of the file. */
function fileErrors(a: Analysis): DebtDiagnostic[] {
  return a.diagnostics.filter((d) => d.severity === 'error' && d.uri === a.uri
    && !a.model.cases.some((c) => containsPosition(c.range, d.range.start)));
}

export async function generateDocuments(a: Analysis, opts: GenerateOptions): Promise<CaseOutput[]> {
  const outside = fileErrors(a);
  const outputs: CaseOutput[] = [];
  for (let i = 0; i < a.model.cases.length; i++) {
    if (opts.only && !opts.only.has(i)) continue;
    const c = a.model.cases[i];
    const fileName = documentFileName(c.name, opts.kind, opts.format, c);
    const errors = [...outside, ...caseDiagnostics(a, i).filter((d) => d.severity === 'error')];
    if (errors.length || !a.cases[i]) { outputs.push({ caseName: c.name, fileName, errors, notes: [] }); continue; }
    let doc;
    try { doc = buildDocument(a, i, { kind: opts.kind, style: opts.style, locale: opts.locale }); } catch (e) {
      if (!isDocumentRefused(e)) throw e;
      outputs.push({ caseName: c.name, fileName, errors: [], notes: [], refused: e.message });
      continue;
    }
    const data = opts.format === 'docx' ? await renderDocx(opts.black ? blackOnly(doc) : doc) : opts.format === 'html' ? renderHtml(doc) : renderMarkdown(doc);
    outputs.push({ caseName: c.name, fileName, data, errors: [], notes: doc.notes });
  }
  return outputs;
}
