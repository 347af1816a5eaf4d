/**
 * The renderer-neutral document model: what the complaint (and its evidence list and interest schedule) says,
 * block by block, with the range of the case-file text each piece came from (for the preview's click-to-source).
 * Built from the case model and the law engine's report only (build.ts); rendered by render-html / -markdown / -docx.
 */
import { Range } from '../text/range';
import { Severity } from '../diagnostics/types';

export type DocumentKind = 'complaint' | 'evidence-list' | 'schedule'
  | 'demand-letter' | 'payment-order' | 'preservation' | 'enforcement'
  /** Both sides and the filing package (spec §8.4; documents/sides/). */
  | 'defence' | 'objection' | 'repayment-agreement' | 'acknowledgment' | 'collection-complaint'
  | 'power-of-attorney' | 'firm-letter' | 'representative-certificate' | 'service-address' | 'filing-list'
  | 'witness' | 'investigation' | 'amend-claims';
export type DocumentStyle = 'element' | 'traditional';
export type DocumentFormat = 'docx' | 'html' | 'md';

/** A piece of text. `blank` marks a visible gap the case does not fill (never invented text). */
export interface Run { text: string; source?: Range; bold?: boolean; blank?: boolean }

/** One cell: lines of runs (each line a paragraph); `span` columns wide. */
export interface Cell { lines: Run[][]; span?: number; header?: boolean }

export type Block =
  /** level 1: the title; 2: a section; 3: a sub-heading. */
  | { type: 'heading'; level: 1 | 2 | 3; runs: Run[] }
  /** `indent`: first-line indent of two characters (body text); `note`: the form's smaller 说明 text. */
  | { type: 'paragraph'; runs: Run[]; align?: 'left' | 'center' | 'right'; indent?: boolean; note?: boolean }
  /** Bordered table; `widths` are relative column widths. */
  | { type: 'table'; widths: number[]; rows: Cell[][] }
  /** Signature and date, right-aligned, one line each. */
  | { type: 'signature'; lines: Run[][] }
  | { type: 'page-break' };

/** What blocks filing, from the analysis' own diagnostics (for the preview's banner). */
export interface Problem { code: string; severity: Severity; message: string; range: Range; uri: string }

export interface LegalDocument {
  title: string;
  kind: DocumentKind;
  style: DocumentStyle;
  caseName: string;
  blocks: Block[];
  problems: Problem[];
  /** Notes for the lawyer (warnings, blanks left to fill): shown beside the document, never inside it. */
  notes: string[];
}
