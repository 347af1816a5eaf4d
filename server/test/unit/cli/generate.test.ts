/** `debt generate` (spec §7.5): writes one file per case, never overwrites without --force, refuses cases with errors. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../../src/cli';

async function cli(args: string[], opts?: { workerThreshold?: number }): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await run(args, (s) => { out += s; }, (s) => { err += s; }, opts);
  return { code, out, err };
}

const SAMPLES = path.resolve(__dirname, '../../../../../samples');
const GOOD = `案件 甲诉乙借款纠纷 {
  法院 某某人民法院
  起诉日 2023-09-01
  原告 甲 { 自然人 身份证号 110105198503021233 住所 "北京" }
  被告 乙 { 自然人 身份证号 110108199001011231 住所 "北京" }
  借款 L { 出借人 甲 借款人 乙 签订 2021-06-01 证据 借条 交付 2021-06-01 100000元 转账 证据 回单 到期 2022-05-31 利率 2%/月 }
  证据 借条 { 类型 借条 原件 }
  证据 回单 { 类型 转账记录 }
}
`;

describe('debt generate', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-gen-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes <案件名>.起诉状.docx into --out, one per case of several files, and lists the notes on stderr', async () => {
    const r = await cli(['generate', path.join(SAMPLES, 'loan-basic.debt'), path.join(SAMPLES, 'pre-2020-contract.debt'), '--out', dir]);
    assert.strictEqual(r.code, 0, r.err);
    const a = path.join(dir, '张三诉李四民间借贷纠纷.起诉状.docx'), b = path.join(dir, '孙丽诉周杰民间借贷纠纷.起诉状.docx');
    assert.deepStrictEqual(r.out.trim().split('\n'), [a, b]);
    assert.strictEqual(fs.readFileSync(a).subarray(0, 2).toString(), 'PK');
    assert.match(r.err, /注意 \/ note: DEBT402/);
  });

  it('beside the case file by default; refuses to overwrite (exit 1, file untouched), --force overwrites', async () => {
    const file = path.join(dir, 'case.debt');
    fs.writeFileSync(file, GOOD);
    const target = path.join(dir, '甲诉乙借款纠纷.起诉状.md');
    assert.strictEqual((await cli(['generate', file, '--format', 'md'])).code, 0);
    fs.writeFileSync(target, 'the lawyer\'s edits');
    const again = await cli(['generate', file, '--format', 'md']);
    assert.strictEqual(again.code, 1);
    assert.ok(again.err.includes(`${target}: 文件已存在，未覆盖（使用 --force 覆盖）`), again.err);
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'the lawyer\'s edits');
    const forced = await cli(['generate', file, '--format', 'md', '--force']);
    assert.strictEqual(forced.code, 0);
    // 100,000 at 2%/月 = 24% capped to 15.40% (rules.md §11 Example 1): principal 100,000.00 claimed
    assert.match(fs.readFileSync(target, 'utf8'), /^# 民事起诉状[\s\S]*偿还借款本金100,000\.00元/);
  });

  it('a case with errors: exit 1, the errors on stderr, nothing written for it', async () => {
    const file = path.join(dir, 'bad.debt');
    fs.writeFileSync(file, GOOD.replace('到期 2022-05-31', '到期 2022-02-30'));
    const r = await cli(['generate', file, '--out', dir]);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /案件“甲诉乙借款纠纷”有错误，未生成[\s\S]*error DEBT201/);
    assert.deepStrictEqual(fs.readdirSync(dir), ['bad.debt']);
  });

  it('--kind evidence-list and schedule, --format html and md, --style traditional', async () => {
    const file = path.join(SAMPLES, 'loan-basic.debt');
    assert.strictEqual((await cli(['generate', file, '--out', dir, '--kind', 'evidence-list', '--format', 'html'])).code, 0);
    const ev = fs.readFileSync(path.join(dir, '张三诉李四民间借贷纠纷.证据目录.html'), 'utf8');
    assert.match(ev, /^<!DOCTYPE html>[\s\S]*<h1 class="doc-title">证据清单<\/h1>[\s\S]*中国工商银行/);
    assert.strictEqual((await cli(['generate', file, '--out', dir, '--kind', 'schedule', '--format', 'md'])).code, 0);
    const sc = fs.readFileSync(path.join(dir, '张三诉李四民间借贷纠纷.利息计算表.md'), 'utf8');
    assert.ok(sc.includes('| 3 | 2024年1月11日至2026年11月30日 | 1055 | 49,975.34元 | 14.60% | 逾期利息 | 21,089.59元 |'));
    assert.strictEqual((await cli(['generate', file, '--out', dir, '--style', 'traditional', '--format', 'md'])).code, 0);
    assert.match(fs.readFileSync(path.join(dir, '张三诉李四民间借贷纠纷.起诉状.md'), 'utf8'), /此致\n\n北京市朝阳区人民法院/);
  });

  it('unknown kinds and options and no file: exit 2 with a clear message', async () => {
    const file = path.join(SAMPLES, 'loan-basic.debt');
    const unknown = await cli(['generate', file, '--kind', 'summons', '--out', dir]);
    assert.strictEqual(unknown.code, 2);
    assert.match(unknown.err, /--kind/);
    assert.strictEqual((await cli(['generate', file, '--format', 'rtf'])).code, 2);
    assert.strictEqual((await cli(['generate', file, '--style', 'fancy'])).code, 2);
    assert.strictEqual((await cli(['generate'])).code, 2);
    assert.deepStrictEqual(fs.readdirSync(dir), []);
  });

  it('many files go to worker threads and give the same files and output order', async () => {
    const files: string[] = [];
    for (let i = 0; i < 4; i++) {
      const f = path.join(dir, `c${i}.debt`);
      fs.writeFileSync(f, GOOD.replace('甲诉乙借款纠纷', `甲诉乙借款纠纷${i}`));
      files.push(f);
    }
    const out = path.join(dir, 'out');
    const r = await cli(['generate', ...files, '--out', out, '--format', 'html'], { workerThreshold: 2 });
    assert.strictEqual(r.code, 0, r.err);
    assert.deepStrictEqual(r.out.trim().split('\n'), [0, 1, 2, 3].map((i) => path.join(out, `甲诉乙借款纠纷${i}.起诉状.html`)));
    for (let i = 0; i < 4; i++) assert.match(fs.readFileSync(path.join(out, `甲诉乙借款纠纷${i}.起诉状.html`), 'utf8'), /偿还借款本金100,000\.00元/);
  });

  it('--help names the command', async () => {
    assert.match((await cli(['--help'])).out, /debt generate FILE… \[--kind K\] \[--format F\] \[--style S\] \[--out DIR\] \[--force\]/);
  });
});
