/** Completion: what is offered where, in which keyword language, with pinyin filter texts, snippets, names and paths. */
import * as assert from 'assert';
import { CompletionItem, CompletionItemKind, InsertTextFormat } from 'vscode-languageserver/node';
import { analyze } from '../../../src/core/analyze';
import { LineIndex } from '../../../src/core/text/range';
import { complete } from '../../../src/lsp/completion/complete';
import { generateFile } from '../../../../bench/generate';

const URI = 'file:///w/cases/main.debt';
const USED = 'file:///w/cases/shared/lender.debt';
const LENDER = '当事人 某某商贸公司 { 法人 }\n';

/** Completion at the `|` of `src`. */
function at(src: string, locale: 'zh' | 'en' = 'zh', extra: Partial<Parameters<typeof complete>[0]> = {}): CompletionItem[] {
  const offset = src.indexOf('|');
  const text = src.slice(0, offset) + src.slice(offset + 1);
  const analysis = analyze(URI, text, { read: (u) => (u === USED ? LENDER : undefined) }, { structureOnly: true });
  return complete({
    uri: URI, text, offset, position: new LineIndex(text).position(offset), analysis, locale, today: '2026-01-05',
    uris: [URI, USED, 'file:///w/cases/other.debt', 'file:///w/elsewhere/x.debt', 'file:///w/cases/notes.txt'], ...extra,
  });
}
const labels = (items: CompletionItem[]) => items.map((i) => i.label);

describe('completion: context', () => {
  it('enumerated values after their keyword, and only those', () => {
    assert.deepStrictEqual(labels(at('案件 甲 { 原告 张三 { 性别 | } }')), ['男', '女']);
    assert.deepStrictEqual(labels(at('案件 甲 { 借款 一 { 到期 | } }')), ['未约定', '2026-01-05']);
    assert.deepStrictEqual(labels(at('案件 甲 { 借款 一 { 利率 | } }')), ['无', '约定不明', '12%/年', '1%/月', '0.05%/日']);
    assert.deepStrictEqual(labels(at('案件 甲 { 程序 | }')), ['普通程序', '简易程序', '小额诉讼', '督促程序']);
    assert.deepStrictEqual(labels(at('案件 甲 { 证据 X { 类型 | } }')), ['借条', '借款合同', '收条', '转账记录', '银行流水', '聊天记录', '录音', '视频', '短信', '邮件', '函件', '公证书', '证人证言', '身份证明', '其他']);
    assert.deepStrictEqual(labels(at('案件 甲 { 请求 利息 至 | }')), ['实际清偿之日', '2026-01-05']);
    assert.deepStrictEqual(labels(at('案件 甲 { 代理人 赵 { 代理权限 | } }')), ['一般授权', '特别授权']);
    assert.deepStrictEqual(labels(at('案件 甲 { 借款 一 { 计息天数 | } }')), ['365', '360']);
  });

  it('after a delivery amount: methods, then 证据, then the loan fields', () => {
    const l = labels(at('案件 甲 { 借款 一 { 交付 2023-01-01 5万元 | } }'));
    assert.deepStrictEqual(l.slice(0, 7), ['转账', '现金', '微信', '支付宝', '票据', '其他', '证据']);
    assert.ok(l.includes('逾期利率') && !l.includes('性别') && !l.includes('案件'));
  });

  it('a guarantor: 连带/一般 and 保证期间至; a demand: 向, channels, 证据', () => {
    assert.deepStrictEqual(labels(at('案件 甲 { 借款 一 { 保证人 王五 | } }')).slice(0, 3), ['连带', '一般', '保证期间至']);
    const demand = labels(at('案件 甲 { 催收 2024-01-01 | }'));
    assert.deepStrictEqual(demand.slice(0, 21), ['电话', '短信', '微信', '催款函', '律师函', '上门', '邮件', '调解', '支付令', '起诉',
      '骚扰', '联系第三人', '威胁', '公开信息', '暴力', '向', '限期', '送达', '由', '次数', '证据']);
  });

  it('spec §7.1–7.4 items: 机构类型, 限期/送达 after a channel, 保全 and its parts, 财产 and 判决 fields', () => {
    assert.ok(labels(at('案件 甲 { 原告 张三 {\n  | } }')).includes('机构类型'));
    assert.deepStrictEqual(labels(at('案件 甲 { 原告 张三 { 机构类型 | } }')), ['银行', '小额贷款公司', '融资担保公司', '区域性股权市场', '典当行', '融资租赁公司', '商业保理公司', '地方资产管理公司', '其他金融机构']);
    assert.deepStrictEqual(labels(at('案件 甲 { 催收 2024-01-01 律师函 | }')).slice(0, 5), ['限期', '送达', '由', '次数', '证据']);
    assert.deepStrictEqual(labels(at('案件 甲 { 保全 | }')), ['诉前', '诉中']);
    assert.deepStrictEqual(labels(at('案件 甲 { 保全 诉前 | }')).slice(0, 5), ['金额', '对象', '担保', '申请', '裁定']);
    assert.deepStrictEqual(labels(at('案件 甲 { 保全 诉前 担保 | }')), ['保函', '保险', '现金', '财产']);
    assert.deepStrictEqual(labels(at('案件 甲 { 财产 X { | } }')), ['类型', '所有人', '描述', '价值', '证据']);
    assert.deepStrictEqual(labels(at('案件 甲 { 财产 X { 类型 | } }')), ['银行账户', '微信', '支付宝', '不动产', '车辆', '股权', '债权', '其他']);
    assert.deepStrictEqual(labels(at('案件 甲 { 判决 "（2026）京0105民初1号" { | } }')), ['法院', '生效', '履行期限', '判决金额', '还款', '判项', '连带', '分期', '中止']);
  });

  it('block items by block: party fields, evidence fields, agent fields, case items, top-level items', () => {
    const party = labels(at('案件 甲 { 原告 张三 {\n  | } }'));
    assert.ok(['自然人', '性别', '身份证号', '统一社会信用代码', '电子送达'].every((k) => party.includes(k)) && !party.includes('金额'));
    assert.deepStrictEqual(labels(at('案件 甲 { 证据 X { | } }')), ['类型', '原件', '复印件', '证明', '来源', '页数']);
    assert.deepStrictEqual(labels(at('案件 甲 { 代理人 X { | } }')), ['律所', '电话', '代理权限', '委托人']);
    const caseItems = labels(at('案件 甲 {\n  |\n}'));
    assert.deepStrictEqual(caseItems.filter((l) => !l.includes('…')), ['法院', '起诉日', '程序', '备注', '原告', '被告', '第三人', '当事人', '代理人', '借款', '还款', '催收', '确认', '证据', '请求', '财产', '保全', '判决', '约定管辖', '结算', '宣布到期']);
    assert.deepStrictEqual(labels(at('|')), ['引用', '当事人', '代理人', '案件', '案件 { … }', '引用 …', '当事人 { … }', '代理人 { … }']);
    assert.deepStrictEqual(labels(at('案件 甲 { }\n|')).slice(0, 4), ['引用', '当事人', '代理人', '案件']);
  });

  it('nothing inside a comment or a string value, or while a number is typed', () => {
    assert.deepStrictEqual(at('案件 甲 { // 注释 | \n}'), []);
    assert.deepStrictEqual(at('案件 甲 { /* 性别 | */ }'), []);
    assert.deepStrictEqual(at('案件 甲 { 原告 张三 { 住所 "北京|'), []);
    assert.deepStrictEqual(at('案件 甲 { 借款 一 { 金额 5|'), []);
  });
});

