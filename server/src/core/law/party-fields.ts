/**
 * Party fields the complaint needs (民诉法第124条; the 2025 要素式 form's 当事人信息), beyond DEBT609 (defendant's ID
 * and address): the plaintiff's own identification (DEBT610), a defendant organisation's legal representative
 * (DEBT611), the agent's firm and telephone (DEBT612). Never errors: the document shows a blank instead.
 */
import { DebtDiagnostic, Locale } from '../diagnostics/types';
import { diag } from '../diagnostics/catalogue';
import { Case } from '../model/types';

export function checkPartyFields(c: Case, locale: Locale): DebtDiagnostic[] {
  const out: DebtDiagnostic[] = [];
  const zh = locale === 'zh';
  const list = (xs: string[]) => xs.join(zh ? '、' : ' and ');
  for (const p of c.parties) {
    const at = { uri: p.uri, range: p.nameRange };
    if (p.role === 'plaintiff') {
      const missing: string[] = [];
      if (!p.address && !p.residence) missing.push(zh ? '住所' : 'an address');
      if (p.kind === 'person' && !p.id) missing.push(zh ? '身份证号' : 'a resident ID');
      if (p.kind !== 'person' && !p.creditCode) missing.push(zh ? '统一社会信用代码' : 'a credit code');
      if (p.kind !== 'person' && !p.representative) missing.push(zh ? '法定代表人' : 'a legal representative');
      if (missing.length) out.push(diag('DEBT610', { name: p.name, missing: list(missing) }, at, locale));
    } else if (p.role === 'defendant' && p.kind !== 'person' && !p.representative) {
      out.push(diag('DEBT611', { name: p.name }, at, locale));
    }
  }
  for (const a of c.agents) {
    const missing: string[] = [];
    if (!a.firm) missing.push(zh ? '律所（单位）' : 'a firm');
    if (!a.phone) missing.push(zh ? '电话' : 'a telephone number');
    if (missing.length) out.push(diag('DEBT612', { name: a.name, missing: list(missing) }, { uri: a.uri, range: a.nameRange }, locale));
  }
  return out;
}
