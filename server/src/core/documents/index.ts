/**
 * Documents: the stage after the law engine. One renderer-neutral model (types.ts, built by build.ts from the case
 * model and the report), three renderers (HTML, Markdown, DOCX). The language server's preview and `debt generate`
 * both call these, so they produce the same text.
 */
export type { DocumentKind, DocumentStyle, DocumentFormat, LegalDocument, Problem, Block, Run, Cell } from './types';
export { buildDocument } from './build';
export type { BuildOptions } from './build';
export { renderHtml, escapeHtml } from './render-html';
export { renderMarkdown } from './render-markdown';
export { renderDocx } from './render-docx';
export { documentCss } from './css';
export { documentFileName } from './file-name';
export { moneyUpper } from './format';
export { generateDocuments } from './generate';
export { DocumentRefused, isDocumentRefused } from './refused';
export { demandLetterTitle } from './demand-letter';
export { paymentOrderRefusals } from './payment-order';
export { scanForbidden } from './forbidden';
export type { ForbiddenHit } from './forbidden';
export type { GenerateOptions, CaseOutput } from './generate';
export { SIDE_KINDS, SIDE_DOCUMENTS, isSideKind } from './sides';
export type { SideKind } from './sides';
