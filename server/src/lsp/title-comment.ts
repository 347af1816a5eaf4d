/**
 * The comment edits that go with renaming a case (core/templates/title-comment.ts decides which comment repeats the
 * title): added by rename.ts to the same WorkspaceEdit as the title, so the editor applies and undoes them in one step —
 * whether the lawyer renamed the case with F2 or accepted the title offer after renaming a party (client/src/rename-title.ts).
 */
import { TextEdit } from 'vscode-languageserver/node';
import { titleCommentChanges, titleCommentRegion } from '../core/templates/title-comment';
import { lex, lineIndexOf, offsetsOf } from './locate';
import { Workspace } from './names';

/** The edits for the comments above case `caseIndex` of `uri` that repeat its title, once it is renamed `newTitle`. */
export function titleCommentEdits(ws: Workspace, uri: string, caseIndex: number, newTitle: string): TextEdit[] {
  const analysis = ws.analysis(uri), text = ws.text(uri);
  const c = analysis?.model.cases[caseIndex];
  if (!analysis || text === undefined || !c) return [];
  const index = lineIndexOf(analysis, text);
  const previous = caseIndex > 0 ? offsetsOf(analysis.model.cases[caseIndex - 1].range, index).end : undefined;
  const name = offsetsOf(c.nameRange, index);
  const region = titleCommentRegion(text, previous, name.end);
  // The region starts at a token boundary (the top of the file or a case's `}`), so lexing it alone finds its comments.
  const { comments } = lex(text, region.start, region.end, index);
  return titleCommentChanges(text, comments, c.name, newTitle, text.slice(name.start, name.end))
    .map((e) => ({ range: index.range(e.start, e.end), newText: e.newText }));
}
