/**
 * 证人出庭作证申请书 (证据规定第69条: the application, before the time for evidence ends, names the witness — name,
 * occupation, address, contact — what he will say and why it matters; 民诉法第75条: everyone who knows the facts has
 * the duty to testify). One per `证人证言` evidence item: the witness is its `来源`, what he proves its `证明`.
 */
import { CaseData } from '../case-data';
import { blank, t } from '../format';
import { DocumentRefused } from '../refused';
import { Block } from '../types';
import { causeOf, courtRun, namesOf, p, partyLines, title, UNDATED } from '../sides/common';
import { ourSide, roleWord } from './common';

export function witnessApplication(d: CaseData, en: boolean): { blocks: Block[]; notes: string[] } {
  const ws = d.c.evidence.filter((e) => e.kind?.value === 'witness');
  if (!ws.length) {
    throw new DocumentRefused([en ? 'no witness evidence' : '没有证人证言'], en ? `Case "${d.c.name}" has no evidence of kind 证人证言 (witness).`
      : `案件“${d.c.name}”没有类型为 证人证言 的证据，无需申请证人出庭。`);
  }
  const side = ourSide(d);
  const blocks: Block[] = [];
  ws.forEach((w, i) => {
    if (i) blocks.push({ type: 'page-break' });
    blocks.push(title('证人出庭作证申请书'), ...partyLines(d, side.clients, `申请人（${roleWord(side.debtor)}）`));
    blocks.push(p([t('证人姓名：'), w.source ? t(w.source.value, w.source.range) : blank(), t('　职业：'), blank(), t('　住所：'), blank(), t('　联系方式：'), blank()], false));
    blocks.push(p([t(`申请事项：申请人与${namesOf(side.others)}${causeOf(d)}一案，申请通知上列证人出庭作证。`)]));
    blocks.push(p([t('作证的主要内容及与待证事实的关联：证人将就'), w.proves ? t(w.proves.value, w.proves.range) : blank(), t('的事实作证。')]));
    blocks.push(p([t('出庭作证的必要性：上述事实为本案争议的事实，证人系亲历者，其证言须经当庭质证方能作为认定事实的根据。')]));
    blocks.push(p([t('依照《中华人民共和国民事诉讼法》第七十五条、《最高人民法院关于民事诉讼证据的若干规定》第六十九条，特此申请。')]));
    blocks.push(p([t('此致')]), p([courtRun(d)], false));
    blocks.push({ type: 'signature', lines: [[t(side.clients.some((x) => x.kind !== 'person') ? '申请人（盖章）：' : '申请人（签名）：'), t(namesOf(side.clients))], [UNDATED]] });
  });
  const notes = ['证人出庭作证申请应在举证期限届满前提出（证据规定第69条）；证人的职业、住所和联系方式请填写。证人出庭的交通、住宿等费用先由申请人垫付（民事诉讼法第77条）。'];
  if (ws.some((w) => !w.source)) notes.push('有证人证言未写 来源（证人姓名）：请在证据中写 来源 "证人姓名"。');
  return { blocks, notes };
}
