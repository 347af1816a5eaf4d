/**
 * Territorial jurisdiction, the quick rules of rules.md §16, checked by text:
 * - a written jurisdiction clause (`约定管辖 NAME`, 民诉法第35条) → the agreed court only; a clause naming a party's
 *   domicile (原告/出借人/被告/借款人住所地) → that party's domicile;
 * - else the defendant's domicile (民诉法第24条) or the place of performance, which for a money loan not agreeing one
 *   is where the party receiving the money is (民诉法解释第18条第2款; 民间借贷规定第3条) — in a repayment suit the
 *   lender; only for a loan actually delivered (第18条第3款);
 * - a payment order: the debtor's domicile only (民诉法解释第23条).
 * A party's place is its 经常居住地 when written (民诉法第22条), else its 住所. A court matches a place when the court's
 * name contains the place's most specific administrative unit (区/县/旗/县级市, else 市/州/盟, else 省).
 * Level (基层/中级) is not judged [rules.md §16: thresholds not compiled].
 */
import { DebtDiagnostic } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case, Party } from '../model/types';
import { LawContext } from './context';
import { paymentOrderDemand } from './payment-order';

export type JurisdictionBasis = 'agreed' | 'defendant-domicile' | 'performance-place' | 'debtor-domicile';

export interface PermittedPlace {
  basis: JurisdictionBasis;
  /** The party whose domicile it is (none for an agreed court named outright). */
  party?: string;
  /** The address or agreed court as written. */
  place: string;
  /** The administrative unit a court's name must contain; null when the text names none. */
  locality: string | null;
}

export interface JurisdictionReport {
  route: 'suit' | 'payment-order';
  chosen: string | null;
  permitted: PermittedPlace[];
  /** Whether the chosen court is among the permitted ones; null when no court is chosen or a place has no locality. */
  matches: boolean | null;
}

const UNIT = /^(.{1,12}?)(自治区|自治州|自治县|特别行政区|地区|省|市|盟|区|县|旗)/;
/** Street-level words: a unit whose name contains one is part of the street address, not a district. */
const STREET = /[路街道巷号镇乡村楼室弄\d]/;

/** '北京市朝阳区建国路88号' → ['北京市', '朝阳区']: the administrative units the address opens with. */
export function addressUnits(address: string): string[] {
  const units: string[] = [];
  let rest = address.replace(/^中国|^中华人民共和国/, '').trim();
  while (units.length < 4) {
    const m = UNIT.exec(rest);
    if (!m || STREET.test(m[1])) break;
    units.push(m[0]);
    rest = rest.slice(m[0].length);
  }
  return units;
}

/** The most specific unit of an address (the district/county), or null. */
export function locality(address: string): string | null {
  const units = addressUnits(address);
  return units.length ? units[units.length - 1] : null;
}

/**
 * The basic court of an address's district, named from its units (「浙江省杭州市西湖区…」 → 「杭州市西湖区人民法院」), or
 * undefined when the address names no district or city under a province. The payment order's court and the court
 * 新建案件 suggests are named here; the lawyer checks the name.
 */
export function basicCourtOf(units: string[]): string | undefined {
  if (units.length < 2 || !/[区县旗]$|市$/.test(units[units.length - 1])) return undefined;
  return `${units.length >= 3 ? units.slice(-2).join('') : units.join('')}人民法院`.replace(/^(.+?省)/, '');
}

function partyPlace(p: Party): string | undefined {
  return p.residence?.value ?? p.address?.value;
}

function domiciles(parties: Party[], basis: JurisdictionBasis): PermittedPlace[] {
  const out: PermittedPlace[] = [];
  for (const p of parties) {
    const place = partyPlace(p);
    if (place) out.push({ basis, party: p.name, place, locality: locality(place) });
  }
  return out;
}

/** The places the law permits for this case (rules.md §16). */
export function permittedPlaces(c: Case): { route: JurisdictionReport['route']; permitted: PermittedPlace[] } {
  const defendants = c.parties.filter((p) => p.role === 'defendant');
  if (c.procedure?.value === 'payment-order' || paymentOrderDemand(c)) {
    return { route: 'payment-order', permitted: domiciles(defendants, 'debtor-domicile') };
  }
  const clause = c.jurisdictionClause?.value;
  if (clause) {
    const plaintiffs = c.parties.filter((p) => p.role === 'plaintiff');
    if (/原告|出借人|债权人/.test(clause)) return { route: 'suit', permitted: domiciles(plaintiffs, 'agreed') };
    if (/被告|借款人|债务人/.test(clause)) return { route: 'suit', permitted: domiciles(defendants, 'agreed') };
    return { route: 'suit', permitted: [{ basis: 'agreed', place: clause, locality: locality(clause) }] };
  }
  const lenders = new Set(c.loans.filter((l) => l.deliveries.length > 0).map((l) => l.lender?.name));
  const receiving = c.parties.filter((p) => p.role === 'plaintiff' && lenders.has(p.name));
  return { route: 'suit', permitted: [...domiciles(defendants, 'defendant-domicile'), ...domiciles(receiving, 'performance-place')] };
}

function describe(p: PermittedPlace, zh: boolean): string {
  const where = p.locality ?? p.place;
  if (zh) {
    if (p.basis === 'agreed') return p.party ? `约定的${p.party}住所地（${where}）` : `约定管辖法院（${p.place}）`;
    if (p.basis === 'performance-place') return `合同履行地即接收货币一方${p.party}所在地（${where}）`;
    return `${p.basis === 'debtor-domicile' ? '债务人' : '被告'}${p.party}住所地（${where}）`;
  }
  if (p.basis === 'agreed') return p.party ? `the agreed domicile of ${p.party} (${where})` : `the agreed court (${p.place})`;
  if (p.basis === 'performance-place') return `the place of performance, where ${p.party} receiving the money is (${where})`;
  return `the domicile of ${p.basis === 'debtor-domicile' ? 'the debtor' : 'the defendant'} ${p.party} (${where})`;
}

export function assessJurisdiction(c: Case, ctx: LawContext): { report: JurisdictionReport; diagnostics: DebtDiagnostic[] } {
  const { route, permitted } = permittedPlaces(c);
  const chosen = c.court?.value ?? null;
  const report: JurisdictionReport = { route, chosen, permitted, matches: null };
  // A court named without a place of its own (某某人民法院, a placeholder) cannot be compared.
  if (!chosen || permitted.length === 0 || locality(chosen) === null) return { report, diagnostics: [] };
  const matched = permitted.some((p) => p.locality !== null && chosen.includes(p.locality));
  const unknown = permitted.some((p) => p.locality === null);
  report.matches = matched ? true : unknown ? null : false;
  if (report.matches !== false) return { report, diagnostics: [] };
  const zh = ctx.locale === 'zh';
  const list = [...new Set(permitted.map((p) => describe(p, zh)))].join(zh ? '；' : '; ');
  return { report, diagnostics: [diag('DEBT613', { court: chosen, permitted: list, paymentOrder: route === 'payment-order' }, { uri: c.uri, range: c.court!.range }, ctx.locale)] };
}
