/** What every section reads: the case, its report (figures), and helpers to find parties and evidence by name. */
import Decimal from 'decimal.js';
import { Analysis } from '../analyze';
import { CaseReport, LoanReport } from '../law/analyze-law';
import { Case, Evidence, Loan, Method, Party } from '../model/types';
import { Range } from '../text/range';

export interface CaseData {
  uri: string;
  c: Case;
  report: CaseReport;
  /** Each loan of the case with its report (same order). */
  loans: { loan: Loan; r: LoanReport }[];
}

export function caseData(a: Analysis, i: number): CaseData {
  const c = a.model.cases[i];
  const report = a.cases[i];
  return { uri: a.uri, c, report, loans: c.loans.map((loan, k) => ({ loan, r: report.loans[k] })) };
}

export function party(d: CaseData, name: string | undefined): Party | undefined {
  return d.c.parties.find((p) => p.name === name);
}

export function evidence(d: CaseData, name: string): Evidence | undefined {
  return d.c.evidence.find((e) => e.name === name);
}

/** A range only when it lies in this document (ranges of used files cannot be revealed here). */
export function here(d: CaseData, uri: string, r: Range | undefined): Range | undefined {
  return uri === d.uri ? r : undefined;
}

/** Sum of report amounts (two-decimal strings): adding stated figures, not recomputing them. */
export function sum(values: string[]): Decimal {
  return values.reduce((s, v) => s.plus(v), new Decimal(0));
}

export const METHOD_ZH: Record<Method, string> = {
  transfer: '银行转账', cash: '现金', wechat: '微信转账', alipay: '支付宝转账', bill: '票据', other: '其他方式',
};

export const KIND_ZH: Record<string, string> = {
  iou: '借条', contract: '借款合同', receipt: '收条', transfer: '转账记录', 'bank-statement': '银行流水', chat: '聊天记录',
  recording: '录音', video: '视频', sms: '短信', email: '邮件', letter: '函件', notarized: '公证书', witness: '证人证言',
  identity: '身份证明', other: '其他',
};

/** 「张三」 or 「刘洋、赵敏」. */
export function names(refs: { name: string }[]): string {
  return refs.map((r) => r.name).join('、');
}
