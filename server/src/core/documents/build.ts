/** buildDocument: one case of an analysis → the renderer-neutral document of the requested kind and style. */
import { Analysis } from '../analyze';
import { Locale } from '../diagnostics/types';
import { IsoDate } from '../text/dates';
import { caseData } from './case-data';
import { demandLetter } from './demand-letter';
import { paymentOrderApplication } from './payment-order';
import { preservationApplication } from './preservation';
import { enforcementApplication } from './enforcement';
import { elementComplaint } from './element';
import { evidenceTable } from './evidence-table';
import { t } from './format';
import { caseDiagnostics, problemsOf, warningNotes } from './problems';
import { courtFeeNote } from './fee-note';
import { scheduleBlocks } from './schedule-table';
import { traditionalComplaint } from './traditional';
import { Block, DocumentKind, DocumentStyle, LegalDocument } from './types';
import { buildSideDocument, isSideKind, SIDE_DOCUMENTS } from './sides';
import { pleadingNotes, refuseWithoutClaim } from './pleading-notes';

export interface BuildOptions { kind: DocumentKind; style: DocumentStyle; locale?: Locale; today?: IsoDate }

const TITLES: Record<string, string> = {
  complaint: '民事起诉状', 'evidence-list': '证据清单', schedule: '利息计算表',
  'demand-letter': '催款函', 'payment-order': '支付令申请书', preservation: '财产保全申请书', enforcement: '强制执行申请书',
};

/** Counts the visible blanks left for the lawyer (for the notes). */
function blanks(blocks: Block[]): number {
  let n = 0;
  const runs = (rs: { blank?: boolean }[]) => { for (const r of rs) if (r.blank) n++; };
  for (const b of blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') runs(b.runs);
    else if (b.type === 'table') for (const row of b.rows) for (const c of row) for (const l of c.lines) runs(l);
    else if (b.type === 'signature') for (const l of b.lines) runs(l);
  }
  return n;
}

/**
 * The document is a court filing (or a letter to a Chinese debtor) and so always Chinese; `locale` chooses the language of the notes for the lawyer.
 * A case index out of range, or a case the law engine did not analyse, gives an empty document with the file's errors.
 * Throws DocumentRefused when the law does not allow the document for this case (a 支付令, rules.md §15), or for a
 * kind not built yet.
 */
export function buildDocument(a: Analysis, caseIndex: number, opts: BuildOptions): LegalDocument {
  const en = opts.locale === 'en';
  const c = a.model.cases[caseIndex];
  const ds = caseDiagnostics(a, caseIndex);
  const base = { title: isSideKind(opts.kind) ? SIDE_DOCUMENTS[opts.kind].title : TITLES[opts.kind], kind: opts.kind, style: opts.style, caseName: c?.name ?? '', problems: problemsOf(ds) };
  if (!c || !a.cases[caseIndex]) {
    return { ...base, blocks: [], notes: [en ? 'No analysed case at this index.' : '该位置没有可生成文书的案件。'] };
  }
  const d = caseData(a, caseIndex);
  if (opts.kind === 'complaint' || opts.kind === 'demand-letter') refuseWithoutClaim(d, opts.kind, en);
  let blocks: Block[];
  let title = base.title;
  const lead: string[] = [];
  if (isSideKind(opts.kind)) {
    const s = buildSideDocument(opts.kind, d, en);
    ({ title, blocks } = s);
    lead.push(...s.notes);
  } else if (opts.kind === 'demand-letter') {
    const l = demandLetter(d, ds);
    ({ title, blocks } = l);
    lead.push(...l.notes);
  } else if (opts.kind === 'payment-order') {
    const p = paymentOrderApplication(d, opts.locale ?? 'zh');
    blocks = p.blocks;
    lead.push(...p.notes);
  } else if (opts.kind === 'preservation' || opts.kind === 'enforcement') {
    const p = opts.kind === 'preservation' ? preservationApplication(d, en) : enforcementApplication(d, en);
    blocks = p.blocks;
    lead.push(...p.notes);
  } else if (opts.kind === 'evidence-list') {
    blocks = [{ type: 'heading', level: 1, runs: [t('证据清单')] }, { type: 'paragraph', align: 'center', runs: [t(c.name, c.nameRange)] }, evidenceTable(d)];
  } else if (opts.kind === 'schedule') {
    blocks = [{ type: 'heading', level: 1, runs: [t('利息计算表')] }, { type: 'paragraph', align: 'center', runs: [t(c.name, c.nameRange)] }, ...scheduleBlocks(d)];
  } else {
    blocks = opts.style === 'traditional' ? traditionalComplaint(d) : elementComplaint(d);
    lead.push(courtFeeNote(d.report, en));
  }
  const notes = [...lead, ...pleadingNotes(d, opts.kind, en), ...warningNotes(ds)];
  const n = blanks(blocks);
  if (n > 0) notes.push(en ? `${n} blank(s) (＿＿＿＿ or unticked boxes) are left for facts the case file does not record: fill them in before filing.`
    : `文书中有${n}处空白（＿＿＿＿）为案件文件未记载的事项，请在提交前补充；未勾选的选项请按实际情况勾选。`);
  return { ...base, title, blocks, notes };
}
