/** A judgment with every kind of award item, a joint guarantor with a scope, partly performed (spec §8.2). */
/**
 * The fixture: 乙 borrower, 丙 joint guarantor for the principal only; partly performed.
 *   判项 1 本金 100,000 由 乙
 *   判项 2 利息 基数 100,000 按 14.6% 自 2024-01-01 至 实际清偿之日 由 乙 — 100,000 × 14.6 % ÷ 365 = 40.00 a day
 *   判项 3 费用 5,000 "律师费" 由 乙
 *   判项 4 受理费 2,300 (no 由: every defendant not named in 连带 = 乙)
 *   连带 丙 范围 本金; 生效 2024-03-19, 履行期限 2024-03-29 → delay from 2024-03-30; 还款 2024-05-10 20,000; as of 2024-06-30.
 *
 * Running interest, rows split at the first day of delay and at the payment:
 *   2024-01-01 … 2024-03-29: 31 + 29 (2024 is a leap year) + 29 = 89 days × 40.00 = 3,560.00
 *   2024-03-30 … 2024-05-10:  2 + 30 + 10 = 42 days × 40.00 = 1,680.00
 * Doubled part to the payment: base = 100,000 + 5,000 + 2,300 = 107,300 (general interest excluded)
 *   42 days × 107,300 × 0.000175 = 18.7775 × 42 = 788.655 → 788.66
 * The payment of 20,000 (民法典第561条, then 第4条): fees 5,000 + 2,300 = 7,300 → 12,700 left; interest 3,560 + 1,680 = 5,240
 *   → 7,460 left; principal 7,460 → 92,540 unpaid; nothing reaches the doubled part.
 * After the payment (2024-05-11 … 2024-06-30 = 21 + 30 = 51 days):
 *   running interest on 92,540: 92,540 × 14.6 % ÷ 365 = 37.016 a day × 51 = 1,887.816 → 1,887.82
 *   doubled part on 92,540: 92,540 × 0.000175 = 16.1945 × 51 = 825.9195 → 825.92
 * Totals: general interest 3,560 + 1,680 + 1,887.82 = 7,127.82, of which in the delay period 1,680 + 1,887.82 = 3,567.82;
 *   doubled 788.66 + 825.92 = 1,614.58. Ordered 100,000 + 7,127.82 + 5,000 + 2,300 = 114,427.82; paid 20,000;
 *   unpaid 92,540 + 1,887.82 = 94,427.82; enforcement amount 94,427.82 + 1,614.58 = 96,042.40;
 *   fee 50 + (96,042.40 − 10,000) × 1.5 % = 50 + 1,290.636 = 1,340.636 → 1,340.64.
 *   乙 owes 96,042.40; 丙 (principal only) owes 92,540.00.
 *   Window: the payment of 2024-05-10 restarts two years: 2026-05-10 (Sunday) → 2026-05-11.
 */
export const AWARDS_CASE = [
  '案件 甲诉乙民间借贷纠纷执行 {',
  '  法院 北京市朝阳区人民法院',
  '  起诉日 2024-06-30',
  '  原告 甲 { 自然人 身份证号 110105198503021233 住所 "北京市朝阳区建国路1号" }',
  '  被告 乙 { 自然人 身份证号 110108199001011231 住所 "北京市朝阳区望京街10号" }',
  '  被告 丙 { 自然人 身份证号 11010519880707123X 住所 "北京市海淀区中关村大街20号" }',
  '  财产 车辆一 { 类型 车辆 所有人 乙 描述 "京A12345" }',
  '  财产 房产一 { 类型 不动产 所有人 丙 描述 "北京市海淀区中关村大街20号院3号楼502室" }',
  '  判决 "（2024）京0105民初888号" {',
  '    法院 北京市朝阳区人民法院',
  '    生效 2024-03-19',
  '    履行期限 2024-03-29',
  '    判项 本金 100000元 由 乙',
  '    判项 利息 基数 100000元 按 14.6% 自 2024-01-01 至 实际清偿之日 由 乙',
  '    判项 费用 5000元 "律师费" 由 乙',
  '    判项 受理费 2300元',
  '    连带 丙 范围 本金',
  '    还款 2024-05-10 20000元',
  '  }',
  '}',
].join('\n');
