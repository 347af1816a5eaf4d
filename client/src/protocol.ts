/**
 * The custom requests the language server answers for the preview and the commands (server/src/lsp/documents.ts,
 * server/src/lsp/convert-keywords.ts). Plain shapes: the client bundle does not import server code.
 */
export interface Pos { line: number; character: number }
export interface Rng { start: Pos; end: Pos }
export type DocumentKind = 'complaint' | 'evidence-list' | 'schedule' | 'demand-letter' | 'payment-order' | 'preservation' | 'enforcement'
  | 'defence' | 'objection' | 'repayment-agreement' | 'acknowledgment' | 'collection-complaint'
  | 'power-of-attorney' | 'firm-letter' | 'representative-certificate' | 'service-address' | 'filing-list'
  | 'witness' | 'investigation' | 'amend-claims';
export type DocumentStyle = 'element' | 'traditional';
export type DocumentFormat = 'docx' | 'html' | 'md';

export interface CaseSummary {
  name: string; range: Rng; nameRange: Rng; errors: number; lapsed: boolean; claimAmount?: string;
  limitationEnd?: string; limitationDaysLeft?: number; asOf?: string;
  /** Whom the lawyer acts for (spec §8.4). */
  side?: 'creditor' | 'debtor';
}
export interface Problem { code: string; severity: 'error' | 'warning' | 'information' | 'hint'; message: string; range: Rng; uri: string }
export interface DocumentResult {
  caseName: string;
  caseNames: string[];
  fileName: string;
  title: string;
  problems: Problem[];
  notes: string[];
  content: string;
  errors: number;
  lapsed: boolean;
  /** Set when the document cannot lawfully be made for this case (e.g. a payment order whose conditions fail). */
  refused?: string;
}
export interface DocumentParams { uri: string; caseName?: string; position?: Pos; kind?: DocumentKind; style?: DocumentStyle; format: DocumentFormat; standalone?: boolean }
export interface ExportResult { json: string; xlsx: string; csv: string }

export const Methods = {
  cases: 'debt/cases',
  document: 'debt/document',
  report: 'debt/report',
  exportSchedule: 'debt/exportSchedule',
  convertKeywords: 'debt/convertKeywords',
  newCase: 'debt/newCase',
  suggestCourt: 'debt/suggestCourt',
} as const;

/** The answers of 「新建案件」 (server/src/core/templates/new-case.ts). */
export interface NewCaseAnswers {
  lender: string; borrower: string; lenderAddress?: string; borrowerAddress?: string; amount: string; delivered: string; due?: string; rate?: string; court?: string; filing?: string; keywords: 'zh' | 'en';
}

/** The documents by side (spec §8.4): the 生成文书 picker and the preview offer the case's side first. */
export const KINDS_BY_SIDE: { side: 'creditor' | 'debtor' | 'both'; kinds: DocumentKind[] }[] = [
  { side: 'creditor', kinds: ['complaint', 'demand-letter', 'payment-order', 'preservation', 'enforcement', 'acknowledgment', 'amend-claims'] },
  { side: 'debtor', kinds: ['defence', 'objection', 'collection-complaint'] },
  { side: 'both', kinds: ['repayment-agreement', 'evidence-list', 'schedule', 'power-of-attorney', 'firm-letter', 'representative-certificate',
    'service-address', 'filing-list', 'witness', 'investigation'] },
];

/** The groups in the order a lawyer of `side` wants them: his side, then both, then the other side. */
export function kindsFor(side: 'creditor' | 'debtor' | undefined): typeof KINDS_BY_SIDE {
  const mine = side ?? 'creditor';
  const rank = (s: string) => (s === mine ? 0 : s === 'both' ? 1 : 2);
  return [...KINDS_BY_SIDE].sort((a, b) => rank(a.side) - rank(b.side));
}
