/** Spec §8.1 syntax: 共同借款人, 债务加入, 配偶 … 依据 …, a guarantee's 范围, in both keyword languages, and their errors. */
import * as assert from 'assert';
import Decimal from 'decimal.js';
import { plainRange } from '../../../src/core/text/range';
import { run, where } from '../helpers';

const loanOf = (fields: string) => {
  const a = run(`案件 X {\n原告 甲\n被告 乙\n被告 丙\n被告 丁\n借款 L {\n出借人 甲\n借款人 乙\n${fields}\n}\n证据 合同 { 类型 借款合同 }\n}`);
  return { a, l: a.model.cases[0].loans[0] };
};

describe('who owes what: syntax (spec §8.1)', function () {
  this.timeout(20000); // the first analysis builds the parser; the machine may be loaded
  it('共同借款人 with several names and a proof; co-borrower in English', () => {
    const { a, l } = loanOf('共同借款人 丙、丁 证据 合同');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.code !== 'DEBT208').map(where), []); // (DEBT208: no delivery written)
    assert.deepStrictEqual(l.coBorrowers.map((d) => [d.party.name, d.proofs.map((p) => p.name)]), [['丙', ['合同']], ['丁', ['合同']]]);
    // The name's own range: line 9 `共同借款人 丙、丁 …`, 丙 at columns 7–8 (1-based).
    assert.deepStrictEqual(plainRange(l.coBorrowers[0].party.range), { start: { line: 8, character: 6 }, end: { line: 8, character: 7 } });
    assert.deepStrictEqual(loanOf('co-borrower 丙').l.coBorrowers.map((d) => d.party.name), ['丙']);
  });

  it('债务加入 / joined with an optional proof', () => {
    assert.deepStrictEqual(loanOf('债务加入 丙 证据 合同').l.joined.map((d) => [d.party.name, d.proofs.length]), [['丙', 1]]);
    assert.deepStrictEqual(loanOf('joined 丙').l.joined.map((d) => [d.party.name, d.proofs.length]), [['丙', 0]]);
  });

  it('配偶 with every basis, in both languages; the basis and the proof are optional', () => {
    const pairs: [string, string][] = [['共同签字', 'joint-signature'], ['事后追认', 'ratified'], ['家庭日常生活需要', 'daily-needs'],
      ['共同生活', 'common-use'], ['共同生产经营', 'common-business']];
    for (const [zh, en] of pairs) {
      assert.strictEqual(loanOf(`配偶 丙 依据 ${zh} 证据 合同`).l.spouses[0].basis?.value, en, zh);
      assert.strictEqual(loanOf(`spouse 丙 basis ${en}`).l.spouses[0].basis?.value, en, en);
    }
    const bare = loanOf('配偶 丙').l.spouses[0];
    assert.deepStrictEqual([bare.party.name, bare.basis, bare.proofs], ['丙', undefined, []]);
  });

  it('保证人 … 范围 全部 | 本金 | MONEY after the type and period; absent when not written', () => {
    const g = (f: string) => loanOf(f).l.guarantors[0];
    assert.strictEqual(g('保证人 丙 连带 保证期间至 2025-06-30 范围 全部').scope?.value, 'all');
    assert.strictEqual(g('保证人 丙 一般 范围 本金').scope?.value, 'principal');
    assert.ok((g('保证人 丙 范围 5万元').scope?.value as Decimal).equals(50000));
    assert.strictEqual(g('guarantor 丙 joint scope principal').scope?.value, 'principal');
    const plain = g('保证人 丙 连带 保证期间至 2025-06-30');
    assert.deepStrictEqual([plain.scope, plain.type, plain.until?.value], [undefined, 'joint', '2025-06-30']);
  });

  it('a wrong basis or scope is DEBT101 at the word, naming what is expected', () => {
    const basis = loanOf('配偶 丙 依据 感情很好').a.diagnostics.find((d) => d.code === 'DEBT101')!;
    assert.strictEqual(where(basis), 'DEBT101@9:9-9:13');
    assert.match(basis.message, /此处应为夫妻共同债务的依据：共同签字、事后追认、家庭日常生活需要、共同生活 或 共同生产经营，但写的是“感情很好”/);
    const scope = loanOf('保证人 丙 连带 范围 一半').a.diagnostics.find((d) => d.code === 'DEBT101')!;
    assert.strictEqual(where(scope), 'DEBT101@9:13-9:15');
    assert.match(scope.message, /此处应为保证范围：全部、本金 或 金额（例如 50000元），但写的是“一半”/);
  });

  it('names after the new fields must be declared parties (DEBT202 at the name)', () => {
    const { a } = loanOf('共同借款人 戊\n债务加入 己\n配偶 庚 依据 共同签字');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.code === 'DEBT202').map(where), ['DEBT202@9:7-9:8', 'DEBT202@10:6-10:7', 'DEBT202@11:4-11:5']);
  });

  it('a demand of a co-borrower concerns the loan they owe (the demand resolves to the loans of the parties named)', () => {
    const a = run('案件 X { 原告 甲 被告 乙 被告 丙 借款 L { 出借人 甲 借款人 乙 共同借款人 丙 } 借款 M { 出借人 甲 借款人 乙 } 催收 2025-12-01 向 丙 律师函 }');
    const e = a.model.cases[0].events[0];
    assert.deepStrictEqual(e.loans, ['L']);
  });
});
