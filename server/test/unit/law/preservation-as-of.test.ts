/**
 * A preservation application's figures as of its own day (`保全 … 申请 DATE`, docs/conventions.md "Preservation as of the
 * application day"), on the diagnostics fixture: 10,000 lent 2023-01-10 at 10 %, due 2023-06-30, filed 2024-06-01.
 *
 * Applied 2024-03-01 → interest through 2024-02-29 (the day before, as a complaint counts to the day before filing):
 *   term   2023-01-10 … 2023-06-30 = 22 + 28 + 31 + 30 + 31 + 30 = 172 days: 10,000 × 10 % × 172 / 365 = 471.2328… → 471.23
 *   overdue 2023-07-01 … 2024-02-29 = 31 + 31 + 30 + 31 + 30 + 31 + 31 + 29 = 244 days at the agreed 10 % (规定第28条第2款
 *   第2项): 1,000 × 244 / 365 = 668.4931… → 668.49
 *   amount 10,000 + 471.23 + 668.49 = 11,139.72; fee (办法第14条(二)) 30 + (11,139.72 − 1,000) × 1 % = 131.3972 → 131.40
 * As of the filing date (through 2024-05-31) overdue is 244 + 31 + 30 + 31 = 336 days: 1,000 × 336 / 365 = 920.5479… → 920.55,
 *   claim 10,000 + 471.23 + 920.55 = 11,391.78 — the complaint's figure, not the application's.
 */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { buildDocument } from '../../../src/core/documents';
import { edit } from '../diagnostics/fixture';

const run = (extra: string[], asOf?: string) => analyze('file:///p.debt', edit({}, extra), { read: () => undefined }, { today: '2024-06-01', asOf });
const paragraphs = (a: ReturnType<typeof run>) => buildDocument(a, 0, { kind: 'preservation', style: 'element' });
const text = (d: ReturnType<typeof paragraphs>) => d.blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'heading' ? [b.runs.map((r) => r.text).join('')] : []));

describe('preservation figures as of the application day (申请 DATE)', () => {
  const a = run(['  保全 诉前 担保 保函 申请 2024-03-01']);
  const r = a.cases[0];

  it('the case keeps its own claim as of the filing date: 11,391.78', () => {
    assert.strictEqual(r.claimAmount, '11391.78');
    assert.strictEqual(r.interestThrough, '2024-05-31');
  });

  it('the application claims 11,139.72 through 2024-02-29, fee 131.40', () => {
    const p = r.preservation[0];
    assert.deepStrictEqual([p.amount, p.fee, p.amountIsClaim, p.asOf, p.interestThrough], ['11139.72', '131.40', true, '2024-03-01', '2024-02-29']);
    assert.strictEqual(p.atApplication?.claimAmount, '11139.72');
    // The loan as of that day: 471.23 + 668.49 = 1,139.72 interest outstanding.
    assert.strictEqual(p.atApplication?.loans[0].outstanding.interest, '1139.72');
  });

  it('--as-of does not move the application: its day wins', () => {
    const p = run(['  保全 诉前 担保 保函 申请 2024-03-01'], '2024-09-01').cases[0].preservation[0];
    assert.deepStrictEqual([p.amount, p.interestThrough], ['11139.72', '2024-02-29']);
  });

  it('the 财产保全申请书 states the sum as of the day before the application, and says so in a note', () => {
    const d = paragraphs(a);
    const all = text(d);
    assert.ok(all.includes('请求在提起诉讼前依法查封、扣押、冻结被申请人乙名下价值11,139.72元（大写：人民币壹万壹仟壹佰叁拾玖元柒角贰分）的财产。'), all.join('\n'));
    assert.ok(all.includes('保全申请费：131.40元（《诉讼费用交纳办法》第十四条第（二）项）；保全金额为本案请求金额。'), all.join('\n'));
    assert.ok(all.some((l) => l.startsWith('申请人甲与被申请人乙民间借贷纠纷一案，截至2024年2月29日，被申请人尚欠申请人借款本息共计11,139.72元。')), all.join('\n'));
    assert.ok(d.notes.includes('申请书中的金额按申请日2024年3月1日计算，计至其前一日2024年2月29日；起诉状中的金额计至2024年5月31日，两者不同。'), d.notes.join('\n'));
    assert.ok(!d.notes.some((n) => n.includes('--as-of')));
  });

  it('a written 金额 stays the request; the facts still state the debt as of the application day', () => {
    const b = run(['  保全 诉前 金额 5000元 担保 保函 申请 2024-03-01']);
    assert.deepStrictEqual([b.cases[0].preservation[0].amount, b.cases[0].preservation[0].fee], ['5000.00', '70.00']); // 30 + 4,000 × 1 %
    assert.ok(text(paragraphs(b)).some((l) => l.includes('截至2024年2月29日，被申请人尚欠申请人借款本息共计11,139.72元')));
  });

  it('without 申请 the figures are the case\'s (as of the filing date), and the note asks for the day', () => {
    const b = run(['  保全 诉中 担保 现金']);
    const p = b.cases[0].preservation[0];
    assert.deepStrictEqual([p.amount, p.asOf, p.interestThrough, p.atApplication], ['11391.78', '2024-06-01', '2024-05-31', undefined]);
    const d = paragraphs(b);
    assert.ok(text(d).some((l) => l.includes('截至2024年5月31日，被申请人尚欠申请人借款本息共计11,391.78元')));
    assert.ok(d.notes.includes('未写明申请日（保全 … 申请 日期），申请书中的金额计至2024年5月31日（案件计算日的前一日）；写明申请日后，金额按申请日计算。'), d.notes.join('\n'));
  });

  it('an application on the filing date is the case\'s own figures (no second computation)', () => {
    const p = run(['  保全 诉中 申请 2024-06-01']).cases[0].preservation[0];
    assert.deepStrictEqual([p.amount, p.interestThrough, p.atApplication], ['11391.78', '2024-05-31', undefined]);
  });
});
