/**
 * The comment that repeats a case's title follows the title when the case is renamed. 「新建案件」 writes
 * `// 王小明诉赵大海民间借贷纠纷` above `案件 王小明诉赵大海民间借贷纠纷 {`; after 赵大海 → 赵大江 and the title offer
 * (core/templates/case-title.ts) the title changed but the comment still named 赵大海. Only a comment that says the old
 * title and nothing else is rewritten (surrounding spaces kept); a comment that merely mentions a name is the lawyer's
 * note and is never touched (docs/conventions.md, "The comment that repeats the case title").
 */
import { nameText } from '../syntax/name-text';

/** Offsets in the file's text. */
export interface Span { start: number; end: number }
export interface TextChange extends Span { newText: string }

/**
 * Where a comment repeating the title of a case is looked for: the lines above the case back to the end of the case
 * before it (the top of the file for the first case: `引用` and `当事人` lines may stand between), through the end of
 * the line that holds the case's name (`案件 X { // X`). Comments inside the case's block or after it are its content.
 */
export function titleCommentRegion(text: string, previousCaseEnd: number | undefined, nameEnd: number): Span {
  const newline = text.indexOf('\n', nameEnd);
  return { start: previousCaseEnd ?? 0, end: newline < 0 ? text.length : newline };
}

/**
 * The changes that carry every comment of `comments` (spans of `//…` or `/*…*\/` in `text`) whose whole content is the
 * old title to the new one. The title counts bare (as 「新建案件」 writes it) or as the case line writes it (`written`,
 * quotes included, for a title that needs them); the new title is written the same way. Only the title's own span
 * changes, so the comment's marks and spaces stay as they were. An unclosed `/*` is not a comment that can repeat
 * anything (it runs to the end of the file).
 */
export function titleCommentChanges(
  text: string, comments: readonly Span[], oldTitle: string, newTitle: string, written: string = nameText(oldTitle),
): TextChange[] {
  if (!oldTitle || !newTitle || oldTitle === newTitle) return [];
  const out: TextChange[] = [];
  for (const c of comments) {
    const body = inner(text, c);
    if (!body) continue;
    const content = body.text.trim();
    const newText = content === oldTitle ? newTitle : content === written || content === nameText(oldTitle) ? nameText(newTitle) : undefined;
    if (newText === undefined) continue;
    const start = body.start + (body.text.length - body.text.trimStart().length);
    out.push({ start, end: start + content.length, newText });
  }
  return out;
}

/** What a comment says: its text between `//` and the line end, or between `/*` and `*\/`. */
function inner(text: string, c: Span): { start: number; text: string } | undefined {
  const mark = text.slice(c.start, c.start + 2);
  if (mark === '//') return { start: c.start + 2, text: text.slice(c.start + 2, c.end) };
  if (mark === '/*' && c.end - c.start >= 4 && text.slice(c.end - 2, c.end) === '*/') return { start: c.start + 2, text: text.slice(c.start + 2, c.end - 2) };
  return undefined;
}
