/**
 * A file read from disk may start with a byte-order mark; the spec ignores it (§2) and editors do not show it, so it
 * is dropped before analysis — otherwise every column on line 1 would be one too far.
 */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
