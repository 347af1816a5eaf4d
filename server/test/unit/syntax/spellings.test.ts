/** Every construct in both spellings gives the same model; literal spellings of dates, money and rates. */
import * as assert from 'assert';
import Decimal from 'decimal.js';
import { run } from '../helpers';

/** The model without source positions, for comparing two spellings of the same case. */
function shape(text: string): unknown {
  const a = run(text);
  assert.deepStrictEqual(a.diagnostics.filter((d) => d.code.startsWith('DEBT1')).map((d) => d.message), []);
  return JSON.parse(JSON.stringify(a.model.cases, (k, v) => (k === 'range' || k === 'nameRange' || k === 'uri' || k === 'daycountRange' || k === 'original' || k === 'copy' ? undefined : v)));
}

const ZH = `案件 甲诉乙 {
  法院 某某法院
  起诉日 2026-12-01
  程序 简易程序
  原告 甲 { 自然人 性别 女 出生 1985-03-02 民族 汉族 身份证号 110105198503021233 住所 "A" 经常居住地 "B" 工作单位 "C" 电话 13800000000 送达地址 "D" 电子送达 是 }
  被告 乙 { 法人 统一社会信用代码 91110108MA01ABCD1E 法定代表人 丁 职务 经理 住所 "E" }
  第三人 丙 { 非法人组织 }
  代理人 戊 { 律所 "F" 电话 13900000000 代理权限 一般授权 委托人 甲 }
  借款 L {
    出借人 甲
    借款人 乙
    保证人 丙 一般 保证期间至 2025-01-01
    金额 5万元
    签订 2023-01-10 证据 借条
    交付 2023-01-10 50000元 支付宝 证据 回单
    预扣利息 1000元
    到期 2024-01-10
    利率 1%/月
    逾期利率 0.05%/日
    违约金 2000元
    其他费用 1%
    计息天数 360
    用途 "经营"
    证据 借条
  }
  借款 M { 出借人 甲 借款人 乙 交付 2023-02-01 100元 现金 到期 未约定 分期 2023-03-01 50元 利率 约定不明 }
  还款 2023-07-10 3000元 借款 L 冲抵 本金 微信 证据 回单
  催收 2025-06-01 向 乙、丙 律师函 证据 函
  确认 2025-07-01 由 乙 证据 函
  证据 借条 { 类型 借条 原件 证明 "G" 来源 "H" 页数 2 }
  证据 回单 { 类型 银行流水 复印件 }
  证据 函 { 类型 函件 }
  请求 本金
  请求 利息 至 2026-12-31
  请求 违约金
  请求 实现债权费用 5000元 "律师费"
  请求 保证责任 丙
  请求 诉讼费用
  请求 其他 "I"
  备注 "J"
}`;

const EN = `case 甲诉乙 {
  court 某某法院
  filing 2026-12-01
  procedure simplified
  plaintiff 甲 { person gender female born 1985-03-02 ethnicity 汉族 id 110105198503021233 address "A" residence "B" employer "C" phone 13800000000 service-address "D" e-service yes }
  defendant 乙 { company credit-code 91110108MA01ABCD1E representative 丁 title 经理 address "E" }
  third-party 丙 { organization }
  agent 戊 { firm "F" phone 13900000000 authority general for 甲 }
  loan L {
    lender 甲
    borrower 乙
    guarantor 丙 general until 2025-01-01
    amount 5万元
    signed 2023-01-10 evidence 借条
    delivered 2023-01-10 50000元 alipay evidence 回单
    deducted 1000元
    due 2024-01-10
    interest 1% per month
    overdue-interest 0.05% per day
    penalty 2000元
    fees 1%
    daycount 360
    purpose "经营"
    evidence 借条
  }
  loan M { lender 甲 borrower 乙 delivered 2023-02-01 100元 cash due on-demand installment 2023-03-01 50元 interest unclear }
  repaid 2023-07-10 3000元 loan L to principal wechat evidence 回单
  demanded 2025-06-01 of 乙, 丙 lawyer-letter evidence 函
  acknowledged 2025-07-01 by 乙 evidence 函
  evidence 借条 { kind iou original proves "G" source "H" pages 2 }
  evidence 回单 { kind bank-statement copy }
  evidence 函 { kind letter }
  claim principal
  claim interest until 2026-12-31
  claim penalty
  claim fees 5000元 "律师费"
  claim guarantee 丙
  claim costs
  claim other "I"
  note "J"
}`;

