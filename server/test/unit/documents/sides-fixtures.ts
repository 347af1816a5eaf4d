/** Debtor-side cases for the documents of both sides (spec §8.4), analysed like the samples. */
import { analyze, Analysis } from '../../../src/core/analyze';
import { buildDocument, DocumentKind, LegalDocument } from '../../../src/core/documents';

export function inline(text: string): Analysis {
  return analyze('file:///work/case.debt', text, { read: () => undefined }, { today: '2026-06-01' });
}

export function build(a: Analysis, kind: DocumentKind): LegalDocument {
  return buildDocument(a, 0, { kind, style: 'element', locale: 'zh' });
}

/**
 * Every defence present, the lawyer (丁) acting for both defendants, as of 2024-06-01 (interest through 2024-05-31):
 * - the court (上海浦东) is none of the domiciles (北京) → jurisdiction;
 * - loan A due 2020-06-30, nothing since → the period ended 2023-06-30 (民法典第188条);
 * - loan B: IOU 100,000, 10,000 kept back → principal 90,000 (规定第26条); 24 % agreed, formed 2023-01-10, cap
 *   4 × 3.65 % = 14.60 %: 90,000 × 14.60 % = 13,140 a year; 2023-01-10…07-09 (181 days) 13,140 × 181 / 365 = 6,516.00;
 *   the 5,000 paid 2023-07-10 all goes to that interest (民法典第561条) → 1,516.00 left; 2023-07-10…12-31 (175 days)
 *   6,300.00; overdue 2024-01-01…05-31 (152 days) at 14.60 % 5,472.00 → interest owed 1,516 + 6,300 + 5,472 = 13,288.00.
 *   Above the cap over the term: 90,000 × 9.40 % = 8,460 a year: × 181 / 365 = 4,195.23 and × 175 / 365 = 4,056.16 → 8,251.39;
 * - 丙's joint guarantee ran to 2024-03-31 with no demand on him → released (民法典第693条).
 */
export const ALL = `案件 "甲诉乙、丙民间借贷纠纷" {
  法院 上海市浦东新区人民法院
  起诉日 2024-06-01
  原告 甲 { 自然人 身份证号 110105198503021233 住所 "北京市朝阳区建国路1号" }
  被告 乙 { 自然人 身份证号 110108199001011231 住所 "北京市海淀区中关村大街1号" }
  被告 丙 { 自然人 身份证号 110105198503021233 住所 "北京市海淀区学院路5号" }
  代理人 丁 { 律所 "北京某某律师事务所" 电话 13900000000 代理权限 特别授权 委托人 乙、丙 }
  借款 A {
    出借人 甲
    借款人 乙
    签订 2020-01-01 证据 借条A
    交付 2020-01-01 20000元 转账 证据 回单A
    到期 2020-06-30
    利率 无
  }
  借款 B {
    出借人 甲
    借款人 乙
    保证人 丙 连带 保证期间至 2024-03-31
    金额 100000元
    签订 2023-01-10 证据 借条B
    交付 2023-01-10 100000元 转账 证据 回单B
    预扣利息 10000元
    到期 2023-12-31
    利率 24%
  }
  还款 2023-07-10 5000元 借款 B 转账 证据 还款记录
  证据 借条A { 类型 借条 原件 }
  证据 回单A { 类型 转账记录 }
  证据 借条B { 类型 借条 原件 }
  证据 回单B { 类型 转账记录 }
  证据 还款记录 { 类型 转账记录 }
}
`;

/** Nothing to answer with: 10 % (within 14.60 %), all delivered, nothing repaid, not lapsed, a court named without a place. */
export const NONE = `案件 甲诉乙民间借贷纠纷 {
  法院 某某人民法院
  起诉日 2024-06-01
  原告 甲 { 自然人 身份证号 110105198503021233 住所 "北京市朝阳区建国路1号" }
  被告 乙 { 自然人 身份证号 110108199001011231 住所 "北京市海淀区中关村大街1号" 电话 13800000000 }
  代理人 丁 { 律所 "北京某某律师事务所" 电话 13900000000 代理权限 一般授权 委托人 乙 }
  借款 L {
    出借人 甲
    借款人 乙
    签订 2023-01-10 证据 借条
    交付 2023-01-10 10000元 转账 证据 回单
    到期 2023-06-30
    利率 10%
  }
  证据 借条 { 类型 借条 原件 }
  证据 回单 { 类型 转账记录 }
}
`;

/** NONE for the creditor (丁 acts for 甲): the debtor's documents are refused, the creditor's are made. */
export const FOR_CREDITOR = NONE.replace('代理权限 一般授权 委托人 乙', '代理权限 一般授权 委托人 甲');
