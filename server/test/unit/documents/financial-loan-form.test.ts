/**
 * A licensed lender's 要素式 complaint follows the official 2025 民事起诉状（金融借款合同纠纷） (法〔2025〕82号): the rows
 * below are typed from that form's DOCX (诉讼请求 row 2; 事实与理由 rows 2, 3, 5, 14–19), not from the code. Only what the file records
 * is ticked or written: it records no 逾期上浮 and no 复利 (unticked, blanks); `逾期利率` and `违约金` go under 罚息（违约金）.
 */
import * as assert from 'assert';
import { lines, doc } from './samples';
import { build, inlineCase } from './recovery-fixtures';

const facts = (all: string[]) => all.slice(all.indexOf('事实与理由'), all.indexOf('对纠纷解决方式的意愿'));
const B = '＿＿＿＿';

describe('licensed lender: the 金融借款合同纠纷 form\'s rows', function () {
  this.timeout(20000); // the first analysis in a process loads the holiday and LPR tables
  it('samples/licensed-lender.debt (小额贷款公司, 18 %, 逾期利率 27 %): rows 2, 3, 5 and 14–19 as the form prints them', () => {
    const f = facts(lines(doc('licensed-lender.debt', 'element').d));
    assert.ok(f.includes('2. 合同主体 | 贷款人：北京某某小额贷款有限公司\n借款人：孙强'));
    // The form's row 3 has 约定 and 实际发放 only (no 提供方式 line).
    assert.ok(f.includes('3. 借款金额 | 约定：100,000.00元\n实际发放：100,000.00元'));
    assert.ok(f.includes(`5. 借款利率 | 利率☑　18%/年（合同条款：第${B}条）\n逾期上浮☐　${B}%/年（合同条款：第${B}条）\n`
      + `复利☐　（合同条款：第${B}条）\n罚息（违约金）☑　27%/年（合同条款：第${B}条）`), f.join('\n'));
    assert.ok(f.includes('14. 是否签订保证合同 / 保函 | 是☐　签订时间：　保证人：\n　主要内容：\n否☑'));
    assert.ok(f.includes('15. 保证方式 | 一般保证☐\n连带责任保证☐'));
    const labels = f.map((l) => l.split(' | ')[0]).filter((l) => /^1[5-9]\. /.test(l));
    assert.deepStrictEqual(labels, ['15. 保证方式', '16. 其他担保方式', '17. 请求承担责任的依据', '18. 其他需要说明的内容（可另附页）', '19. 证据清单（可另附页）']);
    assert.ok(f.includes('19. 证据清单（可另附页） | 见附页《证据清单》（共4项）'));
  });

  it('a bank loan with a 违约金 beside the overdue rate, a monthly rate and a joint guarantor', () => {
    const a = inlineCase(`案件 某银行诉钱七借款合同纠纷 {
  法院 北京市海淀区人民法院
  起诉日 2025-06-02
  原告 某银行 { 法人 机构类型 银行 统一社会信用代码 91110108MA01ABCD1E 住所 "北京市海淀区某路1号" }
  被告 钱七 { 自然人 身份证号 110108199001011231 住所 "北京市海淀区某路2号" }
  被告 孙八 { 自然人 身份证号 110105198503021233 住所 "北京市朝阳区某路3号" }
  借款 L {
    出借人 某银行
    借款人 钱七
    保证人 孙八 连带 保证期间至 2028-02-28
    签订 2024-03-01 证据 合同
    交付 2024-03-01 100000元 转账 证据 凭证
    到期 2025-02-28
    利率 1%/月
    逾期利率 18%
    违约金 2000元
  }
  证据 合同 { 类型 借款合同 原件 }
  证据 凭证 { 类型 转账记录 }
  请求 本金
  请求 利息
  请求 保证责任 孙八
}
`);
    const f = facts(lines(build(a, 'complaint')));
    assert.ok(f.includes(`5. 借款利率 | 利率☑　1%/月（合同条款：第${B}条）\n逾期上浮☐　${B}%/年（合同条款：第${B}条）\n`
      + `复利☐　（合同条款：第${B}条）\n罚息（违约金）☑　罚息18%/年、违约金2,000.00元（合同条款：第${B}条）`), f.join('\n'));
    assert.ok(f.includes(`14. 是否签订保证合同 / 保函 | 是☑　签订时间：${B}　保证人：孙八\n　主要内容：保证期间至2028年2月28日\n否☐`), f.join('\n'));
    assert.ok(f.includes('15. 保证方式 | 一般保证☐\n连带责任保证☑'));
  });

  it('诉讼请求 row 2 「利息（期内利息、复利、罚息）」: the split where the stated rows add up, blanks where payments went to interest', () => {
    // licensed-lender.debt: 9,000 paid against interest, so the report does not say which interest remains: blanks.
    const sampleRow = lines(doc('licensed-lender.debt', 'element').d).find((l) => l.startsWith('2. 利息'))!;
    assert.ok(sampleRow.startsWith(`2. 利息（期内利息、复利、罚息） | 截至2025年6月1日止，欠利息15,879.45元、期内利息${B}元、复利无、罚息（违约金）${B}元；`), sampleRow);
    // A bank loan of 100,000 at 12 %, due 2025-02-28, overdue 18 %, nothing paid, filed 2025-06-02 (through 2025-06-01):
    //   period 2024-03-01…2025-02-28 = 365 days: 100,000 × 12 % × 365 / 365 = 12,000.00
    //   overdue 2025-03-01…2025-06-01 = 31 + 30 + 31 + 1 = 93 days: 18,000 × 93 / 365 = 4,586.3013… → 4,586.30; total 16,586.30
    const a = inlineCase(`案件 某银行诉钱七借款合同纠纷 {
  法院 北京市海淀区人民法院
  起诉日 2025-06-02
  原告 某银行 { 法人 机构类型 银行 统一社会信用代码 91110108MA01ABCD1E 住所 "北京市海淀区某路1号" }
  被告 钱七 { 自然人 身份证号 110108199001011231 住所 "北京市海淀区某路2号" }
  借款 L { 出借人 某银行 借款人 钱七 签订 2024-03-01 证据 合同 交付 2024-03-01 100000元 转账 证据 凭证 到期 2025-02-28 利率 12% 逾期利率 18% }
  证据 合同 { 类型 借款合同 原件 }
  证据 凭证 { 类型 转账记录 }
  请求 本金
  请求 利息
}
`);
    const row = lines(build(a, 'complaint')).find((l) => l.startsWith('2. 利息'))!;
    assert.ok(row.startsWith('2. 利息（期内利息、复利、罚息） | 截至2025年6月1日止，欠利息16,586.30元、期内利息12,000.00元、复利无、罚息（违约金）4,586.30元；'), row);
  });

  it('a private loan keeps the 民间借贷 form (签订主体, 提供方式, one 利率 line, 14 是否签订保证合同)', () => {
    const f = facts(lines(doc('loan-basic.debt', 'element').d));
    assert.ok(f.some((l) => l.startsWith('2. 签订主体 | 出借人：')));
    assert.ok(f.some((l) => l.includes('\n提供方式：')));
    assert.ok(!f.some((l) => l.includes('逾期上浮') || l.includes('复利')));
    assert.ok(f.some((l) => l.startsWith('14. 是否签订保证合同 | ')));
    assert.ok(f.some((l) => l.startsWith('18. 证据清单（可另附页）')));
    assert.ok(lines(doc('loan-basic.debt', 'element').d).some((l) => l.startsWith('2. 利息 | 截至')));
  });
});
