/**
 * 授权委托书 (民诉法第62条: the court needs a signed power stating the matters and the authority; 代为承认、放弃、变更诉讼请求，
 * 进行和解，提起反诉或者上诉 need 特别授权). One per agent of our side, the authority as recorded (`代理权限`); an agent
 * without one gets both boxes unticked for the client to choose.
 */
import { Agent } from '../../model/types';
import { CaseData } from '../case-data';
import { blank, box, t } from '../format';
import { Block } from '../types';
import { causeOf, courtRun, namesOf, p, partyLines, title, UNDATED } from '../sides/common';
import { ourAgents, ourSide, roleWord } from './common';

const GENERAL = '代为提起诉讼或者应诉，提交、签收诉讼文书，收集、提交证据，申请财产保全，参加庭审、进行质证和辩论，代为申请执行';
const SPECIAL = '代为承认、放弃、变更诉讼请求，进行和解，提起反诉或者上诉';

function one(d: CaseData, a: Agent, clients: ReturnType<typeof ourSide>): Block[] {
  const auth = a.authority?.value;
  const blocks: Block[] = [title('授权委托书'), ...partyLines(d, clients.clients, '委托人')];
  blocks.push(p([t('受托人：'), t(a.name, a.nameRange), t('，'), a.firm ? t(`${a.firm.value}律师`, a.firm.range) : blank(), t('，联系电话：'), a.phone ? t(a.phone.value, a.phone.range) : blank(), t('。')], false));
  blocks.push(p([t(`现委托上列受托人在委托人与${namesOf(clients.others)}${causeOf(d)}一案中，作为委托人（${roleWord(clients.debtor)}）的诉讼代理人，在`), courtRun(d), t('审理的第一审程序中代为诉讼。')]));
  blocks.push(p([t('代理权限：'), box('一般授权', auth === 'general', a.authority?.range), t('　'), box('特别授权', auth === 'special', a.authority?.range)], false));
  if (auth === 'special') blocks.push(p([t(`受托人的代理权限为特别授权：${GENERAL}；${SPECIAL}（《中华人民共和国民事诉讼法》第六十二条）。`)]));
  else if (auth === 'general') blocks.push(p([t(`受托人的代理权限为一般授权：${GENERAL}。受托人无权${SPECIAL}（《中华人民共和国民事诉讼法》第六十二条）。`)]));
  else blocks.push(p([t('代理权限的具体事项：'), blank(), t('。')]));
  const entity = clients.clients.some((x) => x.kind !== 'person');
  blocks.push({ type: 'signature', lines: [[t(entity ? '委托人（盖章）：' : '委托人（签名）：'), t(namesOf(clients.clients))], [UNDATED]] });
  return blocks;
}

export function powerOfAttorney(d: CaseData, en: boolean): { blocks: Block[]; notes: string[] } {
  const side = ourSide(d);
  const agents = ourAgents(d, side.clients, en ? 'power of attorney' : '授权委托书', en);
  const blocks = agents.flatMap((a, i) => [...(i ? [{ type: 'page-break' } as Block] : []), ...one(d, a, side)]);
  const notes = ['授权委托书须由委托人本人签名（单位加盖公章），与受托人的律师执业证复印件、所函一并提交（民事诉讼法第62条）。'];
  if (agents.length > 2) notes.push('当事人、法定代理人可以委托一至二人作为诉讼代理人（民事诉讼法第61条）：本案为同一委托人写了两名以上代理人，请核对。');
  if (agents.some((a) => !a.authority)) notes.push('有代理人未写代理权限：请在案件文件中写 代理权限 一般授权 或 特别授权。');
  return { blocks, notes };
}
