/**
 * 送达地址确认书 (民诉法解释 / 送达地址若干规定: a party confirms where and how documents reach it; e-service only with
 * its consent, 民诉法第90条). One per client: the address is `送达地址`, else `住所`; e-service as recorded (`电子送达`).
 */
import { Party } from '../../model/types';
import { CaseData } from '../case-data';
import { blank, box, t } from '../format';
import { Block, Cell, Run } from '../types';
import { DocumentRefused } from '../refused';
import { causeOf, namesOf, title, UNDATED } from '../sides/common';
import { ourSide, roleWord } from './common';

const cell = (runs: Run[], span?: number): Cell => (span ? { lines: [runs], span } : { lines: [runs] });

function table(d: CaseData, x: Party, debtor: boolean, others: Party[]): Block {
  const where = x.serviceAddress ?? x.address ?? x.residence;
  const e = x.eService?.value;
  return { type: 'table', widths: [24, 76], rows: [
    [cell([t('案号')]), cell([t('（'), blank(), t('）'), blank(), t('号')])],
    [cell([t('案由')]), cell([t(causeOf(d))])],
    [cell([t('受送达人')]), cell([t(`${x.name}（${roleWord(debtor)}；对方当事人：${namesOf(others)}）`, x.nameRange)])],
    [cell([t('送达地址')]), cell([where ? t(where.value, where.range) : blank()])],
    [cell([t('收件人及联系电话')]), cell([t(x.kind === 'person' ? x.name : x.representative?.name.value ?? '＿＿＿＿'), t('　'), x.phone ? t(x.phone.value, x.phone.range) : blank()])],
    [cell([t('是否同意电子送达')]), cell([box('是', e === true, x.eService?.range), t('　'), box('否', e === false, x.eService?.range)])],
    [cell([t('电子送达地址（手机号码/电子邮箱）')]), cell([e && x.phone ? t(x.phone.value, x.phone.range) : blank()])],
    [cell([t('告知事项：1. 受送达人应如实提供确切的送达地址；地址变更的，应及时书面告知人民法院。2. 因提供的地址不准确、拒不提供或者变更不及时告知，导致法律文书未能被实际接收的，文书退回之日视为送达之日。3. 同意电子送达的，电子送达的法律文书到达受送达人特定系统的日期为送达日期。')], 2)],
    [cell([t('受送达人确认：我已阅读以上告知事项，保证上述送达地址准确、有效。')], 2)],
  ] };
}

export function serviceAddress(d: CaseData, _en: boolean): { blocks: Block[]; notes: string[] } {
  const side = ourSide(d);
  if (!side.clients.length) throw new DocumentRefused(['没有委托人'], `案件“${d.c.name}”没有列明我方当事人（原告，或代理人的委托人）。`);
  const blocks: Block[] = [];
  side.clients.forEach((x, i) => {
    if (i) blocks.push({ type: 'page-break' });
    blocks.push(title('送达地址确认书'), table(d, x, side.debtor, side.others));
    blocks.push({ type: 'signature', lines: [[t(x.kind === 'person' ? '受送达人（签名）：' : '受送达人（盖章）：'), t(x.name)], [UNDATED]] });
  });
  const notes = ['送达地址取自案件文件的 送达地址（未写时为 住所）；是否同意电子送达取自 电子送达 是/否，未写时两项均未勾选。'];
  return { blocks, notes };
}
