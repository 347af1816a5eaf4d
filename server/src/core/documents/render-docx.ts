/**
 * DOCX with the `docx` package: A4, the 党政机关公文 margins (上3.7cm 下3.5cm 左2.8cm 右2.6cm), 仿宋_GB2312 三号
 * body, title in 小标宋 二号 (黑体 where missing), page numbers in the footer, bordered tables.
 */
import {
  AlignmentType, BorderStyle, convertMillimetersToTwip, Document, Footer, Packer, PageBreak, PageNumber, Paragraph,
  Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx';
import { Block, Cell, LegalDocument, Run } from './types';

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' };
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
/** Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt. */
const SIZE = { title: 44, body: 32, table: 24, note: 24 };
const TEXT_WIDTH_MM = 210 - 28 - 26;

function textRuns(runs: Run[], size: number, font = BODY_FONT, bold = false): TextRun[] {
  return runs.map((r) => new TextRun({ text: r.text, size, font, bold: bold || r.bold, ...(r.blank ? { color: 'C00000' } : {}) }));
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function tableOf(b: Extract<Block, { type: 'table' }>): Table {
  const total = b.widths.reduce((s, w) => s + w, 0) || 1;
  const full = convertMillimetersToTwip(TEXT_WIDTH_MM);
  const colWidths = b.widths.map((w) => Math.round((w / total) * full));
  const rows = b.rows.map((row) => {
    let col = 0;
    const cells = row.map((c: Cell) => {
      const span = Math.max(1, Math.min(c.span ?? 1, colWidths.length - col));
      const width = colWidths.slice(col, col + span).reduce((s, w) => s + w, 0);
      col += span;
      return new TableCell({
        columnSpan: span > 1 ? span : undefined,
        width: { size: width, type: WidthType.DXA },
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        children: (c.lines.length ? c.lines : [[]]).map((l) => new Paragraph({
          alignment: c.header ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: textRuns(l, SIZE.table, BODY_FONT, c.header),
        })),
      });
    });
    return new TableRow({ children: cells, cantSplit: true });
  });
  return new Table({ rows, width: { size: full, type: WidthType.DXA }, columnWidths: colWidths, borders });
}

function blocks(bs: Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const b of bs) {
    switch (b.type) {
      case 'heading':
        out.push(new Paragraph({
          alignment: b.level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { before: b.level === 1 ? 0 : 240, after: 120 },
          children: textRuns(b.runs, b.level === 1 ? SIZE.title : SIZE.body, b.level === 1 ? TITLE_FONT : HEADING_FONT),
        }));
        break;
      case 'paragraph':
        out.push(new Paragraph({
          alignment: b.align === 'center' ? AlignmentType.CENTER : b.align === 'right' ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
          indent: b.indent ? { firstLine: 640 } : undefined,
          children: textRuns(b.runs, b.note ? SIZE.note : SIZE.body),
        }));
        break;
      case 'table':
        out.push(tableOf(b));
        break;
      case 'signature':
        out.push(new Paragraph({ children: [] }));
        for (const l of b.lines) out.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: textRuns(l, SIZE.body) }));
        break;
      case 'page-break':
        out.push(new Paragraph({ children: [new PageBreak()] }));
        break;
    }
  }
  return out;
}

export async function renderDocx(doc: LegalDocument): Promise<Buffer> {
  const mm = convertMillimetersToTwip;
  const file = new Document({
    creator: 'debt-lang',
    title: doc.caseName ? `${doc.caseName} ${doc.title}` : doc.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE.body } } } },
    sections: [{
      properties: {
        page: {
          size: { width: mm(210), height: mm(297) },
          margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(20) },
        },
      },
      footers: {
        default: new Footer({
          children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28, font: BODY_FONT })] })],
        }),
      },
      children: blocks(doc.blocks),
    }],
  });
  return Packer.toBuffer(file);
}
