/** A case with several debtors (spec §8.1), shared by the obligations, hover and property tests. */

/**
 * Two loans, filed 2025-01-01 (interest through 2024-12-31):
 * - A: 100,000 lent 2024-01-01 to 乙 and 丙 (co-borrowers), due 2024-12-31 at 10 %; 丁 guarantees it jointly, principal only.
 * - B: 50,000 lent 2024-07-01 to 乙, due 2024-12-31 at 12 %; 戊 is 乙's spouse (共同生活), 己 joined the debt,
 *   庚 guarantees it generally up to 20,000.
 * 辛 is sued but tied to no loan.
 */
export const TWO_LOANS = `案件 多人 {
  法院 某某人民法院
  起诉日 2025-01-01
  原告 甲 { 自然人 }
  被告 乙 { 自然人 }
  被告 丙 { 自然人 }
  被告 丁 { 自然人 }
  被告 戊 { 自然人 }
  被告 己 { 自然人 }
  被告 庚 { 自然人 }
  被告 辛 { 自然人 }
  借款 A {
    出借人 甲
    借款人 乙、丙
    保证人 丁 连带 范围 本金
    交付 2024-01-01 100000元 转账
    到期 2024-12-31
    利率 10%
  }
  借款 B {
    出借人 甲
    借款人 乙
    配偶 戊 依据 共同生活
    债务加入 己
    保证人 庚 一般 范围 20000元
    交付 2024-07-01 50000元 转账
    到期 2024-12-31
    利率 12%
  }
  请求 本金
  请求 利息
  请求 保证责任 丁
  请求 保证责任 庚
}
`;
