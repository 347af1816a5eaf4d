/**
 * DOCX written directly as WordprocessingML: A4, the 党政机关公文 margins (上3.7cm 下3.5cm 左2.8cm 右2.6cm), 仿宋_GB2312 三号
 * body, title in 小标宋 二号, page numbers in the footer, bordered tables whose header rows repeat on each page.
 *
 * Why not the `docx` package (used before): building its object tree and serialising it took about 60 ms per complaint,
 * 20× the HTML of the same document, which made a lender's book of 100,000 cases a five-hour job. Here the parts that
 * never change (styles, fonts, settings, footer, relationships) are strings made once per process, the body is one
 * string built from the blocks, and Node's zlib deflates them into the package (zip.ts; bench: `debt generate` DOCX/s).
 * The output is deterministic (fixed zip times, no creation date) so that sharded runs write the same bytes as one run.
 */
import { PackedPart, packPart, zipParts } from './zip';
import { Block, Cell, LegalDocument, Run } from './types';

/** Sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt. */
const SIZE = { title: 44, body: 32, table: 24, note: 24, footer: 28 };
/** Twips, as Word counts them (the `docx` package's convertMillimetersToTwip). */
const mm = (x: number): number => Math.floor((x / 25.4) * 72 * 20);
const PAGE = { width: mm(210), height: mm(297), top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(20), header: mm(15) };
const TEXT_WIDTH = mm(210 - 28 - 26);

/**
 * Fonts with fallbacks (Word's `altName`): a machine without 仿宋_GB2312 uses 仿宋, then FangSong; without 方正小标宋简体,
 * 华文中宋, then 宋体. Latin text in Times New Roman.
 */
const FONT = { body: '仿宋_GB2312', title: '方正小标宋简体', heading: '黑体' };
const FONT_TABLE: [string, string | undefined, string][] = [
  ['仿宋_GB2312', '仿宋', 'modern'], ['仿宋', 'FangSong', 'modern'], ['FangSong', undefined, 'modern'],
  ['方正小标宋简体', '华文中宋', 'roman'], ['华文中宋', '宋体', 'roman'], ['宋体', 'SimSun', 'roman'],
  ['黑体', 'SimHei', 'swiss'], ['Times New Roman', undefined, 'roman'],
];

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** XML text: the five escapes, and characters XML 1.0 does not allow dropped (a control character typed in a note). */
export function xmlText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function fonts(eastAsia: string): string {
  return `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" w:eastAsia="${eastAsia}"/>`;
}

/**
 * One run. Fonts and sizes come from the paragraph's style (styles.xml: body 仿宋 三号, title 小标宋 二号, heading 黑体,
 * table and note 小四), so a run carries only what differs: bold, and the underline of a blank (＿＿＿＿, a fact the file
 * does not give), black in Word; red only in the preview. Writing the fonts on every run made the XML four times longer
 * and its deflate most of the time of a document.
 */
function runXml(r: Run, bold: boolean): string {
  const b = bold || r.bold ? '<w:b/><w:bCs/>' : '';
  const u = r.blank ? '<w:u w:val="single"/>' : '';
  return `<w:r>${b || u ? `<w:rPr>${b}${u}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlText(r.text)}</w:t></w:r>`;
}

type Style = 'Title' | 'Heading' | 'Table' | 'Note' | undefined;
interface ParaOpts { style?: Style; align?: 'left' | 'center' | 'right' | 'both'; keepNext?: boolean; firstLine?: number }

function paraXml(runs: Run[], bold: boolean, o: ParaOpts): string {
  let pPr = o.style ? `<w:pStyle w:val="Debt${o.style}"/>` : '';
  if (o.keepNext) pPr += '<w:keepNext/><w:keepLines/>';
  if (o.firstLine) pPr += `<w:ind w:firstLine="${o.firstLine}"/>`;
  if (o.align) pPr += `<w:jc w:val="${o.align}"/>`;
  let body = '';
  for (const r of runs) body += runXml(r, bold);
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${body}</w:p>`;
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

/**
 * `keepWithNext`: the table is followed by the signature — the paragraphs of its last row keep with the next paragraph
 * (Word and LibreOffice then move that row with the signature instead of leaving the signature alone on a page).
 */
