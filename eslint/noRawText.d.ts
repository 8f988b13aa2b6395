import type { Rule } from 'eslint';

export const noRawText: Rule.RuleModule;
export const TRANSLATED: string[];
