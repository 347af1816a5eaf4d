import { defineMessages } from '../types';

export const syntaxMessages = defineMessages({
});
