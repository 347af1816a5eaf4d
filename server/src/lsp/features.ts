/**
 * Every LSP feature the server offers, one file each in this folder. server.ts merges their capabilities into the
 * `initialize` answer and registers their handlers. To add a feature: write `lsp/<feature>.ts` exporting a `Feature`
 * and add it to this list.
 */
import { Feature } from './context';
import { formattingFeature } from './formatting';
import { codeActionsFeature } from './code-actions';
import { convertKeywordsFeature } from './convert-keywords';
import { hoverFeature } from './hover';
import { inlayHintsFeature } from './inlay-hints';
import { codeLensFeature } from './code-lens';
import { semanticTokensFeature } from './semantic-tokens';
import { exportFeature } from './export';
import { documentsFeature } from './documents';
import { newCaseFeature } from './new-case';
import { memoryFeature } from './memory';
import { completionFeature } from './completion';
import { definitionFeature } from './definition';
import { referencesFeature } from './references';
import { documentHighlightFeature } from './document-highlight';
import { renameFeature } from './rename';
import { documentSymbolsFeature } from './document-symbols';
import { workspaceSymbolsFeature } from './workspace-symbols';
import { foldingRangesFeature } from './folding-ranges';
import { selectionRangesFeature } from './selection-ranges';
import { caseTitleFeature } from './case-title';

export const features: Feature[] = [
  formattingFeature, codeActionsFeature, convertKeywordsFeature,
  hoverFeature, inlayHintsFeature, codeLensFeature, semanticTokensFeature,
  documentsFeature, newCaseFeature, exportFeature, memoryFeature,
  completionFeature, definitionFeature, referencesFeature, documentHighlightFeature, renameFeature,
  documentSymbolsFeature, workspaceSymbolsFeature, foldingRangesFeature, selectionRangesFeature,
  caseTitleFeature,
];
