/**
 * HTML for the preview (fragment: body content with CSS classes only; the webview adds its themed stylesheet)
 * and for `--format html` (a standalone page with `documentCss` inline). Every string from the case is escaped;
 * text from the case file carries data-src="startLine:startChar-endLine:endChar" (0-based LSP positions).
 */
import { Range } from '../text/range';
import { documentCss } from './css';
import { Block, Cell, LegalDocument, Run } from './types';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]);
}

export function srcAttr(r: Range | undefined): string {
  if (!r) return '';
  const n = (x: number) => (Number.isInteger(x) && x >= 0 ? x : 0);
  return ` data-src="${n(r.start.line)}:${n(r.start.character)}-${n(r.end.line)}:${n(r.end.character)}"`;
}

function run(r: Run): string {
  const cls = [r.blank ? 'blank' : '', r.bold ? 'b' : '', r.source ? 'src' : ''].filter(Boolean).join(' ');
  const text = escapeHtml(r.text);
  return cls || r.source ? `<span${cls ? ` class="${cls}"` : ''}${srcAttr(r.source)}>${text}</span>` : text;
}

const runs = (rs: Run[]) => rs.map(run).join('');

function cell(c: Cell): string {
  const tag = c.header ? 'th' : 'td';
  const span = c.span && c.span > 1 ? ` colspan="${c.span}"` : '';
  return `<${tag}${span}>${c.lines.map((l) => `<div class="line">${runs(l)}</div>`).join('')}</${tag}>`;
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading': return b.level === 1 ? `<h1 class="doc-title">${runs(b.runs)}</h1>` : `<h${b.level} class="doc-h${b.level}">${runs(b.runs)}</h${b.level}>`;
    case 'paragraph': {
      const cls = ['doc-p', b.indent ? 'indent' : '', b.note ? 'note' : '', b.align && b.align !== 'left' ? b.align : ''].filter(Boolean).join(' ');
      return `<p class="${cls}">${runs(b.runs)}</p>`;
    }
    case 'table': {
      // Classes only (a strict Content-Security-Policy refuses style attributes): label | content forms, or a grid.
      const cls = b.widths.length === 2 ? 'doc-table form' : 'doc-table grid';
      return `<table class="${cls}"><tbody>${b.rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table>`;
    }
    case 'signature': return `<div class="signature">${b.lines.map((l) => `<p>${runs(l)}</p>`).join('')}</div>`;
    case 'page-break': return '<hr class="page-break">';
  }
}

export function renderHtml(doc: LegalDocument, opts: { fragment?: boolean } = {}): string {
  const body = `<article class="debt-doc" data-kind="${escapeHtml(doc.kind)}" data-style="${escapeHtml(doc.style)}">${doc.blocks.map(block).join('\n')}</article>`;
  if (opts.fragment) return body;
  const title = escapeHtml(doc.caseName ? `${doc.caseName} — ${doc.title}` : doc.title);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
${documentCss}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