describe('both spellings', () => {
  it('every construct written in Chinese and in English keywords gives the same model', () => {
    assert.deepStrictEqual(shape(EN), shape(ZH));
  });

  it('English and Chinese keywords mix freely', () => {
    const mixed = ZH.replace('出借人 甲', 'lender 甲').replace('请求 本金', 'claim 本金').replace('交付 2023-02-01', 'delivered 2023-02-01');
    assert.deepStrictEqual(shape(mixed), shape(ZH));
  });

  it('reads the values of the complete example exactly', () => {
    const c = run(ZH).model.cases[0];
    const l = c.loans[0];
    assert.deepStrictEqual([c.procedure?.value, c.parties[2].role, c.parties[2].kind, c.agents[0].authority?.value], ['simplified', 'third-party', 'organization', 'general']);
    assert.deepStrictEqual([l.guarantors[0].type, l.guarantors[0].until?.value, l.daycount, l.due?.value], ['general', '2025-01-01', 360, '2024-01-10']);
    assert.ok(l.deducted?.value.equals(1000) && (l.penalty?.value as Decimal).equals(2000));
    const m = c.loans[1];
    assert.deepStrictEqual([m.due?.value, m.interest?.value, m.installments.length, m.deliveries[0].method?.value], ['on-demand', 'unclear', 1, 'cash']);
    const [rep, dem, ack] = c.events;
    assert.ok(rep.kind === 'repaid' && rep.allocation?.value === 'principal' && rep.loans[0] === 'L');
    assert.ok(dem.kind === 'demanded' && dem.of.map((p) => p.name).join() === '乙,丙' && dem.channel?.value === 'lawyer-letter');
    assert.ok(ack.kind === 'acknowledged' && ack.by?.name === '乙');
    assert.deepStrictEqual(c.claims.map((x) => x.kind), ['principal', 'interest', 'penalty', 'fees', 'guarantee', 'costs', 'other']);
    assert.strictEqual(c.evidence[0].pages?.value, 2);
    assert.ok(c.evidence[1].copy && !c.evidence[1].original);
  });
});

