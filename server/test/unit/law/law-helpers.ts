/** Law-engine test helpers: run the full pipeline on a case written in the language. */
import { analyze, Analysis, AnalyzeOptions } from '../../../src/core/analyze';

export function law(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyze('file:///cases/law.debt', text, { read: () => undefined }, { today: '2026-11-24', ...options });
}

/** The first loan's report of the first case, typed loosely for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function loan0(a: Analysis): any {
  return (a.cases[0] as any).loans[0];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function case0(a: Analysis): any {
  return a.cases[0] as any;
}

/** A two-person loan case with the given loan fields and extra case items. */
export function personCase(filing: string, loanFields: string, extra = ''): string {
  return `案件 测试 {
  法院 某某人民法院
  起诉日 ${filing}
  原告 甲 { 自然人 }
  被告 乙 { 自然人 }
  借款 L {
    出借人 甲
    借款人 乙
    ${loanFields}
  }
  ${extra}
}
`;
}
