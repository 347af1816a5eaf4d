/** 律师事务所函（所函）: the firm tells the court it assigned its lawyer(s) to the case; one letter per firm of our side. */
import { CaseData } from '../case-data';
import { blank, t } from '../format';
import { DocumentRefused } from '../refused';
import { Block } from '../types';
import { causeOf, courtRun, namesOf, p, title, UNDATED } from '../sides/common';
import { ourAgents, ourSide, roleWord } from './common';

export function firmLetter(d: CaseData, en: boolean): { blocks: Block[]; notes: string[] } {
  const side = ourSide(d);
  const agents = ourAgents(d, side.clients, en ? 'firm letter' : '律师事务所函', en).filter((a) => a.firm && a.firm.value.trim());
  if (!agents.length) {
    throw new DocumentRefused([en ? 'no law firm' : '没有律所'], en ? `Case "${d.c.name}": no agent of our side names a law firm (律所).`
      : `案件“${d.c.name}”：我方代理人均未写律所，无从出具律师事务所函。`);
  }
  const firms = [...new Set(agents.map((a) => a.firm!.value))];
  const blocks: Block[] = [];
  firms.forEach((firm, i) => {
    const lawyers = agents.filter((a) => a.firm!.value === firm);
    if (i) blocks.push({ type: 'page-break' });
    blocks.push({ type: 'paragraph', align: 'center', runs: [{ text: firm, bold: true, source: lawyers[0].firm!.range }] });
    blocks.push(title('律师事务所函'));
    blocks.push({ type: 'paragraph', align: 'right', runs: [t('（'), blank(), t('）'), blank(), t('字第'), blank(), t('号')] });
    blocks.push(p([courtRun(d), t('：')], false));
    blocks.push(p([t(`本所接受${namesOf(side.clients)}的委托，指派${lawyers.map((a) => a.name).join('、')}律师担任其与${namesOf(side.others)}${causeOf(d)}一案中${roleWord(side.debtor)}的委托诉讼代理人。`)]));
    blocks.push(p([t('特此函告。')]));
    blocks.push(p([t('附：授权委托书一份。')], false));
    blocks.push({ type: 'signature', lines: [[t(`${firm}（盖章）`)], [UNDATED]] });
  });
  return { blocks, notes: ['所函编号由律所按其收案登记填写；所函须加盖律所公章，连同授权委托书、律师执业证复印件提交。'] };
}
