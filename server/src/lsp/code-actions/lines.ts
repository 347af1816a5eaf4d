/** Lines a fix writes: the default claims (spec §3.6) and the evidence kind a name suggests. */

/** 请求 本金 / 请求 利息 至 实际清偿之日 / 请求 诉讼费用, spelled by `kw` (concept, item) in the file's language. */
export function defaultClaimLines(t: { kw(concept: string, item?: string): string }): string[] {
  const claim = t.kw('ClaimKw');
  return [
    `${claim} ${t.kw('Principal')}`,
    `${claim} ${t.kw('InterestKw', 'ClaimKw')} ${t.kw('Until', 'ClaimKw')} ${t.kw('Paid')}`,
    `${claim} ${t.kw('Costs')}`,
  ];
}

/** Evidence kinds by words of the name, most specific first (微信转账 is a transfer, 微信聊天记录 a chat). */
const KIND_BY_NAME: [RegExp, string][] = [
  [/借条|欠条|借据|\biou\b/i, 'Iou'], [/合同|协议|contract/i, 'Contract'], [/收条|收据|receipt/i, 'Receipt'],
  [/流水|statement/i, 'BankStatement'], [/转账|汇款|支付宝|transfer|alipay/i, 'Transfer'],
  [/聊天|微信|chat|wechat/i, 'Chat'], [/录音|recording/i, 'Recording'], [/视频|video/i, 'Video'], [/短信|sms/i, 'Sms'],
  [/邮件|email/i, 'Email'], [/函|letter/i, 'Letter'], [/公证|notar/i, 'Notarized'], [/证人|证言|witness/i, 'Witness'],
  [/身份|identity/i, 'Identity'],
];

/** The keyword concept of the kind an evidence name suggests; 其他 (Other) when it suggests none. */
export function guessEvidenceKind(name: string): string {
  return KIND_BY_NAME.find(([re]) => re.test(name))?.[1] ?? 'Other';
}
