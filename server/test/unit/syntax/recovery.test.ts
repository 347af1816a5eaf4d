/**
 * Error recovery inside blocks: one bad piece is reported and the rest of the block, and of the case, is still read.
 * Expectations are worked out from the spec (§3: what each block may hold) and the texts below, not from the parser.
 */
import * as assert from 'assert';
import { run, where } from '../helpers';

function diags(text: string) {
  return run(text).diagnostics.filter((d) => d.code.startsWith('DEBT1')).map(where);
}

describe('error recovery in blocks', () => {
  it('a bad value in a party field is reported; the fields after it are still read', () => {
    const text = '案件 x {\n  原告 甲 { 自然人 性别 未知 住所 "北京市朝阳区" 电话 13800000000 }\n}\n';
    // 未知 stands at line 2, columns 17–18 (1-based).
    assert.deepStrictEqual(diags(text), ['DEBT101@2:17-2:19']);
    assert.match(run(text).diagnostics[0].message, /此处应为性别：男 或 女，但写的是“未知”/);
    const p = run(text).model.cases[0].parties[0];
    assert.deepStrictEqual([p.kind, p.kindExplicit, p.gender, p.address?.value, p.phone?.value], ['person', true, undefined, '北京市朝阳区', '13800000000']);
  });

  it('text that starts no loan field is skipped once; the loan keeps what comes before and after it', () => {
    const text = '案件 x {\n  原告 甲\n  被告 乙\n  借款 L { 出借人 甲 胡说 借款人 乙 交付 2023-01-10 1000元 }\n}\n';
    // 胡说 stands at line 4, columns 16–17.
    assert.deepStrictEqual(diags(text), ['DEBT107@4:16-4:18']);
    const l = run(text).model.cases[0].loans[0];
    assert.deepStrictEqual([l.lender?.name, l.borrowers.map((b) => b.name), l.deliveries.map((d) => d.amount.value.toString())], ['甲', ['乙'], ['1000']]);
  });

  it('a loan block that lost its } ends where the next case item starts; that item belongs to the case', () => {
    const text = '案件 x {\n  原告 甲\n  被告 乙\n  借款 L {\n    出借人 甲\n    借款人 乙\n    交付 2023-01-10 1000元\n  还款 2023-02-01 100元\n  请求 本金\n}\n';
    // The missing } is reported, empty, after the block's last token: 1000元 ends line 7 at column 23.
    assert.deepStrictEqual(diags(text), ['DEBT106@7:24-7:24']);
    const c = run(text).model.cases[0];
    assert.strictEqual(c.loans[0].deliveries.length, 1);
    assert.deepStrictEqual(c.events.map((e) => [e.kind, e.date.value, e.loans]), [['repaid', '2023-02-01', ['L']]]);
    assert.deepStrictEqual(c.claims.map((cl) => cl.kind), ['principal']);
  });

  it('证据 NAME { after a party block that lost its } declares evidence of the case', () => {
    const text = '案件 x {\n  原告 甲 { 自然人\n  证据 借条 { 类型 借条 }\n  被告 乙\n}\n';
    // After 自然人, the last token of the party block (line 2, columns 11–12), not on the next line's 证据.
    assert.deepStrictEqual(diags(text), ['DEBT106@2:13-2:13']);
    const c = run(text).model.cases[0];
    assert.deepStrictEqual(c.evidence.map((e) => [e.name, e.kind?.value]), [['借条', 'iou']]);
    assert.deepStrictEqual(c.parties.map((p) => [p.name, p.role]), [['甲', 'plaintiff'], ['乙', 'defendant']]);
  });

  it('证据 a、b inside a loan block is the loan\'s own list of proofs, not the end of the block', () => {
    const text = '案件 x {\n  原告 甲\n  被告 乙\n  借款 L { 出借人 甲 借款人 乙 证据 借条、回单 金额 1000元 }\n  证据 借条 { 类型 借条 }\n  证据 回单 { 类型 转账记录 }\n}\n';
    assert.deepStrictEqual(diags(text), []);
    const l = run(text).model.cases[0].loans[0];
    assert.deepStrictEqual([l.proofs.map((p) => p.name), l.amount?.value.toString()], [['借条', '回单'], '1000']);
  });

  it('a stray } inside a case ends the case; what follows at top level is skipped and reported', () => {
    const text = '案件 x {\n  原告 甲 }\n  被告 乙\n}\n';
    const c = run(text).model.cases[0];
    assert.deepStrictEqual(c.parties.map((p) => p.name), ['甲']);
    // 被告 乙 is a party declaration at top level (spec §3.1 allows parties there); the last } is skipped text.
    assert.deepStrictEqual(run(text).model.parties.map((p) => [p.name, p.role]), [['乙', 'defendant']]);
    assert.deepStrictEqual(diags(text), ['DEBT107@4:1-4:2']);
  });

  it('an interest claim whose end date is misspelt is reported and kept (the claim does not drop out of the case)', () => {
    const text = '案件 x {\n  请求 利息 至 明天\n  请求 本金\n}\n';
    // 明天 stands at line 2, columns 11–12.
    assert.deepStrictEqual(diags(text), ['DEBT101@2:11-2:13']);
    assert.match(run(text).diagnostics[0].message, /此处应为日期（例如 2026-12-01）或 实际清偿之日，但写的是“明天”/);
    assert.deepStrictEqual(run(text).model.cases[0].claims.map((c) => [c.kind, c.kind === 'interest' ? c.until : null]), [['interest', undefined], ['principal', null]]);
  });

  it('至 with nothing after it: the next claim is not taken for the date', () => {
    const text = '案件 x {\n  请求 利息 至\n  请求 本金\n}\n';
    // Right after 至 (line 2, column 9), where the date is missing; the next line's 请求 is right as it stands.
    assert.deepStrictEqual(diags(text), ['DEBT101@2:10-2:10']);
    assert.match(run(text).diagnostics[0].message, /此处应为日期（例如 2026-12-01）或 实际清偿之日，但“至”之后本行已结束/);
    assert.deepStrictEqual(run(text).model.cases[0].claims.map((c) => c.kind), ['interest', 'principal']);
  });
});
