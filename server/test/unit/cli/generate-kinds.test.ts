/** `debt generate --kind demand-letter|payment-order|preservation|enforcement` (spec §7.5; issue 11). */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../../src/cli';
import { JUDGED, NO_RATE, PRESERVED } from '../documents/recovery-fixtures';

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '', err = '';
  const code = await run(args, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

const SAMPLES = path.resolve(__dirname, '../../../../../samples');

describe('debt generate: recovery kinds', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-kinds-')); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('file names: 律师函 when a lawyer sends it, 催款函 otherwise, 支付令申请书, 财产保全申请书, 强制执行申请书', async () => {
    let r = await cli(['generate', path.join(SAMPLES, 'loan-basic.debt'), '--kind', 'demand-letter', '--out', dir]);
    assert.strictEqual(r.code, 0, r.err);
    assert.deepStrictEqual(r.out.trim().split('\n'), [path.join(dir, '张三诉李四民间借贷纠纷.律师函.docx')]);
    assert.match(r.err, /注意 \/ note: 送达：请以EMS特快专递寄送并选择回执/);
    const cases: [string, string, string][] = [
      [NO_RATE, 'demand-letter', '王五诉赵六民间借贷纠纷.催款函.md'],
      [NO_RATE, 'payment-order', '王五诉赵六民间借贷纠纷.支付令申请书.md'],
      [PRESERVED, 'preservation', '王五诉赵六民间借贷纠纷.财产保全申请书.md'],
      [JUDGED, 'enforcement', '王五诉赵六民间借贷纠纷.强制执行申请书.md'],
    ];
    for (const [text, kind, name] of cases) {
      const file = path.join(dir, `${kind}.debt`);
      fs.writeFileSync(file, text);
      r = await cli(['generate', file, '--kind', kind, '--format', 'md']);
      assert.strictEqual(r.code, 0, r.err);
      assert.strictEqual(r.out.trim(), path.join(dir, name));
      assert.ok(fs.readFileSync(path.join(dir, name), 'utf8').startsWith('# '));
    }
  });

  it('a refused payment order: the reason on stderr, exit 1, nothing written', async () => {
    const file = path.join(dir, 'pre.debt');
    fs.writeFileSync(file, PRESERVED);
    const r = await cli(['generate', file, '--kind', 'payment-order', '--out', dir]);
    assert.strictEqual(r.code, 1);
    assert.ok(r.err.includes(`${file}: 案件“王五诉赵六民间借贷纠纷”不能申请支付令（民事诉讼法第225条；民诉法解释第428条）：已申请诉前保全，不能再申请支付令。可以起诉。`), r.err);
    assert.deepStrictEqual(fs.readdirSync(dir), ['pre.debt']);
  });

  it('never overwrites without --force, for each new kind', async () => {
    const file = path.join(dir, 'case.debt');
    fs.writeFileSync(file, JUDGED);
    for (const [kind, name] of [['demand-letter', '催款函'], ['payment-order', '支付令申请书'], ['enforcement', '强制执行申请书']]) {
      const target = path.join(dir, `王五诉赵六民间借贷纠纷.${name}.html`);
      fs.writeFileSync(target, 'the lawyer\'s edits');
      const again = await cli(['generate', file, '--kind', kind, '--format', 'html']);
      assert.strictEqual(again.code, 1, kind);
      assert.ok(again.err.includes(`${target}: 文件已存在，未覆盖（使用 --force 覆盖）`), again.err);
      assert.strictEqual(fs.readFileSync(target, 'utf8'), 'the lawyer\'s edits');
      assert.strictEqual((await cli(['generate', file, '--kind', kind, '--format', 'html', '--force'])).code, 0, kind);
      assert.match(fs.readFileSync(target, 'utf8'), new RegExp(`^<!DOCTYPE html>[\\s\\S]*<h1 class="doc-title">${name === '催款函' ? '催款函' : name}</h1>`));
    }
  });

  it('--kind preservation without a 保全 item: the message, exit 1', async () => {
    const file = path.join(dir, 'case.debt');
    fs.writeFileSync(file, NO_RATE);
    const r = await cli(['generate', file, '--kind', 'preservation']);
    assert.strictEqual(r.code, 1);
    assert.match(r.err, /没有 保全 项目/);
  });
});
