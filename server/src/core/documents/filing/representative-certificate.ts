/**
 * 法定代表人身份证明书: issued by a company for its own legal representative (民诉法第51条: a legal person is represented by
 * its 法定代表人). One per company (or organisation) among our clients; a party does not certify the other side's.
 */
import { CaseData } from '../case-data';
import { blank, t } from '../format';
import { DocumentRefused } from '../refused';
import { Block } from '../types';
import { p, title, UNDATED } from '../sides/common';
import { ourSide } from './common';

export function representativeCertificate(d: CaseData, en: boolean): { blocks: Block[]; notes: string[] } {
  const companies = ourSide(d).clients.filter((x) => x.kind !== 'person');
  if (!companies.length) {
    throw new DocumentRefused([en ? 'no company client' : '委托人不是单位'], en ? `Case "${d.c.name}": no party the lawyer acts for is a company or organisation.`
      : `案件“${d.c.name}”：委托人中没有法人或非法人组织，无需法定代表人身份证明书。`);
  }
  const blocks: Block[] = [];
  companies.forEach((c, i) => {
    if (i) blocks.push({ type: 'page-break' });
    const rep = c.representative;
    const word = c.kind === 'organization' ? '负责人' : '法定代表人';
    blocks.push(title(`${word}身份证明书`));
    blocks.push(p([rep ? t(rep.name.value, rep.name.range) : blank(), t(`在我单位任`), rep?.title ? t(rep.title.value, rep.title.range) : blank(), t(`职务，是我单位的${word}。`)]));
    blocks.push(p([t('特此证明。')]));
    blocks.push(p([t('单位名称：'), t(c.name, c.nameRange)], false));
    blocks.push(p([t('统一社会信用代码：'), c.creditCode ? t(c.creditCode.value, c.creditCode.range) : blank()], false));
    blocks.push(p([t('住所：'), (c.address ?? c.residence) ? t((c.address ?? c.residence)!.value, (c.address ?? c.residence)!.range) : blank()], false));
    blocks.push({ type: 'signature', lines: [[t(`${c.name}（盖章）`)], [UNDATED]] });
  });
  return { blocks, notes: ['须加盖单位公章，并附法定代表人身份证复印件和营业执照副本复印件。'] };
}
