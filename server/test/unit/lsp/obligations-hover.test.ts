/** Hover on a party's name: what they owe, loan by loan, with liability and article (spec §8.1; law/obligations-text.ts). */
import * as assert from 'assert';
import { defaultSettings } from '../../../src/core/settings';
import { hoverAt, HoverOptions } from '../../../src/lsp/hover';
import { TWO_LOANS } from '../law/obligations-fixture';
import { at, inline } from './hover-fixtures';

const zh: HoverOptions = { locale: 'zh', settings: defaultSettings };
const en: HoverOptions = { locale: 'en', settings: defaultSettings };

describe('hover on a party: what they owe', function () {
  this.timeout(20000); // the first analysis builds the parser; the machine may be loaded
  const doc = inline(TWO_LOANS);
  const hover = (needle: string, lineHint: string, o: HoverOptions = zh) => hoverAt(doc.analysis, doc.text, at(doc, needle, lineHint), o)?.markdown ?? '';

  it('a borrower of two loans: both, with figures of the report (A 110,027.40 = 100,000 + 10,027.40; B 53,024.66 = 50,000 + 3,024.66)', () => {
    const h = hover('乙', '被告 乙');
    assert.ok(h.includes('**应负责任**（截至2025年1月1日）'), h);
    assert.ok(h.includes('- 借款“A”：借款人：应按约定返还借款并支付利息（民法典第667条、第675条）。应付本金100,000.00元，利息10,027.40元，合计110,027.40元'), h);
    assert.ok(h.includes('- 借款“B”：借款人：应按约定返还借款并支付利息（民法典第667条、第675条）。应付本金50,000.00元，利息3,024.66元，合计53,024.66元'), h);
    assert.ok(h.includes('债权人就该借款只能受偿一次'), h);
  });

  it('the same from a reference inside a loan (借款人 乙、丙)', () => {
    assert.ok(hover('丙', '借款人 乙、丙').includes('- 借款“A”：共同借款人：与借款人承担连带债务，债权人可请求其偿还全部借款（民法典第518条、第178条）。应付本金100,000.00元，利息10,027.40元，合计110,027.40元'));
  });

  it('a guarantor: scope, guarantee period and the capped figures', () => {
    const h = hover('庚', '被告 庚');
    assert.ok(h.includes('- 借款“B”：一般保证人：享有先诉抗辩权，仅对债务人财产依法强制执行后仍不能履行的部分承担责任（民法典第687条）；范围：以20,000.00元为限；保证期间至2025年6月30日。应付本金20,000.00元，利息0.00元，合计20,000.00元'), h);
    assert.ok(!h.includes('借款“A”'), h);
  });

  it('a spouse on 共同生活: the basis and 第1064条第2款', () => {
    assert.ok(hover('戊', '被告 戊').includes('- 借款“B”：配偶：夫妻共同债务，依据“共同生活”（民法典第1064条第2款，须由债权人证明）。应付本金50,000.00元'));
  });

  it('a defendant tied to no loan: owes nothing; the plaintiff: no section', () => {
    assert.ok(hover('辛', '被告 辛').includes('- 本案借款均未将其列为借款人、共同借款人、债务加入人、配偶或保证人：不负清偿责任（民法典第465条第2款）'));
    assert.ok(!hover('甲', '原告 甲').includes('应负责任'));
  });

  it('a released guarantor: the period and 第693条', () => {
    const lapsed = inline(TWO_LOANS.replace('起诉日 2025-01-01', '起诉日 2025-08-01'));
    const h = hoverAt(lapsed.analysis, lapsed.text, at(lapsed, '丁', '被告 丁'), zh)?.markdown ?? '';
    assert.ok(h.includes('- 借款“A”：保证期间已于2025年6月30日届满，不再承担保证责任（民法典第693条）'), h);
  });

  it('a borrower of a loan repaid in full: nothing outstanding, not "tied to no loan"', () => {
    // B (50,000, interest 3,024.66 through 2024-12-31) repaid by 60,000 on 2024-12-31: nothing left on B.
    const paid = inline(TWO_LOANS.replace('  请求 本金', '  还款 2024-12-31 60000元 借款 B 转账\n  请求 本金'));
    const h = hoverAt(paid.analysis, paid.text, at(paid, '己', '被告 己'), zh)?.markdown ?? '';
    assert.ok(h.includes('- 借款“B”：截至2025年1月1日已无未清偿的本金、利息或费用'), h);
    assert.ok(!h.includes('均未将其列为'), h);
  });

  it('in English', () => {
    assert.ok(hover('己', '被告 己', en).includes('- "B": joined the debt: jointly liable with the debtor (Civil Code Art. 552). Owes principal 50000.00, interest 3024.66, total 53024.66'));
  });
});
