/**
 * The preview's HTML shell, set once per panel: a strict Content-Security-Policy (nothing remote, scripts only with
 * this nonce), the stylesheet and script from media/, a toolbar with the style switch, the banner for what blocks
 * filing, and the document area that media/preview.js fills from `postMessage`.
 */
import * as crypto from 'crypto';
import * as vscode from 'vscode';
import { PreviewState } from './preview';
// The document's own stylesheet (a plain string module of the core), the same the standalone HTML page carries.
import { documentCss } from '../../../server/src/core/documents/css';
import { escapeHtml } from '../../../server/src/core/documents/render-html';
import { t } from '../l10n';
import { GROUP, kindItem } from '../kinds';
import { kindsFor } from '../protocol';


export function shellHtml(webview: vscode.Webview, extensionUri: vscode.Uri, state: PreviewState): string {
  const nonce = crypto.randomBytes(16).toString('base64');
  const media = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', f)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource} 'nonce-${nonce}'`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const labels = {
    style: t('Form'), element: t('Element form (要素式)'), traditional: t('Traditional'),
    blocking: t('Before filing'), notes: t('Notes for the lawyer'), loading: t('Rendering…'),
    print: t('Print'), document: t('Document'),
  };
  // The documents by side (spec §8.4); media/preview.js moves the case's side to the top on each render.
  const kindOptions = kindsFor(undefined).map((g) => `<optgroup data-side="${g.side}" label="${escapeHtml(GROUP[g.side]())}">${g.kinds
    .map((k) => `<option value="${k}"${(state.kind ?? 'complaint') === k ? ' selected' : ''}>${escapeHtml(kindItem(k).label)}</option>`).join('')}</optgroup>`).join('');
  return `<!DOCTYPE html>
<html lang="${t('en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">${documentCss}</style>
<link rel="stylesheet" href="${media('preview.css')}" nonce="${nonce}">
<title>${escapeHtml(labels.element)}</title>
</head>
<body data-state="${escapeHtml(JSON.stringify(state))}" data-labels="${escapeHtml(JSON.stringify(labels))}">
<header class="toolbar">
  <label>${labels.document}
    <select id="kind">${kindOptions}</select>
  </label>
  <label>${labels.style}
    <select id="style">
      <option value="element"${state.style !== 'traditional' ? ' selected' : ''}>${labels.element}</option>
      <option value="traditional"${state.style === 'traditional' ? ' selected' : ''}>${labels.traditional}</option>
    </select>
  </label>
  <span id="case-name"></span>
  <button id="print" type="button">${labels.print}</button>
</header>
<section id="problems" class="problems" hidden></section>
<section id="notes" class="notes" hidden></section>
<main id="document" class="document"><p class="loading">${labels.loading}</p></main>
<script nonce="${nonce}" src="${media('preview.js')}"></script>
</body>
</html>`;
}