describe('literal spellings', () => {
  const loan = (field: string) => run(`案件 x { 借款 L { ${field} } }`).model.cases[0].loans[0];
  it('dates: 2023-01-10, 2023/1/10 and 2023年1月10日 are the same day', () => {
    for (const d of ['2023-01-10', '2023/1/10', '2023年1月10日']) assert.strictEqual(loan(`签订 ${d}`).signed?.value, '2023-01-10', d);
  });
  it('money: separators, 万, 元, ¥, ￥ and CNY; exact decimals', () => {
    const cases: [string, string][] = [['50,000.00', '50000'], ['50,000元', '50000'], ['5万元', '50000'], ['5.5万', '55000'],
      ['¥3000.5', '3000.5'], ['￥1,234,567.89元', '1234567.89'], ['CNY 100', '100'], ['5.555万', '55550'], ['0.01元', '0.01']];
    for (const [m, v] of cases) assert.ok(loan(`金额 ${m}`).amount?.value.equals(new Decimal(v)), m);
  });
  it('rates: a period after the percent; none means per year', () => {
    const cases: [string, string, string][] = [['12%', '12', 'year'], ['1%/月', '1', 'month'], ['0.05%/日', '0.05', 'day'],
      ['12% per year', '12', 'year'], ['1.5% per month', '1.5', 'month'], ['12%/年', '12', 'year']];
    for (const [r, v, p] of cases) {
      const rate = loan(`利率 ${r}`).interest?.value as { value: Decimal; period: string };
      assert.ok(rate.value.equals(new Decimal(v)) && rate.period === p, r);
    }
  });
  it('strings: escapes in "…", Chinese quotes “…”', () => {
    const c = run('案件 x { 备注 "他说\\"还钱\\"\\\\" 备注 “中文引号” }').model.cases[0];
    assert.deepStrictEqual(c.notes.map((n) => n.value), ['他说"还钱"\\', '中文引号']);
  });
  it('soft keywords: a keyword in a name position is a name (证据 借条 { 类型 借条 })', () => {
    const c = run('案件 借款 { 原告 原告 证据 借条 { 类型 借条 } }').model.cases[0];
    assert.deepStrictEqual([c.name, c.parties[0].name, c.evidence[0].name, c.evidence[0].kind?.value], ['借款', '原告', '借条', 'iou']);
  });
  it('names keep keywords inside them: 借款一 is a name, not 借款 + 一', () => {
    assert.strictEqual(run('案件 x { 借款 借款一 { 出借人 原告甲 } }').model.cases[0].loans[0].name, '借款一');
  });
  it('telephone numbers as written: with an area-code hyphen, with +86, and a spaced currency sign', () => {
    const a = run('案件 x { 原告 甲 { 电话 010-88888888 } 被告 乙 { 电话 +8613800000000 } 借款 L { 金额 ¥ 100 } }');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.code.startsWith('DEBT1')), []);
    const c = a.model.cases[0];
    assert.deepStrictEqual([c.parties[0].phone?.value, c.parties[1].phone?.value, c.loans[0].amount?.value.toString()], ['010-88888888', '+8613800000000', '100']);
  });
  it('a credit code typed in lower case is the same code (GB 32100 letters are capitals)', () => {
    const upper = run('当事人 某公司 { 法人 统一社会信用代码 91330100MA27XXXX0F }').diagnostics.filter((d) => /DEBT21[5]|DEBT220/.test(d.code));
    const lower = run('当事人 某公司 { 法人 统一社会信用代码 91330100ma27xxxx0f }').diagnostics.filter((d) => /DEBT21[5]|DEBT220/.test(d.code));
    assert.deepStrictEqual([upper, lower], [[], []]);
  });
  it('a name may start with a bracket or a hyphen, any name character but a digit (spec §2)', () => {
    const a = run('案件 x { 原告 （北京）某某有限公司 { 法人 } 被告 (甲)贸易部 被告 -乙- }');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.code.startsWith('DEBT1')), []);
    assert.deepStrictEqual(a.model.cases[0].parties.map((p) => p.name), ['（北京）某某有限公司', '(甲)贸易部', '-乙-']);
  });
  it('comments and separators are ignored', () => {
    const c = run('// 注释\n案件 x { /* 块\n注释 */ 法院 某法院；起诉日 2024-01-01; }').model.cases[0];
    assert.deepStrictEqual([c.court?.value, c.filing?.value], ['某法院', '2024-01-01']);
  });
});

describe('names in any script', () => {
  it('Greek, Hangul, CJK extension B, 〇 and 々, Latin with diacritics, fullwidth brackets, middle dot', () => {
    const names = ['Ελένη', '김철수', '𠀀𠀁', '二〇二三', '佐々木', 'Müller-Lüdenscheidt', '甲（乙）', '阿卜杜·热合曼'];
    const c = run(`案件 x { ${names.map((n) => `被告 ${n}`).join(' ')} }`).model.cases[0];
    assert.deepStrictEqual(c.parties.map((p) => p.name), names);
  });
  it('a character that is no letter (×) is reported, the names around it kept', () => {
    const a = run('案件 x { 被告 甲×乙 }');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.code === 'DEBT104').map((d) => d.range.start.character), [11]);
  });
});
