/**
 * 「新建案件」: a few questions (lender, borrower, their domiciles, amount, dates, rate, the court — suggested from the
 * domiciles — and the filing date), then a well-formed `.debt` file in the
 * workspace folder (asking before it overwrites anything). In an untrusted workspace or without a folder the case
 * opens as an unsaved editor instead, so nothing is written.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { Methods, NewCaseAnswers } from '../protocol';
import { isEnglish, t } from '../l10n';
import { confirmOverwrite } from './confirm-overwrite';
import { prompts } from '../prompts';

import { AMOUNT, RATE, isDateText } from './new-case-forms';

async function ask(
  prompt: string, validate: (v: string) => string | undefined, placeHolder?: string, optional = false, value?: string,
): Promise<string | undefined> {
  return prompts.input({
    prompt, placeHolder, value, ignoreFocusOut: true,
    validateInput: (v) => (optional && v.trim() === '' ? undefined : validate(v.trim())),
  });
}

/** The court box: the court of the domiciles given (server: core/templates/new-case-court.ts), which the lawyer can edit. */
async function askCourt(client: LanguageClient, lenderAddress: string, borrowerAddress: string): Promise<string | undefined> {
  const s = await client.sendRequest<{ court: string; basis: 'defendant-domicile' | 'performance-place' } | null>(Methods.suggestCourt,
    { lenderAddress, borrowerAddress }).catch(() => null);
  const prompt = !s ? t('Court (empty: fill in later)')
    : s.basis === 'defendant-domicile' ? t('Court (suggested: the defendant\'s domicile, Civil Procedure Law Art. 22; edit if needed)')
      : t('Court (suggested: the lender\'s domicile as the place of performance, Private Lending Provisions Art. 3; edit if needed)');
  return ask(prompt, () => undefined, '北京市朝阳区人民法院', true, s?.court);
}

export async function newCase(client: LanguageClient | undefined, preset?: Partial<NewCaseAnswers> & { folder?: vscode.Uri; overwrite?: boolean }): Promise<vscode.Uri | undefined> {
  if (!client) return undefined;
  const nonEmpty = (v: string) => (v ? undefined : t('Required'));
  const date = (v: string) => (isDateText(v) ? undefined : t('A date such as 2024-03-05'));
  const amount = (v: string) => (AMOUNT.test(v) ? undefined : t('Yuan, e.g. 50000 or 50000.50'));
  const rate = (v: string) => (RATE.test(v) ? undefined : t('Percent per year, e.g. 12'));

  const lender = preset?.lender ?? await ask(t('Lender (plaintiff)'), nonEmpty);
  if (lender === undefined) return undefined;
  const borrower = preset?.borrower ?? await ask(t('Borrower (defendant)'), nonEmpty);
  if (borrower === undefined) return undefined;
  const lenderAddress = preset?.lenderAddress ?? await ask(t('Domicile of the lender (住所; empty: fill in later)'), () => undefined, '上海市浦东新区世纪大道100号', true);
  if (lenderAddress === undefined) return undefined;
  const borrowerAddress = preset?.borrowerAddress ?? await ask(t('Domicile of the borrower (住所; empty: fill in later)'), () => undefined, '北京市朝阳区建国路88号', true);
  if (borrowerAddress === undefined) return undefined;
  const amt = preset?.amount ?? await ask(t('Amount delivered (yuan)'), amount, '50000');
  if (amt === undefined) return undefined;
  const delivered = preset?.delivered ?? await ask(t('Date the money was delivered'), date, '2024-03-05');
  if (delivered === undefined) return undefined;
  const due = preset?.due ?? await ask(t('Due date (empty: no term agreed)'), date, '2025-03-04', true);
  if (due === undefined) return undefined;
  const r = preset?.rate ?? await ask(t('Agreed annual rate % (empty: none agreed)'), rate, '12', true);
  if (r === undefined) return undefined;
  const court = preset?.court ?? await askCourt(client, lenderAddress.trim(), borrowerAddress.trim());
  if (court === undefined) return undefined;
  const filing = preset?.filing ?? await ask(t('Filing date (empty: fill in later)'), date, '2025-06-01', true);
  if (filing === undefined) return undefined;

  const answers: NewCaseAnswers = {
    lender: lender.trim(), borrower: borrower.trim(),
    lenderAddress: lenderAddress.trim() || undefined, borrowerAddress: borrowerAddress.trim() || undefined, amount: amt.trim(), delivered: delivered.trim(),
    due: due.trim() || undefined, rate: r.trim() || undefined, court: court.trim() || undefined, filing: filing.trim() || undefined, keywords: preset?.keywords ?? (isEnglish() ? 'en' : 'zh'),
  };
  // The server writes the skeleton (names quoted exactly as the lexer needs them).
  const { name: caseName, text: content } = await client.sendRequest<{ name: string; text: string }>(Methods.newCase, answers);
  const folder = preset?.folder ?? vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder || !vscode.workspace.isTrusted) {
    const doc = await vscode.workspace.openTextDocument({ language: 'debt', content });
    await vscode.window.showTextDocument(doc);
    return doc.uri;
  }
  const target = vscode.Uri.joinPath(folder, `${caseName.replace(/[\\/:*?"<>|]/g, '_')}.debt`);
  let exists = false;
  try { await vscode.workspace.fs.stat(target); exists = true; } catch { /* new file */ }
  if (exists) {
    const overwrite = preset?.overwrite ?? await confirmOverwrite(t('{0} already exists. Overwrite it?', vscode.workspace.asRelativePath(target)));
    if (!overwrite) return undefined;
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(content, 'utf8'));
  await vscode.window.showTextDocument(target);
  return target;
}
