/**
 * `debt/newCase { answers }` → `{ name, text }`: the skeleton of 「新建案件」 written by the core (core/templates), so the
 * client stays free of the lexer that decides how a name must be written.
 */
import { RequestType } from 'vscode-languageserver/node';
import { caseName, newCaseText, NewCaseAnswers } from '../core/templates/new-case';
import { Feature } from './context';
import { CourtSuggestion, suggestCourt } from '../core/templates/new-case-court';

export const NewCaseRequest = new RequestType<NewCaseAnswers, { name: string; text: string }, void>('debt/newCase');

/** `debt/suggestCourt { lenderAddress?, borrowerAddress? }` → the court 新建案件 puts in its court box, or null. */
export const SuggestCourtRequest = new RequestType<{ lenderAddress?: string; borrowerAddress?: string }, CourtSuggestion | null, void>('debt/suggestCourt');

export const newCaseFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(NewCaseRequest, (answers) => ({ name: caseName(answers), text: newCaseText(answers) }));
    ctx.connection.onRequest(SuggestCourtRequest, (a) => suggestCourt(a) ?? null);
  },
};
