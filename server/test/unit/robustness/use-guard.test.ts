/**
 * `引用` reads only a regular .debt file inside the workspace folder, at most 4 MB, opened without blocking: one DEBT110
 * on the 引用 line for anything else, saying why, and nothing of the other file quoted. Real files in a temporary folder,
 * through the CLI's host (server/src/used-file.ts) and the CLI itself.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { pathToFileURL } from 'url';
import { analyze } from '../../../src/core/analyze';
import { fsHost } from '../../../src/cli';
import { readUsedFile, workspaceFolderOf } from '../../../src/used-file';
import { catalogue } from '../../../src/core/diagnostics/catalogue';
import { refusalOfPath, insideFolder } from '../../../src/core/model/use-target';

const PARTY = '当事人 某某公司 { 法人 住所 "北京" }\n';

describe('引用 reads only workspace .debt files (DEBT110)', function () {
  this.timeout(30000);
  let root: string, ws: string, outside: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-use-'));
    ws = path.join(root, 'ws');
    outside = path.join(root, 'elsewhere');
    fs.mkdirSync(path.join(ws, '.git'), { recursive: true });
    fs.mkdirSync(path.join(ws, 'cases'), { recursive: true });
    fs.mkdirSync(path.join(ws, 'common'), { recursive: true });
    fs.mkdirSync(outside, { recursive: true });
    fs.writeFileSync(path.join(ws, 'common', 'parties.debt'), PARTY);
    fs.writeFileSync(path.join(outside, 'secret.debt'), '当事人 秘密甲\n这一行不得被引用\n');
    fs.mkdirSync(path.join(ws, 'cases', 'folder.debt'));
    fs.symlinkSync(path.join(outside, 'secret.debt'), path.join(ws, 'cases', 'link-out.debt'));
    fs.symlinkSync('/dev/zero', path.join(ws, 'cases', 'zero.debt'));
    fs.symlinkSync(path.join(ws, 'common', 'parties.debt'), path.join(ws, 'cases', 'link-in.debt'));
    // A sparse 50 MB file: nothing is written, so it costs no disk and no time to make.
    fs.closeSync(fs.openSync(path.join(ws, 'cases', 'huge.debt'), 'w'));
    fs.truncateSync(path.join(ws, 'cases', 'huge.debt'), 50 * 1024 * 1024);
    execFileSync('mkfifo', [path.join(ws, 'cases', 'pipe.debt')]);
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  /** The case file's diagnostics for `引用 "<written>"` on line 1, analysed with the CLI's host. */
  function use(written: string) {
    const file = path.join(ws, 'cases', 'case.debt');
    const text = `引用 "${written}"\n案件 甲诉乙 { 原告 某某公司 }\n`;
    return analyze(pathToFileURL(file).href, text, fsHost, { structureOnly: true, locale: 'zh' });
  }
  function refused(written: string, why: RegExp) {
    const a = use(written);
    const ds = a.diagnostics.filter((d) => d.code === 'DEBT110');
    assert.strictEqual(ds.length, 1, `one DEBT110 for ${written}; got ${a.diagnostics.map((d) => d.code).join(', ')}`);
    // On the path text of line 1: `引用 "` is 4 characters; the quoted path runs to its closing quote.
    assert.deepStrictEqual(ds[0].range, { start: { line: 0, character: 3 }, end: { line: 0, character: 5 + written.length } });
    assert.match(ds[0].message, why);
    assert.strictEqual(ds[0].severity, 'error');
    // Nothing of the other file: no diagnostic in another file, no party from it, its text nowhere.
    assert.ok(a.diagnostics.every((d) => d.uri === a.uri), 'no diagnostic inside the refused file');
    assert.deepStrictEqual(a.model.parties, []);
    assert.ok(!JSON.stringify(a.diagnostics).includes('这一行不得被引用'));
    assert.ok(!a.diagnostics.some((d) => d.message.includes('root:')), 'no line of /etc/passwd quoted');
  }

  it('a .debt file inside the workspace is read (also through ../ and a link that stays inside)', () => {
    for (const p of ['../common/parties.debt', 'link-in.debt']) {
      const a = use(p);
      assert.deepStrictEqual(a.diagnostics.filter((d) => d.code === 'DEBT110' || d.code === 'DEBT216'), [], p);
      assert.deepStrictEqual(a.model.parties.map((x) => x.name), ['某某公司'], p);
    }
  });
  it('an absolute path', () => refused('/etc/passwd', /绝对路径/));
  it('an absolute path to a .debt file', () => refused(path.join(outside, 'secret.debt'), /绝对路径/));
  it('a URL', () => refused('file:///etc/passwd.debt', /绝对路径或网址/));
  it('a file that is not .debt', () => refused('../../../../etc/shadow', /不是 \.debt 文件/));
  it('.. out of the workspace', () => refused('../../elsewhere/secret.debt', /工作区文件夹之外/));
  it('a FIFO does not hang and is refused', () => refused('pipe.debt', /命名管道/));
  it('a device (through a link) is refused', () => refused('zero.debt', /链接/));
  it('a device read directly is refused as a device', () => {
    // /dev is the "workspace" here only to reach the device check itself (the case file's folder is never /dev).
    assert.deepStrictEqual(readUsedFile('file:///dev/zero', ['/dev']), { refused: 'device' });
  });
  it('a directory', () => refused('folder.debt', /文件夹，不是文件/));
  it('a symlink pointing out of the workspace', () => refused('link-out.debt', /指向工作区文件夹之外的链接/));
  it('a 50 MB file', () => refused('huge.debt', /超过 4 MB/));
  it('a missing file is still DEBT216 (not found), not a refusal', () => {
    const a = use('none.debt');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.code.startsWith('DEBT11') || d.code === 'DEBT216').map((d) => d.code), ['DEBT216']);
  });

  it('the CLI workspace folder: nearest folder with .debt.json, .vscode or .git, else the case file\'s folder', () => {
    assert.strictEqual(workspaceFolderOf(path.join(ws, 'cases', 'case.debt')), ws);
    fs.writeFileSync(path.join(ws, 'cases', '.debt.json'), '{}');
    try { assert.strictEqual(workspaceFolderOf(path.join(ws, 'cases', 'case.debt')), path.join(ws, 'cases')); } finally { fs.rmSync(path.join(ws, 'cases', '.debt.json')); }
    assert.strictEqual(workspaceFolderOf(path.join(outside, 'x.debt')), path.join(root, 'elsewhere'));
  });

  it('the CLI answers at once on a FIFO (no hang) with exit 1 and DEBT110', () => {
    const file = path.join(ws, 'cases', 'fifo-case.debt');
    fs.writeFileSync(file, '引用 "pipe.debt"\n案件 甲诉乙 { 原告 某某公司 }\n');
    let out = '';
    try { execFileSync(process.execPath, [path.resolve(__dirname, '../../../src/cli.js'), 'check', file], { timeout: 20000, encoding: 'utf8' }); } catch (e) {
      const err = e as { status: number; stdout: string; signal?: string };
      assert.strictEqual(err.signal ?? null, null, 'not killed by the timeout');
      assert.strictEqual(err.status, 1);
      out = err.stdout;
    }
    assert.match(out, /fifo-case\.debt:1:4 error DEBT110 未读取引用的“pipe\.debt”：它是命名管道/);
  });

  it('English message', () => {
    const msg = catalogue.DEBT110.en({ path: '/etc/passwd', why: 'absolute' });
    assert.match(msg, /^Did not read the used "\/etc\/passwd": it is an absolute path or a URL/);
  });

  it('path rules alone (core): absolute, drive letters, URLs, extension; folder containment', () => {
    assert.deepStrictEqual(['/a.debt', '\\\\srv\\a.debt', 'C:\\a.debt', 'c:a.debt', 'http://x/a.debt', 'a.txt', 'a', 'a.debt', '../a.DEBT'].map(refusalOfPath),
      ['absolute', 'absolute', 'absolute', 'absolute', 'absolute', 'not-debt', 'not-debt', undefined, undefined]);
    assert.strictEqual(insideFolder('file:///ws/a/b.debt', 'file:///ws'), true);
    assert.strictEqual(insideFolder('file:///ws2/b.debt', 'file:///ws'), false);
    assert.strictEqual(insideFolder('file:///ws/../etc/b.debt', 'file:///ws/'), false);
  });
});