describe('completion: names and paths', () => {
  const parties = '案件 甲 {\n  原告 张三 {}\n  被告 李四 {}\n  被告 "王 五" {}\n  证据 借条 { 类型 借条 }\n  借款 一号 { 交付 2023-01-01 1元 }\n';

  it('parties where a party goes, the expected role first; quoted when the name needs it', () => {
    const lender = at(parties + '  借款 二 { 出借人 | }\n}');
    assert.deepStrictEqual(labels(lender), ['张三', '李四', '王 五']);
    assert.deepStrictEqual(lender.map((i) => i.sortText! < lender[1].sortText!), [true, false, false], 'the plaintiff first');
    const borrower = at(parties + '  借款 二 { 借款人 张三、| }\n}');
    assert.deepStrictEqual(borrower.filter((i) => i.sortText!.startsWith('0a')).map((i) => i.label), ['李四', '王 五']);
    assert.strictEqual(borrower.find((i) => i.label === '王 五')!.textEdit!.newText, '"王 五"');
    assert.strictEqual(borrower[0].detail, '原告');
    assert.deepStrictEqual(labels(at(parties + '  催收 2024-01-01 向 |\n}')).sort(), ['张三', '李四', '王 五'].sort());
    assert.deepStrictEqual(labels(at(parties + '  确认 2024-01-01 由 |\n}')).sort(), ['张三', '李四', '王 五'].sort());
    assert.deepStrictEqual(labels(at(parties + '  请求 保证责任 |\n}')).sort(), ['张三', '李四', '王 五'].sort());
    assert.deepStrictEqual(labels(at(parties + '  代理人 赵 { 委托人 | }\n}')).sort(), ['张三', '李四', '王 五'].sort());
  });

  it('evidence after a fact, loans on a repayment', () => {
    assert.deepStrictEqual(labels(at(parties + '  还款 2023-02-01 1元 证据 |\n}')), ['借条', '声明新证据…']);
    assert.strictEqual(at(parties + '  还款 2023-02-01 1元 证据 |\n}')[0].detail, '借条');
    assert.deepStrictEqual(labels(at(parties + '  还款 2023-02-01 1元 借款 |\n}')), ['一号']);
    assert.deepStrictEqual(labels(at(parties + '  借款 二 { 签订 2023-01-01 证据 |  }\n}')), ['借条', '声明新证据…']);
  });

  it('a role without a block offers the parties declared with 当事人 in used files', () => {
    const items = at('引用 "shared/lender.debt"\n案件 甲 { 原告 | }');
    assert.deepStrictEqual(labels(items), ['某某商贸公司']);
    assert.strictEqual(items[0].detail, 'lender.debt');
  });

  it('引用 paths: .debt files of the folder and below, relative, quoted; inside an open string too', () => {
    const items = at('引用 |');
    assert.deepStrictEqual(labels(items), ['shared/lender.debt', 'other.debt']);
    assert.strictEqual(items[0].textEdit!.newText, '"shared/lender.debt"');
    const open = at('引用 "sh|');
    // The open string `"sh` (3 characters) is replaced: the edit starts at character 3.
    assert.deepStrictEqual(open[0].textEdit, { range: { start: { line: 0, character: 3 }, end: { line: 0, character: 6 } }, newText: '"shared/lender.debt"' });
  });
});

