/**
 * What the preview last showed for each case file — the document (起诉状, 催款函 …) and the complaint's form (要素式 /
 * 传统) — so that 生成起诉状 / 生成文书 use it instead of asking again (issue 19). Kept in the workspace state: the
 * choice survives a reload, like the Markdown preview's settings per document.
 */
import * as vscode from 'vscode';
import type { DocumentKind, DocumentStyle } from './protocol';

export interface RememberedForm { style?: DocumentStyle; kind?: DocumentKind }

const KEY = 'debt.previewForms';
let state: vscode.Memento | undefined;
const forms = new Map<string, RememberedForm>();

export function initFormMemory(memento: vscode.Memento): void {
  state = memento;
  forms.clear();
  for (const [uri, f] of Object.entries(memento.get<Record<string, RememberedForm>>(KEY) ?? {})) forms.set(uri, f);
}

/** Records what the preview shows for `uri` (called on each render). */
export function rememberForm(uri: string, form: RememberedForm): void {
  const before = forms.get(uri);
  if (before?.style === form.style && before?.kind === form.kind) return;
  forms.set(uri, { ...form });
  void state?.update(KEY, Object.fromEntries(forms));
}

export function rememberedForm(uri: vscode.Uri | string | undefined): RememberedForm | undefined {
  return uri === undefined ? undefined : forms.get(uri.toString());
}
