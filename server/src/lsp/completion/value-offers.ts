/**
 * What completion offers after a keyword and a space where the grammar alone has nothing to list (issue 19): the
 * rate forms after 利率 / 逾期利率, the evidence named in the case but not yet declared after a case's `证据 `, and
 * 「声明新证据…」 where a fact cites its evidence (it writes the name and declares it at the end of the case).
 */
import { CompletionItem, CompletionItemKind, InsertTextFormat, Range, TextEdit } from 'vscode-languageserver-types';
import { Case } from '../../core/model/types';
import { LineIndex, OffsetRange } from '../../core/text/range';
import { KeywordLanguage } from './keywords';

/** The three periods of spec §2 (a rate without one is per year), with a typical figure to type over. */
const RATE_FORMS: { zh: string; en: string; figure: string; detailZh: string; detailEn: string }[] = [
  { zh: '%/年', en: '% per year', figure: '12', detailZh: '年利率', detailEn: 'annual rate' },
  { zh: '%/月', en: '% per month', figure: '1', detailZh: '月利率（×12 折算为年利率）', detailEn: 'monthly rate (×12 a year)' },
  { zh: '%/日', en: '% per day', figure: '0.05', detailZh: '日利率（× 计息天数 折算为年利率）', detailEn: 'daily rate (× the day count a year)' },
];

export function rateItems(lang: KeywordLanguage, zhUi: boolean, range: Range): CompletionItem[] {
  return RATE_FORMS.map((f, i) => {
    const unit = lang === 'zh' ? f.zh : f.en;
    return {
      label: `${f.figure}${unit}`, kind: CompletionItemKind.Value, detail: zhUi ? f.detailZh : f.detailEn, sortText: `0r${i}`,
      insertTextFormat: InsertTextFormat.Snippet, textEdit: { range, newText: `\${1:${f.figure}}${unit}` },
    };
  });
}

/** Every evidence name a fact of the case cites (签订 / 交付 / 还款 … 证据 X), in order of appearance. */
export function citedEvidence(c: Case): string[] {
  const refs = [
    ...c.loans.flatMap((l) => [...l.signedProofs, ...l.deliveries.flatMap((d) => d.proofs), ...l.proofs]),
    ...c.events.flatMap((e) => e.proofs),
    ...c.assets.flatMap((a) => (a as { proofs?: { name: string }[] }).proofs ?? []),
  ];
  return [...new Set(refs.map((r) => r.name))];
}

/** Evidence cited by a fact and not declared: what a case-level `证据 ` most likely declares next. */
export function undeclaredEvidence(c: Case): string[] {
  const declared = new Set(c.evidence.map((e) => e.name));
  return citedEvidence(c).filter((n) => !declared.has(n));
}

/** The name and kind a new piece of evidence gets from the fact citing it. */
const NEW_EVIDENCE: Record<string, { zh: [string, string]; en: [string, string] }> = {
  Signed: { zh: ['借条', '借条'], en: ['IOU', 'iou'] },
  Delivered: { zh: ['转账记录', '转账记录'], en: ['Transfer', 'transfer'] },
  Repaid: { zh: ['还款记录', '转账记录'], en: ['Repayment', 'transfer'] },
  Demanded: { zh: ['催收记录', '函件'], en: ['Demand', 'letter'] },
  Acknowledged: { zh: ['还款承诺书', '其他'], en: ['Promise', 'other'] },
};

/**
 * 「声明新证据…」: writes a name at the cursor and declares it before the case's closing brace, so the reference
 * resolves at once (DEBT2xx would otherwise flag it). Undefined when the case's end is not known.
 */
export function declareEvidenceItem(
  text: string, c: Case, item: string | undefined, lang: KeywordLanguage, zhUi: boolean, range: Range,
): CompletionItem | undefined {
  if (!(c.range instanceof OffsetRange)) return undefined;
  const close = c.range.endOffset - 1;
  if (text[close] !== '}' && text[close] !== '｝') return undefined;
  const base = NEW_EVIDENCE[item ?? ''] ?? { zh: ['证据', '其他'], en: ['Evidence', 'other'] };
  const [stem, kind] = base[lang];
  const taken = new Set(c.evidence.map((e) => e.name));
  let name = stem;
  for (let n = 2; taken.has(name); n++) name = lang === 'zh' ? `${stem}${n}` : `${stem}${n}`;
  const decl = lang === 'zh' ? `证据 ${name} { 类型 ${kind} 原件 }` : `evidence ${name} { kind ${kind} original }`;
  const index = new LineIndex(text);
  const lineStart = text.lastIndexOf('\n', close - 1) + 1;
  const onOwnLine = /^[ \t]*$/.test(text.slice(lineStart, close));
  const at = onOwnLine ? lineStart : close;
  const indent = onOwnLine ? `${text.slice(lineStart, close)}  ` : '';
  const newText = onOwnLine ? `${indent}${decl}\n` : ` ${decl} `;
  const edit: TextEdit = { range: { start: index.position(at), end: index.position(at) }, newText };
  return {
    label: zhUi ? '声明新证据…' : 'Declare new evidence…', kind: CompletionItemKind.Snippet, sortText: '0~',
    detail: decl, filterText: `${name} ${zhUi ? '声明新证据' : 'declare new evidence'}`,
    textEdit: { range, newText: name }, additionalTextEdits: [edit],
  };
}