function tableXml(b: Extract<Block, { type: 'table' }>, keepWithNext = false): string {
  const total = b.widths.reduce((s, w) => s + w, 0) || 1;
  const cols = b.widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  let x = `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>`
    + '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>';
  for (const c of cols) x += `<w:gridCol w:w="${c}"/>`;
  x += '</w:tblGrid>';
  // Header rows (every cell a header) at the top of the table repeat on each page it runs over.
  let leading = true;
  const last = b.rows[b.rows.length - 1];
  for (const row of b.rows) {
    const isHeader: boolean = leading && row.length > 0 && row.every((c) => c.header);
    leading = isHeader;
    x += `<w:tr><w:trPr><w:cantSplit/>${isHeader ? '<w:tblHeader/>' : ''}</w:trPr>`;
    let col = 0;
    for (const c of row as Cell[]) {
      const span = Math.max(1, Math.min(c.span ?? 1, cols.length - col));
      let width = 0;
      for (let k = col; k < col + span; k++) width += cols[k] ?? 0;
      col += span;
      x += `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}</w:tcPr>`;
      const lines = c.lines.length ? c.lines : [[]];
      for (const l of lines) x += paraXml(l, !!c.header, { style: 'Table', align: c.header ? 'center' : 'left', keepNext: keepWithNext && row === last });
      x += '</w:tc>';
    }
    // A row with fewer cells than the grid (never written so by our documents) still needs a cell to be valid.
    if (row.length === 0) x += `<w:tc><w:tcPr><w:tcW w:w="${TEXT_WIDTH}" w:type="dxa"/></w:tcPr><w:p/></w:tc>`;
    x += '</w:tr>';
  }
  return x + '</w:tbl>';
}

/** The body. Headings keep with the paragraph after them; the signature block keeps with the paragraph before it. */
function bodyXml(bs: Block[]): string {
  const parts: string[] = [];
  for (let i = 0; i < bs.length; i++) {
    const b = bs[i];
    const next = bs[i + 1];
    const beforeSignature = next?.type === 'signature';
    switch (b.type) {
      case 'heading':
        parts.push(paraXml(b.runs, false, { style: b.level === 1 ? 'Title' : 'Heading', keepNext: true }));
        break;
      case 'paragraph':
        parts.push(paraXml(b.runs, false, {
          style: b.note ? 'Note' : undefined, align: b.align === 'center' ? 'center' : b.align === 'right' ? 'right' : undefined,
          firstLine: b.indent ? 640 : undefined, keepNext: beforeSignature,
        }));
        break;
      case 'table':
        parts.push(tableXml(b, beforeSignature));
        // Word needs a paragraph between two tables, or it merges them.
        if (next?.type === 'table') parts.push('<w:p/>');
        break;
      case 'signature':
        parts.push('<w:p><w:pPr><w:keepNext/></w:pPr></w:p>');
        b.lines.forEach((l, k) => parts.push(paraXml(l, false, { align: 'right', keepNext: k < b.lines.length - 1 })));
        break;
      case 'page-break':
        parts.push('<w:p><w:r><w:br w:type="page"/></w:r></w:p>');
        break;
    }
  }
  return parts.join('');
}

const SECTION = `<w:sectPr><w:footerReference w:type="default" r:id="rId4"/><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/>`
  + `<w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="${PAGE.header}" w:footer="${PAGE.footer}" w:gutter="0"/>`
  + '<w:pgNumType w:start="1"/><w:docGrid w:linePitch="312"/></w:sectPr>';

/** A paragraph style based on Normal: its paragraph properties, east-Asian font and size (half-points). */
function paraStyle(id: string, name: string, pPr: string, eastAsia: string, size: number): string {
  return `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:qFormat/>`
    + `${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:rPr>${fonts(eastAsia)}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr></w:style>`;
}

// ── the parts that never change, encoded once per process ──────────────────────────────────────────────────────

let fixedParts: PackedPart[] | undefined;

