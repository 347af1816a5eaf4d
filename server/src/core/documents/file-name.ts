/** `<案件名>.<文书>.<ext>` (spec §7.5), safe on every file system: characters Windows forbids become 「_」. */
import { Case } from '../model/types';
import { demandLetterTitle } from './demand-letter';
import { DocumentFormat, DocumentKind } from './types';
import { safeFileStem } from './safe-name';
import { isSideKind, sideFileWord } from './sides';

const DOC_ZH: Record<string, string> = {
  complaint: '起诉状', 'evidence-list': '证据目录', schedule: '利息计算表',
  'demand-letter': '催款函', 'payment-order': '支付令申请书', preservation: '财产保全申请书', enforcement: '强制执行申请书',
};

/** With the case, a demand letter is named 律师函 when a lawyer of a firm sends it (demand-letter.ts). */
export function documentFileName(caseName: string, kind: DocumentKind, format: DocumentFormat, c?: Case): string {
  const safe = safeFileStem(caseName);
  const doc = kind === 'demand-letter' && c ? demandLetterTitle(c) : isSideKind(kind) ? sideFileWord(kind, c) : DOC_ZH[kind];
  return `${safe}.${doc}.${format}`;
}
