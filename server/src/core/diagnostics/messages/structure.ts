import { defineMessages } from '../types';

export const structureMessages = defineMessages({
});
