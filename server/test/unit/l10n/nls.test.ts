/**
 * The manifest's localised strings: every `%key%` package.json uses has an English (package.nls.json) and a Chinese
 * (package.nls.zh-cn.json) entry, the two files have the same keys, and every title and setting description goes
 * through a key (so no doubled "中文 English" text comes back).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../../../..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(ROOT, f), 'utf8'));

/** Every string value in the manifest that is a whole `%key%`, with where it stands. */
function usedKeys(value: unknown, at = '', out: { key: string; at: string }[] = []): { key: string; at: string }[] {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) out.push({ key: m[1], at });
  } else if (Array.isArray(value)) value.forEach((v, i) => usedKeys(v, `${at}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) usedKeys(v, `${at}.${k}`, out);
  return out;
}

const CJK = /[\u4e00-\u9fff]/;

describe('package.nls: localised manifest strings', () => {
  const pkg = read('package.json');
  const en: Record<string, string> = read('package.nls.json');
  const zh: Record<string, string> = read('package.nls.zh-cn.json');

  it('every %key% in package.json has an English and a Chinese entry', () => {
    const used = usedKeys(pkg);
    assert.ok(used.length >= 20, `found ${used.length} keys`);
    for (const { key, at } of used) {
      assert.ok(typeof en[key] === 'string' && en[key].trim() !== '', `package.nls.json lacks ${key} (used at ${at})`);
      assert.ok(typeof zh[key] === 'string' && zh[key].trim() !== '', `package.nls.zh-cn.json lacks ${key} (used at ${at})`);
    }
  });

  it('the English and the Chinese file have the same keys', () => {
    assert.deepStrictEqual(Object.keys(zh).sort(), Object.keys(en).sort());
  });

  it('the Chinese entries are Chinese and the English ones carry no Chinese beyond quoted keywords', () => {
    for (const [k, v] of Object.entries(zh)) assert.match(v, CJK, `${k}: ${v}`);
    // English text may name a Chinese keyword of the language (中文 / English), nothing more.
    for (const [k, v] of Object.entries(en)) assert.ok(!CJK.test(v) || /中文/.test(v), `${k}: ${v}`);
  });

  it('every command title, setting description and the configuration title are keys', () => {
    const c = pkg.contributes;
    for (const cmd of c.commands) assert.match(cmd.title, /^%.+%$/, cmd.command);
    const conf = Array.isArray(c.configuration) ? c.configuration : [c.configuration];
    for (const section of conf) {
      assert.match(section.title, /^%.+%$/, 'configuration title');
      for (const [name, p] of Object.entries<{ description?: string; markdownDescription?: string; enumDescriptions?: string[] }>(section.properties)) {
        assert.match(p.description ?? p.markdownDescription ?? '', /^%.+%$/, name);
        for (const d of p.enumDescriptions ?? []) assert.match(d, /^%.+%$/, `${name} enumDescriptions`);
      }
    }
  });
});
