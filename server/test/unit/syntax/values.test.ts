/**
 * Every spelling of every enumerated value lands on its model value, and the model's defaults (spec §3). The expected
 * tables are copied by hand from the grammar of spec §3.3–§3.6, not from the implementation.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../helpers';
import { main } from '../../../src/cli';

const PARTIES = '原告 甲 被告 乙';
const LOAN = '借款 L { 出借人 甲 借款人 乙 交付 2023-01-10 1000元 }';

function caseOf(body: string) {
  const a = run(`案件 x { ${PARTIES} ${LOAN} ${body} }`);
  assert.deepStrictEqual(a.diagnostics.filter((d) => d.code.startsWith('DEBT1')).map((d) => d.message), []);
  return a.model.cases[0];
}

describe('enumerated values in both spellings', () => {
  it('demand channels (spec §3.4)', () => {
    const spellings: [string, string, string][] = [
      ['phone', '电话', 'phone'], ['sms', '短信', 'sms'], ['wechat', '微信', 'wechat'], ['letter', '催款函', 'letter'],
      ['lawyer-letter', '律师函', 'lawyer-letter'], ['visit', '上门', 'visit'], ['email', '邮件', 'email'],
      ['mediation', '调解', 'mediation'], ['payment-order', '支付令', 'payment-order'], ['lawsuit', '起诉', 'lawsuit'],
    ];
    for (const [en, zh, value] of spellings) {
      for (const word of [en, zh]) {
        const e = caseOf(`催收 2023-03-01 ${word}`).events[0];
        assert.deepStrictEqual([e.kind, e.kind === 'demanded' ? e.channel?.value : undefined], ['demanded', value], word);
      }
    }
  });

  it('payment methods and agreed allocations of a repayment (spec §3.3, §3.4)', () => {
    const methods: [string, string, string][] = [
      ['transfer', '转账', 'transfer'], ['cash', '现金', 'cash'], ['wechat', '微信', 'wechat'],
      ['alipay', '支付宝', 'alipay'], ['bill', '票据', 'bill'], ['other', '其他', 'other'],
    ];
    for (const [en, zh, value] of methods) {
      for (const word of [en, zh]) {
        const e = caseOf(`还款 2023-02-01 100元 ${word}`).events[0];
        assert.strictEqual(e.kind === 'repaid' ? e.method?.value : undefined, value, word);
      }
    }
    const allocations: [string, string, string][] = [['principal', '本金', 'principal'], ['interest', '利息', 'interest'], ['fees', '费用', 'fees']];
    for (const [en, zh, value] of allocations) {
      for (const [to, word] of [['to', en], ['冲抵', zh]]) {
        const e = caseOf(`还款 2023-02-01 100元 ${to} ${word}`).events[0];
        assert.strictEqual(e.kind === 'repaid' ? e.allocation?.value : undefined, value, `${to} ${word}`);
      }
    }
  });

  it('evidence kinds (spec §3.5)', () => {
    const kinds: [string, string, string][] = [
      ['iou', '借条', 'iou'], ['contract', '借款合同', 'contract'], ['receipt', '收条', 'receipt'], ['transfer', '转账记录', 'transfer'],
      ['bank-statement', '银行流水', 'bank-statement'], ['chat', '聊天记录', 'chat'], ['recording', '录音', 'recording'],
      ['video', '视频', 'video'], ['sms', '短信', 'sms'], ['email', '邮件', 'email'], ['letter', '函件', 'letter'],
      ['notarized', '公证书', 'notarized'], ['witness', '证人证言', 'witness'], ['identity', '身份证明', 'identity'], ['other', '其他', 'other'],
    ];
    for (const [en, zh, value] of kinds) {
      for (const word of [en, zh]) assert.strictEqual(caseOf(`证据 e { 类型 ${word} }`).evidence[0].kind?.value, value, word);
    }
  });

  it('procedures, electronic service and an agent\'s authority', () => {
    const procedures: [string, string][] = [['ordinary', 'ordinary'], ['普通程序', 'ordinary'], ['simplified', 'simplified'], ['简易程序', 'simplified'],
      ['small-claims', 'small-claims'], ['小额诉讼', 'small-claims'], ['payment-order', 'payment-order'], ['督促程序', 'payment-order']];
    for (const [word, value] of procedures) assert.strictEqual(caseOf(`程序 ${word}`).procedure?.value, value, word);
    for (const [word, value] of [['yes', true], ['是', true], ['no', false], ['否', false]] as const) {
      const a = run(`案件 x { 原告 甲 { 电子送达 ${word} } }`);
      assert.strictEqual(a.model.cases[0].parties[0].eService?.value, value, word);
    }
    for (const [word, value] of [['general', 'general'], ['一般授权', 'general'], ['special', 'special'], ['特别授权', 'special']]) {
      assert.strictEqual(caseOf(`代理人 丙 { 代理权限 ${word} 委托人 甲 }`).agents[0].authority?.value, value, word);
    }
  });
});

describe('defaults of the model', () => {
  it('a case with no claims: principal, interest until paid, costs (spec §3.6)', () => {
    const c = caseOf('');
    assert.deepStrictEqual(c.claims.map((cl) => [cl.kind, cl.kind === 'interest' ? cl.until?.value : null, cl.implicit]),
      [['principal', null, true], ['interest', 'paid', true], ['costs', null, true]]);
  });

  it('a party is a person unless it says otherwise; a guarantee not called joint is general', () => {
    const a = run('案件 x { 原告 甲 被告 乙 { 住所 "北京" } 被告 丙 借款 L { 出借人 甲 借款人 乙 保证人 丙 交付 2023-01-10 1000元 } }');
    const c = a.model.cases[0];
    assert.deepStrictEqual(c.parties.map((p) => [p.kind, p.kindExplicit]), [['person', false], ['person', false], ['person', false]]);
    assert.deepStrictEqual(c.loans[0].guarantors.map((g) => [g.type, g.typeExplicit]), [['general', false]]);
  });
});

describe('literals', () => {
  it('a day that does not exist is DEBT201 in every date spelling; 29 February of a leap year exists', () => {
    for (const d of ['2023/2/30', '2023年2月29日', '2023-02-29']) {
      assert.deepStrictEqual(run(`案件 x { 起诉日 ${d} }`).diagnostics.filter((x) => x.code === 'DEBT201').length, 1, d);
    }
    assert.strictEqual(run('案件 x { 起诉日 2024年2月29日 }').model.cases[0].filing?.value, '2024-02-29');
  });

  it('full-width ％ and ／ in a rate', () => {
    const r = run(`案件 x { ${PARTIES} 借款 L { 出借人 甲 借款人 乙 交付 2023-01-10 1000元 利率 1.5％／月 } }`).model.cases[0].loans[0].interest?.value;
    assert.ok(r && typeof r === 'object');
    assert.deepStrictEqual([r.value.toString(), r.period], ['1.5', 'month']);
  });

  it('debt check exits 1 when the only error is in a used file, naming that file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'debt-use-'));
    try {
      fs.writeFileSync(path.join(dir, 'shared.debt'), '当事人 甲 { 出生 2023-02-30 }\n');
      fs.writeFileSync(path.join(dir, 'main.debt'), '引用 "shared.debt"\n');
      let out = '';
      const code = main(['check', path.join(dir, 'main.debt')], (s) => { out += s; }, () => undefined);
      assert.strictEqual(code, 1);
      assert.match(out, /shared\.debt:1:12 error DEBT201/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
