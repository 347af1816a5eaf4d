/**
 * DOCX layout as the signing lawyer sees it (issue 16): blanks black and underlined, fonts with fallbacks, headings
 * kept with the next paragraph, the table header row repeated; then, where LibreOffice is installed (CI installs it),
 * the PDF page by page: the signature never alone on its page, the schedule's header row on every page the schedule
 * runs onto, and no rate or amount broken across lines.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renderDocx } from '../../../src/core/documents';
import { doc } from './samples';

const JSZip: { loadAsync(b: Buffer): Promise<{ file(p: string): { async(t: 'string'): Promise<string> } | null }> } = require('jszip');

async function part(buf: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  return (await zip.file(name)?.async('string')) ?? '';
}

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice && command -v pdftotext'], { encoding: 'utf8' }).status === 0;

/** The PDF's pages as text (pdftotext -layout, page by page). */
function pages(dir: string, docx: Buffer, name: string): string[] {
  const file = path.join(dir, `${name}.docx`);
  fs.writeFileSync(file, docx);
  spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 110000 });
  const pdf = path.join(dir, `${name}.pdf`);
  assert.ok(fs.existsSync(pdf), 'no PDF');
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  const n = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? '0');
  return Array.from({ length: n }, (_, i) => spawnSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }).stdout);
}

describe('DOCX layout', function () {
  this.timeout(240000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-layout-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const { d, a } = doc('company-installments.debt', 'traditional');

  it('blanks are underlined and not coloured; headings keep with the next paragraph; the schedule header repeats', async () => {
    const xml = await part(await renderDocx(d), 'word/document.xml');
    assert.ok(!xml.includes('C00000'), 'no red in the Word file');
    // 「联系方式：＿＿＿＿」: the blank run is underlined.
    assert.match(xml, /<w:u w:val="single"\/>(?:(?!<\/w:r>).)*<w:t[^>]*>＿＿＿＿<\/w:t>/s);
    assert.match(xml, /<w:keepNext\/>(?:(?!<\/w:p>).)*附件：利息计算表/s);
    assert.match(xml, /<w:tblHeader\/>(?:(?!<\/w:tr>).)*序号/s);
  });

  it('fonts name their fallbacks: 仿宋_GB2312 → 仿宋 → FangSong, 方正小标宋简体 → 华文中宋 → 宋体', async () => {
    const fonts = await part(await renderDocx(d), 'word/fontTable.xml');
    for (const [name, alt] of [['仿宋_GB2312', '仿宋'], ['仿宋', 'FangSong'], ['方正小标宋简体', '华文中宋'], ['华文中宋', '宋体']]) {
      assert.ok(fonts.includes(`<w:font w:name="${name}"><w:altName w:val="${alt}"/>`), `${name} → ${alt}`);
    }
  });

  it('PDF per page (LibreOffice): signature with text, header on every schedule page, 「7.20%」 and 「10,711.23元」 whole', function () {
    if (!hasSoffice) { console.log('      (soffice or pdftotext not on PATH: page layout not checked)'); return; }
    return (async () => {
      const ps = pages(dir, await renderDocx(d), 'traditional');
      assert.ok(ps.length >= 3, `${ps.length} pages`);
      const sig = ps.findIndex((p) => p.includes('起诉人（'));
      assert.ok(sig >= 0);
      // The signature's page also carries 此致, the court and the copies line: it is never alone.
      for (const w of ['此致', '杭州市西湖区人民法院', '附：本起诉状副本3份']) assert.ok(ps[sig].replace(/\s+/g, '').includes(w), `${w} not on the signature's page`);
      // Every page from the schedule's heading on that shows a schedule row repeats the header row.
      const first = ps.findIndex((p) => p.includes('附件：利息计算表'));
      for (let i = first; i < ps.length; i++) {
        if (/^\s*\d+\s+\d{4} 年/m.test(ps[i])) assert.match(ps[i], /序号\s+起止日期\s+天数\s+计息基数\s+年利率\s+类别\s+金额/, `page ${i + 1}`);
      }
      const schedule = ps.slice(first).join('\n');
      for (const row of a.cases[0].loans[0].schedule) {
        const amount = row.interest.replace(/\B(?=(\d{3})+\.)/g, ',');
        assert.match(schedule, new RegExp(`${amount.replace(/[.,]/g, '\\$&')} ?元`), `${amount}元 broken`);
        assert.match(schedule, new RegExp(`${row.rate.replace('.', '\\.')}%`), `${row.rate}% broken`);
      }
    })();
  });
});
