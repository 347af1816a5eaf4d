/**
 * The 要素式 form's 约定管辖和诉前保全 rows follow the case file: a `约定管辖` clause ticks 有 with its content; a pre-suit
 * `保全` ticks 是 with the ruling date (preservation-pre-suit.debt: 裁定 2025-03-26). Nothing recorded: no box ticked.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../../src/core/analyze';
import { buildDocument } from '../../../src/core/documents';
import { lines } from './samples';

const SAMPLES = path.resolve(__dirname, '../../../../../samples');
const complaint = (file: string, edit: (s: string) => string = (s) => s) => {
  const text = edit(fs.readFileSync(path.join(SAMPLES, file), 'utf8'));
  const a = analyze(`file:///samples/${file}`, text, { read: () => undefined });
  return lines(buildDocument(a, 0, { kind: 'complaint', style: 'element' })).join('\n');
};

describe('要素式: 约定管辖和诉前保全', () => {
  it('a pre-suit preservation ticks 是 with its ruling date', () => {
    const all = complaint('preservation-pre-suit.debt');
    assert.match(all, /是☑　保全法院：＿＿＿＿　保全时间：2025年3月26日/);
  });

  it('a jurisdiction clause ticks 有 and states the agreed court', () => {
    const all = complaint('loan-basic.debt', (s) => s.replace('  起诉日 2026-12-01', '  起诉日 2026-12-01\n  约定管辖 北京市朝阳区人民法院'));
    assert.match(all, /有☑　合同条款及内容：约定由北京市朝阳区人民法院管辖/);
  });

  it('nothing recorded: 无 and 否 ticked (the file is the lawyer\'s record), no blank under an unticked 有 / 是', () => {
    const all = complaint('loan-basic.debt');
    assert.match(all, /有☐　合同条款及内容：\n无☑/);
    assert.match(all, /是☐　保全法院：　保全时间：\n　保全案号：\n否☑/);
  });
});
