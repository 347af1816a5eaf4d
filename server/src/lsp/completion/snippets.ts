/** Block snippets with tab stops, in both keyword languages, offered where their item may start. */
import { BlockKind } from './grammar';
import { KeywordLanguage } from './keywords';

export interface BlockSnippet { concept: string; zh: string; body: Record<KeywordLanguage, string> }

const I = '  ';
export function blockSnippets(block: BlockKind, today: string): BlockSnippet[] {
  const party = (concept: string, zh: string, en: string): BlockSnippet => ({
    concept, zh,
    body: {
      zh: `${zh} \${1:姓名} {\n${I}\${2|自然人,法人,非法人组织|}\n${I}身份证号 $3\n${I}住所 "$4"\n}$0`,
      en: `${en} \${1:name} {\n${I}\${2|person,company,organization|}\n${I}id $3\n${I}address "$4"\n}$0`,
    },
  });
  const agent: BlockSnippet = { concept: 'AgentKw', zh: '代理人', body: {
    zh: `代理人 \${1:姓名} {\n${I}律所 "$2"\n${I}电话 $3\n${I}代理权限 \${4|特别授权,一般授权|}\n${I}委托人 $5\n}$0`,
    en: `agent \${1:name} {\n${I}firm "$2"\n${I}phone $3\n${I}authority \${4|special,general|}\n${I}for $5\n}$0`,
  } };
  if (block === 'top') {
    return [
      { concept: 'Case', zh: '案件', body: {
        zh: `案件 \${1:原告诉被告民间借贷纠纷} {\n${I}法院 \${2:某某市某某区人民法院}\n${I}起诉日 \${3:${today}}\n\n${I}$0\n}`,
        en: `case \${1:PlaintiffVsDefendant} {\n${I}court \${2:某某市某某区人民法院}\n${I}filing \${3:${today}}\n\n${I}$0\n}`,
      } },
      party('PartyKw', '当事人', 'party'), agent,
    ];
  }
  if (block !== 'case') return [];
  return [
    party('Plaintiff', '原告', 'plaintiff'), party('Defendant', '被告', 'defendant'), agent,
    { concept: 'LoanKw', zh: '借款', body: {
      zh: `借款 \${1:借款一} {\n${I}出借人 $2\n${I}借款人 $3\n${I}金额 \${4:50,000元}\n${I}签订 \${5:${today}} 证据 $6\n`
        + `${I}交付 \${7:${today}} \${8:50,000元} \${9|转账,现金,微信,支付宝,票据,其他|} 证据 $10\n${I}到期 \${11:未约定}\n${I}利率 \${12:12%/年}\n}$0`,
      en: `loan \${1:L1} {\n${I}lender $2\n${I}borrower $3\n${I}amount \${4:50,000}\n${I}signed \${5:${today}} evidence $6\n`
        + `${I}delivered \${7:${today}} \${8:50,000} \${9|transfer,cash,wechat,alipay,bill,other|} evidence $10\n${I}due \${11:on-demand}\n${I}interest \${12:12%/年}\n}$0`,
    } },
    { concept: 'EvidenceKw', zh: '证据', body: {
      zh: `证据 \${1:借条} {\n${I}类型 \${2|借条,借款合同,收条,转账记录,银行流水,聊天记录,录音,视频,短信,邮件,函件,公证书,证人证言,身份证明,其他|}\n${I}\${3|原件,复印件|}\n${I}证明 "$4"\n}$0`,
      en: `evidence \${1:IOU} {\n${I}kind \${2|iou,contract,receipt,transfer,bank-statement,chat,recording,video,sms,email,letter,notarized,witness,identity,other|}\n${I}\${3|original,copy|}\n${I}proves "$4"\n}$0`,
    } },
  ];
}
