/**
 * The signature block is never alone on a page (issue 16, "Word layout"): for every sample and every case, the complaint
 * in both styles, the 催款函/律师函, 支付令申请书, 财产保全申请书 and 强制执行申请书 (where the law allows the document for
 * the case — a refusal is counted and shown, never skipped silently) are written as DOCX, converted by one LibreOffice
 * call, and on the page that carries each signature there is text before it (the paragraph or table row it keeps with)
 * and its date line after it. A control document whose signature follows a page break must be caught by the same check.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { analyze } from '../../../src/core/analyze';
import { buildDocument, DocumentKind, DocumentStyle, LegalDocument, renderDocx, Run } from '../../../src/core/documents';
import { isDocumentRefused } from '../../../src/core/documents';
import { SAMPLES } from './samples';

const hasTools = spawnSync('sh', ['-c', 'command -v soffice && command -v pdftotext'], { encoding: 'utf8' }).status === 0;
const KINDS: [DocumentKind, DocumentStyle][] = [
  ['complaint', 'element'], ['complaint', 'traditional'], ['demand-letter', 'element'], ['payment-order', 'element'],
  ['preservation', 'element'], ['enforcement', 'element'],
];
const squeeze = (s: string) => s.replace(/\s+/g, '');
const plain = (rs: Run[]) => rs.map((r) => r.text).join('');

interface Built { file: string; label: string; doc: LegalDocument }

/** Every (sample, case, kind) document the law allows, and the refusals. */
function documents(): { built: Built[]; refused: string[] } {
  const built: Built[] = [];
  const refused: string[] = [];
  const host = { read: (uri: string) => { try { return fs.readFileSync(fileURLToPath(uri), 'utf8'); } catch { return undefined; } } };
  for (const name of fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.debt')).sort()) {
    const file = path.join(SAMPLES, name);
    const a = analyze(pathToFileURL(file).href, fs.readFileSync(file, 'utf8'), host, { today: '2026-06-01' });
    a.model.cases.forEach((_, i) => {
      for (const [kind, style] of KINDS) {
        const label = `${name} #${i} ${kind}/${style}`;
        try {
          built.push({ file: `d${built.length}`, label, doc: buildDocument(a, i, { kind, style }) });
        } catch (e) {
          assert.ok(isDocumentRefused(e), `${label}: ${String(e)}`);
          refused.push(label);
        }
      }
    });
  }
  return { built, refused };
}

/** Each signature's page: the text before its first lines on that page, and whether its last line is there too. */
function signaturePages(pages: string[], doc: LegalDocument): { before: string; dateHere: boolean; page: number }[] {
  const out: { before: string; dateHere: boolean; page: number }[] = [];
  let from = 0;
  for (const b of doc.blocks) {
    if (b.type !== 'signature') continue;
    // The first two lines together: a law firm's name alone also heads the letter.
    const first = squeeze(b.lines.slice(0, 2).map(plain).join(''));
    const last = squeeze(plain(b.lines[b.lines.length - 1]));
    const page = pages.findIndex((p, k) => k >= from && p.includes(first));
    assert.ok(page >= 0, `signature 「${first}」 not found`);
    const at = pages[page].indexOf(first);
    out.push({ before: pages[page].slice(0, at), dateHere: pages[page].slice(at).includes(last), page: page + 1 });
    from = page;
  }
  return out;
}

describe('DOCX: the signature is never alone on a page (every sample, every kind, LibreOffice)', function () {
  this.timeout(600000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-signatures-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const { built, refused } = documents();
  // The control: one line of text, a page break, then the signature — alone on page 2.
  const control: Built = { file: 'control', label: 'control', doc: {
    title: '控制', kind: 'complaint', style: 'element', caseName: '控制', problems: [], notes: [],
    blocks: [{ type: 'paragraph', runs: [{ text: '第一页的正文。' }] }, { type: 'page-break' },
      { type: 'signature', lines: [[{ text: '具状人（签字、盖章）：' }], [{ text: '2026年6月1日' }]] }],
  } };
  const pagesOf = new Map<string, string[]>();

  before(async function () {
    assert.ok(hasTools, 'soffice and pdftotext are needed to check the page layout (.ci/run installs libreoffice-writer-nogui and poppler-utils)');
    for (const b of [...built, control]) fs.writeFileSync(path.join(dir, `${b.file}.docx`), await renderDocx(b.doc));
    const files = [...built, control].map((b) => path.join(dir, `${b.file}.docx`));
    spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, ...files], { encoding: 'utf8', timeout: 540000 });
    for (const b of [...built, control]) {
      const pdf = path.join(dir, `${b.file}.pdf`);
      assert.ok(fs.existsSync(pdf), `${b.label}: LibreOffice wrote no PDF`);
      // pdftotext separates pages with a form feed.
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      pagesOf.set(b.file, text.split('\f').map(squeeze));
    }
  });

  it('covers every sample: both complaint styles of each case, and the other kinds where the law allows them', () => {
    const samples = fs.readdirSync(SAMPLES).filter((f) => f.endsWith('.debt'));
    for (const s of samples) {
      for (const style of ['element', 'traditional']) assert.ok(built.some((b) => b.label.startsWith(`${s} #`) && b.label.endsWith(`complaint/${style}`)) || refused.some((r) => r.startsWith(`${s} #`) && r.endsWith(`complaint/${style}`)), `${s} ${style}`);
    }
    for (const kind of ['demand-letter', 'payment-order', 'preservation', 'enforcement']) assert.ok(built.some((b) => b.label.includes(` ${kind}/`)), `no ${kind} built from any sample`);
    console.log(`      ${built.length} documents checked; refused by the law (not applicable to the case): ${refused.length}`);
  });

  it('the check catches a signature alone on its page (control)', () => {
    const [sig] = signaturePages(pagesOf.get('control')!, control.doc);
    assert.strictEqual(sig.page, 2);
    assert.strictEqual(sig.before, '');
  });

  it('every signature has text before it on its page, and its date line with it', () => {
    const alone: string[] = [];
    for (const b of built) {
      for (const s of signaturePages(pagesOf.get(b.file)!, b.doc)) {
        if (!s.before || !s.dateHere) alone.push(`${b.label} (page ${s.page}${s.before ? '' : ', nothing before'}${s.dateHere ? '' : ', date on another page'})`);
      }
    }
    assert.deepStrictEqual(alone, []);
  });
});
