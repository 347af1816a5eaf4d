/** Generated cases for the benchmarks: realistic, varied names, amounts and dates; the same facts as JSON. */
import { addDays } from '../server/src/core/text/dates';

export interface GeneratedCase { text: string; json: unknown }

export function generateCase(i: number): GeneratedCase {
  const lender = `出借人${i}`, borrower = `借款人${i}`;
  const start = addDays('2021-01-04', (i * 37) % 1200);
  const due = addDays(start, 180 + (i % 5) * 90);
  const amount = 10_000 + ((i * 7919) % 490) * 1000;
  const repaid = addDays(start, 60 + (i % 7) * 10);
  const text = `案件 "${lender}诉${borrower}民间借贷纠纷${i}" {
  法院 某某市某某区人民法院
  起诉日 2026-08-01
  原告 ${lender} { 自然人 身份证号 110105198503021233 住所 "北京市朝阳区建国路${i}号" 电话 13800000000 }
  被告 ${borrower} { 自然人 身份证号 110108199001011231 住所 "北京市海淀区中关村大街${i}号" }
  借款 借款${i} {
    出借人 ${lender}
    借款人 ${borrower}
    金额 ${amount}元
    签订 ${start} 证据 借条${i}
    交付 ${start} ${amount}元 转账 证据 转账凭证${i}
    到期 ${due}
    利率 ${(i % 20) + 4}%/年
    逾期利率 ${(i % 10) + 12}%
  }
  还款 ${repaid} ${Math.floor(amount / 10)}元 转账 证据 还款记录${i}
  催收 ${addDays(due, 100)} 向 ${borrower} 微信 证据 聊天记录${i}
  证据 借条${i} { 类型 借条 原件 证明 "借贷合意" }
  证据 转账凭证${i} { 类型 转账记录 证明 "已交付" }
  证据 还款记录${i} { 类型 转账记录 证明 "部分还款" }
  证据 聊天记录${i} { 类型 聊天记录 证明 "催收，账号实名为被告" }
  请求 本金
  请求 利息 至 实际清偿之日
  请求 诉讼费用
}
`;
  const json = {
    name: `${lender}诉${borrower}民间借贷纠纷${i}`, court: '某某市某某区人民法院', filing: '2026-08-01',
    parties: [
      { role: 'plaintiff', name: lender, kind: 'person', id: '110105198503021233', address: `北京市朝阳区建国路${i}号`, phone: '13800000000' },
      { role: 'defendant', name: borrower, kind: 'person', id: '110108199001011231', address: `北京市海淀区中关村大街${i}号` },
    ],
    loans: [{
      name: `借款${i}`, lender, borrowers: [borrower], amount: `${amount}`, signed: start, signedProofs: [`借条${i}`],
      deliveries: [{ date: start, amount: `${amount}`, method: 'transfer', proofs: [`转账凭证${i}`] }],
      due, interest: { value: `${(i % 20) + 4}`, period: 'year' }, overdueInterest: { value: `${(i % 10) + 12}`, period: 'year' },
    }],
    events: [
      { kind: 'repaid', date: repaid, amount: `${Math.floor(amount / 10)}`, method: 'transfer', proofs: [`还款记录${i}`] },
      { kind: 'demanded', date: addDays(due, 100), of: [borrower], channel: 'wechat', proofs: [`聊天记录${i}`] },
    ],
    evidence: [
      { name: `借条${i}`, kind: 'iou', original: true, proves: '借贷合意' }, { name: `转账凭证${i}`, kind: 'transfer', proves: '已交付' },
      { name: `还款记录${i}`, kind: 'transfer', proves: '部分还款' }, { name: `聊天记录${i}`, kind: 'chat', proves: '催收，账号实名为被告' },
    ],
    claims: [{ kind: 'principal' }, { kind: 'interest', until: 'paid' }, { kind: 'costs' }],
  };
  return { text, json };
}

export function generateFile(n: number): { text: string; json: string } {
  const cases = Array.from({ length: n }, (_, i) => generateCase(i));
  return { text: cases.map((c) => c.text).join('\n'), json: JSON.stringify(cases.map((c) => c.json)) };
}

/**
 * Median milliseconds of one call of `fn`, over `runs` samples of `batch` calls each (batching steadies sub-ms
 * timings). Warm-up runs at least `warmup` batches and at least `warmupMs`: long enough for the JIT to settle and
 * for V8 to size its young generation for this input, so the samples show the steady state and not the start-up.
 */
export function median(fn: () => void, runs: number, warmup = 3, batch = 1, warmupMs = 300): number {
  const start = Date.now();
  for (let i = 0; i < warmup || Date.now() - start < warmupMs; i++) for (let j = 0; j < batch; j++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    for (let j = 0; j < batch; j++) fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6 / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
