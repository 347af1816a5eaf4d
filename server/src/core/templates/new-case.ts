/**
 * The skeleton of a new case file from a few answers (「新建案件」): parties, one loan, its evidence and the default
 * claims, in Chinese or English keywords. What the lawyer did not give stays out (never invented), and the law engine's
 * diagnostics then say what is missing.
 */
import { nameText as name } from '../syntax/name-text';

export interface NewCaseAnswers {
  lender: string;
  borrower: string;
  /** 住所 of each party as typed; empty = fill in later (the court is suggested from them). */
  lenderAddress?: string;
  borrowerAddress?: string;
  /** Yuan, as typed (digits, optional decimals). */
  amount: string;
  /** ISO dates. */
  delivered: string;
  due?: string;
  /** Annual rate in percent, e.g. "12"; empty = not agreed. */
  rate?: string;
  court?: string;
  /** 起诉日, as typed (any date form of spec §2); empty = not yet known. */
  filing?: string;
  keywords: 'zh' | 'en';
}

/** A rate as typed (`12`, `1.5%/月`, `12% per year`) written as a RATE literal: a bare number is a percent per year. */
function rateText(rate: string, zh: boolean): string {
  const r = rate.trim();
  return `${r}${/%/.test(r) ? '' : '%'}${/[年月日]|per /.test(r) ? '' : zh ? '/年' : ' per year'}`;
}

/** An amount as typed (`50000`, `8万元`, `¥80,000`): a Chinese file gets 元 when it has none. */
function amountText(amount: string, zh: boolean): string {
  const a = amount.trim();
  return zh && !a.endsWith('元') ? `${a}元` : a;
}


/** The case's name as a court writes it, 「X诉Y民间借贷纠纷」, whatever the keyword or UI language (issue 19). */
export function caseName(a: NewCaseAnswers): string {
  return `${a.lender}诉${a.borrower}民间借贷纠纷`;
}

/**
 * The skeleton in the file's keyword language. The names and the 证明 texts are Chinese in both: they are printed in the
 * complaint and the 证据目录, which go to a Chinese court whatever the UI language (issue 19).
 */
export function newCaseText(a: NewCaseAnswers): string {
  const zh = a.keywords === 'zh';
  const k = (c: string, e: string) => (zh ? c : e);
  const lines = [
    `// ${caseName(a)}`,
    `${k('案件', 'case')} ${name(caseName(a))} {`,
    // No court or filing date given: the lines stay out (never invented) and the diagnostics ask for them.
    ...(a.court ? [`  ${k('法院', 'court')} ${name(a.court)}`] : []),
    ...(a.filing ? [`  ${k('起诉日', 'filing')} ${a.filing}`] : []),
    '',
    `  ${k('原告', 'plaintiff')} ${name(a.lender)} {`,
    `    ${k('自然人', 'person')}`,
    ...(a.lenderAddress?.trim() ? [`    ${k('住所', 'address')} ${name(a.lenderAddress.trim())}`] : []),
    `  }`,
    '',
    `  ${k('被告', 'defendant')} ${name(a.borrower)} {`,
    `    ${k('自然人', 'person')}`,
    ...(a.borrowerAddress?.trim() ? [`    ${k('住所', 'address')} ${name(a.borrowerAddress.trim())}`] : []),
    `  }`,
    '',
    `  ${k('借款', 'loan')} 借款一 {`,
    `    ${k('出借人', 'lender')} ${name(a.lender)}`,
    `    ${k('借款人', 'borrower')} ${name(a.borrower)}`,
    `    ${k('金额', 'amount')} ${amountText(a.amount, zh)}`,
    `    ${k('签订', 'signed')} ${a.delivered} ${k('证据', 'evidence')} 借条`,
    `    ${k('交付', 'delivered')} ${a.delivered} ${amountText(a.amount, zh)} ${k('转账', 'transfer')} ${k('证据', 'evidence')} 转账凭证`,
    ...(a.due ? [`    ${k('到期', 'due')} ${a.due}`] : [`    ${k('到期', 'due')} ${k('未约定', 'on-demand')}`]),
    `    ${k('利率', 'interest')} ${a.rate ? rateText(a.rate, zh) : k('无', 'none')}`,
    `  }`,
    '',
    `  ${k('证据', 'evidence')} 借条 { ${k('类型', 'kind')} ${k('借条', 'iou')} ${k('原件', 'original')} ${k('证明', 'proves')} "双方借贷合意与借款金额" }`,
    `  ${k('证据', 'evidence')} 转账凭证 { ${k('类型', 'kind')} ${k('转账记录', 'transfer')} ${k('证明', 'proves')} "原告已实际交付借款" }`,
    '',
    `  ${k('请求', 'claim')} ${k('本金', 'principal')}`,
    `  ${k('请求', 'claim')} ${k('利息', 'interest')} ${k('至', 'until')} ${k('实际清偿之日', 'paid')}`,
    `  ${k('请求', 'claim')} ${k('诉讼费用', 'costs')}`,
    '}',
    '',
  ];
  return lines.join('\n');
}
