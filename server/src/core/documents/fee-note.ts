/**
 * The note on the court fee that goes with a complaint (spec §8.6): the fee the report computes exactly (to the fen) and
 * the whole-yuan figure many courts charge, saying which is which. The complaint itself states no fee.
 */
import { CaseReport } from '../law/analyze-law';
import { money } from './format';

export function courtFeeNote(r: CaseReport, en: boolean): string {
  const f = r.courtFee;
  return en
    ? `Court fee (案件受理费) on the claim amount ${money(r.claimAmount)}: ${money(f.ordinary)} exact to the fen (办法第13条), ${money(f.simplified)} halved under 简易程序; rounded half-up to the yuan, as many courts charge it: ${money(f.roundedYuan.ordinary)}, halved ${money(f.roundedYuan.simplified)}. The complaint states no fee; pay what the court's notice says.`
    : `案件受理费：按请求金额${money(r.claimAmount)}计算为${money(f.ordinary)}（精确至分，《诉讼费用交纳办法》第十三条），简易程序减半为${money(f.simplified)}；按元四舍五入（不少法院按此收取）为${money(f.roundedYuan.ordinary)}，减半为${money(f.roundedYuan.simplified)}。起诉状中不写受理费数额，预交时以法院的交费通知为准。`;
}
