// The complaint preview's script (runs inside the webview). Receives rendered bodies by postMessage and keeps the
// scroll position across updates; clicking an element with data-src reveals that range of the case file; scrolling
// is synced both ways by source line. The server escapes every user string; this script never builds HTML from
// user text except the server's already-escaped body.
(function () {
  const vscode = acquireVsCodeApi();
  const body = document.body;
  const labels = JSON.parse(body.dataset.labels || '{}');
  let state = vscode.getState() || JSON.parse(body.dataset.state || '{}');
  const docEl = document.getElementById('document');
  const problemsEl = document.getElementById('problems');
  const notesEl = document.getElementById('notes');
  const caseEl = document.getElementById('case-name');
  const styleEl = document.getElementById('style');
  const kindEl = document.getElementById('kind');
  /** The case's side first in the document picker (spec §8.4), then documents for either side, then the other side. */
  function sideFirst(side) {
    if (!kindEl || !side) return;
    const order = { [side]: 0, both: 1 };
    const groups = Array.from(kindEl.querySelectorAll('optgroup'));
    groups.sort((a, b) => (order[a.dataset.side] ?? 2) - (order[b.dataset.side] ?? 2)).forEach((g) => kindEl.appendChild(g));
  }
  let ignoreScrollUntil = 0;

  function parseSrc(s) {
    const m = /^(\d+):(\d+)-(\d+):(\d+)$/.exec(s || '');
    if (!m) return undefined;
    return { start: { line: +m[1], character: +m[2] }, end: { line: +m[3], character: +m[4] } };
  }

  function text(tag, cls, value) {
    const el = document.createElement(tag);
    if (cls) el.className = cls;
    el.textContent = value;
    return el;
  }

  function showProblems(problems) {
    problemsEl.replaceChildren();
    if (!problems || problems.length === 0) { problemsEl.hidden = true; return; }
    problemsEl.appendChild(text('h2', '', labels.blocking));
    const ul = document.createElement('ul');
    for (const p of problems) {
      const li = document.createElement('li');
      li.className = 'problem ' + p.severity;
      const a = document.createElement('a');
      a.href = '#';
      a.textContent = p.code + ' ' + p.message;
      a.addEventListener('click', (e) => { e.preventDefault(); vscode.postMessage({ type: 'reveal', range: p.range }); });
      li.appendChild(a);
      ul.appendChild(li);
    }
    problemsEl.appendChild(ul);
    problemsEl.hidden = false;
  }

  function showNotes(notes) {
    notesEl.replaceChildren();
    if (!notes || notes.length === 0) { notesEl.hidden = true; return; }
    notesEl.appendChild(text('h2', '', labels.notes));
    const ul = document.createElement('ul');
    for (const n of notes) ul.appendChild(text('li', '', n));
    notesEl.appendChild(ul);
    notesEl.hidden = false;
  }

  /** Elements carrying a source range, in document order, with their start line. */
  function anchors() {
    const out = [];
    for (const el of docEl.querySelectorAll('[data-src]')) {
      const r = parseSrc(el.getAttribute('data-src'));
      if (r) out.push({ el, line: r.start.line });
    }
    return out;
  }

  function scrollToLine(line) {
    let best;
    for (const a of anchors()) {
      if (a.line <= line && (!best || a.line >= best.line)) best = a;
    }
    if (!best) return;
    ignoreScrollUntil = Date.now() + 300;
    best.el.scrollIntoView({ block: 'start' });
  }

  window.addEventListener('message', (event) => {
    const m = event.data;
    if (m.type === 'render') {
      const y = window.scrollY;
      docEl.innerHTML = m.html;
      showProblems(m.problems);
      showNotes(m.notes);
      caseEl.textContent = m.caseName || '';
      if (m.style) styleEl.value = m.style;
      if (m.kind && kindEl) kindEl.value = m.kind;
      sideFirst(m.side);
      window.scrollTo(0, y);
      state = { uri: m.uri, caseName: m.caseName, style: m.style, kind: m.kind };
      vscode.setState(state);
      body.dataset.rendered = String((+body.dataset.rendered || 0) + 1);
    } else if (m.type === 'empty') {
      if (m.kind && kindEl) kindEl.value = m.kind;
      sideFirst(m.side);
      docEl.replaceChildren(text('p', 'empty', m.message));
      showProblems([]);
      showNotes([]);
    } else if (m.type === 'scrollTo') {
      scrollToLine(m.line);
    }
  });

  docEl.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target.closest('[data-src]') : null;
    const r = el && parseSrc(el.getAttribute('data-src'));
    if (r) vscode.postMessage({ type: 'reveal', range: r });
  });

  // Only a scroll the lawyer makes in the preview moves the editor (wheel, keys, scrollbar drag): a re-render or a
  // scroll the editor asked for must not echo back, or the two would chase each other.
  let userScrollUntil = 0;
  const byUser = () => { userScrollUntil = Date.now() + 600; };
  for (const ev of ['wheel', 'keydown', 'mousedown', 'touchmove']) window.addEventListener(ev, byUser, { passive: true });
  let scrollTimer;
  window.addEventListener('scroll', () => {
    if (Date.now() < ignoreScrollUntil || Date.now() > userScrollUntil) return;
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => {
      const top = anchors().find((a) => a.el.getBoundingClientRect().bottom > 0);
      if (top) vscode.postMessage({ type: 'scrolled', line: top.line });
    }, 50);
  });

  styleEl.addEventListener('change', () => vscode.postMessage({ type: 'setStyle', style: styleEl.value }));
  if (kindEl) kindEl.addEventListener('change', () => vscode.postMessage({ type: 'setKind', kind: kindEl.value }));
  // A sandboxed webview ignores window.print(): the extension prints through the system browser (client/src/preview/print.ts).
  document.getElementById('print').addEventListener('click', () => vscode.postMessage({ type: 'print' }));
  vscode.postMessage({ type: 'ready' });
})();
