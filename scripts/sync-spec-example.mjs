// Copies the complete example of spec §1 (../shared/spec/language.md, beside the repository) into
// server/test/fixtures/spec-example.debt, which the tests read. Run after the spec changes; tests never read ../shared.
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const spec = path.resolve(root, '../shared/spec/language.md');
const fixture = path.join(root, 'server/test/fixtures/spec-example.debt');
if (!fs.existsSync(spec)) { console.error(`${spec} not found: nothing to refresh`); process.exit(1); }
const example = /```debt\n([\s\S]*?)```/.exec(fs.readFileSync(spec, 'utf8'))?.[1];
if (!example) { console.error('no ```debt block in the spec'); process.exit(1); }
const before = fs.existsSync(fixture) ? fs.readFileSync(fixture, 'utf8') : '';
fs.writeFileSync(fixture, example);
console.log(before === example ? 'spec example unchanged' : `spec example refreshed → ${path.relative(root, fixture)}`);
