/**
 * An application to a court or a mediator interrupts the limitation period on the day it is made (时效规定第10条、
 * 第11条（一）、第12条); an ordinary demand on the day it reaches the debtor (时效规定第8条; spec §7.2 `送达`).
 * Loan due 2023-03-01 → period from 2023-03-01. Interrupted on 2025-03-03 (a Monday) → last day 2028-03-03 (a Friday).
 * Served on 2025-03-20 instead → 2028-03-20 (a Monday).
 */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';

const text = (channel: string) => `案件 甲诉乙 {
  法院 某区人民法院
  起诉日 2025-06-02
  原告 甲 { 身份证号 110105198503021233 住所 "北京市朝阳区" }
  被告 乙 { 身份证号 110108199001011231 住所 "北京市海淀区" }
  借款 一 { 出借人 甲 借款人 乙 交付 2022-03-01 10000元 转账 证据 凭证 到期 2023-03-01 利率 无 证据 借条 }
  催收 2025-03-03 向 乙 ${channel} 送达 2025-03-20 证据 回执
  证据 借条 { 类型 借条 原件 }
  证据 凭证 { 类型 转账记录 }
  证据 回执 { 类型 函件 }
}`;

const limitation = (channel: string) => {
  const a = analyze('file:///x.debt', text(channel), { read: () => undefined });
  const l = a.cases[0].loans[0].limitation;
  return [l.interruptions, l.end];
};

describe('interruption by an application or by a demand', () => {
  it('a payment order interrupts on the day it was applied for, not when served', () => {
    assert.deepStrictEqual(limitation('支付令'), [['2025-03-03'], '2028-03-03']);
  });
  it('a suit and a mediation request too', () => {
    assert.deepStrictEqual(limitation('起诉'), [['2025-03-03'], '2028-03-03']);
    assert.deepStrictEqual(limitation('调解'), [['2025-03-03'], '2028-03-03']);
  });
  it('a lawyer\'s letter interrupts on the day it was served', () => {
    assert.deepStrictEqual(limitation('律师函'), [['2025-03-20'], '2028-03-20']);
  });
});
