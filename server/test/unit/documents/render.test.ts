/** 大写 amounts, file names, HTML escaping and source positions, Markdown, and broken input that must not throw. */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { buildDocument, documentFileName, isDocumentRefused, moneyUpper, renderHtml, renderMarkdown } from '../../../src/core/documents';
import { doc } from './samples';

// In a .debt string a quote is written \" (spec §2); the value is <script>alert(1)</script>"&</div>.
const EVIL = '<script>alert(1)</script>\\"&</div>';
const injected = `案件 甲诉乙 {
  法院 某某人民法院
  起诉日 2024-06-01
  原告 甲 { 自然人 身份证号 110105198503021233 住所 "${EVIL}" 电话 13800000000 }
  被告 乙 { 自然人 身份证号 110108199001011231 住所 "北京&海淀" }
  借款 L { 出借人 甲 借款人 乙 签订 2023-01-10 证据 借条 交付 2023-01-10 10000元 转账 证据 回单 到期 2023-06-30 利率 10% }
  证据 借条 { 类型 借条 原件 证明 "a|b *c* _d_ <b>x</b>" }
  证据 回单 { 类型 转账记录 }
  备注 "${EVIL}"
}
`;

describe('renderers', () => {
  it('大写 with nzh: 50000 → 人民币伍万元整, cents and zeros as lawyers write them', () => {
    assert.strictEqual(moneyUpper('50000.00'), '人民币伍万元整');
    assert.strictEqual(moneyUpper('74104.53'), '人民币柒万肆仟壹佰零肆元伍角叁分');
    assert.strictEqual(moneyUpper('100000.05'), '人民币壹拾万元零伍分');
  });

  it('file names: <案件名>.<文书>.<ext>, characters a file system forbids replaced', () => {
    assert.strictEqual(documentFileName('张三诉李四民间借贷纠纷', 'complaint', 'docx'), '张三诉李四民间借贷纠纷.起诉状.docx');
    assert.strictEqual(documentFileName('张三诉李四民间借贷纠纷', 'evidence-list', 'md'), '张三诉李四民间借贷纠纷.证据目录.md');
    assert.strictEqual(documentFileName('张三诉李四民间借贷纠纷', 'schedule', 'html'), '张三诉李四民间借贷纠纷.利息计算表.html');
    // A changed name carries a fingerprint of the name as written (documents/safe-name.ts), so names stay distinct.
    assert.match(documentFileName('a/b:c?"d"', 'complaint', 'md'), /^a_b_c__d_-[0-9a-z]{6}\.起诉状\.md$/);
  });

  describe('HTML', () => {
    const a = analyze('file:///x.debt', injected, { read: () => undefined }, { today: '2024-06-01' });
    for (const style of ['element', 'traditional'] as const) {
      it(`${style}: <script>, quotes, & and </div> from the case render as text`, () => {
        const html = renderHtml(buildDocument(a, 0, { kind: 'complaint', style }));
        assert.ok(!html.includes('<script>'), 'raw <script> in output');
        assert.ok(!html.includes('"&</div>'));
        assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;&quot;&amp;&lt;/div&gt;'));
        assert.ok(html.includes('北京&amp;海淀'));
      });
    }

    it('a standalone page with inline style and no remote resource; the fragment is the article only', () => {
      const d = doc('loan-basic.debt', 'element').d;
      const page = renderHtml(d);
      assert.match(page, /^<!DOCTYPE html>/);
      assert.match(page, /<style>[\s\S]*@media print[\s\S]*<\/style>/);
      assert.doesNotMatch(page, /(?<![\w-])(src|href)\s*=|url\(|@import|https?:/);
      const frag = renderHtml(d, { fragment: true });
      assert.match(frag, /^<article class="debt-doc"/);
      assert.doesNotMatch(frag, /<style|(?<![\w-])style=/);
    });

    it('data-src points at the text the piece came from, inside the document', () => {
      const { d, text } = doc('loan-basic.debt', 'traditional');
      const html = renderHtml(d, { fragment: true });
      const lines = text.split('\n');
      const attrs = [...html.matchAll(/data-src="(\d+):(\d+)-(\d+):(\d+)">([^<]*)</g)];
      assert.ok(attrs.length > 20);
      for (const [, sl, sc, el, ec] of attrs) {
        assert.ok(+sl < lines.length && +el < lines.length && +sc <= lines[+sl].length && +ec <= lines[+el].length);
      }
      // 被告 李四's ID (line 18, 0-based) is the source of his birth date and sex
      const idLine = lines.findIndex((l) => l.includes('110108199001011231'));
      const born = attrs.find((m) => m[5] === '1990年1月1日')!;
      assert.strictEqual(+born[1], idLine);
      // the principal's delivery amount links to its text 「50,000元」
      const delivered = attrs.find((m) => m[5] === '50,000.00元' && lines[+m[1]].includes('交付'))!;
      assert.strictEqual(lines[+delivered[1]].slice(+delivered[2], +delivered[4]), '50,000元');
    });
  });

  it('Markdown: headings, the claims, a GFM table, and case text escaped', () => {
    const md = renderMarkdown(doc('loan-basic.debt', 'traditional').d);
    assert.match(md, /^# 民事起诉状\n/);
    assert.ok(md.includes('1. 判令被告李四向原告张三偿还借款本金49,975.34元；'));
    assert.ok(md.includes('| 3 | 2024年1月11日至2026年11月30日 | 1055 | 49,975.34元 | 14.60% | 逾期利息 | 21,089.59元 |'));
    const evil = renderMarkdown(buildDocument(analyze('file:///x.debt', injected, { read: () => undefined }, { today: '2024-06-01' }), 0, { kind: 'complaint', style: 'traditional' }));
    assert.ok(!evil.includes('<script>'));
    assert.ok(evil.includes('a\\|b \\*c\\* \\_d\\_ &lt;b&gt;x&lt;/b&gt;'));
  });

  it('broken, partial and empty files give a document or an empty one, never a throw; ranges stay in the text', () => {
    const inputs = ['', '案件', '案件 甲 {', '案件 甲 { 原告 甲 { 住所 "x', '案件 甲 { 借款 L { 交付 2023-02-30 5元 } }', injected.slice(0, 200), injected.replace('}', '')];
    for (const text of inputs) {
      const a = analyze('file:///b.debt', text, { read: () => undefined }, { today: '2024-06-01' });
      for (let i = -1; i <= a.model.cases.length; i++) {
        for (const style of ['element', 'traditional'] as const) for (const kind of ['complaint', 'evidence-list', 'schedule'] as const) {
          let d;
          try { d = buildDocument(a, i, { kind, style }); } catch (e) {
            // The one refusal allowed: a complaint for a case that records nothing to claim (民诉法解释第247条).
            assert.ok(isDocumentRefused(e) && kind === 'complaint' && /没有可主张的债权/.test(e.message), String(e));
            continue;
          }
          const html = renderHtml(d, { fragment: true });
          renderMarkdown(d);
          const nLines = text.split('\n').length;
          for (const m of html.matchAll(/data-src="(\d+):\d+-(\d+):\d+"/g)) assert.ok(+m[1] < nLines && +m[2] < nLines, `${m[0]} in ${JSON.stringify(text)}`);
        }
      }
    }
  });

  it('problems: errors and a lapsed limitation period, with their ranges, taken from the diagnostics', () => {
    const lapsed = injected.replace('起诉日 2024-06-01', '起诉日 2027-06-01');
    const a = analyze('file:///x.debt', lapsed, { read: () => undefined }, { today: '2024-06-01' });
    const d = buildDocument(a, 0, { kind: 'complaint', style: 'element' });
    const want = a.diagnostics.find((x) => x.code === 'DEBT502')!;
    assert.ok(want, a.diagnostics.map((x) => x.code).join());
    assert.deepStrictEqual(d.problems.find((p) => p.code === 'DEBT502'), { code: 'DEBT502', severity: want.severity, message: want.message, range: want.range, uri: want.uri });
    const broken = analyze('file:///y.debt', injected.replace('2023-06-30', '2023-02-30'), { read: () => undefined }, { today: '2024-06-01' });
    assert.ok(buildDocument(broken, 0, { kind: 'complaint', style: 'element' }).problems.some((p) => p.severity === 'error'));
  });
});
