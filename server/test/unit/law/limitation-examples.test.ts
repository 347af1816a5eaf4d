/** rules.md §12 limitation examples and the holiday rule of 民法典第203条 (calendar from chinese-days). */
import * as assert from 'assert';
import { law, loan0, personCase } from './law-helpers';
import { extendPastRestDays, isRestDay } from '../../../src/core/law/calendar';
import { addYears } from '../../../src/core/text/dates';

const lim = (filing: string, fields: string, extra = '') => {
  const a = law(personCase(filing, `交付 2021-01-05 10000元 转账\n利率 10%\n${fields}`, extra));
  return { a, l: loan0(a).limitation };
};

describe('limitation worked examples (rules.md §12)', () => {
  it('1. due 2022-05-31 → 2025-05-31 is a Saturday in the 端午 holiday → last day 2025-06-03', () => {
    const { l } = lim('2025-06-03', '到期 2022-05-31');
    assert.deepStrictEqual([l.start, l.end, l.status, l.holidayExtended], ['2022-05-31', '2025-06-03', 'running', true]);
  });
  it('1. filing on 2025-06-04, one day late, is lapsed — a warning (DEBT502), never an error', () => {
    const { a, l } = lim('2025-06-04', '到期 2022-05-31');
    assert.strictEqual(l.status, 'lapsed');
    const d = a.diagnostics.find((x) => x.code === 'DEBT502')!;
    assert.strictEqual(d.severity, 'warning');
    assert.match(d.message, /2025年6月3日/);
  });
  it('2. instalments: runs from the last instalment 2024-12-31 → 2027-12-31, 2027 calendar not yet known', () => {
    const { a, l } = lim('2026-11-24', '分期 2024-06-30 5000元\n分期 2024-12-31 5000元');
    assert.deepStrictEqual([l.start, l.end, l.basis], ['2024-12-31', '2027-12-31', 'installments']);
    assert.deepStrictEqual(l.holidayCalendarUnknown, ['2027']);
    assert.ok(a.diagnostics.some((d) => d.code === 'DEBT507'));
  });
  it('3. no term: demand on 2023-03-01 with 30 days of grace → 2023-03-31 → last day 2026-03-31', () => {
    const { l } = lim('2026-03-31', '到期 未约定', '催收 2023-03-01 向 乙 短信 证据 短信记录\n证据 短信记录 { 类型 短信 }');
    assert.deepStrictEqual([l.start, l.end, l.basis, l.status], ['2023-03-31', '2026-03-31', 'demand', 'running']);
  });
  it('3. no term and no demand: the period has not started (status unknown, DEBT501)', () => {
    const { a, l } = lim('2026-03-31', '到期 未约定');
    assert.strictEqual(l.status, 'unknown');
    assert.ok(a.diagnostics.some((d) => d.code === 'DEBT501'));
  });
  it('4. a partial repayment on 2024-02-10 restarts three years → 2027-02-10 (时效规定14)', () => {
    const { l } = lim('2026-11-24', '到期 2022-05-31', '还款 2024-02-10 1000元 转账 证据 回单\n证据 回单 { 类型 转账记录 }');
    assert.deepStrictEqual([l.end, l.interruptions], ['2027-02-10', ['2024-02-10']]);
  });
  it('4. an interruption with no evidence is flagged at the event (DEBT505)', () => {
    const { a } = lim('2026-11-24', '到期 2022-05-31', '还款 2024-02-10 1000元 转账');
    const d = a.diagnostics.find((x) => x.code === 'DEBT505')!;
    assert.ok(d.citations.includes('时效规定第14条'));
  });
  it('5. the 20-year bound: start 2022-06-01 → nothing after 2042-06-01 is protected', () => {
    const { l } = lim('2026-11-24', '到期 2022-06-01');
    assert.strictEqual(l.longStop, '2042-06-01');
    const late = lim('2042-06-02', '到期 2022-06-01', '确认 2041-01-01 由 乙 证据 确认书\n证据 确认书 { 类型 其他 }');
    assert.ok(late.a.diagnostics.some((d) => d.code === 'DEBT504'));
  });
  it('a payment after expiry waives the defence (民法典192 ¶2): DEBT506 instead of DEBT502', () => {
    const { a, l } = lim('2026-11-24', '到期 2020-05-31', '还款 2024-01-10 500元 转账 证据 回单\n证据 回单 { 类型 转账记录 }');
    assert.strictEqual(l.waived, '2024-01-10');
    assert.deepStrictEqual(a.diagnostics.filter((d) => d.code === 'DEBT502' || d.code === 'DEBT506').map((d) => d.code), ['DEBT506']);
  });
  it('warns within debt.limitation.warnDays (90) of the last day (DEBT503)', () => {
    const { a } = lim('2025-04-01', '到期 2022-05-31');
    const d = a.diagnostics.find((x) => x.code === 'DEBT503')!;
    assert.match(d.message, /2025年6月3日.*63天/);
  });
});

