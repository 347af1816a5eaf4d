/**
 * DOCX with the `docx` package: A4, the 党政机关公文 margins (上3.7cm 下3.5cm 左2.8cm 右2.6cm), 仿宋_GB2312 三号
 * body, title in 小标宋 二号, page numbers in the footer, bordered tables. Layout a signing lawyer expects: a heading
 * stays with what follows it, the signature block never stands alone on a page (it is kept with the last lines of
 * text), a table's header row repeats on each page, blanks are black and underlined (red is only the preview's), and
 * each font names the one to use where it is missing (fontTable altName: 仿宋_GB2312 → 仿宋 → FangSong; 方正小标宋简体
 * → 华文中宋 → 宋体), since Word's run fonts take one name.
 */
import {
  AlignmentType, BorderStyle, convertMillimetersToTwip, Document, Footer, Packer, PageBreak, PageNumber, Paragraph,
  Table, TableCell, TableRow, TextRun, UnderlineType, WidthType,
} from 'docx';
import { Block, Cell, LegalDocument, Run } from './types';

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' };
const TITLE_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '方正小标宋简体' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
/** Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt. */
const SIZE = { title: 44, body: 32, table: 24, note: 24 };
const TEXT_WIDTH_MM = 210 - 28 - 26;

function textRuns(runs: Run[], size: number, font = BODY_FONT, bold = false): TextRun[] {
  return runs.map((r) => new TextRun({ text: r.text, size, font, bold: bold || r.bold, ...(r.blank ? { underline: { type: UnderlineType.SINGLE } } : {}) }));
}

/** Each font with the font Word and LibreOffice use when it is missing (a chain: 仿宋_GB2312 → 仿宋 → FangSong). */
export const FONT_FALLBACKS: [string, string][] = [
  ['仿宋_GB2312', '仿宋'], ['仿宋', 'FangSong'], ['方正小标宋简体', '华文中宋'], ['华文中宋', '宋体'], ['黑体', 'SimHei'], ['宋体', 'SimSun'],
];

function fontTable(): string {
  const fonts = FONT_FALLBACKS.map(([name, alt]) => `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="auto"/></w:font>`).join('');
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`;
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function tableOf(b: Extract<Block, { type: 'table' }>, keepLastWithNext = false): Table {
  const total = b.widths.reduce((s, w) => s + w, 0) || 1;
  const full = convertMillimetersToTwip(TEXT_WIDTH_MM);
  const colWidths = b.widths.map((w) => Math.round((w / total) * full));
  const rows = b.rows.map((row, r) => {
    let col = 0;
    const cells = row.map((c: Cell) => {
      const span = Math.max(1, Math.min(c.span ?? 1, colWidths.length - col));
      const width = colWidths.slice(col, col + span).reduce((s, w) => s + w, 0);
      col += span;
      return new TableCell({
        columnSpan: span > 1 ? span : undefined,
        width: { size: width, type: WidthType.DXA },
        margins: { top: 40, bottom: 40, left: 60, right: 60 },
        children: (c.lines.length ? c.lines : [[]]).map((l) => new Paragraph({
          alignment: c.header ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: textRuns(l, SIZE.table, BODY_FONT, c.header),
        })),
      });
    });
    // The header row (all cells headers) repeats at the top of each page the table runs onto.
    const header = row.length > 0 && row.every((c) => c.header) && b.rows[0] === row;
    // A table ending right before the signature keeps its last rows with it.
    const keep = keepLastWithNext && r >= b.rows.length - 2;
    return new TableRow({ children: cells, cantSplit: true, ...(header ? { tableHeader: true } : {}), ...(keep ? { keepNext: true } : {}) });
  });
  return new Table({ rows, width: { size: full, type: WidthType.DXA }, columnWidths: colWidths, borders });
}

function blocks(bs: Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const [i, b] of bs.entries()) {
    // The three paragraphs before a signature (此致, the court, 附) keep with it, so it never starts a page alone (文书 practice).
    const beforeSignature = bs.slice(i + 1, i + 4).some((x) => x.type === 'signature');
    switch (b.type) {
      case 'heading':
        out.push(new Paragraph({
          keepNext: true, keepLines: true,
          alignment: b.level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
          spacing: { before: b.level === 1 ? 0 : 240, after: 120 },
          children: textRuns(b.runs, b.level === 1 ? SIZE.title : SIZE.body, b.level === 1 ? TITLE_FONT : HEADING_FONT),
        }));
        break;
      case 'paragraph':
        out.push(new Paragraph({
          alignment: b.align === 'center' ? AlignmentType.CENTER : b.align === 'right' ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
          indent: b.indent ? { firstLine: 640 } : undefined,
          ...(beforeSignature ? { keepNext: true, keepLines: true } : {}),
          children: textRuns(b.runs, b.note ? SIZE.note : SIZE.body),
        }));
        break;
      case 'table':
        out.push(tableOf(b, bs[i + 1]?.type === 'signature'));
        break;
      case 'signature':
        out.push(new Paragraph({ keepNext: true, children: [] }));
        b.lines.forEach((l, k) => out.push(new Paragraph({
          alignment: AlignmentType.RIGHT, keepNext: k < b.lines.length - 1, keepLines: true, children: textRuns(l, SIZE.body),
        })));
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
  return Packer.toBuffer(file, false, [{ path: 'word/fontTable.xml', data: fontTable() }]);
}
