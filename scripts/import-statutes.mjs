// Reads ../shared/domain/statutes.md and writes server/data/citations.json: citation id → heading, article
// text and the "Software:" reading. Ids are `<short name>第<n>条` (e.g. 民间借贷规定第25条); hovers and the
// complaint cite them. Run after statutes.md changes: node scripts/import-statutes.mjs
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const source = path.resolve(root, '../shared/domain/statutes.md');
const SHORT = {
  '中华人民共和国民法典': '民法典',
  '最高人民法院关于审理民间借贷案件适用法律若干问题的规定': '民间借贷规定',
  '最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定': '时效规定',
  '最高人民法院关于适用《中华人民共和国民法典》总则编若干问题的解释': '总则编解释',
  '最高人民法院关于适用《中华人民共和国民法典》合同编通则若干问题的解释': '合同编通则解释',
  '中华人民共和国民事诉讼法': '民诉法',
  '最高人民法院关于适用《中华人民共和国民事诉讼法》的解释': '民诉法解释',
  '诉讼费用交纳办法': '诉讼费用交纳办法',
  '中华人民共和国刑法': '刑法',
  '中华人民共和国个人信息保护法': '个人信息保护法',
};

const lines = fs.readFileSync(source, 'utf8').split('\n');
const out = {};
let current = null;
for (const line of lines) {
  const h = /^### (.+?) 第(.+?条(?:之一)?) \(Art\. ([0-9]+(?:之一)?)\)/.exec(line);
  if (h) {
    const short = SHORT[h[1]];
    const art = h[3];
    const id = art.endsWith('之一') ? `${short}第${art.slice(0, -2)}条之一` : `${short}第${art}条`;
    current = short ? { id, title: `${h[1]} 第${h[2]}`, text: [], software: '' } : null;
    if (current) out[current.id] = current;
    continue;
  }
  if (/^#{2,3} /.test(line)) { current = null; continue; }
  if (!current) continue;
  if (line.startsWith('> ')) current.text.push(line.slice(2));
  else if (line.startsWith('**Software:**')) current.software = line.replace('**Software:**', '').trim();
}
// The 2015 rules (for the part of older contracts before 2020-08-20) are summarised in a list; Art 26 is quoted.
const art26 = lines.find((l) => l.startsWith('- **Art 26**'));
const quoted = art26 && /「(.+)」/.exec(art26);
if (quoted) {
  out['2015年民间借贷规定第26条'] = {
    id: '2015年民间借贷规定第26条', title: '最高人民法院关于审理民间借贷案件适用法律若干问题的规定（法释〔2015〕18号）第二十六条',
    text: [quoted[1]], software: '2015 regime for the portion before 2020-08-20 (民间借贷规定第31条): 24% enforceable cap, 36% void.',
  };
}
for (const v of Object.values(out)) { delete v.id; v.text = v.text.join('\n'); }
fs.mkdirSync(path.join(root, 'server/data'), { recursive: true });
fs.writeFileSync(path.join(root, 'server/data/citations.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`${Object.keys(out).length} citations → server/data/citations.json`);
