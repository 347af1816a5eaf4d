/**
 * Code actions of a document, without a connection (unit-testable): the quick fixes of the diagnostics the editor
 * sends (matched to the core's by code and range, so the fix reads the current model), and the source action
 * 「添加默认诉讼请求」 for a case that has written no claim.
 */
import { CodeAction, CodeActionKind, Diagnostic, TextEdit } from 'vscode-languageserver/node';
import { Analysis } from '../../core/analyze';
import { DebtDiagnostic, Locale } from '../../core/diagnostics/types';
import { OffsetEdit } from '../../core/format/format';
import { IsoDate } from '../../core/text/dates';
import { LineIndex, Range } from '../../core/text/range';
import { toLspDiagnostic } from '../convert';
import { closeInsert, FixText, fixesFor } from './fixes';
import { defaultClaimLines } from './lines';
import { t as tr } from '../l10n';

export const ADD_DEFAULT_CLAIMS = `${CodeActionKind.Source}.debt.addDefaultClaims`;

export interface CodeActionInput {
  uri: string;
  text: string;
  analysis: Analysis;
  range: Range;
  /** The editor's diagnostics at the range (context.diagnostics); when empty, the core's that touch the range. */
  diagnostics: Diagnostic[];
  only?: string[];
  locale: Locale;
  today: IsoDate;
}

export function codeActions(p: CodeActionInput): CodeAction[] {
  const idx = new LineIndex(p.text);
  const lsp = (edits: OffsetEdit[]): TextEdit[] => edits.map((e) => ({ range: idx.range(e.start, e.end), newText: e.newText }));
  const wanted = (kind: string) => !p.only || p.only.some((o) => kind === o || kind.startsWith(o + '.'));
  const out: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix)) {
    const own = p.analysis.diagnostics.filter((d) => d.uri === p.uri);
    const pairs: [Diagnostic, DebtDiagnostic][] = p.diagnostics.length > 0
      ? p.diagnostics.flatMap((ld) => {
        const d = own.find((x) => x.code === ld.code && sameRange(x.range, ld.range));
        return d ? [[ld, d] as [Diagnostic, DebtDiagnostic]] : [];
      })
      : own.filter((d) => touches(idx, d.range, p.range)).map((d) => [toLspDiagnostic(d, p.locale), d]);
    for (const [ld, d] of pairs) {
      for (const f of fixesFor({ text: p.text, analysis: p.analysis, diagnostic: d, locale: p.locale, today: p.today })) {
        out.push({ title: f.title, kind: CodeActionKind.QuickFix, diagnostics: [ld], ...(f.preferred ? { isPreferred: true } : {}),
          edit: { changes: { [p.uri]: lsp(f.edits) } } });
      }
    }
  }
  if (wanted(ADD_DEFAULT_CLAIMS)) {
    const t = new FixText(p.text, p.analysis);
    const c = t.caseAt(idx.offset(p.range.start));
    const edit = c && c.claims.every((x) => x.implicit) ? closeInsert(t, c, defaultClaimLines(t).join('\n')) : undefined;
    if (edit) out.push({ title: tr(p.locale, 'Add the default claims'), kind: ADD_DEFAULT_CLAIMS, edit: { changes: { [p.uri]: lsp([edit]) } } });
  }
  return out;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function touches(idx: LineIndex, a: Range, b: Range): boolean {
  return idx.offset(a.start) <= idx.offset(b.end) && idx.offset(b.start) <= idx.offset(a.end);
}
