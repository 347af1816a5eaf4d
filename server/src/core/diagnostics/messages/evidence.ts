import { defineMessages } from '../types';

export const evidenceMessages = defineMessages({
});
