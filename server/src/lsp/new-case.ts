/**
 * `debt/newCase { answers }` → `{ name, text }`: the skeleton of 「新建案件」 written by the core (core/templates), so the
 * client stays free of the lexer that decides how a name must be written.
 */
import { RequestType } from 'vscode-languageserver/node';
import { caseName, newCaseText, NewCaseAnswers } from '../core/templates/new-case';
import { Feature } from './context';

export const NewCaseRequest = new RequestType<NewCaseAnswers, { name: string; text: string }, void>('debt/newCase');

export const newCaseFeature: Feature = {
  capabilities: {},
  register(ctx) {
    ctx.connection.onRequest(NewCaseRequest, (answers) => ({ name: caseName(answers), text: newCaseText(answers) }));
  },
};
