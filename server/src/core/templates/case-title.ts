/**
 * A case's title after one of its parties is renamed (issue 19): 「王小明诉赵大海民间借贷纠纷」 with 赵大海 → 赵大江 is
 * 「王小明诉赵大江民间借贷纠纷」. Every occurrence of the old name is replaced, except inside a longer name of another
 * party (renaming 王明 leaves 王明华 alone). The editor offers the result; it never renames the title by itself.
 */

/** The new title, or undefined when the title does not contain the old name (or is the old name: a case renamed). */
export function titleAfterRename(title: string, oldName: string, newName: string, otherNames: readonly string[] = []): string | undefined {
  if (!oldName || oldName === newName || title === oldName) return undefined;
  // Spans of the title that belong to a longer name containing the old one.
  const taken: [number, number][] = [];
  for (const other of otherNames) {
    if (other.length <= oldName.length || !other.includes(oldName)) continue;
    for (let i = title.indexOf(other); i >= 0; i = title.indexOf(other, i + 1)) taken.push([i, i + other.length]);
  }
  let out = '', from = 0, changed = false;
  for (let i = title.indexOf(oldName); i >= 0; i = title.indexOf(oldName, i + oldName.length)) {
    if (taken.some(([s, e]) => i >= s && i + oldName.length <= e)) continue;
    out += title.slice(from, i) + newName;
    from = i + oldName.length;
    changed = true;
  }
  return changed ? out + title.slice(from) : undefined;
}
