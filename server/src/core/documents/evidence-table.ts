/** 证据清单 / 证据和证据来源: one row per evidence item — name, source, what it proves, original/copy, pages. */
import { CaseData, KIND_ZH } from './case-data';
import { blank, t } from './format';
import { Block, Cell, Run } from './types';

const cell = (runs: Run[], header = false): Cell => ({ lines: [runs], header });

export function evidenceTable(d: CaseData): Block {
  const rows: Cell[][] = [['序号', '证据名称', '证据来源', '证明目的', '原件/复印件', '页数'].map((h) => cell([t(h)], true))];
  d.c.evidence.forEach((e, i) => {
    const kind = e.kind && KIND_ZH[e.kind.value] !== e.name ? [t(`（${KIND_ZH[e.kind.value]}）`, e.kind.range)] : [];
    const form = e.original && e.copy ? '原件及复印件' : e.original ? '原件' : e.copy ? '复印件' : undefined;
    rows.push([
      cell([t(String(i + 1))]),
      cell([t(e.name, e.nameRange), ...kind]),
      cell([e.source ? t(e.source.value, e.source.range) : blank()]),
      cell([e.proves ? t(e.proves.value, e.proves.range) : blank()]),
      cell([form ? t(form, e.original ?? e.copy) : blank()]),
      cell([e.pages ? t(String(e.pages.value), e.pages.range) : blank()]),
    ]);
  });
  return { type: 'table', widths: [6, 20, 18, 36, 12, 8], rows };
}

/** 「证据和证据来源」 of the traditional style: numbered lines 名称（来源）——证明目的。 */
export function evidenceLines(d: CaseData): Run[][] {
  return d.c.evidence.map((e, i) => {
    const form = e.original && e.copy ? '原件及复印件' : e.original ? '原件' : e.copy ? '复印件' : '';
    return [
      t(`${i + 1}. `), t(e.name, e.nameRange), ...(form ? [t(`（${form}）`)] : []),
      t('，来源：'), e.source ? t(e.source.value, e.source.range) : blank(),
      t('，证明：'), e.proves ? t(e.proves.value, e.proves.range) : blank(),
      ...(e.pages ? [t('，'), t(`${e.pages.value}页`, e.pages.range)] : []), t('。'),
    ];
  });
}
