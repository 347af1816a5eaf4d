/**
 * DOCX → PDF through LibreOffice (`soffice --headless --convert-to pdf`), for `debt generate --format pdf`: the online
 * filing systems take PDF. Each conversion runs in its own temporary folder and LibreOffice profile, so parallel runs
 * (worker threads, several shells) do not block one another. Without LibreOffice the caller says how to install it.
 */
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';

/** The LibreOffice executable on PATH (or DEBT_SOFFICE), or undefined. */
export function findSoffice(): string | undefined {
  const named = process.env.DEBT_SOFFICE;
  if (named && fs.existsSync(named)) return named;
  const exe = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const e of exe) { const p = path.join(dir, e); if (dir && fs.existsSync(p)) return p; }
  }
  const mac = '/Applications/LibreOffice.app/Contents/MacOS/soffice';
  return fs.existsSync(mac) ? mac : undefined;
}

export const INSTALL_HINT = '未找到 LibreOffice，无法生成 PDF / LibreOffice not found, cannot write PDF. '
  + '请安装后重试 / install it and retry: Debian/Ubuntu `sudo apt-get install -y libreoffice-writer fonts-noto-cjk`, '
  + 'macOS `brew install --cask libreoffice`, Windows https://www.libreoffice.org/download/ ；'
  + '或设置 DEBT_SOFFICE 为 soffice 的路径 / or set DEBT_SOFFICE to the soffice path. 也可先生成 DOCX / or generate DOCX.';

export async function docxToPdf(docx: Buffer, soffice: string, timeoutMs = 180000): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-pdf-'));
  try {
    const src = path.join(dir, 'document.docx');
    fs.writeFileSync(src, docx);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    await new Promise<void>((resolve, reject) => {
      execFile(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, src],
        { timeout: timeoutMs }, (err, _out, stderr) => (err ? reject(new Error(`${err.message}${stderr ? `: ${stderr}` : ''}`)) : resolve()));
    });
    const pdf = path.join(dir, 'document.pdf');
    if (!fs.existsSync(pdf)) throw new Error('LibreOffice wrote no PDF');
    return fs.readFileSync(pdf);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
