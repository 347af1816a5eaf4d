/** Spec §7.3–7.4 syntax: 财产, 保全, 判决, 约定管辖 — both spellings, the model, recovery from broken input, conversion. */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { toKeywordLanguage } from '../../../src/core/format/keywords';

const ZH = [
  '案件 甲诉乙 {',
  '  约定管辖 北京市海淀区人民法院',
  '  原告 甲',
  '  被告 乙',
  '  财产 房产 { 类型 不动产 所有人 乙 描述 "朝阳区某小区1号" 价值 200万 }',
  '  保全 诉前 金额 50000 对象 房产 担保 财产 申请 2025-03-01 裁定 2025-03-03',
  '  判决 "（2026）京0105民初1234号" { 法院 北京市朝阳区人民法院 生效 2026-03-01 履行期限 2026-03-31 判决金额 100000 还款 2026-05-10 40000 }',
  '}',
].join('\n') + '\n';
const EN = [
  'case 甲诉乙 {',
  '  jurisdiction 北京市海淀区人民法院',
  '  plaintiff 甲',
  '  defendant 乙',
  '  asset 房产 { kind real-estate owner 乙 detail "朝阳区某小区1号" value 200万 }',
  '  preservation pre-suit amount 50000 targets 房产 security property applied 2025-03-01 ruled 2025-03-03',
  '  judgment "（2026）京0105民初1234号" { court 北京市朝阳区人民法院 effective 2026-03-01 perform-by 2026-03-31 awarded 100000 repaid 2026-05-10 40000 }',
  '}',
].join('\n') + '\n';

const model = (text: string) => analyze('file:///r.debt', text, { read: () => undefined }, { today: '2026-06-30' });

describe('spec §7.3–7.4 syntax', () => {
  for (const [lang, text] of [['Chinese', ZH], ['English', EN]]) {
    it(`reads assets, preservation, judgment and the jurisdiction clause (${lang})`, () => {
      const a = model(text);
      assert.deepStrictEqual(a.diagnostics.filter((d) => d.code < 'DEBT300').map((d) => d.code), []);
      const c = a.model.cases[0];
      assert.deepStrictEqual(c.assets.map((x) => [x.name, x.kind?.value, x.owner?.name, x.detail?.value, x.value?.value.toString()]),
        [['房产', 'real-estate', '乙', '朝阳区某小区1号', '2000000']]);
      assert.deepStrictEqual(c.preservations.map((p) => [p.stage.value, p.amount?.value.toString(), p.targets.map((t) => t.name), p.security?.value, p.applied?.value, p.ruled?.value]),
        [['pre-suit', '50000', ['房产'], 'property', '2025-03-01', '2025-03-03']]);
      const j = c.judgments[0];
      assert.deepStrictEqual([j.caseNumber.value, j.court?.value, j.effective?.value, j.performBy?.value, j.awarded?.value.toString(), j.payments.map((p) => [p.date.value, p.amount.value.toString()])],
        ['（2026）京0105民初1234号', '北京市朝阳区人民法院', '2026-03-01', '2026-03-31', '100000', [['2026-05-10', '40000']]]);
      assert.strictEqual(c.jurisdictionClause?.value, '北京市海淀区人民法院');
    });
  }

  it('keyword conversion: 担保 财产 ↔ security property, 财产 NAME ↔ asset NAME', () => {
    assert.strictEqual(toKeywordLanguage(ZH, 'en'), EN);
    assert.strictEqual(toKeywordLanguage(EN, 'zh'), ZH);
  });

  it('broken items: a bad stage, an unclosed judgment, a stray 财产 — errors, no crash, the rest still read', () => {
    const text = '案件 甲 {\n  原告 甲\n  保全 明天 金额 5\n  财产 {\n  判决 "x" { 还款 2026-13-01 5 判决金额 abc\n  被告 乙\n}\n';
    const a = model(text);
    const lines = text.split('\n');
    for (const d of a.diagnostics) {
      assert.ok(d.range.start.line < lines.length && d.range.end.line < lines.length, JSON.stringify(d.range));
    }
    assert.ok(a.diagnostics.some((d) => d.code === 'DEBT101' && d.range.start.line === 2), a.diagnostics.map((d) => `${d.code}@${d.range.start.line}`).join(' '));
    assert.ok(a.diagnostics.some((d) => d.code === 'DEBT201'), 'the impossible date 2026-13-01');
    assert.deepStrictEqual(a.model.cases[0].parties.map((p) => p.name), ['甲', '乙']);
    assert.strictEqual(a.model.cases[0].judgments[0].payments.length, 0);
  });
});
