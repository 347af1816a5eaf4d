/** The document with every run black: a PDF for online filing prints the blanks (＿＿＿＿) in black, not in red. */
import { Block, LegalDocument, Run } from './types';

const plain = (rs: Run[]): Run[] => rs.map(({ blank: _b, ...r }) => r);

export function blackOnly(doc: LegalDocument): LegalDocument {
  const block = (b: Block): Block => {
    if (b.type === 'heading' || b.type === 'paragraph') return { ...b, runs: plain(b.runs) };
    if (b.type === 'signature') return { ...b, lines: b.lines.map(plain) };
    if (b.type === 'table') return { ...b, rows: b.rows.map((row) => row.map((c) => ({ ...c, lines: c.lines.map(plain) }))) };
    return b;
  };
  return { ...doc, blocks: doc.blocks.map(block) };
}
