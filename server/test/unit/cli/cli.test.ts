/** The `debt` command line (spec §6): output format, exit codes, --as-of, the JSON report's fields. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { main } from '../../../src/cli';

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '', err = '';
  const code = main(args, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

describe('debt CLI', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-cli-'));
  const good = path.join(dir, 'good.debt');
  const bad = path.join(dir, 'bad.debt');
  fs.writeFileSync(good, `案件 甲诉乙 {
  法院 某某人民法院
  起诉日 2023-09-01
  原告 甲 { 自然人 身份证号 110105198503021233 住所 "北京" }
  被告 乙 { 自然人 身份证号 110108199001011231 住所 "北京" }
  借款 L { 出借人 甲 借款人 乙 签订 2021-06-01 证据 借条 交付 2021-06-01 100000元 转账 证据 回单 到期 2022-05-31 利率 2%/月 }
  证据 借条 { 类型 借条 原件 }
  证据 回单 { 类型 转账记录 }
}
`);
  fs.writeFileSync(bad, '案件 错 {\n  起诉日 2023-02-30\n}\n');
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('--version and --help', () => {
    assert.deepStrictEqual(cli(['--version']), { code: 0, out: `${require('../../../../../package.json').version}\n`, err: '' });
    const h = cli(['--help']);
    assert.strictEqual(h.code, 0);
    assert.match(h.out, /debt check FILE… \[--as-of DATE\] \[--json\]/);
  });

  it('check prints file:line:col severity code message and exits 1 on an error', () => {
    const r = cli(['check', bad]);
    assert.strictEqual(r.code, 1);
    assert.ok(r.out.split('\n').includes(`${path.relative(process.cwd(), bad)}:2:7 error DEBT201 日期“2023-02-30”在日历上不存在：请按借条、转账凭证等原始材料核对日期。`), r.out);
  });

  it('a byte-order mark at the start of a file moves no column (spec §2: it is ignored)', () => {
    const withBom = path.join(dir, 'bom.debt');
    fs.writeFileSync(withBom, '\uFEFF案件 错 { 起诉日 2023-02-30 }\n');
    // 2023-02-30 starts at column 12 (1-based) of the text as the lawyer sees it.
    assert.ok(cli(['check', withBom]).out.includes(`${path.relative(process.cwd(), withBom)}:1:12 error DEBT201`));
  });

  it('check piped into a reader that stops early (| head -1) ends quietly, without a stack trace', function () {
    // 3,000 cases through a real process: not a speed test (the bench measures speed), so no 2 s limit.
    this.timeout(120000);
    const many = path.join(dir, 'many.debt');
    fs.writeFileSync(many, '案件 错 { 起诉日 2023-02-30 }\n'.repeat(3000));
    const script = path.join(__dirname, '../../../src/cli.js');
    const r = spawnSync('bash', ['-c', `node "${script}" check "${many}" | head -1`], { encoding: 'utf8' });
    assert.match(r.stdout, /DEBT60[18]/);
    assert.strictEqual(r.stderr, '');
  });

  it('check exits 0 when there are only warnings', () => {
    const r = cli(['check', good]);
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /warning DEBT401/);
  });

  it('report prints the spec §6 JSON with two-decimal strings (rules.md Example 1)', () => {
    const r = cli(['report', good]);
    const j = JSON.parse(r.out);
    assert.deepStrictEqual([j.file, j.asOf, j.interestThrough], [good, '2023-09-01', '2023-08-31']);
    const l = j.cases[0].loans[0];
    assert.deepStrictEqual([l.principal, l.formation, l.capRate], ['100000.00', '2021-06-01', '15.40']);
    assert.deepStrictEqual(l.schedule.map((x: { interest: string }) => x.interest), ['15400.00', '19281.64']);
    assert.deepStrictEqual(Object.keys(l.outstanding).sort(), ['fees', 'interest', 'penalty', 'principal']);
    assert.deepStrictEqual(Object.keys(l.limitation).filter((k) => ['start', 'end', 'status', 'interruptions'].includes(k)).sort(), ['end', 'interruptions', 'start', 'status']);
    assert.strictEqual(j.cases[0].claimAmount, '134681.64');
    assert.deepStrictEqual([j.cases[0].courtFee.ordinary, j.cases[0].courtFee.simplified], ['2993.63', '1496.82']);
    const d = j.diagnostics.find((x: { code: string }) => x.code === 'DEBT401');
    assert.deepStrictEqual(d.citations, ['民间借贷规定第25条']);
    assert.deepStrictEqual(Object.keys(d.range), ['start', 'end']);
  });

  it('--as-of overrides the filing date', () => {
    const j = JSON.parse(cli(['report', good, '--as-of', '2022-06-01']).out);
    assert.deepStrictEqual([j.asOf, j.interestThrough], ['2022-06-01', '2022-05-31']);
    assert.deepStrictEqual(j.cases[0].loans[0].schedule.map((x: { interest: string }) => x.interest), ['15400.00']);
  });

  it('a bad --as-of, an unknown command or a missing file is a clear error with exit 2 or 1', () => {
    assert.strictEqual(cli(['report', good, '--as-of', '2023-02-30']).code, 2);
    assert.strictEqual(cli(['frobnicate', good]).code, 2);
    const r = cli(['check', path.join(dir, 'missing.debt')]);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /无法读取文件/);
  });

  it('--lpr adds newer LPR publications: no carry-forward warning, the new cap is used', () => {
    const late = path.join(dir, 'late.debt');
    fs.writeFileSync(late, `案件 晚 { 法院 某法院 起诉日 2026-12-01 原告 甲 被告 乙 借款 L { 出借人 甲 借款人 乙 交付 2026-10-10 10000元 转账 到期 2026-11-10 利率 20% } }`);
    const before = JSON.parse(cli(['report', late]).out);
    assert.ok(before.diagnostics.some((d: { code: string }) => d.code === 'DEBT408'));
    const lpr = path.join(dir, 'lpr.json');
    fs.writeFileSync(lpr, JSON.stringify([{ date: '2026-09-22', oneYear: '2.90' }]));
    const after = JSON.parse(cli(['report', late, '--lpr', lpr]).out);
    assert.ok(!after.diagnostics.some((d: { code: string }) => d.code === 'DEBT408'));
    assert.strictEqual(after.cases[0].loans[0].capRate, '11.60');
    fs.writeFileSync(lpr, '{"not": "an array"}');
    assert.strictEqual(cli(['report', late, '--lpr', lpr]).code, 2);
  });

  it('check --json gives one report per file', () => {
    const j = JSON.parse(cli(['check', good, bad, '--json']).out);
    assert.deepStrictEqual(j.map((x: { file: string }) => x.file), [good, bad]);
  });
});