function fixed(): PackedPart[] {
  if (fixedParts) return fixedParts;
  const ct = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const fontTable = FONT_TABLE.map(([name, alt, family]) =>
    `<w:font w:name="${name}">${alt ? `<w:altName w:val="${alt}"/>` : ''}<w:charset w:val="${name === 'Times New Roman' ? '00' : '86'}"/><w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`).join('');
  const parts: Record<string, string> = {
    '[Content_Types].xml': XML_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + `<Override PartName="/word/document.xml" ContentType="${ct}.document.main+xml"/>`
      + `<Override PartName="/word/styles.xml" ContentType="${ct}.styles+xml"/>`
      + `<Override PartName="/word/settings.xml" ContentType="${ct}.settings+xml"/>`
      + `<Override PartName="/word/fontTable.xml" ContentType="${ct}.fontTable+xml"/>`
      + `<Override PartName="/word/footer1.xml" ContentType="${ct}.footer+xml"/>`
      + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      + '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
    '_rels/.rels': XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="word/document.xml"/>`
      + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
      + `<Relationship Id="rId3" Type="${rel}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': XML_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
      + `<Relationship Id="rId1" Type="${rel}/styles" Target="styles.xml"/>`
      + `<Relationship Id="rId2" Type="${rel}/settings" Target="settings.xml"/>`
      + `<Relationship Id="rId3" Type="${rel}/fontTable" Target="fontTable.xml"/>`
      + `<Relationship Id="rId4" Type="${rel}/footer" Target="footer1.xml"/></Relationships>`,
    'word/styles.xml': XML_HEAD + `<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr>${fonts(FONT.body)}<w:kern w:val="2"/><w:sz w:val="${SIZE.body}"/><w:szCs w:val="${SIZE.body}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>`
      + '<w:pPrDefault><w:pPr><w:widowControl/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
      + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
      + paraStyle('DebtTitle', '文书标题', '<w:keepNext/><w:spacing w:before="0" w:after="120"/><w:jc w:val="center"/>', FONT.title, SIZE.title)
      + paraStyle('DebtHeading', '文书小标题', '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:jc w:val="left"/>', FONT.heading, SIZE.body)
      + paraStyle('DebtTable', '表格文字', '<w:jc w:val="left"/>', FONT.body, SIZE.table)
      + paraStyle('DebtNote', '说明文字', '', FONT.body, SIZE.note)
      + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
      + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
      + '</w:styles>',
    'word/settings.xml': XML_HEAD + `<w:settings ${W_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>`
      + '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>',
    'word/fontTable.xml': XML_HEAD + `<w:fonts ${W_NS}>${fontTable}</w:fonts>`,
    'word/footer1.xml': XML_HEAD + `<w:ftr ${W_NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>`
      + `<w:r><w:rPr>${fonts(FONT.body)}<w:sz w:val="${SIZE.footer}"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>`
      + `<w:r><w:rPr>${fonts(FONT.body)}<w:sz w:val="${SIZE.footer}"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>`
      + `<w:r><w:rPr>${fonts(FONT.body)}<w:sz w:val="${SIZE.footer}"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>`
      + `<w:r><w:rPr>${fonts(FONT.body)}<w:sz w:val="${SIZE.footer}"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>`
      + `<w:r><w:rPr>${fonts(FONT.body)}<w:sz w:val="${SIZE.footer}"/></w:rPr><w:t>1</w:t></w:r>`
      + `<w:r><w:rPr>${fonts(FONT.body)}<w:sz w:val="${SIZE.footer}"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>`
      + `<w:r><w:rPr>${fonts(FONT.body)}<w:sz w:val="${SIZE.footer}"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`,
    'docProps/app.xml': XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>debt-lang</Application></Properties>',
  };
  fixedParts = Object.entries(parts).map(([k, v]) => packPart(k, v));
  return fixedParts;
}

export function renderDocxSync(doc: LegalDocument): Buffer {
  const title = doc.caseName ? `${doc.caseName} ${doc.title}` : doc.title;
  const core = XML_HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    + `<dc:title>${xmlText(title)}</dc:title><dc:creator>debt-lang</dc:creator></cp:coreProperties>`;
  const document = XML_HEAD + `<w:document ${W_NS}><w:body>${bodyXml(doc.blocks)}${SECTION}</w:body></w:document>`;
  return zipParts([...fixed(), packPart('word/document.xml', document), packPart('docProps/core.xml', core)]);
}

export async function renderDocx(doc: LegalDocument): Promise<Buffer> {
  return renderDocxSync(doc);
}