describe('holiday calendar (民法典第203条)', () => {
  it('make-up working days are working days: Sunday 2026-09-20 (国庆 调休) is not a rest day', () => {
    assert.strictEqual(isRestDay('2026-09-20'), false);
    assert.strictEqual(isRestDay('2026-09-19'), true);
  });
  it('2026-03-01 (Sunday) moves to Monday 2026-03-02', () => {
    assert.strictEqual(extendPastRestDays('2026-03-01').day, '2026-03-02');
  });
  it('the Spring Festival 2026 (02-15…02-23) moves a last day of 2026-02-16 to 2026-02-24', () => {
    assert.strictEqual(extendPastRestDays('2026-02-16').day, '2026-02-24');
  });
  it('a period from 2024-02-29 ends on 2027-02-28, the month end (民法典第202条)', () => {
    assert.strictEqual(addYears('2024-02-29', 3), '2027-02-28');
  });
});

describe('guarantee periods (民法典第692–694条)', () => {
  const g = (filing: string, guarantor: string, extra = '') => law(`案件 保证 {
  法院 某某法院
  起诉日 ${filing}
  原告 甲 { 自然人 }
  被告 乙 { 自然人 }
  被告 丙 { 自然人 }
  借款 L { 出借人 甲 借款人 乙 保证人 ${guarantor} 交付 2023-01-10 10000元 转账 到期 2024-01-10 利率 10% }
  ${extra}
  请求 保证责任 丙
}`);
  it('joint guarantee, demanded within six months of the due date: claimed, own limitation from the demand', () => {
    const a = g('2026-11-24', '丙 连带', '催收 2024-05-20 向 丙 律师函 证据 函\n证据 函 { 类型 函件 证明 "邮寄签收" }');
    assert.deepStrictEqual(loan0(a).limitation.guarantors, [{ name: '丙', type: 'joint', status: 'claimed', periodEnd: '2024-07-10', limitationEnd: '2027-05-20' }]);
  });
  it('joint guarantee, no demand within the period: released (DEBT508)', () => {
    const a = g('2026-11-24', '丙 连带');
    assert.strictEqual(loan0(a).limitation.guarantors[0].status, 'released');
    assert.ok(a.diagnostics.some((d) => d.code === 'DEBT508'));
  });
  it('general guarantee (the default), suit filed within the agreed period: in period', () => {
    const a = g('2024-06-01', '丙 保证期间至 2025-01-10');
    assert.deepStrictEqual(loan0(a).limitation.guarantors[0], { name: '丙', type: 'general', status: 'in-period', periodEnd: '2025-01-10' });
  });
  it('an agreed end not after the main due date counts as no agreement: six months (民法典692 ¶2)', () => {
    const a = g('2024-06-01', '丙 连带 保证期间至 2024-01-10');
    assert.strictEqual(loan0(a).limitation.guarantors[0].periodEnd, '2024-07-10');
  });
});
