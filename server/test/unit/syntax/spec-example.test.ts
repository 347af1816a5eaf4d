import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Decimal from 'decimal.js';
import { run } from '../helpers';
import { plainRange } from '../../../src/core/text/range';

const FIXTURE = path.join(__dirname, '../../../../../server/test/fixtures/spec-example.debt');

/**
 * The complete example of spec §1, kept in the repository so a clone anywhere passes `npm test`; refresh it from the
 * spec with `node scripts/sync-spec-example.mjs` when the spec changes.
 */
export function specExample(): string {
  return fs.readFileSync(FIXTURE, 'utf8');
}

describe('spec §1 example', () => {
  const a = run(specExample());
  const c = a.model.cases[0];

  it('gives no diagnostic at all from parsing and structure checks', () => {
    assert.deepStrictEqual(a.diagnostics.map((d) => `${d.code} ${d.message}`), []);
  });

  it('reads the case header', () => {
    assert.strictEqual(c.name, '张三诉李四民间借贷纠纷');
    assert.strictEqual(c.court?.value, '北京市朝阳区人民法院');
    assert.strictEqual(c.filing?.value, '2026-12-01');
  });

  it('reads parties with roles, kinds and fields', () => {
    assert.deepStrictEqual(c.parties.map((p) => [p.name, p.role, p.kind]), [
      ['张三', 'plaintiff', 'person'], ['李四', 'defendant', 'person'], ['北京某某科技有限公司', 'defendant', 'company'],
    ]);
    const zhang = c.parties[0];
    assert.strictEqual(zhang.gender?.value, 'male');
    assert.strictEqual(zhang.born?.value, '1985-03-02');
    assert.strictEqual(zhang.ethnicity?.value, '汉族');
    assert.strictEqual(zhang.id?.value, '110105198503021233');
    assert.strictEqual(zhang.address?.value, '北京市朝阳区建国路1号院2号楼301室');
    assert.strictEqual(zhang.phone?.value, '13800000000');
    const co = c.parties[2];
    assert.strictEqual(co.creditCode?.value, '91110108MA01ABCD1E');
    assert.strictEqual(co.representative?.name.value, '王五');
    assert.strictEqual(co.representative?.title?.value, '总经理');
  });

  it('reads the agent', () => {
    const ag = c.agents[0];
    assert.strictEqual(ag.name, '赵六');
    assert.strictEqual(ag.firm?.value, '北京某某律师事务所');
    assert.strictEqual(ag.authority?.value, 'special');
    assert.deepStrictEqual(ag.principals.map((r) => r.name), ['张三']);
  });

  it('reads the loan with exact decimal amounts and rates', () => {
    const l = c.loans[0];
    assert.strictEqual(l.lender?.name, '张三');
    assert.deepStrictEqual(l.borrowers.map((b) => b.name), ['李四']);
    assert.deepStrictEqual(l.guarantors.map((g) => [g.party.name, g.type]), [['北京某某科技有限公司', 'joint']]);
    assert.ok(l.amount?.value.equals(new Decimal(50000)));
    assert.strictEqual(l.signed?.value, '2023-01-10');
    assert.deepStrictEqual(l.signedProofs.map((r) => r.name), ['借条']);
    assert.strictEqual(l.deliveries.length, 1);
    assert.ok(l.deliveries[0].amount.value.equals(50000));
    assert.strictEqual(l.deliveries[0].method?.value, 'transfer');
    assert.deepStrictEqual(l.deliveries[0].proofs.map((r) => r.name), ['转账凭证']);
    assert.strictEqual(l.due?.value, '2024-01-10');
    const rate = l.interest?.value as { value: Decimal; period: string };
    assert.ok(rate.value.equals(12)); assert.strictEqual(rate.period, 'year');
    assert.ok(l.overdueInterest?.value.value.equals(18));
    assert.strictEqual(l.daycount, 365);
  });

  it('reads events and attaches them to the only loan or to the named parties', () => {
    assert.deepStrictEqual(c.events.map((e) => [e.kind, e.date.value, e.loans]), [
      ['repaid', '2023-07-10', ['借款一']], ['demanded', '2025-06-01', ['借款一']], ['demanded', '2024-05-20', ['借款一']],
    ]);
    const r = c.events[0];
    assert.ok(r.kind === 'repaid' && r.amount.value.equals(3000) && r.method?.value === 'transfer');
    const d = c.events[2];
    assert.ok(d.kind === 'demanded' && d.channel?.value === 'lawyer-letter' && d.of[0].name === '北京某某科技有限公司');
  });

  it('reads evidence and claims', () => {
    assert.deepStrictEqual(c.evidence.map((e) => [e.name, e.kind?.value]), [
      ['借条', 'iou'], ['转账凭证', 'transfer'], ['还款记录', 'transfer'], ['微信聊天记录', 'chat'], ['律师函及邮寄凭证', 'letter'],
    ]);
    assert.ok(c.evidence[0].original);
    assert.strictEqual(c.evidence[1].source?.value, '中国工商银行');
    assert.deepStrictEqual(c.claims.map((cl) => cl.kind), ['principal', 'interest', 'guarantee', 'costs']);
    assert.ok(c.claims.every((cl) => !cl.implicit));
  });

  it('keeps source ranges (0-based LSP positions)', () => {
    // `  借款 借款一 {` is line 31 (1-based) of the example; the name starts at column 6 (1-based).
    const l = c.loans[0];
    assert.deepStrictEqual(plainRange(l.nameRange), { start: { line: 30, character: 5 }, end: { line: 30, character: 8 } });
  });
});
