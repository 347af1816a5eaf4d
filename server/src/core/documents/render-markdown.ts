/** Markdown (`--format md`): headings, paragraphs, GFM tables; case strings escaped so they stay text. */
import { Block, Cell, LegalDocument, Run } from './types';

/** Escapes what Markdown or inline HTML would read as markup. */
export function escapeMarkdown(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([\\`*_[\]#|~])/g, '\\$1');
}

const runs = (rs: Run[]) => rs.map((r) => (r.bold && r.text.trim() ? `**${escapeMarkdown(r.text)}**` : escapeMarkdown(r.text))).join('');
const cellText = (c: Cell) => c.lines.map(runs).join('<br>');

function table(rows: Cell[][], width: number): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const expand = (row: Cell[]) => row.flatMap((c) => [cellText(c), ...Array(Math.max(0, (c.span ?? 1) - 1)).fill('')]);
  const [first, ...rest] = rows;
  const head = first && first.every((c) => c.header) ? expand(first) : Array(width).fill('');
  const body = first && first.every((c) => c.header) ? rest : rows;
  return [line(head), line(Array(width).fill('---')), ...body.map((r) => line(expand(r)))].join('\n');
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading': return `${'#'.repeat(b.level)} ${runs(b.runs)}`;
    case 'paragraph': return (b.indent ? '　　' : '') + runs(b.runs);
    case 'table': return table(b.rows, b.widths.length);
    case 'signature': return b.lines.map((l) => `<p align="right">${runs(l)}</p>`).join('\n');
    case 'page-break': return '---';
  }
}

export function renderMarkdown(doc: LegalDocument): string {
  return doc.blocks.map(block).join('\n\n') + '\n';
}
