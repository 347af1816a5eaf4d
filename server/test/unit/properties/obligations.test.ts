/**
 * Who owes what, over random multi-party cases (fast-check; spec §8.1, docs/conventions.md "Who owes what"):
 * - every principal debtor of a loan (borrower, co-borrower, joined, spouse on a basis) owes exactly that loan's
 *   outstanding principal, interest and total (principal + interest + 违约金 + fees of the loan's report);
 * - a guarantor owes at most the loan's total: 本金 → the principal, a sum → min(sum, total), 全部 → the total;
 *   a guarantor whose period lapsed (report: status released) owes nothing;
 * - nobody is listed for a loan they are not tied to, and everyone tied is, unless released, a spouse without a basis,
 *   or owing nothing on it (a loan repaid in full; a principal-only guarantee of a loan whose principal is repaid).
 */
import * as assert from 'assert';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { analyze } from '../../../src/core/analyze';
import { CaseReport } from '../../../src/core/law/analyze-law';
import { addDays } from '../../../src/core/text/dates';

const PEOPLE = ['乙', '丙', '丁', '戊', '己', '庚'];
const BASES = ['共同签字', '事后追认', '家庭日常生活需要', '共同生活', '共同生产经营'];
const BASIS_EN: Record<string, string> = { 共同签字: 'joint-signature', 事后追认: 'ratified', 家庭日常生活需要: 'daily-needs', 共同生活: 'common-use', 共同生产经营: 'common-business' };

interface GenGuarantor { who: number; joint: boolean; until: number | null; scope: 'none' | 'all' | 'principal' | number }
interface GenLoan {
  start: number; amount: number; term: number; rate: string; penalty: boolean;
  borrowers: number[]; coBorrowers: number[]; joined: number | null; spouse: { who: number; basis: number | null; proof: boolean } | null;
  guarantors: GenGuarantor[]; repaid: number | null;
}
interface Gen { loans: GenLoan[]; filingAfter: number; demandGuarantors: boolean }

const who = fc.integer({ min: 0, max: PEOPLE.length - 1 });
const genLoan: fc.Arbitrary<GenLoan> = fc.record({
  start: fc.integer({ min: 0, max: 1500 }),
  amount: fc.integer({ min: 1000, max: 500_000 }),
  term: fc.integer({ min: 30, max: 700 }),
  rate: fc.constantFrom('无', '6%', '12%', '1%/月'),
  penalty: fc.boolean(),
  borrowers: fc.uniqueArray(who, { minLength: 1, maxLength: 2 }),
  coBorrowers: fc.uniqueArray(who, { maxLength: 2 }),
  joined: fc.option(who, { nil: null }),
  spouse: fc.option(fc.record({ who, basis: fc.option(fc.integer({ min: 0, max: BASES.length - 1 }), { nil: null }), proof: fc.boolean() }), { nil: null }),
  guarantors: fc.array(fc.record({
    who, joint: fc.boolean(), until: fc.option(fc.integer({ min: 1, max: 3000 }), { nil: null }),
    scope: fc.oneof(fc.constantFrom('none' as const, 'all' as const, 'principal' as const), fc.integer({ min: 1, max: 600_000 })),
  }), { maxLength: 2 }),
  repaid: fc.option(fc.integer({ min: 100, max: 200_000 }), { nil: null }),
});
export const gen: fc.Arbitrary<Gen> = fc.record({
  loans: fc.array(genLoan, { minLength: 1, maxLength: 3 }),
  filingAfter: fc.integer({ min: 30, max: 1500 }),
  demandGuarantors: fc.boolean(),
});

const D0 = '2021-01-01';
const filingOf = (g: Gen) => addDays(D0, Math.max(...g.loans.map((l) => l.start)) + g.filingAfter);

