/**
 * Every LSP feature the server offers, one file each in this folder. server.ts merges their capabilities into the
 * `initialize` answer and registers their handlers. To add a feature: write `lsp/<feature>.ts` exporting a `Feature`
 * and add it to this list.
 */
import { Feature } from './context';
import { exportFeature } from './export';

export const features: Feature[] = [
  exportFeature,
];
