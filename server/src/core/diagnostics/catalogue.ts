/**
 * The one message catalogue: every diagnostic code, its severity, citations and message in Chinese and
 * English. One file per family (1xx syntax … 6xx procedure); this index joins them.
 */
import { DebtDiagnostic, Locale, MessageDef } from './types';
import { plainRange, Range } from '../text/range';
import { syntaxMessages } from './messages/syntax';
import { structureMessages } from './messages/structure';
import { evidenceMessages } from './messages/evidence';
import { interestMessages } from './messages/interest';
import { limitationMessages } from './messages/limitation';
import { procedureMessages } from './messages/procedure';
import { sidesMessages } from './messages/sides';
import { obligationMessages } from './messages/obligations';
import { judgmentMessages } from './messages/judgment';
import { correctionMessages } from './messages/corrections';
import { pleadedMessages } from './messages/pleaded';
import { robustnessMessages } from './messages/robustness';
import { preservationDateMessages } from './messages/preservation-dates';

export const catalogue = {
  ...syntaxMessages,
  ...structureMessages,
  ...evidenceMessages,
  ...interestMessages,
  ...limitationMessages,
  ...procedureMessages,
  ...sidesMessages,
  ...obligationMessages,
  ...judgmentMessages,
  ...correctionMessages,
  ...pleadedMessages,
  ...robustnessMessages,
  ...preservationDateMessages,
};

export type Code = keyof typeof catalogue;
type ArgsOf<C extends Code> = (typeof catalogue)[C] extends MessageDef<infer A> ? A : never;

/** Builds a diagnostic from the catalogue. `citations` extends the code's own list (e.g. 时效规定第14条 for a repayment). */
export function diag<C extends Code>(
  code: C, args: ArgsOf<C>, at: { uri: string; range: Range }, locale: Locale,
  extra?: { citations?: string[]; related?: DebtDiagnostic['related'] },
): DebtDiagnostic {
  const def = catalogue[code] as MessageDef<ArgsOf<C>>;
  const citations = [...def.citations];
  for (const c of extra?.citations ?? []) if (!citations.includes(c)) citations.push(c);
  return {
    code, severity: def.severity, message: def[locale](args), uri: at.uri, range: plainRange(at.range), citations,
    ...(extra?.related ? { related: extra.related.map((r) => ({ ...r, range: plainRange(r.range) })) } : {}),
  };
}
