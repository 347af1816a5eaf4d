import { defineMessages } from '../types';

export const procedureMessages = defineMessages({
});
