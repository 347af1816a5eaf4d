/** DEBT260–DEBT262 — the application day of a `保全` (spec §7.3 `申请 DATE`) against the loans and the filing date. */
import { defineMessages } from '../types';
import { formatChineseDate } from '../../text/dates';

const zhd = (d: string) => formatChineseDate(d);

export const preservationDateMessages = defineMessages({
  DEBT260: {
    severity: 'error', citations: [],
    zh: (a: { applied: string; loan: string; delivered: string }) => `保全申请日${zhd(a.applied)}早于借款“${a.loan}”的首次交付日${zhd(a.delivered)}：申请时该笔借款尚未出借，不能据以申请保全。请核对申请日或该笔借款的日期。`,
    en: (a: { applied: string; loan: string; delivered: string }) => `The preservation application on ${a.applied} is before the first delivery of loan "${a.loan}" on ${a.delivered}: the loan had not been made when the application was filed, so the application cannot rest on it. Check the application date or the loan's dates.`,
  },
  DEBT261: {
    severity: 'error', citations: ['民诉法第103条', '民诉法第104条'],
    zh: (a: { applied: string; filing: string }) => `诉讼保全（诉中）的申请日${zhd(a.applied)}早于起诉日${zhd(a.filing)}：起诉前申请的是诉前保全（民诉法第104条，申请人应当提供担保，并须在采取保全措施后三十日内起诉），起诉后申请的才是诉讼保全（民诉法第103条）。请改为 保全 诉前，或核对申请日和起诉日。`,
    en: (a: { applied: string; filing: string }) => `An in-suit preservation applied for on ${a.applied}, before the filing date ${a.filing}: an application before suit is a pre-suit preservation (Civil Procedure Law Art. 104: security is required and suit must follow within 30 days of the measures); only one made after filing is an in-suit preservation (Art. 103). Write 保全 诉前 (pre-suit), or check the two dates.`,
  },
  DEBT262: {
    severity: 'error', citations: ['民诉法第103条', '民诉法第104条'],
    zh: (a: { applied: string; filing: string }) => `诉前保全的申请日${zhd(a.applied)}晚于起诉日${zhd(a.filing)}：起诉后申请的是诉讼保全（民诉法第103条），诉前保全须在起诉前申请（民诉法第104条）。请改为 保全 诉中，或核对申请日和起诉日。`,
    en: (a: { applied: string; filing: string }) => `A pre-suit preservation applied for on ${a.applied}, after the filing date ${a.filing}: an application made after filing is an in-suit preservation (Civil Procedure Law Art. 103); a pre-suit one is made before suit (Art. 104). Write 保全 诉中 (in-suit), or check the two dates.`,
  },
});
