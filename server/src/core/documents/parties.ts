/**
 * Parties as the complaint states them: the traditional one-line description (文书样式) and the 要素式 blocks
 * (法〔2025〕82号, labels as printed — complaint-form-2025.md §B). A field the case does not record is a blank.
 */
import { Agent, Case, Party } from '../model/types';
import { Range } from '../text/range';
import { blank, box, date, t } from './format';
import { Cell, Run } from './types';

/** The role's label on the form. */
export const ROLE_ZH: Record<Party['role'], string> = { plaintiff: '原告', defendant: '被告', 'third-party': '第三人', party: '当事人' };

/** Ranges of a party declared in a used file point into that file: show the reference in this file instead. */
function src(p: Party, uri: string, r: Range | undefined): Range | undefined {
  if (!r) return undefined;
  return p.declaredAt && p.declaredAt.uri !== uri ? p.range : r;
}

/** Birth date and sex read from an 18-character resident ID (GB 11643: digits 7–14 the date, digit 17 odd = male). */
export function fromResidentId(id: string | undefined): { born?: string; gender?: 'male' | 'female' } {
  if (!id || !/^\d{17}[\dXx]$/.test(id)) return {};
  const born = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  return { born, gender: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

export interface PartyFacts {
  gender?: { value: 'male' | 'female'; source?: Range };
  born?: { value: string; source?: Range };
}

/** Gender and birth as written, else as the resident ID states them (the source is then the ID). */
export function personFacts(p: Party, uri: string): PartyFacts {
  const fromId = fromResidentId(p.id?.value);
  const idSrc = src(p, uri, p.id?.range);
  return {
    gender: p.gender ? { value: p.gender.value, source: src(p, uri, p.gender.range) } : fromId.gender ? { value: fromId.gender, source: idSrc } : undefined,
    born: p.born ? { value: p.born.value, source: src(p, uri, p.born.range) } : fromId.born ? { value: fromId.born, source: idSrc } : undefined,
  };
}

/** Parties in the order a complaint lists them: plaintiffs, defendants, third parties. */
export function orderedParties(c: Case): Party[] {
  const order: Party['role'][] = ['plaintiff', 'defendant', 'third-party'];
  return order.flatMap((role) => c.parties.filter((p) => p.role === role));
}

/** 被告一、被告二… when a role has several parties (complaint-template.md §Party fields). */
export function roleLabel(c: Case, p: Party): string {
  const same = c.parties.filter((x) => x.role === p.role);
  if (same.length < 2) return ROLE_ZH[p.role];
  const n = same.indexOf(p) + 1;
  const digit = '一二三四五六七八九十'.charAt(n - 1);
  return ROLE_ZH[p.role] + (digit || String(n));
}

const v = (p: Party, uri: string, f: { value: string; range: Range } | undefined, show = (s: string) => s): Run =>
  f ? t(show(f.value), src(p, uri, f.range)) : blank();

/** 原告：张三，男，1985年3月2日生，汉族，住……。公民身份号码：……。联系方式：……。 (文书样式, complaint-form-2025.md A2). */
/** `label` replaces the role's (申请人, 被申请人 in an application). */
export function traditionalPartyLine(c: Case, p: Party, uri: string, label = roleLabel(c, p)): Run[] {
  const runs: Run[] = [t(`${label}：`), t(p.name, src(p, uri, p.nameRange))];
  if (p.kind === 'person') {
    const f = personFacts(p, uri);
    runs.push(t('，'), f.gender ? t(f.gender.value === 'male' ? '男' : '女', f.gender.source) : blank());
    runs.push(t('，'), f.born ? t(date(f.born.value), f.born.source) : blank(), t('生，'));
    runs.push(p.ethnicity ? t(p.ethnicity.value, src(p, uri, p.ethnicity.range)) : blank());
    if (p.employer) runs.push(t('，'), v(p, uri, p.employer));
    runs.push(t('，住'), v(p, uri, p.address ?? p.residence), t('。'));
    runs.push(t('公民身份号码：'), v(p, uri, p.id), t('。'));
  } else {
    runs.push(t('，住所'), v(p, uri, p.address ?? p.residence), t('。'));
    runs.push(t('统一社会信用代码：'), v(p, uri, p.creditCode), t('。'));
    runs.push(t('法定代表人：'), v(p, uri, p.representative?.name));
    runs.push(t('，'), v(p, uri, p.representative?.title), t('。'));
  }
  runs.push(t('联系方式：'), v(p, uri, p.phone), t('。'));
  return runs;
}

/** 委托诉讼代理人：赵六，北京某某律师事务所律师，联系方式：……。 */
export function traditionalAgentLine(a: Agent): Run[] {
  return [
    t('委托诉讼代理人：'), t(a.name, a.nameRange), t('，'),
    a.firm ? t(a.firm.value, a.firm.range) : blank(), t('，联系方式：'), a.phone ? t(a.phone.value, a.phone.range) : blank(), t('。'),
  ];
}

const ORG_TYPES = ['有限责任公司', '股份有限公司', '上市公司', '其他企业法人', '社会服务机构', '事业单位', '社会团体', '基金会',
  '机关法人', '农村集体经济组织法人', '城镇农村的合作经济组织法人', '基层群众性自治组织法人', '个人独资企业', '合伙企业', '不具有法人资格的专业服务机构'];

/** The company form a name must carry by law (公司法第7条): 「股份有限公司」 or 「有限公司/有限责任公司」; otherwise none is ticked. */
function orgType(p: Party): string | undefined {
  if (p.kind !== 'company') return undefined;
  if (p.name.includes('股份有限公司')) return '股份有限公司';
  if (p.name.includes('有限公司') || p.name.includes('有限责任公司')) return '有限责任公司';
  return undefined;
}

/** One 当事人信息 row of the 要素式 form: the role label and the block of lines (complaint-form-2025.md §B). */
export function elementPartyRow(c: Case, p: Party, uri: string): Cell[] {
  const lines: Run[][] = [];
  const role = roleLabel(c, p);
  if (p.kind === 'person') {
    const f = personFacts(p, uri);
    lines.push([t('姓名：'), t(p.name, src(p, uri, p.nameRange))]);
    lines.push([t('性别：'), box('男', f.gender?.value === 'male', f.gender?.source), t('　'), box('女', f.gender?.value === 'female', f.gender?.source)]);
    lines.push([t('出生日期：'), f.born ? t(date(f.born.value), f.born.source) : blank(), t('　民族：'), v(p, uri, p.ethnicity)]);
    lines.push([t('工作单位：'), v(p, uri, p.employer), t('　职务：'), blank(), t('　联系电话：'), v(p, uri, p.phone)]);
    lines.push([t('住所地（户籍所在地）：'), v(p, uri, p.address)]);
    lines.push([t('经常居住地：'), v(p, uri, p.residence)]);
    lines.push([t('证件类型：'), p.id ? t('居民身份证', src(p, uri, p.id.range)) : blank()]);
    lines.push([t('证件号码：'), v(p, uri, p.id)]);
    return [{ lines: [[t(`${role}（自然人）`)]] }, { lines }];
  }
  const type = orgType(p);
  lines.push([t('名称：'), t(p.name, src(p, uri, p.nameRange))]);
  lines.push([t('住所地（主要办事机构所在地）：'), v(p, uri, p.address ?? p.residence)]);
  lines.push([t('注册地 / 登记地：'), blank()]);
  lines.push([t('法定代表人 / 负责人：'), v(p, uri, p.representative?.name), t('　职务：'), v(p, uri, p.representative?.title), t('　联系电话：'), v(p, uri, p.phone)]);
  // Only the plaintiff's block prints this line; the form allows 扩容, and a defendant's code identifies it (民诉法解释第209条).
  lines.push([t('统一社会信用代码：'), v(p, uri, p.creditCode)]);
  lines.push([t('类型：'), ...ORG_TYPES.flatMap((o, i) => [...(i ? [t('　')] : []), box(o, o === type)])]);
  lines.push([t('所有制性质：国有☐（控股☐ / 参股☐）　民营☐　其他'), blank()]);
  return [{ lines: [[t(`${role}（法人、非法人组织）`)]] }, { lines }];
}

/** 委托诉讼代理人 row: 有☑ with each agent's lines, or 无☑. */
export function elementAgentRow(agents: Agent[]): Cell[] {
  const lines: Run[][] = [[box('有', agents.length > 0)]];
  for (const a of agents) {
    lines.push([t('　姓名：'), t(a.name, a.nameRange)]);
    lines.push([t('　单位：'), a.firm ? t(a.firm.value, a.firm.range) : blank(), t('　职务：'), blank(), t('　联系电话：'), a.phone ? t(a.phone.value, a.phone.range) : blank()]);
    lines.push([t('　代理权限：'), box('一般授权', a.authority?.value === 'general', a.authority?.range), t('　'), box('特别授权', a.authority?.value === 'special', a.authority?.range)]);
  }
  lines.push([box('无', agents.length === 0)]);
  return [{ lines: [[t('委托诉讼代理人')]] }, { lines }];
}
