import { defineMessages } from '../types';

export const limitationMessages = defineMessages({
});