describe('completion: keyword language, pinyin, snippets', () => {
  it('the file\'s keyword language: English when its keywords are English, whatever the locale', () => {
    assert.deepStrictEqual(labels(at('case A {\n  loan L { due | }\n}')), ['on-demand', '2026-01-05']);
    assert.deepStrictEqual(labels(at('case A { plaintiff B { gender | } }', 'zh')), ['male', 'female']);
    // Most keywords decide: two English, one Chinese.
    assert.deepStrictEqual(labels(at('case A { plaintiff B { 性别 male\n person\n gender | } }')), ['male', 'female']);
    // The case being edited has no keyword yet: the file's other cases decide; an empty file follows the locale.
    assert.ok(labels(at('case A { court X }\ncase B { | }')).includes('court'));
    assert.ok(labels(at('|', 'en')).includes('case'));
    assert.ok(labels(at('|', 'zh')).includes('案件'));
  });

  it('Chinese keywords are found by pinyin initials, full pinyin and English spelling', () => {
    const items = at('案件 甲 { 借款 一 { yqll| } }');
    const overdue = items.find((i) => i.label === '逾期利率')!;
    assert.strictEqual(overdue.filterText, '逾期利率 yqll yuqililv overdue-interest');
    assert.strictEqual(overdue.detail, 'overdue-interest');
    // The typed `yqll` (4 characters, 14..18) is what the item replaces.
    assert.deepStrictEqual(overdue.textEdit, { range: { start: { line: 0, character: 14 }, end: { line: 0, character: 18 } }, newText: '逾期利率' });
    assert.strictEqual(at('案件 甲 { hk| }').find((i) => i.label === '还款')!.filterText, '还款 hk huankuan repaid');
  });

  it('block snippets with tab stops in both languages', () => {
    const zh = at('案件 甲 {\n  |\n}').find((i) => i.label === '借款 { … }')!;
    assert.strictEqual(zh.kind, CompletionItemKind.Snippet);
    assert.strictEqual(zh.insertTextFormat, InsertTextFormat.Snippet);
    assert.match(zh.textEdit!.newText, /^借款 \$\{1:借款一\} \{\n {2}出借人 \$\{2:张三\}\n {2}借款人 \$\{3:李四\}\n/);
    const en = at('case A {\n  |\n}').find((i) => i.label === 'evidence { … }')!;
    // A plain placeholder, not a choice (a choice is accepted on Enter and moves on): the kinds are offered after `kind `.
    // The evidence's name and 证明 text are printed in the 证据目录: Chinese defaults under English keywords too.
    assert.match(en.textEdit!.newText, /^evidence \$\{1:借条\} \{ kind \$\{2:iou\} \$\{3:original\} proves "\$\{4:双方借贷合意与借款金额\}" \}/);
    assert.match(at('|').find((i) => i.label === '案件 { … }')!.textEdit!.newText, /起诉日 \$\{3:\$CURRENT_YEAR-\$CURRENT_MONTH-\$CURRENT_DATE\}/);
  });

  it('after a typed space only what the item takes next, not every item', () => {
    assert.deepStrictEqual(labels(at('案件 甲 { 原告 张三 { 性别 | } }', 'zh', { afterSpace: true })), ['男', '女']);
    assert.deepStrictEqual(at('案件 甲 {\n  |\n}', 'zh', { afterSpace: true }), []);
  });
});

// Speed is measured by `npm run bench` (bench/lsp.ts), never by a timed test; this checks the big file only works.
describe('completion on a 637-case file', function () {
  this.timeout(60000);
  it('answers at the start of every 200th line with items and never throws', () => {
    const text = generateFile(637).text;
    const analysis = analyze(URI, text, { read: () => undefined }, { structureOnly: true });
    const idx = new LineIndex(text);
    let answered = 0;
    for (let i = 0; i < 200; i++) {
      const offset = text.indexOf('\n', Math.floor((text.length * i) / 200)) + 1 || text.length;
      const items = complete({ uri: URI, text, offset, position: idx.position(offset), analysis, locale: 'zh', today: '2026-01-05', uris: [URI] });
      if (items.length > 0) answered++;
    }
    assert.ok(answered >= 190, `${answered} of 200 line starts got completion items`);
  });
});
