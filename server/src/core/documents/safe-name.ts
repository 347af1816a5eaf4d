/**
 * A case name as the stem of a file name, safe on every file system and distinct for distinct names:
 * - characters Windows forbids (\ / : * ? " < > |, controls) become 「_」, leading and trailing dots and spaces go;
 * - at most MAX_STEM_BYTES of UTF-8 (file systems allow 255 bytes; a name of 86 CJK characters is 258), cut between
 *   whole characters (never half an astral character, which came out as U+FFFD);
 * - a name that had to be changed gets a short fingerprint of the name as written, so 甲/乙 and 甲:乙 no longer both
 *   become 甲_乙 (fuzzing found `--force` silently replacing one with the other).
 */
export const MAX_STEM_BYTES = 150;

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** FNV-1a over the UTF-16 units, as 6 base-36 digits: a label, not security. */
function fingerprint(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h.toString(36).padStart(7, '0').slice(-6);
}

/** The longest prefix of whole code points within `max` UTF-8 bytes. */
export function cutToBytes(s: string, max: number): string {
  let bytes = 0, end = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + n > max) break;
    bytes += n; end += ch.length;
  }
  return s.slice(0, end);
}

export function safeFileStem(name: string): string {
  // A lone surrogate (not a character) is replaced too: it cannot be written as UTF-8.
  const cleaned = name.replace(FORBIDDEN, '_').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  if (cleaned === name && name && cutToBytes(name, MAX_STEM_BYTES) === name) return name;
  const tag = fingerprint(name);
  const stem = cutToBytes(cleaned, MAX_STEM_BYTES - tag.length - 1).replace(/[.\s]+$/, '');
  return `${stem || '案件'}-${tag}`;
}