/** The case in the language: every person a defendant, one loan block per generated loan with the new syntax. */
export function caseText(g: Gen): string {
  const filing = filingOf(g);
  const loans = g.loans.map((l, i) => {
    const d0 = addDays(D0, l.start);
    const lines = [
      `  借款 L${i} {`, '    出借人 甲', `    借款人 ${l.borrowers.map((b) => PEOPLE[b]).join('、')}`,
      ...(l.coBorrowers.length ? [`    共同借款人 ${l.coBorrowers.map((b) => PEOPLE[b]).join('、')}`] : []),
      ...(l.joined !== null ? [`    债务加入 ${PEOPLE[l.joined]}`] : []),
      ...(l.spouse ? [`    配偶 ${PEOPLE[l.spouse.who]}${l.spouse.basis !== null ? ` 依据 ${BASES[l.spouse.basis]}` : ''}${l.spouse.proof ? ' 证据 借条' : ''}`] : []),
      ...l.guarantors.map((x) => `    保证人 ${PEOPLE[x.who]} ${x.joint ? '连带' : '一般'}${x.until !== null ? ` 保证期间至 ${addDays(d0, x.until)}` : ''}`
        + (x.scope === 'none' ? '' : x.scope === 'all' ? ' 范围 全部' : x.scope === 'principal' ? ' 范围 本金' : ` 范围 ${x.scope}元`)),
      `    交付 ${d0} ${l.amount}元 转账 证据 借条`, `    到期 ${addDays(d0, l.term)}`, `    利率 ${l.rate}`,
      ...(l.penalty ? ['    违约金 0.05%/日'] : []),
      '  }',
      ...(l.repaid !== null ? [`  还款 ${addDays(d0, Math.min(l.term, g.filingAfter) - 1)} ${l.repaid}元 借款 L${i} 转账`] : []),
    ];
    return lines.join('\n');
  });
  const demands = g.demandGuarantors ? [`  催收 ${addDays(filingOf(g), -10)} 向 ${PEOPLE.join('、')} 律师函`] : [];
  return ['案件 生成 {', '  法院 某某法院', `  起诉日 ${filing}`, '  原告 甲 { 自然人 }', ...PEOPLE.map((p) => `  被告 ${p} { 自然人 }`),
    ...loans, ...demands, '  证据 借条 { 类型 借条 原件 }', '}', ''].join('\n');
}

const D = (s: string | number) => new Decimal(s);

describe('obligations properties (fast-check)', function () {
  this.timeout(120000);

  it('principal debtors owe the loan\'s outstanding total, guarantors at most it within their scope, nobody owes a loan they are not tied to', () => {
    fc.assert(fc.property(gen, (g) => {
      const text = caseText(g);
      const a = analyze('file:///g.debt', text, { read: () => undefined }, { today: '2026-11-24' });
      assert.deepStrictEqual(a.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), [], text);
      const r = a.cases[0] as CaseReport;
      // Expected ties, from the generator alone: party → loan → kinds.
      for (const [i, l] of g.loans.entries()) {
        const name = `L${i}`;
        const lr = r.loans[i];
        const o = lr.outstanding;
        const total = D(o.principal).plus(o.interest).plus(o.penalty).plus(o.fees);
        // Nothing outstanding on the loan (repaid in full): nobody is listed for it.
        const principal = new Set(total.isZero() ? [] : [...l.borrowers, ...l.coBorrowers, ...(l.joined !== null ? [l.joined] : []),
          ...(l.spouse && l.spouse.basis !== null ? [l.spouse.who] : [])].map((p) => PEOPLE[p]));
        const guarantors = new Map<string, GenGuarantor>();
        const within = (x: GenGuarantor) => (x.scope === 'principal' ? D(o.principal) : typeof x.scope === 'number' ? Decimal.min(total, x.scope) : total);
        // A party guaranteeing one loan twice is held by the stronger tie: joint before general, else the first.
        l.guarantors.forEach((x, k) => {
          const p = PEOPLE[x.who], had = guarantors.get(p);
          if (lr.limitation.guarantors[k].status === 'released' || principal.has(p) || within(x).isZero()) return;
          if (!had || (x.joint && !had.joint)) guarantors.set(p, x);
        });
        const listed = r.debtors.flatMap((d) => d.loans.filter((x) => x.loan === name).map((x) => ({ name: d.name, o: x })));
        // Exactly the tied parties, each once.
        assert.deepStrictEqual(listed.map((x) => x.name).sort(), [...principal, ...guarantors.keys()].sort(), text);
        for (const { name: p, o: ob } of listed) {
          if (principal.has(p)) {
            assert.ok(!ob.liability.endsWith('guarantor'), `${p} ${ob.liability}`);
            assert.deepStrictEqual([ob.principal, ob.interest, ob.total], [o.principal, o.interest, total.toFixed(2)], `${p} on ${name}`);
            if (ob.liability === 'spouse') assert.strictEqual(ob.spouseBasis, BASIS_EN[BASES[l.spouse!.basis!]]);
          } else {
            const x = guarantors.get(p)!;
            assert.strictEqual(ob.liability, x.joint ? 'joint-guarantor' : 'general-guarantor');
            assert.ok(D(ob.total).lessThanOrEqualTo(total), `${p} owes ${ob.total} > ${total}`);
            assert.strictEqual(ob.total, within(x).toFixed(2), `${p} scope ${x.scope}`);
            assert.ok(D(ob.principal).plus(ob.interest).lessThanOrEqualTo(ob.total), 'principal + interest within the total');
          }
        }
      }
      // Nobody outside the loans' parties; the lender never owes.
      assert.ok(!r.debtors.some((d) => d.name === '甲'));
    }), { numRuns: 150 });
  });
});
