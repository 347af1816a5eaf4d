/** `<案件名>.<文书>.<ext>` (spec §7.5), safe on every file system: characters Windows forbids become 「_」. */
import { DocumentFormat, DocumentKind } from './types';

const DOC_ZH: Record<DocumentKind, string> = { complaint: '起诉状', 'evidence-list': '证据目录', schedule: '利息计算表' };

export function documentFileName(caseName: string, kind: DocumentKind, format: DocumentFormat): string {
  // eslint-disable-next-line no-control-regex
  const safe = caseName.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 120) || '案件';
  return `${safe}.${DOC_ZH[kind]}.${format}`;
}
