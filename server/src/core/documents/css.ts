/** The default stylesheet of the HTML document (a standalone page; the preview overrides colours with theme variables). */
export const documentCss = `
.debt-doc { max-width: 48em; margin: 2em auto; padding: 0 1em; font-family: "FangSong", "仿宋", "仿宋_GB2312", "STFangsong", serif;
  font-size: 16pt; line-height: 1.75; color: var(--debt-doc-fg, #111); background: var(--debt-doc-bg, #fff); }
.debt-doc .doc-title { text-align: center; font-family: "方正小标宋简体", "SimHei", "黑体", sans-serif; font-size: 22pt; font-weight: normal; margin: 0.5em 0; }
.debt-doc .doc-h2 { font-family: "SimHei", "黑体", sans-serif; font-size: 16pt; margin: 1em 0 0.4em; }
.debt-doc .doc-h3 { font-family: "KaiTi", "楷体", serif; font-size: 16pt; margin: 0.8em 0 0.3em; }
.debt-doc .doc-p { margin: 0.2em 0; }
.debt-doc .doc-p.indent { text-indent: 2em; }
.debt-doc .doc-p.center { text-align: center; }
.debt-doc .doc-p.right { text-align: right; }
.debt-doc .doc-p.note { font-size: 12pt; line-height: 1.5; }
.debt-doc .b { font-weight: bold; }
.debt-doc .blank { color: var(--debt-doc-blank, #b00); white-space: nowrap; }
.debt-doc .src { cursor: pointer; }
.debt-doc .src:hover { background: var(--debt-doc-hover, rgba(255, 200, 0, 0.25)); }
.debt-doc .doc-table { width: 100%; border-collapse: collapse; font-size: 12pt; line-height: 1.5; margin: 0.4em 0; }
.debt-doc .doc-table.form { table-layout: fixed; }
.debt-doc .doc-table.form td:first-child:not([colspan]) { width: 28%; }
.debt-doc .doc-table td, .debt-doc .doc-table th { border: 1px solid var(--debt-doc-border, #000); padding: 0.2em 0.4em; vertical-align: top; word-break: break-all; }
.debt-doc .doc-table th { font-weight: bold; text-align: center; }
.debt-doc .signature { text-align: right; margin-top: 2em; }
.debt-doc .signature p { margin: 0.2em 0; }
.debt-doc .page-break { border: 0; border-top: 1px dashed var(--debt-doc-border, #999); margin: 2em 0; }
@media print {
  @page { size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm; }
  .debt-doc { max-width: none; margin: 0; padding: 0; color: #000; background: #fff; }
  .debt-doc .blank { color: #000; }
  .debt-doc .src:hover { background: none; }
  .debt-doc .doc-table td, .debt-doc .doc-table th { border-color: #000; }
  .debt-doc .doc-table tr { break-inside: avoid; }
  .debt-doc .page-break { border: 0; margin: 0; break-after: page; }
}
`;
