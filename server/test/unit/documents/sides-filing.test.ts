/**
 * The filing package (spec §8.4): 授权委托书, 律师事务所函, 法定代表人身份证明书, 送达地址确认书, 立案材料清单,
 * 证人出庭作证申请书, 调查取证/调查令申请书, 变更（增加）诉讼请求申请书 — each from what the case records, blanks for
 * the rest, refused where the case gives nothing to make it from.
 */
import * as assert from 'assert';
import { analyze } from '../../../src/core/analyze';
import { documentFileName, isDocumentRefused } from '../../../src/core/documents';
import { lines, sample } from './samples';
import { ALL, build, inline, NONE } from './sides-fixtures';

const refused = (f: () => unknown, re: RegExp) => assert.throws(f, (e: unknown) => isDocumentRefused(e) && re.test((e as Error).message));

describe('filing package', function () {
  this.timeout(20000);

  it('授权委托书: 特别授权 lists the powers of 民诉法第62条; 一般授权 says which it lacks', () => {
    const special = lines(build(sample('loan-basic.debt').a, 'power-of-attorney'));
    assert.ok(special.includes('受托人：赵六，北京某某律师事务所律师，联系电话：13900000000。'));
    assert.ok(special.includes('代理权限：一般授权☐　特别授权☑'));
    assert.ok(special.some((l) => l.startsWith('受托人的代理权限为特别授权：') && l.includes('代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉（《中华人民共和国民事诉讼法》第六十二条）')));
    const general = lines(build(inline(NONE), 'power-of-attorney'));
    assert.ok(general.includes('现委托上列受托人在委托人与甲民间借贷纠纷一案中，作为委托人（被告）的诉讼代理人，在某某人民法院审理的第一审程序中代为诉讼。'));
    assert.ok(general.some((l) => l.startsWith('受托人的代理权限为一般授权') && l.includes('受托人无权代为承认、放弃、变更诉讼请求')));
    refused(() => build(sample('lapsed-part-payment.debt').a, 'power-of-attorney'), /没有写明代理人/);
  });

  it('律师事务所函: the firm, the lawyers assigned, for whom, against whom', () => {
    const all = lines(build(inline(ALL), 'firm-letter'));
    assert.deepStrictEqual(all.slice(0, 2), ['北京某某律师事务所', '律师事务所函']);
    assert.ok(all.includes('本所接受乙、丙的委托，指派丁律师担任其与甲民间借贷纠纷一案中被告的委托诉讼代理人。'));
    assert.deepStrictEqual(all.slice(-2), ['北京某某律师事务所（盖章）', '　　　　年　　月　　日']);
  });

  it('法定代表人身份证明书 for a company among our clients only', () => {
    const all = lines(build(sample('licensed-lender.debt').a, 'representative-certificate'));
    assert.deepStrictEqual(all.slice(0, 3), ['法定代表人身份证明书', '周明在我单位任董事长职务，是我单位的法定代表人。', '特此证明。']);
    assert.ok(all.includes('统一社会信用代码：91110108MA01ABCD1E'));
    // loan-basic: the company is the other side's guarantor — not ours to certify.
    refused(() => build(sample('loan-basic.debt').a, 'representative-certificate'), /委托人中没有法人或非法人组织/);
  });

  it('送达地址确认书: 送达地址 else 住所, e-service as recorded', () => {
    const text = NONE.replace('电话 13800000000 }', '电话 13800000000 送达地址 "北京市海淀区某某路9号" 电子送达 是 }');
    const all = lines(build(inline(text), 'service-address'));
    assert.ok(all.includes('受送达人 | 乙（被告；对方当事人：甲）'));
    assert.ok(all.includes('送达地址 | 北京市海淀区某某路9号'));
    assert.ok(all.includes('是否同意电子送达 | 是☑　否☐'));
    assert.ok(all.includes('电子送达地址（手机号码/电子邮箱） | 13800000000'));
  });

  it('立案材料清单: pleading and evidence copies are 1 + the number of opposing parties', () => {
    const creditor = lines(build(sample('loan-basic.debt').a, 'filing-list'));
    // Two defendants (李四, 北京某某科技有限公司): 3 copies each.
    assert.ok(creditor.includes('1 | 民事起诉状 | 3 | ＿＿＿＿ | 正本1份，副本2份（按被告人数）'), creditor.join('\n'));
    assert.ok(creditor.includes('2 | 证据目录及证据材料（5项） | 3 | ＿＿＿＿ | 法院1份，对方当事人各1份'));
    const debtor = lines(build(inline(ALL), 'filing-list'));
    assert.ok(debtor.includes('1 | 民事答辩状 | 2 | ＿＿＿＿ | 正本1份，副本1份（按原告人数）'));
    assert.ok(debtor.includes('提交人：乙、丙（被告）；对方当事人1人（甲）。'));
    // Pages are summed only when every evidence item records them: 2 + 3 = 5.
    const paged = NONE.replace('证据 借条 { 类型 借条 原件 }', '证据 借条 { 类型 借条 原件 页数 2 }').replace('证据 回单 { 类型 转账记录 }', '证据 回单 { 类型 转账记录 页数 3 }');
    assert.ok(lines(build(inline(paged), 'filing-list')).includes('2 | 证据目录及证据材料（2项） | 2 | 5 | 法院1份，对方当事人各1份'));
  });

  it('证人出庭作证申请书 from 证人证言 evidence (witness = 来源, what he proves = 证明); refused without one', () => {
    const all = lines(build(sample('debtor-harassed-relatives.debt').a, 'witness'));
    assert.ok(all.includes('证人姓名：刘芳（被告之姐）　职业：＿＿＿＿　住所：＿＿＿＿　联系方式：＿＿＿＿'));
    assert.ok(all.includes('作证的主要内容及与待证事实的关联：证人将就原告打电话向被告亲属和同事催讨欠款的事实作证。'));
    refused(() => build(inline(NONE), 'witness'), /没有类型为 证人证言 的证据/);
  });

  it('调查令申请书 (a lawyer acts): the identity behind a WeChat chat; a debtor checks a cash delivery; refused with nothing to ask', () => {
    const d = build(sample('loan-basic.debt').a, 'investigation');
    assert.strictEqual(d.title, '调查令申请书');
    assert.deepStrictEqual(lines(d).filter((l) => /^\d\. /.test(l)), [
      '1. 向深圳市腾讯计算机系统有限公司调取证据“微信聊天记录”所涉账号的实名注册信息（姓名、身份证号码、绑定手机号），以证明聊天对方的身份。',
    ]);
    const cash = NONE.replace('交付 2023-01-10 10000元 转账', '交付 2023-01-10 10000元 现金');
    assert.ok(lines(build(inline(cash), 'investigation')).some((l) => l.startsWith('1. 向＿＿＿＿调取出借人名下账户在2023年1月10日前后的取款记录')));
    refused(() => build(inline(NONE), 'investigation'), /没有须向银行或支付机构调取的证据/);
    const a = inline(sample('loan-basic.debt').text);
    assert.strictEqual(documentFileName(a.model.cases[0].name, 'investigation', 'docx', a.model.cases[0]), '张三诉李四民间借贷纠纷.调查令申请书.docx');
  });

  it('变更（增加）诉讼请求申请书 with interest to a hearing date (--as-of 2027-03-01)', () => {
    // loan-basic: 3,039.60 of period interest, then overdue at 14.60 % on 49,975.34 from 2024-01-11 through 2027-02-28
    // (1,145 days): 49,975.34 × 14.60 % × 1,145 / 365 = 22,888.71 → interest 25,928.31; with the principal 75,903.65.
    const { text } = sample('loan-basic.debt');
    const a = analyze('file:///work/loan-basic.debt', text, { read: () => undefined }, { today: '2026-06-01', asOf: '2027-03-01' });
    const all = lines(build(a, 'amend-claims'));
    assert.ok(all.includes('1. 判令被告李四、北京某某科技有限公司偿还借款本金49,975.34元；'));
    assert.ok(all.includes('2. 判令被告李四、北京某某科技有限公司支付利息（暂计至2027年2月28日为25,928.31元，此后的利息自2027年3月1日起以49,975.34元为基数按年利率14.60%计算至实际清偿之日止）；'), all.join('\n'));
    assert.ok(all.includes('以上合计75,903.65元（大写：人民币柒万伍仟玖佰零叁元陆角伍分），暂计至2027年2月28日。'));
    refused(() => build(inline(ALL), 'amend-claims'), /变更诉讼请求申请书是债权人一方的文书/);
  });
});
