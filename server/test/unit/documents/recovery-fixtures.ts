/** Inline cases for the recovery documents (催款函, 支付令申请书), analysed like the samples. */
import { analyze, Analysis } from '../../../src/core/analyze';
import { buildDocument, DocumentKind, LegalDocument } from '../../../src/core/documents';

export function inlineCase(text: string): Analysis {
  return analyze('file:///work/case.debt', text, { read: () => undefined }, { today: '2026-06-01' });
}

export function build(a: Analysis, kind: DocumentKind, locale: 'zh' | 'en' = 'zh'): LegalDocument {
  return buildDocument(a, 0, { kind, style: 'element', locale });
}

/**
 * Two natural persons, no lawyer: 100,000 lent 2023-01-10, due 2023-06-30, no rate agreed, filed 2024-01-02.
 * No rate at all: no interest for the term (民法典第680条), overdue interest at the LPR (规定第28条第2款第1项).
 */
export const NO_RATE = `案件 王五诉赵六民间借贷纠纷 {
  法院 北京市海淀区人民法院
  起诉日 2024-01-02
  原告 王五 { 自然人 身份证号 110105198503021233 住所 "北京市朝阳区某路1号" 电话 13800000001 }
  被告 赵六 { 自然人 身份证号 110108199001011231 住所 "北京市海淀区某路2号" }
  借款 L { 出借人 王五 借款人 赵六 签订 2023-01-10 证据 借条 交付 2023-01-10 100000元 转账 到期 2023-06-30 }
  催收 2023-09-01 向 赵六 催款函 限期 2023-09-15 送达 2023-09-03 证据 函件
  证据 借条 { 类型 借条 原件 }
  证据 函件 { 类型 函件 }
  请求 本金
  请求 利息 至 实际清偿之日
  请求 诉讼费用
}
`;

/** NO_RATE with a pre-suit preservation of 50,000 against 赵六's bank account, insured. */
export const PRESERVED = NO_RATE.replace('  证据 借条', `  财产 工资卡 { 类型 银行账户 所有人 赵六 描述 "中国银行北京海淀支行 6216 **** 1234" }
  保全 诉前 金额 50000元 对象 工资卡 担保 保险 申请 2023-12-20 裁定 2023-12-22
  证据 借条`);

/**
 * NO_RATE decided: 100,000 ordered, performance by 2024-06-30, 20,000 paid 2024-08-01, as of 2024-09-01.
 */
export const JUDGED = NO_RATE.replace('起诉日 2024-01-02', '起诉日 2024-09-01').replace('  证据 借条', `  财产 车辆 { 类型 车辆 所有人 赵六 描述 "京A12345" }
  判决 "（2024）京0108民初100号" { 法院 北京市海淀区人民法院 生效 2024-06-20 履行期限 2024-06-30 判决金额 100000元 还款 2024-08-01 20000元 }
  证据 借条`);
