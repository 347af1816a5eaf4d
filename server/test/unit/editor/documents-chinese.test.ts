/**
 * Every generated document is Chinese under every UI language (issue 19): each sample, each kind and style, analysed
 * and built with the locale `en`, has no English sentence in its body (blocks) nor in its rendered HTML body. Only the
 * notes beside it follow the UI.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analyze } from '../../../src/core/analyze';
import { buildDocument, DocumentKind, renderHtml, isDocumentRefused, LegalDocument } from '../../../src/core/documents';
import { lines, SAMPLES } from '../documents/samples';

const KINDS: DocumentKind[] = ['complaint', 'evidence-list', 'schedule', 'demand-letter', 'payment-order', 'preservation', 'enforcement'];

/** Two Latin words in a row (`Actual days`, `per year`): an English phrase. Case names, IDs, LPR and `%` are not. */
const ENGLISH = /[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}/;

function bodyHtml(d: LegalDocument): string {
  // The notes and problems follow the UI; only the document body is checked.
  return renderHtml({ ...d, notes: [], problems: [] }).replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, ' ');
}

describe('documents are Chinese under the English UI', () => {
  const files = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.debt'));
  it('samples exist', () => assert.ok(files.length >= 10));
  for (const f of files) {
    it(`${f}: every kind and style, analysed and built with locale en`, () => {
      const file = path.join(SAMPLES, f);
      const text = fs.readFileSync(file, 'utf8');
      const host = { read: (u: string) => { try { return fs.readFileSync(new URL(u), 'utf8'); } catch { return undefined; } } };
      const a = analyze(pathToFileURL(file).href, text, host, { today: '2026-06-01', locale: 'en' });
      let built = 0;
      for (let i = 0; i < a.model.cases.length; i++) {
        for (const kind of KINDS) for (const style of ['element', 'traditional'] as const) {
          let d: LegalDocument;
          try { d = buildDocument(a, i, { kind, style, locale: 'en' }); } catch (e) { if (isDocumentRefused(e)) continue; throw e; }
          built++;
          const english = lines(d).filter((l) => ENGLISH.test(l.replace(/https?:\S+/g, '')));
          assert.deepStrictEqual(english, [], `${f} case ${i} ${kind}/${style}`);
          const html = bodyHtml(d).match(new RegExp(ENGLISH.source, 'g')) ?? [];
          assert.deepStrictEqual(html, [], `${f} case ${i} ${kind}/${style} (HTML)`);
        }
      }
      assert.ok(built > 0);
    });
  }
});
