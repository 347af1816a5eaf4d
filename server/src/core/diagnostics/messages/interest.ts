import { defineMessages } from '../types';

export const interestMessages = defineMessages({
});
