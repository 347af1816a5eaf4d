/**
 * DEBT110–DEBT119 — input the tool refuses rather than reads: a `引用` it may not open, a date outside the calendar it
 * computes with, an amount with more digits than any claim. Each says why and what to write instead.
 */
import { defineMessages } from '../types';
import type { UseRefusal } from '../../model/use-target';
import { DATE_MIN, DATE_MAX } from '../../text/date-range';
import { formatChineseDate } from '../../text/dates';
import { MAX_AMOUNT_DIGITS } from '../../model/amount-bounds';

const WHY_ZH: Record<UseRefusal, string> = {
  absolute: '这是绝对路径或网址，引用只能写相对于本文件所在目录的路径',
  'not-debt': '它不是 .debt 文件，引用只能读取声明当事人、代理人的 .debt 文件',
  outside: '它在工作区文件夹之外，为免读取与案件无关的文件，引用只能读取工作区文件夹内的文件',
  'symlink-outside': '它是指向工作区文件夹之外的链接，引用只能读取工作区文件夹内的文件',
  directory: '它是文件夹，不是文件',
  fifo: '它是命名管道（FIFO），不是普通文件',
  device: '它是设备文件，不是普通文件',
  'not-regular': '它不是普通文件',
  'too-large': '它超过 4 MB，当事人文件不会这么大，可能引用错了文件',
  unreadable: '它无法打开（权限不足或正被占用）',
};
const WHY_EN: Record<UseRefusal, string> = {
  absolute: 'is an absolute path or a URL: a use gives a path relative to this file\'s folder',
  'not-debt': 'is not a .debt file: a use reads only .debt files that declare parties and agents',
  outside: 'lies outside the workspace folder: a use reads only files inside it, so that no unrelated file is read',
  'symlink-outside': 'is a link to a place outside the workspace folder: a use reads only files inside it',
  directory: 'is a folder, not a file',
  fifo: 'is a named pipe (FIFO), not a regular file',
  device: 'is a device, not a regular file',
  'not-regular': 'is not a regular file',
  'too-large': 'is larger than 4 MB: no party file is that large, so this is probably the wrong file',
  unreadable: 'cannot be opened (no permission, or in use)',
};

/** At most this many characters of the offending text are quoted (a 200,000-digit amount is not echoed back). */
export function quoted(text: string, max = 30): string {
  const cps = Array.from(text.length > max * 2 ? text.slice(0, max * 2) : text);
  return cps.length > max ? cps.slice(0, max).join('') + '…' : cps.join('');
}

export const robustnessMessages = defineMessages({
  DEBT110: {
    severity: 'error', citations: [],
    zh: (a: { path: string; why: UseRefusal }) => `未读取引用的“${quoted(a.path, 60)}”：${WHY_ZH[a.why]}。请把当事人文件（.debt）放在本案所在的工作区文件夹内，并写相对路径，例如 引用 "shared/parties.debt"。`,
    en: (a: { path: string; why: UseRefusal }) => `Did not read the used "${quoted(a.path, 60)}": it ${WHY_EN[a.why]}. Keep party files (.debt) inside this case's workspace folder and give a relative path, e.g. use "shared/parties.debt".`,
  },
  DEBT111: {
    severity: 'error', citations: [],
    zh: (a: { text: string }) => `日期“${quoted(a.text)}”超出可计算的范围（${formatChineseDate(DATE_MIN)}至${formatChineseDate(DATE_MAX)}）：请核对年份。该日期不参与计算。`,
    en: (a: { text: string }) => `Date "${quoted(a.text)}" is outside the range the calculator handles (${DATE_MIN} to ${DATE_MAX}): check the year. The date is left out of every computation.`,
  },
  DEBT112: {
    severity: 'error', citations: [],
    zh: (a: { text: string; digits: number }) => `金额“${quoted(a.text)}”的整数部分有 ${a.digits} 位，超过 ${MAX_AMOUNT_DIGITS} 位（万亿元以上）：请核对金额。该金额不参与计算。`,
    en: (a: { text: string; digits: number }) => `Amount "${quoted(a.text)}" has ${a.digits} digits before the decimal point, more than ${MAX_AMOUNT_DIGITS} (over a trillion yuan): check the amount. It is left out of every computation.`,
  },
});
